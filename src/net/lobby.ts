// A `serve` lobby: many games in one server. A client lists the games, creates one, or joins one
// by its code; each game is a HostedGame like `host`'s, so seats, views, undo and reconnection
// work the same. With a data folder every game is written as it goes (lobby-store.ts) and comes
// back after a restart with its code and seat tokens. Followers (the teacher's dashboard) get
// the list again after each change, at most a few times a second.
import type { Side } from '../decks/types.js';
import type { GameSetup } from '../engine/index.js';
import type { Lang } from '../i18n/lang.js';
import { HostedGame } from './hosted-game.js';
import type { GameSummary } from './messages.js';
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
  /** The token of the teacher's commands (pause, resume): printed by `serve`, sent to no one. */
  readonly teacherToken = seatToken();
  private pausedNow = false;

  constructor(private readonly options: LobbyOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** A game read back from the data folder: same code, same tokens, same seats taken. */
  resume(stored: StoredGame): void {
    this.add(stored.record, stored.setup, stored.actions, stored.deckFiles);
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
    const open = [...this.games.values()].filter((g) => !g.game.current.outcome).length;
    if (open >= (this.options.maxGames ?? 500)) return { ok: false, message: `this server holds its most games at once (${open}): join one, or wait for one to end` };
    let code = inviteCode();
    while (this.games.has(code)) code = inviteCode();
    const setup = this.options.newSetup(rounds);
    const now = this.now();
    const record = newSeatRecord(code, StoredGameWriter.saveName(now, setup, code), { us: seatToken(), china: seatToken() }, now);
    const entry = this.add(record, setup, [], this.options.deckFiles ?? []);
    // Saved at once, before any move: a restart keeps a game nobody has played in yet.
    entry.writer?.writeSeats();
    entry.writer?.save([], entry.game.current, entry.game.seatPlayers);
    this.changed();
    return { ok: true, code };
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
        createdAt: record.createdAt,
        movedAt: record.movedAt,
      };
    });
  }

  /** The oldest game not over with a seat nobody took, if any. */
  openGame(): string | null {
    for (const { game } of this.games.values()) {
      if (!game.current.outcome && game.claimedSides.length < 2) return game.code;
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

  private add(record: SeatRecord, setup: GameSetup, actions: GameStoredActions, deckFiles: readonly string[]): LobbyGame {
    const dir = this.options.dataDir;
    const writer = dir ? new StoredGameWriter(dir, record, setup, this.options.lang ?? 'en', deckFiles, (m) => this.options.onError?.(m), this.options.flush ?? false) : null;
    const game = new HostedGame({
      setup,
      actions,
      code: record.code,
      tokens: record.tokens,
      reserved: record.claimed as Side[],
      players: record.players,
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
