// A game as a Markdown handout for a class debrief: who played, then round by round the cards
// played (by title) with what they did, the tracks at each round's end, and the result.
import type { CardDef, CardId } from '../decks/types.js';
import type { GameState, LogEntry } from '../engine/index.js';
import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/messages.js';
import type { WordsContext } from './log-words.js';
import { describeEntry, describeOutcome, trackMove, trackReason } from './log-words.js';
import type { SaveFile } from './save-file.js';

export interface HandoutInput {
  save: SaveFile;
  /** The state before the first action, and after the last. */
  initial: GameState;
  final: GameState;
  cards: Readonly<Record<CardId, CardDef>>;
  lang: Lang;
}

type Tracks = { leadership: number; clock: number; stack: number; lockIn: number };

const WORDS = {
  en: {
    title: 'Silicon Curtain',
    vs: 'vs',
    seats: 'Seats',
    human: 'human',
    bot: 'bot',
    game: (seed: number, rounds: number, handicap: number, rules: string) => `Seed ${seed}, ${rounds} rounds, handicap ${handicap}, rules ${rules}`,
    decks: 'Decks',
    actions: (n: number) => `${n} actions`,
    round: 'Round',
    endOfRound: 'End of the round',
    result: 'Result',
    unfinished: (round: number) => `The game was stopped in round ${round}, unfinished.`,
  },
  fr: {
    title: 'Silicon Curtain',
    vs: 'contre',
    seats: 'Joueurs',
    human: 'humain',
    bot: 'bot',
    game: (seed: number, rounds: number, handicap: number, rules: string) => `Graine ${seed}, ${rounds} manches, handicap ${handicap}, règles ${rules}`,
    decks: 'Paquets',
    actions: (n: number) => `${n} actions`,
    round: 'Manche',
    endOfRound: 'Fin de la manche',
    result: 'Résultat',
    unfinished: (round: number) => `La partie s’est arrêtée à la manche ${round}, inachevée.`,
  },
} as const;

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** Consecutive one-point influence moves of the same kind read better as one line. */
function mergeInfluence(entries: LogEntry[]): LogEntry[] {
  const out: LogEntry[] = [];
  for (const e of entries) {
    const last = out[out.length - 1];
    if (
      e.type === 'influence' && last?.type === 'influence' && last.side === e.side && last.owner === e.owner &&
      last.space === e.space && Math.sign(last.delta) === Math.sign(e.delta)
    ) {
      out[out.length - 1] = { ...last, delta: last.delta + e.delta };
    } else out.push(e);
  }
  return out;
}

/** Starts a numbered item: something a player did. Everything else hangs under it. */
function isHeadEntry(e: LogEntry): boolean {
  return (e.type === 'play' && e.use !== 'headline') || e.type === 'headlineReveal' || e.type === 'pass';
}

function trackLine(ctx: WordsContext, tr: Tracks): string {
  const n = (key: string) => t(ctx.lang, key as Parameters<typeof t>[1]);
  const lead = `${tr.leadership > 0 ? '+' : ''}${tr.leadership}`;
  return `${n('track.leadership')} ${lead} · ${n('track.clock')} ${tr.clock} · ${n('track.stack')} ${tr.stack} · ${n('track.lockIn')} ${tr.lockIn}`;
}

function roundSection(ctx: WordsContext, round: number, entries: LogEntry[], tracks: Tracks): string[] {
  const w = WORDS[ctx.lang];
  const lines = [`## ${w.round} ${round}`, ''];
  let n = 0;
  let inItem = false;
  // The clock's recovery is logged before the round's opening line: open with the round.
  const ordered = [...entries.filter((e) => e.type === 'roundStart'), ...entries.filter((e) => e.type !== 'roundStart')];
  for (const e of mergeInfluence(ordered)) {
    if (e.type === 'track') tracks[e.track] = e.to;
    // The reveal names both headlines already; the result has its own section.
    if (e.type === 'gameOver' || (e.type === 'play' && e.use === 'headline')) continue;
    const text = e.type === 'track' ? `**${trackMove(ctx, e)}** (${trackReason(ctx, e.reason)})` : describeEntry(ctx, e);
    if (isHeadEntry(e)) {
      n++;
      inItem = true;
      lines.push(`${n}. ${text}`);
    } else if (inItem) {
      lines.push(`   - ${text}`);
    } else {
      lines.push(`- ${text}`);
    }
  }
  lines.push('', `*${w.endOfRound}: ${trackLine(ctx, tracks)}*`, '');
  return lines;
}

export function exportMarkdown({ save, initial, final, cards, lang }: HandoutInput): string {
  const ctx: WordsContext = { lang, cards, cardStyle: (title) => `**${escapeMarkdown(title)}**` };
  const w = WORDS[lang];
  const persona = (p: string) => t(lang, `persona.${p}` as Parameters<typeof t>[1]);
  const sideName = (s: 'us' | 'china') => t(lang, `side.${s}`);
  const seat = (s: string) => (s === 'human' ? w.human : `${w.bot} ${escapeMarkdown(s)}`);
  const { setup } = save;
  const lines = [
    `# ${w.title}: ${persona(setup.personas.us)} (${sideName('us')}) ${w.vs} ${persona(setup.personas.china)} (${sideName('china')})`,
    '',
    `- ${w.seats}: ${sideName('us')} ${seat(setup.seats.us)}, ${sideName('china')} ${seat(setup.seats.china)}`,
    `- ${w.game(setup.seed, setup.rounds, setup.handicap, save.rulesVersion)}, ${w.actions(save.actions.length)}`,
    `- ${w.decks}: ${save.decks.map((d) => `${escapeMarkdown(d.id)} (${d.hash.slice(0, 12)})`).join(', ')}`,
    '',
  ];
  const tracks: Tracks = { leadership: initial.leadership, clock: initial.clock, stack: initial.stack, lockIn: initial.lockIn };
  const rounds = [...new Set(final.log.map((e) => e.round))].sort((a, b) => a - b);
  for (const round of rounds) lines.push(...roundSection(ctx, round, final.log.filter((e) => e.round === round), tracks));
  lines.push(`## ${w.result}`, '', final.outcome ? describeOutcome(ctx, final.outcome) : w.unfinished(final.round), '');
  return lines.join('\n');
}
