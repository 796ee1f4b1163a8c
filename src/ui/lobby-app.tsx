// The teacher's dashboard (`watch HOST:PORT`): every game of a `serve` lobby, one a line (code,
// who sits at each side and whether they are connected, round, Leadership, clock, moves, the last
// move's age, who is to act or the result), kept up to date as the server sends the list. Enter
// opens the chosen game as a spectator (the CLI does it, then comes back here); q leaves.
import { useEffect, useRef, useState } from 'react';
import type { Side } from '../decks/types.js';
import type { Lang } from '../i18n/lang.js';
import type { MessageKey } from '../i18n/messages.js';
import { hint, hintRow } from './components/hints.js';
import { cutRow, Rows, seg, type Row, type Seg } from './components/rows.js';
import { mountApp, openSession, type Terminal } from './mount.js';
import { fit } from './terminal/text.js';
import { useTerminalSize } from './terminal/use-terminal-size.js';
import { useCommands } from './use-commands.js';
import { standingText, type RemoteStanding } from './game/remote-state.js';
import { useUi, type Translate } from './ui-context.js';

/** One game as the dashboard shows it: the lobby's public summary (src/net GameSummary). */
export interface LobbyGameLine {
  code: string;
  seats: Record<Side, 'open' | 'present' | 'away'>;
  players: Record<Side, string>;
  personas: Record<Side, string>;
  round: number;
  rounds: number;
  leadership: number;
  clock: number;
  actionCount: number;
  toAct: Side | null;
  outcome: { winner: Side | null; reason: string } | null;
  /** Ended by the teacher at the bell: where it stood. */
  stopped?: RemoteStanding | null;
  /** A game of the teacher's pairings: which round, and the game each seat's student came from. */
  pairing?: { round: number; from: Record<Side, string | null> };
  movedAt: string;
}

/** The server's answer to the teacher's bell or pairings (src/net TeacherAnswer). */
export type TeacherNews =
  { command: 'end'; ended: number } | { command: 'pair'; round: number; games: number; students: number; refused?: 'running' | 'nobody' };

export type TeacherCommand = 'pause' | 'resume' | 'end' | 'pair';

export type LobbyStatus = 'connecting' | 'connected' | 'reconnecting' | { closed: string | null };

/** The list as src/cli hands it over: every change, and the connection's state. */
export interface LobbyFeed {
  subscribe(listener: (update: { games: LobbyGameLine[]; paused?: boolean } | { status: LobbyStatus } | { teacher: TeacherNews }) => void): () => void;
  /** The teacher's commands to every game (pause, resume, the bell, new pairings); absent
   * without the teacher's token. */
  teacher?: (command: TeacherCommand) => void;
}

export type LobbyChoice = { watch: string } | { quit: true; problem: string | null };

const SIDES: readonly Side[] = ['us', 'china'];

/** A column's title, one space short of its width so two never touch. */
const head = (word: string, width: number): string => `${fit(word, width - 1)} `;

function ago(t: Translate, iso: string, now: number): string {
  const seconds = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (seconds < 60) return t('lobby.ago.seconds', { n: seconds });
  if (seconds < 3600) return t('lobby.ago.minutes', { n: Math.floor(seconds / 60) });
  return t('lobby.ago.hours', { n: Math.floor(seconds / 3600) });
}

function seatSegs(t: Translate, game: LobbyGameLine, side: Side): Seg[] {
  const presence = game.seats[side];
  const mark = presence === 'present' ? '●' : presence === 'away' ? '○' : '·';
  const who = presence === 'open' ? t('lobby.open') : game.players[side] === 'human' ? t(`persona.${game.personas[side]}` as MessageKey) : game.players[side];
  return [seg(mark, { tone: presence === 'present' ? 'good' : presence === 'away' ? 'bad' : 'muted' }), seg(` ${fit(who, 10)}`, { tone: side })];
}

function stateText(t: Translate, game: LobbyGameLine): Seg {
  if (game.stopped) return seg(t('lobby.stopped'), { tone: 'muted', bold: true });
  if (game.outcome) {
    const winner = game.outcome.winner;
    return seg(winner ? t('lobby.won', { side: t(`side.${winner}`) }) : t('lobby.draw'), { tone: winner ?? 'muted', bold: true });
  }
  if (game.seats.us === 'open' || game.seats.china === 'open') return seg(t('lobby.waiting'), { tone: 'muted' });
  return game.toAct ? seg(t('lobby.toAct', { side: t(`side.${game.toAct}`) }), { tone: game.toAct }) : seg('');
}

/** The dashboard's lines: a header, one line a game (the chosen one marked), and the keys. */
/** What the teacher's last bell or pairing did, in one line. */
function newsText(t: Translate, news: TeacherNews): Seg {
  if (news.command === 'end')
    return seg(news.ended === 0 ? t('lobby.bell.none') : news.ended === 1 ? t('lobby.bell.doneOne') : t('lobby.bell.done', { ended: news.ended }), {
      tone: 'accent',
      bold: true,
    });
  if (news.refused) return seg(t(news.refused === 'running' ? 'lobby.pair.running' : 'lobby.pair.nobody'), { tone: 'bad', bold: true });
  return seg(t('lobby.pair.done', { round: news.round }), { tone: 'accent', bold: true });
}

/** The chosen game's story, under the header: where the bell stopped it, or whom a pairing seated. */
function detailText(t: Translate, game: LobbyGameLine | undefined): Seg | null {
  if (!game) return null;
  if (game.stopped)
    return seg(
      t('lobby.stopped.detail', { code: game.code, round: game.stopped.round, rounds: game.stopped.rounds, standing: standingText(t, game.stopped) }),
      { dim: true },
    );
  if (!game.pairing) return null;
  const who = (side: Side) => {
    const from = game.pairing?.from[side] ?? null;
    return from ? t('lobby.pair.from', { code: from }) : t('lobby.pair.bot');
  };
  return seg(t('lobby.pair.detail', { round: game.pairing.round, us: t('side.us'), whoUs: who('us'), china: t('side.china'), whoChina: who('china') }), {
    dim: true,
  });
}

export interface TeacherLine {
  paused: boolean;
  /** The bell was pressed: y ends every game, anything else does not. */
  asking?: boolean;
  /** The server's answer to the last bell or pairing. */
  news?: TeacherNews | null;
}

export function lobbyRows(
  t: Translate,
  games: readonly LobbyGameLine[],
  selected: number,
  status: LobbyStatus,
  address: string,
  width: number,
  height: number,
  now: number,
  teacher: TeacherLine | null = null,
): Row[] {
  const playing = games.filter((g) => !g.outcome && !g.stopped).length;
  const present = games.reduce((n, g) => n + SIDES.filter((s) => g.seats[s] === 'present').length, 0);
  const statusText =
    status === 'connected'
      ? t('lobby.summary', { games: games.length, playing, present })
      : status === 'connecting'
        ? t('net.connecting', { address })
        : status === 'reconnecting'
          ? t('net.reconnecting')
          : (status.closed ?? t('lobby.closed'));
  const rows: Row[] = [
    [seg(` ${t('lobby.title', { address })} `, { bold: true, inverse: true, tone: 'accent' })],
    [
      seg(` ${statusText}`, { dim: status === 'connected' }),
      ...(teacher?.paused ? [seg(`  ${t('lobby.paused')}`, { bold: true, inverse: true, tone: 'bad' })] : []),
    ],
    [seg(' '), ...(teacher?.news ? [newsText(t, teacher.news)] : [detailText(t, games[selected]) ?? seg('')])],
    [
      seg(
        `  ${head(t('lobby.col.code'), 9)}${head(t('side.us'), 13)}${head(t('side.china'), 13)}${head(t('lobby.col.round'), 6)}${head(t('lobby.col.lead'), 5)}${head(t('lobby.col.clock'), 4)}${head(t('lobby.col.moves'), 5)}${head(t('lobby.col.last'), 7)}${t('lobby.col.state')}`,
        { bold: true },
      ),
    ],
  ];
  const room = Math.max(1, height - rows.length - 2);
  const first = Math.max(0, Math.min(selected - room + 1, games.length - room));
  if (games.length === 0 && status === 'connected') rows.push([seg(`  ${t('lobby.none')}`, { tone: 'muted' })]);
  for (const [i, game] of games.slice(first, first + room).entries()) {
    const chosen = first + i === selected;
    const lead = game.leadership > 0 ? `U+${game.leadership}` : game.leadership < 0 ? `C+${-game.leadership}` : '0';
    rows.push([
      seg(chosen ? '▶ ' : '  ', { tone: 'accent', bold: true }),
      seg(fit(game.code, 9), { bold: chosen }),
      ...seatSegs(t, game, 'us'),
      seg(' '),
      ...seatSegs(t, game, 'china'),
      seg(
        ` ${fit(`${game.round}/${game.rounds}`, 5)}${fit(lead, 5)}${fit(String(game.clock), 4)}${fit(String(game.actionCount), 5)}${fit(ago(t, game.movedAt, now), 7)}`,
      ),
      stateText(t, game),
    ]);
  }
  while (rows.length < height - 1) rows.push([]);
  if (teacher?.asking)
    rows.push([seg(`${t('lobby.bell.ask')} `, { tone: 'bad', bold: true }), ...hintRow(t, [hint('lobby.bell.yes', 'yes'), hint('lobby.bell.no', 'no')])]);
  else if (teacher)
    rows.push(
      hintRow(
        t,
        [
          hint('lobby.hint.watchShort', 'confirm'),
          hint(teacher.paused ? 'lobby.hint.resume' : 'lobby.hint.pause', 'pause'),
          hint('lobby.hint.bell', 'bell'),
          hint('lobby.hint.pair', 'pairings'),
          hint('hint.quit', 'quit'),
        ],
        width,
      ),
    );
  else rows.push(hintRow(t, [hint('lobby.hint.watch', 'confirm'), hint('hint.quit', 'quit')]));
  return rows.map((row) => cutRow(row, width));
}

export function LobbyApp({ feed, address, onExit }: { feed: LobbyFeed; address: string; onExit: (choice: LobbyChoice) => void }) {
  const { t } = useUi();
  const size = useTerminalSize();
  const [games, setGames] = useState<LobbyGameLine[]>([]);
  const [status, setStatus] = useState<LobbyStatus>('connecting');
  const [paused, setPaused] = useState(false);
  // Read by the key handler, which may run before a re-render hands it the new state.
  const pausedNow = useRef(false);
  const [selected, setSelected] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  // The bell asks first: y rings it, any other key does not.
  const [asking, setAsking] = useState(false);
  const askingNow = useRef(false);
  const [news, setNews] = useState<TeacherNews | null>(null);
  useEffect(
    () =>
      feed.subscribe((update) => {
        if ('games' in update) {
          setGames(update.games);
          setPaused(update.paused === true);
          pausedNow.current = update.paused === true;
        } else if ('teacher' in update) setNews(update.teacher);
        else setStatus(update.status);
      }),
    [feed],
  );
  // The "last move" column ages by itself.
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const chosen = Math.min(selected, Math.max(0, games.length - 1));
  const ask = (on: boolean) => {
    askingNow.current = on;
    setAsking(on);
  };
  useCommands((event) => {
    if (askingNow.current) {
      ask(false);
      if (event.command === 'yes') feed.teacher?.('end');
      if (event.command !== 'interrupt') return;
    }
    // The last bell's or pairing's news stays until the next key.
    setNews(null);
    switch (event.command) {
      // From the latest choice: keys that come faster than the screen redraws each count.
      case 'up':
        setSelected((was) => Math.max(0, Math.min(was, games.length - 1) - 1));
        return;
      case 'down':
        setSelected((was) => Math.max(0, Math.min(games.length - 1, was + 1)));
        return;
      case 'confirm': {
        const game = games[chosen];
        if (game) onExit({ watch: game.code });
        return;
      }
      case 'pause':
        feed.teacher?.(pausedNow.current ? 'resume' : 'pause');
        return;
      case 'bell':
        if (feed.teacher) ask(true);
        return;
      case 'pairings':
        feed.teacher?.('pair');
        return;
      case 'quit':
      case 'interrupt':
        onExit({ quit: true, problem: null });
        return;
      default:
        return;
    }
  });
  return (
    <Rows
      rows={lobbyRows(t, games, chosen, status, address, size.columns - 1, size.rows - 1, now, feed.teacher ? { paused, asking, news } : null)}
      width={size.columns - 1}
      height={size.rows - 1}
    />
  );
}

export async function runLobbyDashboard(options: { feed: LobbyFeed; address: string; lang: Lang; color?: boolean; terminal?: Terminal }): Promise<LobbyChoice> {
  const terminal = options.terminal ?? {};
  const session = openSession(terminal);
  try {
    const choice = await mountApp<LobbyChoice>((finish) => <LobbyApp feed={options.feed} address={options.address} onExit={finish} />, {
      lang: options.lang,
      color: options.color ?? true,
      terminal,
      session,
    });
    return choice ?? { quit: true, problem: null };
  } finally {
    session.leave();
  }
}
