// A `serve` lobby: many games in one server. A client lists the games, creates one, or joins one
// by its code; each game is a HostedGame like `host`'s, so seats, views, undo and reconnection
// work the same. With a data folder every game is written as it goes (lobby-store.ts) and comes
// back after a restart with its code and seat tokens. Followers (the teacher's dashboard) get
// the list again after each change, at most a few times a second. The teacher pauses every
// game, ends them at the bell (endAll) and seats the class in new games (pair).
import type { Side } from '../decks/types.js';
import type { GameSetup } from '../engine/index.js';
import type { Lang } from '../i18n/lang.js';
import { isBotName } from '../ai/bot-names.js';
import { HostedGame, standingOf } from './hosted-game.js';
import { HOUSE_BOT, seatHouseBot } from './house-bot.js';
import { NET_PROTOCOL_VERSION as V, type GameSummary, type TeacherAnswer } from './messages.js';
import { newPairs, type Student } from './pairings.js';
import type { Wording } from '../i18n/messages.js';
import { StoredGameWriter, newSeatRecord, type SeatRecord, type StoredGame } from './lobby-store.js';
import { inviteCode, seatToken } from './tokens.js';

export interface LobbyOptions {
  /** A new game's setup (its seed, personas and cards), for `rounds` rounds or the default. */
  newSetup: (rounds?: number) => GameSetup;
  /** The data folder: every game saved there. Absent: games live in memory only. */
  dataDir?: string;
  lang?: Lang;
  deckFiles?: readonly string[];
  /** Games not over at most (creating more is refused). */
  maxGames?: number;
  /** A save or seat file could not be written (the game goes on). */
  /** A game that could not be written: the CLI says it in the server's language. */
  onError?: (problem: Wording) => void;
  /** The clock, for tests. */
  now?: () => Date;
  /** Flush each save to the disk (a power cut then loses nothing either); slower by far. */
  flush?: boolean;
  /** Pause between two lists sent to followers. */
  followMs?: number;
  /** The server's bot's pause before each move (a student follows it): 600 ms unless told. */
  houseBotDelayMs?: number;
}

interface LobbyGame {
  game: HostedGame;
  writer: StoredGameWriter | null;
  record: SeatRecord;
}

export type CreateResult = { ok: true; code: string } | { ok: false; message: string };

export class Lobby {
  private readonly games = new Map<string, LobbyGame>();
  private readonly followers = new Set<() => void>();
  private notifyTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly now: () => Date;
  /** The token of the teacher's commands (pause, resume, the bell, new pairings): printed by `serve`, sent to no one. */
  readonly teacherToken = seatToken();
  private pausedNow = false;
  /** The teacher's rounds of pairings so far (read back from the games after a restart). */
  private pairingRound = 0;

  constructor(private readonly options: LobbyOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** A game read back from the data folder: same code, same tokens, same seats taken. */
  resume(stored: StoredGame): void {
    const entry = this.add(stored.record, stored.setup, stored.actions, stored.deckFiles);
    this.pairingRound = Math.max(this.pairingRound, stored.record.pairing?.round ?? 0);
    const house = stored.record.house;
    if (house && entry.game.running) this.seatBot(entry, house);
  }

  /** The game a code names (any case), if the lobby has it. */
  gameFor(code: string): HostedGame | null {
    return this.games.get(code.toUpperCase())?.game ?? null;
  }

  get paused(): boolean {
    return this.pausedNow;
  }

  /** Holds (or releases) the moves of every game; followers are told. */
  pause(paused: boolean): void {
    const was = this.pausedNow;
    this.pausedNow = paused;
    // Resumed: every seat gets its view again, so a move refused during the pause is asked anew.
    if (was && !paused) for (const { game } of this.games.values()) if (!game.current.outcome) game.refresh();
    this.changed();
  }

  get size(): number {
    return this.games.size;
  }

  create(rounds?: number): CreateResult {
    const open = [...this.games.values()].filter((g) => g.game.running).length;
    if (open >= (this.options.maxGames ?? 500))
      return { ok: false, message: `this server holds its most games at once (${open}): join one, or wait for one to end` };
    return { ok: true, code: this.open(rounds).game.code };
  }

  /** The teacher's bell: every game being played ends now, saved as it stands (its save is an
   * unfinished game: `resume` or `replay` it later). Each screen is told where it stood. */
  endAll(): TeacherAnswer {
    let ended = 0;
    for (const entry of this.games.values()) {
      if (!entry.game.running) continue;
      entry.game.stop();
      entry.record.stopped = true;
      entry.writer?.writeSeats();
      ended++;
    }
    this.changed();
    return { command: 'end', ended };
  }

  /** The teacher's new round: the students connected to the games that ended play new games,
   * each on the side they did not play, against someone else when there is anyone else
   * (pairings.ts). Their screens move to the new game by themselves. Refused while a game with
   * a player in it is still being played (the bell first). */
  pair(): TeacherAnswer {
    const entries = [...this.games.values()];
    if (entries.some((e) => e.game.running && e.game.claimedSides.length > 0))
      return { command: 'pair', round: this.pairingRound, games: 0, students: 0, refused: 'running' };
    const students: Student[] = [];
    for (const entry of entries) {
      for (const side of ['us', 'china'] as const) {
        if (entry.record.house === side || entry.game.seatPlayers[side] !== 'human' || !entry.game.seatedAt(side)) continue;
        students.push({ game: entry.game.code, side });
      }
    }
    if (students.length === 0) return { command: 'pair', round: this.pairingRound, games: 0, students: 0, refused: 'nobody' };
    const round = ++this.pairingRound;
    // A new round starts with its games running, whatever the bell's pause.
    this.pausedNow = false;
    const pairs = newPairs(students);
    for (const pair of pairs) {
      const entry = this.open(
        undefined,
        { round, from: { us: pair.us?.game ?? null, china: pair.china?.game ?? null } },
        pair.us ? (pair.china ? null : 'china') : 'us',
      );
      for (const side of ['us', 'china'] as const) {
        const student = pair[side];
        if (!student) continue;
        const old = this.games.get(student.game);
        old?.game.sendAway(student.side, { v: V, type: 'moved', code: entry.game.code, token: entry.game.tokens[side], side, round });
      }
    }
    this.changed();
    return { command: 'pair', round, games: pairs.length, students: students.length };
  }

  /** Every game, oldest first, as public facts. */
  list(): GameSummary[] {
    return [...this.games.values()].map(({ game, record }) => {
      const state = game.current;
      return {
        code: game.code,
        seats: { us: game.presence('us'), china: game.presence('china') },
        players: game.seatPlayers,
        personas: { us: state.setup.personas.us, china: state.setup.personas.china },
        round: state.round,
        rounds: state.rounds,
        phase: state.phase,
        leadership: state.leadership,
        clock: state.clock,
        actionCount: state.actionCount,
        toAct: state.decision?.side ?? null,
        outcome: state.outcome,
        stopped: game.stopped ? standingOf(state) : null,
        ...(record.pairing ? { pairing: record.pairing } : {}),
        createdAt: record.createdAt,
        movedAt: record.movedAt,
      };
    });
  }

  /** The oldest game not over with a seat nobody took, if any. */
  openGame(): string | null {
    for (const { game } of this.games.values()) {
      if (game.running && game.claimedSides.length < 2) return game.code;
    }
    return null;
  }

  /** Calls `listener` after changes (batched); returns the way to stop. */
  follow(listener: () => void): () => void {
    this.followers.add(listener);
    return () => this.followers.delete(listener);
  }

  /** Resolves once every game's last change is written (before the process ends). */
  async settled(): Promise<void> {
    await Promise.all([...this.games.values()].map((g) => g.writer?.settled()));
  }

  /** Stops the pending notice (the server is closing). */
  close(): void {
    if (this.notifyTimer) clearTimeout(this.notifyTimer);
    this.notifyTimer = null;
    this.followers.clear();
  }

  /** A new game, saved at once. With `pairing`, both seats are taken for the paired students
   * (by token only), and `house` is the seat the server's bot plays. */
  private open(rounds?: number, pairing?: SeatRecord['pairing'], house?: Side | null): LobbyGame {
    let code = inviteCode();
    while (this.games.has(code)) code = inviteCode();
    const setup = this.options.newSetup(rounds);
    const now = this.now();
    const record = newSeatRecord(code, StoredGameWriter.saveName(now, setup, code), { us: seatToken(), china: seatToken() }, now);
    if (pairing) {
      record.pairing = pairing;
      record.claimed = ['us', 'china'];
    }
    if (house) {
      record.house = house;
      record.players[house] = HOUSE_BOT;
    }
    const entry = this.add(record, setup, [], this.options.deckFiles ?? []);
    // Saved at once, before any move: a restart keeps a game nobody has played in yet.
    entry.writer?.writeSeats();
    entry.writer?.save([], entry.game.current, entry.game.seatPlayers);
    if (house) this.seatBot(entry, house);
    this.changed();
    return entry;
  }

  private seatBot(entry: LobbyGame, side: Side): void {
    // A seat file edited by hand may name no bot: that seat then waits, like a closed terminal.
    if (!isBotName(entry.record.players[side])) return;
    seatHouseBot(entry.game, side, {
      name: entry.record.players[side],
      seed: entry.game.current.setup.seed + 1,
      ...(this.options.lang ? { lang: this.options.lang } : {}),
      delayMs: this.options.houseBotDelayMs ?? 600,
    });
  }

  private add(record: SeatRecord, setup: GameSetup, actions: GameStoredActions, deckFiles: readonly string[]): LobbyGame {
    const dir = this.options.dataDir;
    const writer = dir
      ? new StoredGameWriter(dir, record, setup, this.options.lang ?? 'en', deckFiles, (m) => this.options.onError?.(m), this.options.flush ?? false)
      : null;
    const game = new HostedGame({
      setup,
      actions,
      code: record.code,
      tokens: record.tokens,
      reserved: record.claimed as Side[],
      players: record.players,
      stopped: record.stopped === true,
      paused: () => this.pausedNow,
      onClaim: (side, player) => {
        if (!record.claimed.includes(side)) record.claimed.push(side);
        record.players[side] = player;
        writer?.writeSeats();
        writer?.save(game.actions, game.current, game.seatPlayers);
      },
      onChange: (list, state, players) => {
        record.movedAt = this.now().toISOString();
        writer?.save(list, state, players);
        this.changed();
      },
      onPresence: () => this.changed(),
    });
    const entry = { game, writer, record };
    this.games.set(record.code, entry);
    return entry;
  }

  private changed(): void {
    if (this.notifyTimer || this.followers.size === 0) return;
    this.notifyTimer = setTimeout(() => {
      this.notifyTimer = null;
      for (const listener of [...this.followers]) listener();
    }, this.options.followMs ?? 250);
    this.notifyTimer.unref?.();
  }
}

type GameStoredActions = StoredGame['actions'];
