// The game for a screen reader (INK_SCREEN_READER=true): plain sentences in reading order, no
// drawing characters, the choices numbered. The same keys work as on the drawn screen.
import { Box, Text } from 'ink';
import type { Side } from '../../decks/types.js';
import { REGIONS, SPACES_BY_REGION, type Action, type PlayerView } from '../../engine/index.js';
import { localText } from '../../i18n/lang.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { Pending } from '../game/choices.js';
import { decisionText, listLabel, timingLabel, useLabel, useQuestion, type Wording } from '../game/describe.js';
import { actorName, leadershipText } from '../../i18n/game-words.js';
import type { LogLine } from '../../i18n/log-words.js';
import type { PlayState } from '../game/play-state.js';
import { lossNote, lossOf } from '../game/loss-warning.js';
import { closedForSanctions, controllerOf } from '../game/view-rules.js';
import { inScreenOrder } from '../game/board-layout.js';

function choiceLines(w: Wording, view: PlayerView, pending: Pending, state: PlayState): string[] {
  const t = w.t;
  const sel = state.sel;
  // A choice that loses on the spot says so in its sentence, as on the drawn screen.
  const warned = (label: string, actions: readonly Action[]) => {
    const loss = lossOf(view, w.cards, actions);
    return loss ? `${label} ${lossNote(t, loss)}` : label;
  };
  if (sel.confirm) return [warned('', [sel.confirm]).trim(), t('warn.confirm')];
  const numbered = (labels: string[]) => [t('sr.choices'), ...labels.map((label, i) => t('sr.item', { n: i + 1, label }))];
  switch (pending.kind) {
    case 'cards': {
      const option = pending.cards.find((c) => c.card === sel.card);
      const card = sel.card ? w.cards[sel.card] : undefined;
      if (sel.stage === 'use' && option && card)
        return [useQuestion(w, view, localText(card.title, w.lang)), ...numbered(option.uses.map((u) => warned(useLabel(w, view, card, u), u.actions)))];
      if (sel.stage === 'timing' && option && card) {
        const actions = option.uses[sel.use]?.actions ?? [];
        return [
          t('decision.timing', { owner: actorName(w, card.side as Side), card: localText(card.title, w.lang) }),
          ...numbered(actions.map((a) => warned(timingLabel(t, 'eventFirst' in a && a.eventFirst === true), [a]))),
        ];
      }
      return numbered(
        pending.cards.map((c) => {
          const def = w.cards[c.card];
          return def ? `${localText(def.title, w.lang)}, ${def.ops} Ops, ${t(`side.${def.side}`)}${t('punct.colon')}${localText(def.text, w.lang)}` : c.card;
        }),
      );
    }
    case 'list':
      return numbered(pending.options.map((o) => warned(listLabel(w, o.label), [o.action])));
    case 'spaces': {
      const names = inScreenOrder(pending.targets.map((x) => x.space)).map((sp) => t(`space.${sp}` as MessageKey));
      return [`${names.join(', ')}.`, sel.space ? `▶ ${t(`space.${sel.space}` as MessageKey)}` : ''];
    }
    case 'none':
      return [];
    default: {
      const unhandled: never = pending;
      throw new Error(`pending choice not handled: ${JSON.stringify(unhandled)}`);
    }
  }
}

export function LinearGameScreen({
  w,
  state,
  view,
  pending,
  acting,
  logLines,
}: {
  w: Wording;
  state: PlayState;
  view: PlayerView;
  pending: Pending;
  acting: Side | null;
  logLines: readonly LogLine[];
}) {
  const t = w.t;
  const lines: string[] = [
    t('sr.header', { round: view.round, rounds: view.rounds, us: actorName(w, 'us'), china: actorName(w, 'china') }),
    t('sr.tracks', {
      leadership: leadershipText(t, view.leadership),
      clock: view.clock,
      closed: REGIONS.some((r) => closedForSanctions(view, r))
        ? t('track.closed', {
            regions: REGIONS.filter((r) => closedForSanctions(view, r))
              .map((r) => t(`region.${r}`))
              .join(', '),
          })
        : t('track.allOpen'),
      stack: view.stack,
      lockIn: view.lockIn,
    }),
  ];
  for (const region of REGIONS) {
    lines.push(t('sr.region', { region: t(`region.${region}`), closed: closedForSanctions(view, region) ? t('sr.closed') : '' }));
    for (const sp of SPACES_BY_REGION[region]) {
      const inf = view.influence[sp.id] ?? { us: 0, china: 0 };
      const owner = controllerOf(view, sp.id);
      lines.push(
        t('sr.space', {
          name: t(`space.${sp.id}` as MessageKey),
          battleground: sp.battleground ? t('sr.battleground') : '',
          stability: sp.stability,
          us: inf.us,
          china: inf.china,
          control: owner ? t('board.space.controlledBy', { side: t(`side.the.${owner}`) }) : t('board.space.uncontrolled'),
        }),
      );
    }
  }
  lines.push(t('sr.hand'));
  for (const id of view.hand) {
    const def = w.cards[id];
    if (def) lines.push(t('sr.card', { title: localText(def.title, w.lang), ops: def.ops, side: t(`side.${def.side}`) }));
  }
  lines.push(t('sr.recent'), ...logLines.slice(-5).map((l) => (l.note ? `${l.text} — ${l.note}` : l.text)));
  if (state.notice) lines.push(t(state.notice));
  if (acting && state.seats[acting] !== 'human') lines.push(t('status.thinking', { name: actorName(w, acting) }));
  else if (acting === view.side) lines.push(t('status.turn', { name: actorName(w, acting), side: t(`side.${acting}`) }), decisionText(w, view));
  lines.push(...choiceLines(w, view, pending, state));
  return (
    <Box flexDirection="column">
      {lines
        .filter((l) => l !== '')
        .map((line, i) => (
          <Text key={i}>{line}</Text>
        ))}
    </Box>
  );
}
