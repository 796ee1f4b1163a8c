// The `serve` lobby's data folder: each game is a normal save file (so `replay`, `debrief` and
// `class report DIR` read it), written after every move, plus a small seat file in `.seats/`
// (readable by its owner only) with the invite code and the seat tokens, so that after a restart
// every player comes back to their seat with the token they already hold. A damaged file costs
// its own game, with a warning, never the lobby.
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Side } from '../decks/types.js';
import type { Action, GameSetup, GameState } from '../engine/index.js';
import type { Lang } from '../i18n/lang.js';
import type { Wording } from '../i18n/messages.js';
import {
  APP_VERSION,
  autosaveName,
  buildSave,
  deckFilesSource,
  formatSave,
  restoreGame,
  SaveError,
  savedSetupOf,
  saveHash,
  writeFileAtomic,
  writeFileAtomicAsync,
  type DeckSource,
} from '../store/index.js';
import { deckContentsOf } from '../store/embedded-decks.js';
import { isTempName } from '../store/atomic-write.js';
import type { EmbeddedDeck } from '../store/save-file.js';

const SEATS_FOLDER = '.seats';
const SEATS_FORMAT = 'silicon-curtain-seats';

const side = z.enum(['us', 'china']);
const seatRecordSchema = z.strictObject({
  format: z.literal(SEATS_FORMAT),
  code: z.string().regex(/^[A-Z0-9]{4,64}$/),
  /** The save file's name in the data folder. */
  save: z.string().regex(/^[\w.-]{1,200}\.json$/),
  tokens: z.strictObject({ us: z.string().regex(/^[0-9a-f]{32}$/), china: z.string().regex(/^[0-9a-f]{32}$/) }),
  claimed: z.array(side).max(2),
  players: z.strictObject({ us: z.string().min(1).max(40), china: z.string().min(1).max(40) }),
  createdAt: z.iso.datetime(),
  movedAt: z.iso.datetime(),
  /** Ended by the teacher at the bell: served again as ended. */
  stopped: z.literal(true).optional(),
  /** A game of the teacher's new pairings: which, and the game each seat's student came from. */
  pairing: z
    .strictObject({ round: z.int().min(1), from: z.strictObject({ us: z.string().max(64).nullable(), china: z.string().max(64).nullable() }) })
    .optional(),
  /** The seat the server's own bot plays (its name is in `players`). */
  house: side.optional(),
});

export type SeatRecord = z.infer<typeof seatRecordSchema>;

/** A game found in the data folder, ready to be served again. */
export interface StoredGame {
  record: SeatRecord;
  setup: GameSetup;
  actions: readonly Action[];
  /** Read from the save's backup: one line for the log. */
  warning: Wording | null;
  deckFiles: readonly string[];
}

/** Everything the folder holds: the games, and one line for each file that could not be used. */
export interface StoredLobby {
  games: StoredGame[];
  /** Said in the server's language by the CLI. */
  warnings: Wording[];
}

function seatPath(dir: string, code: string): string {
  return join(dir, SEATS_FOLDER, `${code}.json`);
}

/** Reads every game of the folder; a bad seat file or save skips that game with a warning. */
export async function loadLobby(dir: string, decks: DeckSource): Promise<StoredLobby> {
  const games: StoredGame[] = [];
  const warnings: Wording[] = [];
  // Writes cut short by a kill leave temporary files: never read, safe to remove.
  try {
    for (const name of readdirSync(dir)) if (isTempName(name)) rmSync(join(dir, name), { force: true });
  } catch {
    // No folder yet: nothing to clean.
  }
  let names: string[];
  try {
    names = readdirSync(join(dir, SEATS_FOLDER)).filter((n) => /^[A-Z0-9]{4,64}\.json$/.test(n));
  } catch {
    return { games, warnings };
  }
  for (const name of names.sort()) {
    const file = join(dir, SEATS_FOLDER, name);
    let record: SeatRecord;
    try {
      const parsed = seatRecordSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (!parsed.success || `${parsed.data.code}.json` !== name) throw new Error('not a seat file');
      record = parsed.data;
    } catch {
      warnings.push({ key: 'lobby.skippedSeats', params: { file } });
      continue;
    }
    try {
      const restored = await restoreGame(join(dir, record.save), decks);
      games.push({ record, setup: restored.setup, actions: restored.save.actions, warning: restored.warning, deckFiles: restored.save.setup.deckFiles });
    } catch (error) {
      const reason = error instanceof SaveError ? error.wording : error instanceof Error ? error.message : String(error);
      warnings.push({ key: 'lobby.skippedGame', params: { code: record.code, reason } });
    }
  }
  games.sort((a, b) => a.record.createdAt.localeCompare(b.record.createdAt));
  return { games, warnings };
}

/** Writes one game of the lobby: its seat file (at once), and its save after every change, off
 * the event loop: one write at a time a game, the newest position next (positions in between
 * are skipped, each save holds the whole game). Never throws: a failing disk is reported once
 * per distinct problem and the game goes on. */
export class StoredGameWriter {
  private pending: { actions: Action[]; state: GameState; players: Record<Side, string> } | null = null;
  private writing: Promise<void> | null = null;
  private deckContents: readonly EmbeddedDeck[] | undefined;
  private readonly reported = new Set<string>();

  constructor(
    private readonly dir: string,
    readonly record: SeatRecord,
    private readonly setup: GameSetup,
    private readonly lang: Lang,
    private readonly deckFiles: readonly string[],
    private readonly onError: (problem: Wording) => void,
    /** Flush every write to the disk (serve --fsync); else a killed server still loses nothing
     * it had written. */
    private readonly flush = false,
  ) {}

  /** A file name for a new game: dated, who plays, the seed and the code. */
  static saveName(when: Date, setup: GameSetup, code: string): string {
    return autosaveName(when, setup.personas, setup.seed).replace(/\.json$/, `_${code}.json`);
  }

  get savePath(): string {
    return join(this.dir, this.record.save);
  }

  writeSeats(): void {
    const file = seatPath(this.dir, this.record.code);
    try {
      mkdirSync(join(this.dir, SEATS_FOLDER), { recursive: true, mode: 0o700 });
      writeFileAtomic(file, `${JSON.stringify(this.record, null, 2)}\n`, { backup: false, flush: this.flush });
      chmodSync(file, 0o600);
    } catch (error) {
      this.report({ key: 'lobby.seatsNotKept', params: { code: this.record.code, file, reason: (error as NodeJS.ErrnoException).code ?? String(error) } });
    }
  }

  save(actions: readonly Action[], state: GameState, players: Record<Side, string>): void {
    this.pending = { actions: [...actions], state, players: { ...players } };
    this.writing ??= this.drain();
  }

  /** Resolves once every change so far is written (before a server stops). */
  settled(): Promise<void> {
    return this.writing ?? Promise.resolve();
  }

  private async drain(): Promise<void> {
    while (this.pending) {
      const { actions, state, players } = this.pending;
      this.pending = null;
      try {
        const setup = savedSetupOf({ setup: this.setup, seats: players, lang: this.lang, deckFiles: this.deckFiles });
        const decks = this.setup.decks.map((d) => ({ id: d.id, hash: d.hash }));
        this.deckContents ??= deckContentsOf(setup.deckFiles, decks, deckFilesSource);
        const save = buildSave({
          appVersion: APP_VERSION,
          decks,
          deckContents: this.deckContents,
          setup,
          actions,
          state,
          finalHash: saveHash(state),
          savedAt: new Date(),
        });
        await writeFileAtomicAsync(this.savePath, formatSave(save), { flush: this.flush });
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
        this.report({ key: 'lobby.notSaved', params: { path: this.savePath, reason } });
      }
    }
    this.writing = null;
  }

  /** Once per distinct problem. */
  private report(problem: Wording): void {
    const key = JSON.stringify(problem);
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.onError(problem);
  }
}

export function newSeatRecord(code: string, save: string, tokens: Record<Side, string>, now: Date): SeatRecord {
  const at = now.toISOString();
  return { format: SEATS_FORMAT, code, save, tokens, claimed: [], players: { us: 'human', china: 'human' }, createdAt: at, movedAt: at };
}
