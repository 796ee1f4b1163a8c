// The debrief of a game: what was played and the history behind it, the turning points, the
// Leadership over the rounds, what happened next in reality, and questions for the class. Pure: a game state, its card
// catalogue and a language in; worded data out, which the Markdown handout and the debrief
// screen both lay out.
import { cardCitations } from '../decks/citations.js';
import type { CardDef, CardId, Citation, Side } from '../decks/types.js';
import type { GameState, Outcome } from '../engine/index.js';
import { localText } from '../i18n/lang.js';
import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/messages.js';
import { aftermath } from './aftermath.js';
import type { AftermathEvent } from './aftermath.js';
import { cardQuestions, coreQuestions, debriefQuestions, inYourGame } from './debrief-questions.js';
import type { CardWeight, DebriefQuestion } from './debrief-questions.js';
import { momentsFromLog, swing } from './plays.js';
import type { Moment, PlayRecord } from './plays.js';
import { sourcesList } from './sources.js';
import type { SourceEntry } from './sources.js';
import { cardTitle, leadershipText, personaName, regionPlace, sayIn, sideOfThe, sideThe } from '../i18n/game-words.js';
import { describePlay, forSide } from './words.js';
import type { Catalog } from './words.js';

/** The debrief says Leadership is "level" where the game screen says "even" (its tests hold it). */
const LEVEL = 'classroom.leadership.even';

export interface TimelineEntry {
  play: PlayRecord;
  title: string;
  /** "China played Ascend 910B for its event". */
  sentence: string;
  /** "Opponent's card: its event fired for the US.", when it fired for the side that did not play it. */
  firedNote: string | null;
  date: string;
  history: string;
  sources: Citation[];
  /** False when the card was already played earlier: its history note is not repeated. */
  firstTime: boolean;
}

export interface TurningPoint {
  moment: Moment;
  /** "Round 2 — China played Ascend 910B for its event", "End of round 2: China Market scored (...)". */
  sentence: string;
  /** Signed Leadership change, positive toward the US. */
  swing: number;
  /** "Leadership level → US +3". */
  change: string;
}

export interface LeadershipPoint {
  label: string;
  value: number;
  text: string;
}

export interface Debrief {
  lang: Lang;
  heading: string;
  outcome: Outcome | null;
  winner: Side | null;
  /** "China (Huawei) won by final scoring in round 3. Final Leadership: China +4." */
  resultLine: string;
  /** How sudden death or dominance happened, when it did. */
  resultDetail: string | null;
  /** Personas, length and seed: what a class needs to replay the same deal. */
  playersLine: string;
  timeline: TimelineEntry[];
  turningPoints: TurningPoint[];
  leadership: LeadershipPoint[];
  /** The core questions first (the same for every game), then the game's own, then the reflection. */
  questions: DebriefQuestion[];
  /** What really happened after the article: the same events for every game. */
  aftermath: AftermathEvent[];
  sources: SourceEntry[];
}

export type { DebriefQuestion } from './debrief-questions.js';
export type { AftermathEvent } from './aftermath.js';

export const TURNING_POINTS = 3;

/** The game's result in one sentence, plus how sudden death or dominance came about. */
export function resultLines(state: GameState, lang: Lang): { line: string; detail: string | null } {
  const o = state.outcome;
  if (!o)
    return {
      line: t(lang, 'debrief.result.unfinished', { round: state.round, leadership: leadershipText(sayIn(lang), state.leadership, LEVEL) }),
      detail: null,
    };
  let detail: string | null = null;
  if (o.reason === 'suddenDeath' && o.loser) detail = t(lang, 'debrief.result.cutOff', { side: sideThe(lang, o.loser) });
  if (o.reason === 'dominance' && o.region) detail = t(lang, 'debrief.result.region', { region: regionPlace(o.region) });
  if (o.winner === null) return { line: t(lang, 'debrief.result.draw'), detail };
  const line = t(lang, 'debrief.result.win', {
    side: sideOfThe(lang, o.winner),
    persona: personaName(lang, state.setup.personas[o.winner]),
    how: t(lang, `debrief.how.${o.reason}`),
    round: o.round,
    leadership: leadershipText(sayIn(lang), o.leadership, LEVEL),
  });
  return { line, detail };
}

function timelineOf(plays: PlayRecord[], cards: Catalog, lang: Lang): TimelineEntry[] {
  const seen = new Set<CardId>();
  return plays.map((play) => {
    const def = cards[play.card];
    const firstTime = !seen.has(play.card);
    seen.add(play.card);
    const entry = { type: 'play', round: play.round, side: play.side, card: play.card, use: play.use, ops: play.ops } as const;
    return {
      play,
      title: cardTitle({ cards, lang }, play.card),
      sentence: describePlay(entry, cards, lang),
      firedNote: play.firedFor && play.firedFor !== play.side ? t(lang, 'debrief.ownerEvent', { forSide: forSide(lang, play.firedFor) }) : null,
      date: def?.date ?? '',
      history: def ? localText(def.history, lang) : '',
      sources: def ? cardCitations(def) : [],
      firstTime,
    };
  });
}

function momentSentence(moment: Moment, timeline: TimelineEntry[], lang: Lang): string {
  if (moment.kind === 'play') {
    return t(lang, 'debrief.moment.play', { round: moment.round, play: timeline.find((e) => e.play === moment)?.sentence ?? '' });
  }
  if (moment.kind === 'finalScoring') return t(lang, 'debrief.moment.finalScoring');
  const what = [
    ...moment.heldScoring.map((region) => t(lang, 'debrief.moment.heldScoring', { region: regionPlace(region) })),
    // Every check that moved Leadership: the swing is theirs together, not the first one's.
    ...moment.pressure.map(({ persona, met }) =>
      t(lang, met ? 'debrief.moment.pressureMet' : 'debrief.moment.pressure', { persona: personaName(lang, persona) }),
    ),
  ];
  if (what.length === 0) return t(lang, 'debrief.moment.roundEnd', { round: moment.round });
  return t(lang, 'debrief.moment.roundEndWith', { round: moment.round, what: what.join(t(lang, 'debrief.moment.separator')) });
}

/** The plays and scorings that moved Leadership most, largest first. */
function turningPointsOf(moments: Moment[], timeline: TimelineEntry[], lang: Lang): TurningPoint[] {
  return moments
    .filter((m) => swing(m) !== 0)
    .sort((a, b) => Math.abs(swing(b)) - Math.abs(swing(a)) || a.index - b.index)
    .slice(0, TURNING_POINTS)
    .map((m) => ({
      moment: m,
      sentence: momentSentence(m, timeline, lang),
      swing: swing(m),
      change: t(lang, 'debrief.swing', { from: leadershipText(sayIn(lang), m.leadershipFrom, LEVEL), to: leadershipText(sayIn(lang), m.leadershipTo, LEVEL) }),
    }));
}

function leadershipOf(state: GameState, lang: Lang): LeadershipPoint[] {
  const point = (label: string, value: number) => ({ label, value, text: leadershipText(sayIn(lang), value, LEVEL) });
  const points = state.leadershipHistory.map((value, round) => point(round === 0 ? t(lang, 'debrief.start') : t(lang, 'debrief.round', { round }), value));
  const last = state.leadershipHistory[state.leadershipHistory.length - 1];
  // The history records round ends; an ending inside a round, or final scoring, comes after.
  if (state.outcome && state.outcome.leadership !== last) points.push(point(t(lang, `end.${state.outcome.reason}`), state.outcome.leadership));
  else if (!state.outcome && state.leadership !== last) points.push(point(t(lang, 'debrief.round', { round: state.round }), state.leadership));
  return points;
}

/** The core questions, with the cards of each played in this game, then the questions of the
 * cards that moved Leadership most. */
function questionsOf(timeline: TimelineEntry[], cards: Catalog, lang: Lang): DebriefQuestion[] {
  const weights = new Map<CardId, CardWeight>();
  for (const e of timeline) {
    const w = weights.get(e.play.card) ?? { card: e.play.card, swing: 0, first: e.play.index };
    w.swing += Math.abs(swing(e.play));
    weights.set(e.play.card, w);
  }
  const played = timeline.map((e) => ({ card: e.play.card, round: e.play.round }));
  const core = coreQuestions(lang, (q) => inYourGame(q, played, cards, lang));
  return debriefQuestions(core, cardQuestions([...weights.values()], cards, lang), lang, 'debrief.question.reflect');
}

export function buildDebrief(state: GameState, lang: Lang, cards: Catalog = state.cards): Debrief {
  const moments = momentsFromLog(state.log, cards, state.leadershipHistory[0] ?? 0);
  const plays = moments.filter((m): m is PlayRecord => m.kind === 'play');
  const timeline = timelineOf(plays, cards, lang);
  const { line, detail } = resultLines(state, lang);
  const played = [...new Set(plays.map((p) => p.card))].map((id) => cards[id]).filter((c): c is CardDef => c !== undefined);
  return {
    lang,
    heading: t(lang, 'debrief.heading'),
    outcome: state.outcome,
    winner: state.outcome?.winner ?? null,
    resultLine: line,
    resultDetail: detail,
    playersLine: t(lang, 'debrief.players', {
      us: personaName(lang, state.setup.personas.us),
      china: personaName(lang, state.setup.personas.china),
      rounds: state.rounds,
      seed: state.setup.seed,
    }),
    timeline,
    turningPoints: turningPointsOf(moments, timeline, lang),
    leadership: leadershipOf(state, lang),
    questions: questionsOf(timeline, cards, lang),
    aftermath: aftermath(lang),
    sources: sourcesList(played, lang),
  };
}

/** The timeline in rounds, each entry numbered within its round: how both the handout and the
 * screen list the cards played. */
export function timelineByRound(timeline: readonly TimelineEntry[]): { round: number; entries: { number: number; entry: TimelineEntry }[] }[] {
  const rounds: { round: number; entries: { number: number; entry: TimelineEntry }[] }[] = [];
  for (const entry of timeline) {
    let last = rounds.at(-1);
    if (!last || last.round !== entry.play.round) {
      last = { round: entry.play.round, entries: [] };
      rounds.push(last);
    }
    last.entries.push({ number: last.entries.length + 1, entry });
  }
  return rounds;
}
