// The debrief of a whole class: many saved games read together. Results by persona matchup, how
// the games ended, the cards that were turning points most often, the kinds of turning point,
// the spread of final Leadership, and the questions for the whole-class discussion. Pure: the
// final states of the games in, worded data out, which the Markdown and HTML reports lay out.
import type { CardId, Persona, Side } from '../decks/types.js';
import type { GameState, Outcome } from '../engine/index.js';
import { cardTitle, personaName, regionPlace, sideOfThe } from '../i18n/game-words.js';
import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/messages.js';
import { aftermath, type AftermathEvent } from './aftermath.js';
import { histogram, leadershipWords, mean, median, type HistogramBar } from './class-stats.js';
import { buildDebrief, type TurningPoint } from './debrief.js';
import { cardQuestions, coreQuestions, debriefQuestions, type CardWeight, type DebriefQuestion } from './debrief-questions.js';
import type { Catalog } from './words.js';

/** One game of the class: where it was read from, and where it stopped. */
export interface ClassGame {
  file: string;
  state: GameState;
}

export interface MatchupRow {
  us: Persona;
  china: Persona;
  label: string;
  games: number;
  usWins: number;
  chinaWins: number;
  draws: number;
  unfinished: number;
  /** Mean final Leadership (US positive), worded; null with no game. */
  meanLeadership: string | null;
}

export interface DecidingCard {
  card: CardId;
  title: string;
  /** Games in which a play of it was a turning point. */
  games: number;
  /** Leadership its turning points moved toward each side, summed over the games. */
  towardUs: number;
  towardChina: number;
}

export interface CommonTurningPoint {
  text: string;
  count: number;
}

export interface GameRow {
  file: string;
  matchup: string;
  result: string;
  leadership: string;
}

export interface ClassReport {
  lang: Lang;
  heading: string;
  /** "Games: 8 · finished: 8 · unfinished: 0". */
  gamesLine: string;
  matchups: MatchupRow[];
  endings: CommonTurningPoint[];
  cards: DecidingCard[];
  turningPoints: CommonTurningPoint[];
  turningPointTotal: number;
  spread: { summary: string; bars: HistogramBar[] };
  games: GameRow[];
  questions: DebriefQuestion[];
  aftermath: AftermathEvent[];
}

export const US_PERSONAS: readonly Persona[] = ['washington', 'nvidia'];
export const CHINA_PERSONAS: readonly Persona[] = ['beijing', 'huawei'];
/** The deciding cards listed. */
export const DECIDING_CARDS = 5;

/** Where a game stands: its outcome, or its Leadership when it was left. */
const finalLeadership = (s: GameState): number => s.outcome?.leadership ?? s.leadership;

function matchupLabel(lang: Lang, us: Persona, china: Persona): string {
  return t(lang, 'class.matchup', { us: personaName(lang, us), china: personaName(lang, china) });
}

function matchupsOf(games: readonly ClassGame[], lang: Lang): MatchupRow[] {
  return US_PERSONAS.flatMap((us) =>
    CHINA_PERSONAS.map((china) => {
      const states = games.map((g) => g.state).filter((s) => s.setup.personas.us === us && s.setup.personas.china === china);
      const ours = states.map((s) => s.outcome);
      const won = (side: Side) => ours.filter((o) => o?.winner === side).length;
      const m = mean(states.map(finalLeadership));
      return {
        us,
        china,
        label: matchupLabel(lang, us, china),
        games: ours.length,
        usWins: won('us'),
        chinaWins: won('china'),
        draws: ours.filter((o) => o !== null && o.winner === null).length,
        unfinished: ours.filter((o) => o === null).length,
        meanLeadership: m === null ? null : leadershipWords(lang, m),
      };
    }),
  );
}

/** Counts of a list of labels, most frequent first, then in the order first met. */
function tally(labels: readonly string[]): CommonTurningPoint[] {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return [...counts.entries()].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count);
}

function endingOf(o: Outcome | null, lang: Lang): string {
  if (!o) return t(lang, 'class.unfinished');
  return o.winner === null ? t(lang, 'class.draw') : t(lang, `end.${o.reason}`);
}

/** The kinds a turning point is of: a card's use, a held scoring card, a missed pressure check... */
function kindsOf(point: TurningPoint, lang: Lang): string[] {
  const m = point.moment;
  switch (m.kind) {
    case 'play':
      return [t(lang, `class.tp.${m.use}`)];
    case 'finalScoring':
      return [t(lang, 'class.tp.finalScoring')];
    case 'roundEnd': {
      const kinds = [
        ...m.heldScoring.map((region) => t(lang, 'class.tp.heldScoring', { region: regionPlace(region) })),
        ...m.pressure.map(({ persona, met }) => t(lang, met ? 'class.tp.pressureMet' : 'class.tp.pressure', { persona: personaName(lang, persona) })),
      ];
      return kinds.length > 0 ? [...new Set(kinds)] : [t(lang, 'class.tp.roundEnd')];
    }
    default: {
      const unhandled: never = m;
      throw new Error(`moment not handled: ${JSON.stringify(unhandled)}`);
    }
  }
}

function decidingCardsOf(pointsByGame: readonly TurningPoint[][], cards: Catalog, lang: Lang): DecidingCard[] {
  const byCard = new Map<CardId, DecidingCard & { rank: number }>();
  pointsByGame.forEach((points) => {
    const inThisGame = new Set<CardId>();
    for (const p of points) {
      if (p.moment.kind !== 'play') continue;
      const card = p.moment.card;
      const row = byCard.get(card) ?? { card, title: cardTitle({ cards, lang }, card), games: 0, towardUs: 0, towardChina: 0, rank: byCard.size };
      if (!inThisGame.has(card)) row.games += 1;
      inThisGame.add(card);
      if (p.swing > 0) row.towardUs += p.swing;
      else row.towardChina -= p.swing;
      byCard.set(card, row);
    }
  });
  return [...byCard.values()]
    .sort((a, b) => b.games - a.games || b.towardUs + b.towardChina - (a.towardUs + a.towardChina) || a.rank - b.rank)
    .map(({ rank: _rank, ...row }) => row);
}

function resultOf(state: GameState, lang: Lang): string {
  const o = state.outcome;
  if (!o) return t(lang, 'class.result.unfinished', { round: state.round });
  if (o.winner === null) return t(lang, 'class.result.draw', { round: o.round });
  return t(lang, 'class.result.win', { side: sideOfThe(lang, o.winner), how: t(lang, `end.${o.reason}`), round: o.round });
}

function questionsOf(games: readonly ClassGame[], deciding: readonly DecidingCard[], cards: Catalog, lang: Lang): DebriefQuestion[] {
  const played = games.map((g) => new Set(g.state.log.flatMap((e) => (e.type === 'play' ? [e.card] : []))));
  const core = coreQuestions(lang, (q) =>
    t(lang, 'class.core.played', { count: played.filter((set) => q.cards.some((c) => set.has(c))).length, total: games.length }),
  );
  const weights: CardWeight[] = deciding.map((d, i) => ({ card: d.card, swing: d.games * 100 + d.towardUs + d.towardChina, first: i }));
  return debriefQuestions(core, cardQuestions(weights, cards, lang), lang, 'class.question.reflect');
}

/** The class debrief of these games (at least one), in `lang`. */
export function buildClassReport(games: readonly ClassGame[], lang: Lang): ClassReport {
  const cards: Catalog = Object.assign({}, ...games.map((g) => g.state.cards)) as Catalog;
  const pointsByGame = games.map((g) => buildDebrief(g.state, lang).turningPoints);
  const points = pointsByGame.flat();
  const finals = games.map((g) => finalLeadership(g.state));
  const finished = games.filter((g) => g.state.outcome !== null).length;
  const mid = median(finals);
  const deciding = decidingCardsOf(pointsByGame, cards, lang);
  return {
    lang,
    heading: t(lang, 'class.heading'),
    gamesLine: t(lang, 'class.games', { games: games.length, finished, unfinished: games.length - finished }),
    matchups: matchupsOf(games, lang),
    endings: tally(games.map((g) => endingOf(g.state.outcome, lang))),
    cards: deciding.slice(0, DECIDING_CARDS),
    turningPoints: tally(points.flatMap((p) => kindsOf(p, lang))),
    turningPointTotal: points.length,
    spread: {
      summary:
        mid === null
          ? ''
          : t(lang, 'class.spread.summary', {
              min: leadershipWords(lang, Math.min(...finals)),
              max: leadershipWords(lang, Math.max(...finals)),
              median: leadershipWords(lang, mid),
            }),
      bars: histogram(finals, lang),
    },
    games: games.map((g) => ({
      file: g.file,
      matchup: matchupLabel(lang, g.state.setup.personas.us, g.state.setup.personas.china),
      result: resultOf(g.state, lang),
      leadership: leadershipWords(lang, finalLeadership(g.state)),
    })),
    questions: questionsOf(games, deciding, cards, lang),
    aftermath: aftermath(lang),
  };
}
