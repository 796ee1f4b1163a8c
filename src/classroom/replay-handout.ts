// A game as a Markdown handout for a class debrief (`replay --export md`; `debrief --export md`
// is the fuller one, debrief-markdown.ts): who played, then round by round the cards
// played (by title) with what they did, the tracks at each round's end, and the result.
// The log's sentences are the game's own (src/i18n/log-words.ts); the handout adds only its
// numbered play headings, the tracks in bold and the result line.
import type { CardDef, CardId, Persona, Side } from '../decks/types.js';
import type { GameState, LogEntry, Outcome } from '../engine/index.js';
import { actorName, cardTitle, personaName, sideName, signed, trackName } from '../i18n/game-words.js';
import type { Lang } from '../i18n/lang.js';
import { logEntryText, trackReason, type LogWords } from '../i18n/log-words.js';
import { t } from '../i18n/messages.js';
import type { SaveFile } from '../store/save-file.js';

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
    colon: ': ',
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
    plays: (actor: string, card: string) => `${actor} plays ${card} for its event.`,
    playsFor: (actor: string, card: string, ops: number, use: string) => `${actor} plays ${card} for ${ops} Op${ops === 1 ? '' : 's'}: ${use}.`,
    use: { influence: 'influence', sanction: 'a sanction', lobby: 'lobbying', race: 'the race' },
    won: (side: string, how: string, round: number, lead: string) => `${side} wins by ${how} in round ${round} (Leadership ${lead}).`,
    draw: (how: string, lead: string) => `A draw after ${how} (Leadership ${lead}).`,
  },
  fr: {
    title: 'Silicon Curtain',
    vs: 'contre',
    colon: '\u00a0: ',
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
    plays: (actor: string, card: string) => `${actor} joue ${card} pour son événement.`,
    playsFor: (actor: string, card: string, ops: number, use: string) => `${actor} joue ${card} pour ${ops} Op${ops === 1 ? '' : 's'}\u00a0: ${use}.`,
    use: { influence: 'l’influence', sanction: 'une sanction', lobby: 'le lobbying', race: 'la course' },
    won: (side: string, how: string, round: number, lead: string) => `Victoire\u00a0: ${side} (${how}, manche ${round}, Leadership ${lead}).`,
    draw: (how: string, lead: string) => `Match nul (${how}, Leadership ${lead}).`,
  },
} as const;

/** Leadership as the handout writes it: "+3", "0", "−1" (a true minus sign). */
function signedLead(v: number): string {
  return v === 0 ? '0' : signed(v);
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** Consecutive one-point influence moves of the same kind read better as one line. */
function mergeInfluence(entries: LogEntry[]): LogEntry[] {
  const out: LogEntry[] = [];
  for (const e of entries) {
    const last = out[out.length - 1];
    if (
      e.type === 'influence' &&
      last?.type === 'influence' &&
      last.side === e.side &&
      last.owner === e.owner &&
      last.space === e.space &&
      Math.sign(last.delta) === Math.sign(e.delta)
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

interface Handout extends LogWords {
  lang: Lang;
}

/** A numbered item's heading: a card played in an action round (headlines are in the reveal). */
function playHeading(ctx: Handout, e: Extract<LogEntry, { type: 'play' }>): string {
  const w = WORDS[ctx.lang];
  const card = ctx.cardStyle ? ctx.cardStyle(cardTitle(ctx, e.card)) : cardTitle(ctx, e.card);
  const actor = actorName(ctx, e.side);
  if (e.use === 'event' || e.use === 'headline') return w.plays(actor, card);
  return w.playsFor(actor, card, e.ops, w.use[e.use]);
}

/** "Leadership +3 → −1": Leadership is signed (positive = US ahead), the other tracks are counts. */
function trackMove(ctx: Handout, e: Extract<LogEntry, { type: 'track' }>): string {
  const value = (v: number) => (e.track === 'leadership' ? signedLead(v) : `${v}`);
  return `${trackName(ctx.lang, e.track)} ${value(e.from)} → ${value(e.to)}`;
}

function describeOutcome(ctx: Handout, o: Outcome): string {
  const how = t(ctx.lang, `end.${o.reason}`);
  const lead = signedLead(o.leadership);
  const w = WORDS[ctx.lang];
  return o.winner ? w.won(sideName(ctx.lang, o.winner), how, o.round, lead) : w.draw(how, lead);
}

function trackLine(ctx: Handout, tr: Tracks): string {
  const n = (key: string) => t(ctx.lang, key as Parameters<typeof t>[1]);
  const lead = signedLead(tr.leadership);
  return `${n('track.leadership')} ${lead} · ${n('track.clock')} ${tr.clock} · ${n('track.stack')} ${tr.stack} · ${n('track.lockIn')} ${tr.lockIn}`;
}

function roundSection(ctx: Handout, round: number, entries: LogEntry[], tracks: Tracks): string[] {
  const w = WORDS[ctx.lang];
  const lines = [`## ${w.round} ${round}`, ''];
  let n = 0;
  let inItem = false;
  // The clock's recovery is logged before the round's opening line: open with the round.
  const ordered = [...entries.filter((e) => e.type === 'roundStart'), ...entries.filter((e) => e.type !== 'roundStart')];
  let previous: LogEntry | undefined;
  for (const e of mergeInfluence(ordered)) {
    const before = previous;
    previous = e;
    if (e.type === 'track') tracks[e.track] = e.to;
    // The reveal names both headlines already; the result has its own section.
    if (e.type === 'gameOver' || (e.type === 'play' && e.use === 'headline')) continue;
    let text: string | null;
    if (e.type === 'track') text = `**${trackMove(ctx, e)}** (${trackReason(ctx, e.reason)})`;
    else if (e.type === 'play') text = playHeading(ctx, e);
    else text = logEntryText(ctx, e, before);
    // A line that only repeats the one before it (an event firing for the card's own side).
    if (text === null) continue;
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
  lines.push('', `*${w.endOfRound}${w.colon}${trackLine(ctx, tracks)}*`, '');
  return lines;
}

export function exportMarkdown({ save, initial, final, cards, lang }: HandoutInput): string {
  const ctx: Handout = { lang, cards, personas: save.setup.personas, rounds: initial.rounds, cardStyle: (title) => `**${escapeMarkdown(title)}**` };
  const w = WORDS[lang];
  const persona = (p: Persona) => personaName(lang, p);
  const side = (s: Side) => sideName(lang, s);
  const seat = (s: string) => (s === 'human' ? w.human : `${w.bot} ${escapeMarkdown(s)}`);
  const { setup } = save;
  const lines = [
    `# ${w.title}${w.colon}${persona(setup.personas.us)} (${side('us')}) ${w.vs} ${persona(setup.personas.china)} (${side('china')})`,
    '',
    `- ${w.seats}${w.colon}${side('us')} ${seat(setup.seats.us)}, ${side('china')} ${seat(setup.seats.china)}`,
    `- ${w.game(setup.seed, setup.rounds, setup.handicap, save.rulesVersion)}, ${w.actions(save.actions.length)}`,
    `- ${w.decks}${w.colon}${save.decks.map((d) => `${escapeMarkdown(d.id)} (${d.hash.slice(0, 12)})`).join(', ')}`,
    '',
  ];
  const tracks: Tracks = { leadership: initial.leadership, clock: initial.clock, stack: initial.stack, lockIn: initial.lockIn };
  const rounds = [...new Set(final.log.map((e) => e.round))].sort((a, b) => a - b);
  for (const round of rounds)
    lines.push(
      ...roundSection(
        ctx,
        round,
        final.log.filter((e) => e.round === round),
        tracks,
      ),
    );
  lines.push(`## ${w.result}`, '', final.outcome ? describeOutcome(ctx, final.outcome) : w.unfinished(final.round), '');
  return lines.join('\n');
}
