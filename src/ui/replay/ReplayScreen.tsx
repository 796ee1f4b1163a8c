// The replay screen: a saved game step by step, read-only. Arrow keys move through the actions;
// the board, the tracks and what each action did are shown as they were. Hands stay hidden
// (counts only) unless the game is over or the player asked for --reveal.
import { Box, Text, useApp, useInput } from 'ink';
import { useState } from 'react';
import type { CardDef, CardId } from '../../decks/types.js';
import type { Action, GameState, Side } from '../../engine/index.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import type { MessageKey } from '../../i18n/messages.js';
import { cardTitle, describeEntry, describeOutcome } from '../../store/log-words.js';
import type { WordsContext } from '../../store/log-words.js';
import { CompactBoard, SIDE_COLOR } from './CompactBoard.js';
import { nextRoundStart, previousRoundStart } from './steps.js';

export interface ReplayScreenProps {
  /** states[0] is the game before any action, states[i] the game after action i. */
  states: readonly GameState[];
  actions: readonly Action[];
  cards: Readonly<Record<CardId, CardDef>>;
  lang: Lang;
  /** Show both hands and every hidden choice. */
  reveal: boolean;
  title: string;
  /** The step shown first (default 0). */
  start?: number;
}

const MAX_LOG_LINES = 8;

const WORDS = {
  en: {
    step: (i: number, n: number) => `Step ${i}/${n}`,
    round: (r: number, n: number) => `round ${r}/${n}`,
    start: 'The deal, before any action.',
    hand: (side: string, n: number) => `${side}: ${n} card${n === 1 ? '' : 's'} in hand`,
    deck: (n: number) => `draw pile ${n}`,
    hidden: 'hands hidden (--reveal shows them)',
    action: 'hidden choice',
    keys: '←/→ step  ↑/↓ round  PgUp/PgDn 10  Home/End  q quit',
    legend: '* battleground, then stability, US and China influence, control',
    more: (n: number) => `… ${n} more`,
  },
  fr: {
    step: (i: number, n: number) => `Étape ${i}/${n}`,
    round: (r: number, n: number) => `manche ${r}/${n}`,
    start: 'La donne, avant toute action.',
    hand: (side: string, n: number) => `${side} : ${n} carte${n === 1 ? '' : 's'} en main`,
    deck: (n: number) => `pioche ${n}`,
    hidden: 'mains cachées (--reveal les montre)',
    action: 'choix caché',
    keys: '←/→ étape  ↑/↓ manche  PgUp/PgDn 10  Début/Fin  q quitter',
    legend: '* champ de bataille, puis stabilité, influence US et Chine, contrôle',
    more: (n: number) => `… ${n} de plus`,
  },
} as const;

/** A hidden choice in words (a headline picked, a card held): only shown when revealing. */
function describeAction(ctx: WordsContext, side: Side | undefined, action: Action): string {
  const who = side ? `${t(ctx.lang, `side.${side}`)}: ` : '';
  const target =
    'card' in action ? cardTitle(ctx, action.card)
    : 'space' in action ? t(ctx.lang, `space.${action.space}` as MessageKey)
    : 'option' in action ? `#${action.option + 1}`
    : t(ctx.lang, `side.${action.first}`);
  return `${who}${action.type} ${target}`;
}

function Tracks({ state, lang }: { state: GameState; lang: Lang }) {
  const name = (key: string) => t(lang, key as MessageKey);
  const lead = state.leadership;
  const leader: Side | null = lead > 0 ? 'us' : lead < 0 ? 'china' : null;
  return (
    <Box columnGap={3}>
      <Text color={leader ? SIDE_COLOR[leader] : undefined}>
        {name('track.leadership')} {lead > 0 ? '+' : ''}
        {lead}
      </Text>
      <Text color={state.clock <= 2 ? 'yellow' : undefined}>
        {name('track.clock')} {state.clock}
      </Text>
      <Text color={SIDE_COLOR.china}>
        {name('track.stack')} {state.stack}
      </Text>
      <Text color={SIDE_COLOR.us}>
        {name('track.lockIn')} {state.lockIn}
      </Text>
    </Box>
  );
}

function Hands({ state, ctx, reveal }: { state: GameState; ctx: WordsContext; reveal: boolean }) {
  const w = WORDS[ctx.lang];
  const sides: Side[] = ['us', 'china'];
  if (!reveal) {
    const counts = sides.map((s) => w.hand(t(ctx.lang, `side.${s}`), state.hands[s].length)).join(' · ');
    return <Text dimColor>{`${counts} · ${w.deck(state.deck.length)} · ${w.hidden}`}</Text>;
  }
  return (
    <Box flexDirection="column">
      {sides.map((s) => (
        <Text key={s} color={SIDE_COLOR[s]} wrap="truncate-end">
          {t(ctx.lang, `side.${s}`)}: {state.hands[s].map((id) => cardTitle(ctx, id)).join(', ') || '-'}
        </Text>
      ))}
    </Box>
  );
}

export function ReplayScreen({ states, actions, cards, lang, reveal, title, start = 0 }: ReplayScreenProps) {
  const { exit } = useApp();
  const last = states.length - 1;
  const [step, setStep] = useState(Math.max(0, Math.min(last, start)));
  // Keys can arrive faster than renders: each move is worked out from the latest step.
  const move = (to: (current: number) => number) => setStep((current) => Math.max(0, Math.min(last, to(current))));

  useInput((input, key) => {
    if (input === 'q' || key.escape) exit();
    else if (key.rightArrow || input === 'l' || input === ' ') move((s) => s + 1);
    else if (key.leftArrow || input === 'h') move((s) => s - 1);
    else if (key.downArrow) move((s) => nextRoundStart(states, s));
    else if (key.upArrow) move((s) => previousRoundStart(states, s));
    else if (key.pageDown) move((s) => s + 10);
    else if (key.pageUp) move((s) => s - 10);
    else if (key.home) move(() => 0);
    else if (key.end) move(() => last);
  });

  const state = states[step] as GameState;
  const before = step > 0 ? (states[step - 1] as GameState) : undefined;
  const ctx: WordsContext = { lang, cards };
  const w = WORDS[lang];
  const entries = state.log.slice(before ? before.log.length : 0);
  const lines = entries.map((e) => describeEntry(ctx, e));
  const action = step > 0 ? actions[step - 1] : undefined;
  const actor = before?.decision?.side;
  return (
    <Box flexDirection="column">
      <Box columnGap={2}>
        <Text bold>{title}</Text>
        <Text>{w.step(step, last)}</Text>
        <Text dimColor>{w.round(state.round, state.rounds)}</Text>
      </Box>
      <Tracks state={state} lang={lang} />
      <CompactBoard state={state} lang={lang} />
      <Text dimColor>{w.legend}</Text>
      <Hands state={state} ctx={ctx} reveal={reveal} />
      <Box flexDirection="column" marginTop={1}>
        {step === 0 ? <Text>{w.start}</Text> : null}
        {reveal && action ? <Text dimColor>{describeAction(ctx, actor, action)}</Text> : null}
        {lines.slice(0, MAX_LOG_LINES).map((line, i) => (
          <Text key={i}>{line}</Text>
        ))}
        {lines.length > MAX_LOG_LINES ? <Text dimColor>{w.more(lines.length - MAX_LOG_LINES)}</Text> : null}
        {step > 0 && lines.length === 0 && !reveal ? <Text dimColor>{w.action}</Text> : null}
        {state.outcome && step === last ? <Text bold>{describeOutcome(ctx, state.outcome)}</Text> : null}
      </Box>
      <Text dimColor>{w.keys}</Text>
    </Box>
  );
}
