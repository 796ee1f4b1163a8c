// The balance report's sections as titled tables, notes and charts: the terminal and the
// Markdown renderings both draw from this one list, so they never disagree.
import type { SimReport } from './aggregate.js';
import type { Against, UntilCi } from './compare.js';
import { CARD_NOTES } from './card-stats.js';
import { bar, sparkline } from './charts.js';
import type { DeckProfile } from './profile.js';
import type { Difference, Proportion } from './stats.js';

export interface Table {
  head: string[];
  /** 'l' or 'r' per column. */
  align: string;
  rows: string[][];
}

export interface Section {
  title: string;
  lines?: string[];
  table?: Table;
  /** Shown as is (monospace): charts. */
  chart?: string[];
  notes?: string[];
}

const SIDE_NAME = { us: 'US', china: 'China', draw: 'Draw' } as const;

export function percent(rate: number | null, digits = 1): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(digits)}%`;
}

export function interval(p: Proportion): string {
  if (p.low === null || p.high === null) return '—';
  return `[${(p.low * 100).toFixed(1)}, ${(p.high * 100).toFixed(1)}]`;
}

/** A difference in percentage points with its interval: `+4.1 [−2.0, +10.2]`. */
export function points(d: Difference): string {
  if (d.delta === null || d.low === null || d.high === null) return '—';
  const signed = (v: number) => `${v >= 0 ? '+' : '−'}${Math.abs(v * 100).toFixed(1)}`;
  return `${signed(d.delta)} [${signed(d.low)}, ${signed(d.high)}]`;
}

function number(v: number | null, digits = 1): string {
  return v === null ? '—' : v.toFixed(digits);
}

function header(r: SimReport): Section {
  const budget = (side: 'us' | 'china') => {
    const b = r.bots[side];
    if (b.thinkMs === null) return b.name;
    return `${b.name} (think ${b.thinkMs} ms${b.budgetApplied ? '' : ': not applied, this bot does not search'})`;
  };
  const played = r.interrupted ? `${r.played} of ${r.games} (interrupted)` : `${r.played}`;
  return {
    title: 'Silicon Curtain balance report',
    lines: [
      `Rules version: ${r.rulesVersion}`,
      `Decks: ${r.decks.map((d) => `${d.id} (${d.hash})`).join(', ')}; ${r.cardCount} cards`,
      `Games: ${played}; ${r.finished} finished by the rules, ${r.errors.length} with errors or stalls`,
      `Seed: ${r.seed} (${r.seeds})`,
      `Rounds: ${r.rounds}`,
      ...(r.first ? [`First player in round 1: ${r.first === 'us' ? 'US' : 'China'} (fixed)`] : []),
      ...(r.handicap ? [`Handicap: ${r.handicap > 0 ? '+' : ''}${r.handicap} (starting Leadership)`] : []),
      `Bots: US ${budget('us')}, China ${budget('china')}`,
      `Personas: US ${r.personas.us}, China ${r.personas.china}${r.personas.us === 'all' || r.personas.china === 'all' ? ' (all: cycled so every matchup is played equally)' : ''}`,
    ],
  };
}

function winRates(r: SimReport): Section {
  return {
    title: 'Win rate by side',
    table: {
      head: ['Side', 'Wins', 'Rate', '95% CI (Wilson)'],
      align: 'lrrl',
      rows: (['us', 'china', 'draw'] as const).map((s) => [SIDE_NAME[s], String(r.wins[s]), percent(r.winRate[s].rate), interval(r.winRate[s])]),
    },
    notes: [`Out of ${r.finished} games finished by the rules. Target with equal bots: each side 45–55%.`],
  };
}

function matchupMatrix(r: SimReport): Section {
  const chinas = [...new Set(r.matchups.map((m) => m.china))];
  const uses = [...new Set(r.matchups.map((m) => m.us))];
  const cell = (us: string, china: string) => {
    const m = r.matchups.find((x) => x.us === us && x.china === china);
    return m ? `${percent(m.usWinRate.rate)} ${interval(m.usWinRate)} n=${m.games}` : '—';
  };
  return {
    title: 'Persona matchups (US win rate)',
    table: { head: ['US \\ China', ...chinas], align: 'l' + 'l'.repeat(chinas.length), rows: uses.map((us) => [us, ...chinas.map((c) => cell(us, c))]) },
    notes: ['Target with equal bots: every matchup within 40–60%.'],
  };
}

function order(r: SimReport): Section {
  const row = (what: string, o: SimReport['firstPlayer']) => [what, String(o.firstWon.n), String(o.usFirst), percent(o.firstWon.rate), interval(o.firstWon)];
  return {
    title: 'First player and headline order',
    table: {
      head: ['Round 1', 'Games', 'US first', 'First side won', '95% CI'],
      align: 'lrrrl',
      rows: [row('acted first', r.firstPlayer), row('headline resolved first', r.headlineOrder)],
    },
    notes: ['A rate above 50% means going first is an advantage. Headline order counts games where both sides headlined.'],
  };
}

function length(r: SimReport): Section {
  const l = r.length;
  const max = Math.max(0, ...l.histogram.map((b) => b.count));
  const width = String(l.max ?? 0).length;
  return {
    title: 'Game length (actions chosen by the bots)',
    lines: [
      `Mean ${number(r.meanActions)}, median ${number(l.median)}, IQR ${number(l.q1)}–${number(l.q3)}, min ${l.min ?? '—'}, max ${l.max ?? '—'}`,
      `Ended in round: ${r.endRound.map((e) => `${e.round}: ${e.games}`).join(', ') || '—'}`,
    ],
    chart: l.histogram.map((b) => `${String(b.from).padStart(width)}–${String(b.to).padStart(width)} │${bar(b.count, max, 40)} ${b.count}`),
  };
}

function endReasons(r: SimReport): Section {
  const reasons = Object.entries(r.endReasons);
  return {
    title: 'End reasons',
    table: {
      head: ['Reason', 'Games', 'Share'],
      align: 'lrr',
      rows: reasons.map(([reason, n]) => [reason, String(n), percent(r.finished > 0 ? n / r.finished : null)]),
    },
  };
}

function tracks(r: SimReport): Section {
  const names = { leadership: 'Leadership', clock: 'Clock', stack: 'Stack', lockIn: 'Lock-in' } as const;
  const rows = (Object.keys(names) as (keyof typeof names)[]).map((t) => {
    const values = r.tracksByRound.map((x) => x.means[t]);
    return [names[t], ...values.map((v) => number(v, 2)), sparkline(values)];
  });
  rows.push(['games', ...r.tracksByRound.map((x) => String(x.games)), '']);
  return {
    title: 'Average track values by round',
    table: {
      head: ['Track', ...r.tracksByRound.map((x) => (x.round === 0 ? 'start' : `end r${x.round}`)), 'trend'],
      align: 'l' + 'r'.repeat(r.tracksByRound.length) + 'l',
      rows,
    },
    notes: [
      'Means over the games that reached the end of each round; a game that ended in a round counts there with its final values. Leadership > 0 favours the US.',
    ],
  };
}

/** The cards the tables list: those of the decks in `cardFilter`, or all. */
function listedCards(r: SimReport): SimReport['cards'] {
  const filter = r.cardFilter;
  return filter === null ? r.cards : r.cards.filter((c) => filter.includes(c.deck));
}

function filterNote(r: SimReport): string[] {
  if (r.cardFilter === null) return [];
  return [
    `Listed: the ${listedCards(r).length} cards of ${r.cardFilter.join(', ')} (of ${r.cards.length}). --cards-of all lists every card; --json always holds every card.`,
  ];
}

function cards(r: SimReport): Section {
  return {
    title: r.cardFilter === null ? 'Cards' : `Cards of ${r.cardFilter.join(', ')}`,
    table: {
      head: [
        'Card',
        'Side',
        'Era',
        'Drawn US/CN',
        'Event US/CN',
        'Ops US/CN',
        'Fired ev/hl/opp/end/oth',
        'Blocked',
        'Rule acted',
        'Lead/fire',
        'Event win%',
        'n',
        '95% CI',
        'Drawn − not drawn, US',
        'Drawn − not drawn, China',
      ],
      align: 'llrrrrrrrrrrlll',
      rows: listedCards(r).map((c) => [
        c.id,
        c.signature ? `${c.side} (signature)` : c.passes ? `${c.side} (passes)` : c.side,
        String(c.era),
        `${c.drawn.us}/${c.drawn.china}`,
        `${c.event.us}/${c.event.china}`,
        `${c.ops.us}/${c.ops.china}`,
        `${c.fired.event}/${c.fired.headline}/${c.fired.opponentOps}/${c.fired.roundEnd}/${c.fired.other}`,
        String(c.blocked),
        String(c.lastingActs),
        c.leadershipPerFire === null ? '—' : `${c.leadershipPerFire >= 0 ? '+' : '−'}${Math.abs(c.leadershipPerFire).toFixed(2)}`,
        percent(c.eventWinRate.rate),
        String(c.eventWinRate.n),
        interval(c.eventWinRate),
        c.drawnDelta.us ? points(c.drawnDelta.us.delta) : '—',
        c.drawnDelta.china ? points(c.drawnDelta.china.delta) : '—',
      ]),
    },
    notes: [...filterNote(r), ...CARD_NOTES],
  };
}

function design(r: SimReport): Section {
  const d = r.design;
  const list = (entries: [string, number | null][], show: (v: number | null) => string) => entries.map(([k, v]) => `${k} ${show(v)}`).join(', ') || '—';
  const byRound = (values: (number | null)[], show: (v: number | null) => string) =>
    list(
      values.map((v, i) => [`r${i + 1}`, v]),
      show,
    );
  const s = d.scoring;
  const inRound = s.asAction + s.asHeadline + s.atRoundEnd;
  const fired = { event: 0, headline: 0, opponentOps: 0, roundEnd: 0, other: 0 };
  let blocked = 0;
  for (const c of r.cards) {
    for (const route of Object.keys(fired) as (keyof typeof fired)[]) fired[route] += c.fired[route];
    blocked += c.blocked;
  }
  const firedTotal = fired.event + fired.headline + fired.opponentOps + fired.roundEnd + fired.other;
  const listed = new Set(listedCards(r).map((c) => c.id));
  return {
    title: 'Design',
    lines: [
      `Action-round plays: ${list(Object.entries(d.arPlays), (v) => percent(v))}`,
      `In-round scorings a game, by round: ${byRound(s.byRound, (v) => number(v, 2))}`,
      `In-round scorings: ${s.asAction} as an action, ${s.asHeadline} as a headline, ${s.atRoundEnd} at round end (${percent(inRound > 0 ? s.atRoundEnd / inRound : null)} at round end)`,
      `Lowest clock reached: ${list(Object.entries(d.clockLowest), (v) => percent(v))}`,
      `Race: a track reached step 6 in ${percent(d.race.step6Share)} of games; race plays ${percent(d.race.plays)} of action-round plays`,
      `Leader at the end of the round won: ${byRound(d.leaderAfterRound, (v) => percent(v))}`,
      `Decisions per player: median ${number(d.decisionsPerPlayer.median)}, top level ${number(d.decisionsPerPlayer.topLevelMedian)}`,
      `Events fired: ${firedTotal}; played for the event ${fired.event}, as a headline ${fired.headline}, by the opponent's Ops play ${fired.opponentOps} (${percent(firedTotal > 0 ? fired.opponentOps / firedTotal : null)}), left in the opponent's hand at round end ${fired.roundEnd}, other ${fired.other}`,
      `Events blocked by their requires: ${blocked}`,
    ],
    table: {
      head: ['Card', 'Event fired in (share of games)'],
      align: 'lr',
      rows: Object.entries(d.eventsFired)
        .filter(([id]) => listed.has(id))
        .map(([id, v]) => [id, percent(v)]),
    },
    notes: [
      'Over the games finished by the rules. Action-round plays exclude headlines; event counts every play for the event, and ownEvent (own non-signature cards) and scoring (scoring cards) are parts of it.',
      'An in-round scoring is a region scored during a round (not the final scoring): by an event played as an action or as a headline, or by a scoring card still in hand at the end of the round.',
      'Leader: the side ahead on Leadership at the end of the round (for the last round, before the final scoring); games level then are left out. Top-level decisions: choosing who goes first, headlines, plays and the card held; all decisions add every answer to a card or an Ops use.',
    ],
  };
}

function anomalies(r: SimReport): Section {
  if (r.errors.length === 0) return { title: 'Anomalies', lines: [`None: no game threw, stalled or reached the step cap (${r.stepCap} actions).`] };
  return {
    title: 'Anomalies',
    lines: r.errors.flatMap((e) => [
      `game ${e.game} (seed ${e.seed}, ${e.personas.us} vs ${e.personas.china}) ${e.kind}: ${e.message}`,
      `  reproduce: ${e.reproduce}`,
    ]),
    notes: [`A stall is a game with no decision and no outcome, or one that reached the step cap of ${r.stepCap} actions.`],
  };
}

function profiles(r: SimReport): Section {
  const sideCell = (p: DeckProfile, side: 'us' | 'china' | 'neutral') => `${p.sides[side].cards} (${p.sides[side].ops})`;
  return {
    title: 'Decks',
    table: {
      head: ['Deck', 'Cards', 'US (Ops)', 'China (Ops)', 'Neutral (Ops)', 'Eras 1/2/3', 'Scoring', 'Signature', 'Requires', 'Control/market'],
      align: 'lrrrrrrrrr',
      rows: r.deckProfiles.map((p) => [
        p.added ? `${p.id} (added)` : p.id,
        String(p.cards),
        sideCell(p, 'us'),
        sideCell(p, 'china'),
        sideCell(p, 'neutral'),
        [0, 1, 2].map((e) => String(p.eras[e] ?? 0)).join('/'),
        String(p.scoring),
        String(p.signature),
        String(p.requires),
        `${p.tags.control}/${p.tags.market}`,
      ]),
    },
    notes: [
      'Cards by side with their total Ops. A card of one side played for Ops by the other fires its event for its owner, so a deck with more cards of one side gives that side more events. Requires: cards whose event has a requires; control/market: cards with that tag.',
    ],
  };
}

/** What the baseline run changed, after "the same games": "without frontiers", "with frontiers (1a2b) instead of frontiers (3c4d)". */
export function againstText(against: Against): string {
  const named = (decks: readonly { id: string; hash: string }[]) => decks.map((d) => `${d.id} (${d.hash})`).join(', ');
  switch (against.kind) {
    case 'baseline':
      return `without ${against.decks.join(', ')}`;
    case 'without':
      return `without the card${against.cards.length > 1 ? 's' : ''} ${against.cards.join(', ')}`;
    case 'deck':
      return `with ${named(against.decks)} instead of ${named(against.instead)}`;
    default: {
      const unhandled: never = against;
      throw new Error(`baseline not worded: ${JSON.stringify(unhandled)}`);
    }
  }
}

/** How an `--until-ci` run ended: the interval it reached, after how many games. */
function untilCiLine(u: UntilCi): string {
  const width = u.halfWidth === null ? 'no interval yet' : `±${u.halfWidth.toFixed(1)} points`;
  return u.reached
    ? `Stopped after ${u.games} games in each run: the US win-rate difference is within ${width} (asked ±${u.target})`
    : `Played ${u.games} games in each run${u.games >= u.maxGames ? ', the most --games allows' : ''}: the US win-rate difference is within ${width}, not the ±${u.target} asked; play more games`;
}

function comparison(r: SimReport): Section[] {
  const c = r.comparison;
  if (c === null) return [];
  const against = againstText(c.against);
  const win = (name: string, w: typeof c.usWinRate) => [name, percent(w.with.rate), percent(w.baseline.rate), points(w.difference)];
  const signedNumber = (v: number | null) => (v === null ? '—' : `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(2)}`);
  const mean = (name: string, m: typeof c.length) => [
    name,
    number(m.with, 2),
    number(m.baseline, 2),
    m.difference.low === null || m.difference.high === null
      ? signedNumber(m.difference.delta)
      : `${signedNumber(m.difference.delta)} [${signedNumber(m.difference.low)}, ${signedNumber(m.difference.high)}]`,
  ];
  const share = (name: string, a: number | null, b: number | null) => [
    name,
    percent(a),
    percent(b),
    a === null || b === null ? '—' : `${a - b >= 0 ? '+' : '−'}${Math.abs((a - b) * 100).toFixed(1)}`,
  ];
  const d = r.design;
  const b = c.baseline.design;
  const rows = [
    win('US win rate', c.usWinRate),
    win('China win rate', c.chinaWinRate),
    mean('Final Leadership', c.finalLeadership),
    mean('Game length (actions)', c.length),
    ...(Object.keys(d.arPlays) as (keyof typeof d.arPlays)[]).map((k) => share(`Plays: ${k}`, d.arPlays[k], b.arPlays[k])),
    share('Race: a track reached step 6', d.race.step6Share, b.race.step6Share),
    ...d.leaderAfterRound.map((v, i) => share(`Leader after r${i + 1} won`, v, b.leaderAfterRound[i] ?? null)),
  ];
  return [
    {
      title: `Compared with the same games ${against}`,
      lines: [
        `Baseline decks: ${c.baseline.decks.map((x) => `${x.id} (${x.hash})`).join(', ')}; ${c.baseline.cardCount} cards; ${c.baseline.finished} of ${c.baseline.played} games finished by the rules, ${c.baseline.errors.length} with errors or stalls`,
        `Pairs finished in both runs: ${c.pairs}; US won in both ${c.usWinRate.pairs.both}, only in this run ${c.usWinRate.pairs.firstOnly}, only in the baseline ${c.usWinRate.pairs.secondOnly}, in neither ${c.usWinRate.pairs.neither}`,
        ...(c.untilCi ? [untilCiLine(c.untilCi)] : []),
      ],
      table: { head: ['Figure', 'With', 'Baseline', 'Difference [95% CI]'], align: 'lrrl', rows },
      notes: [
        c.method,
        'Differences are with − baseline, in percentage points for rates. The design rows (play shares, race, leader) are over all finished games of each run and have no interval.',
      ],
    },
  ];
}

export function reportSections(r: SimReport): Section[] {
  return [
    header(r),
    profiles(r),
    winRates(r),
    ...comparison(r),
    matchupMatrix(r),
    order(r),
    length(r),
    endReasons(r),
    tracks(r),
    cards(r),
    design(r),
    anomalies(r),
  ];
}
