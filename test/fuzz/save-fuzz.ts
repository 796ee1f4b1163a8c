// The save loaders under fire: random bytes, random edits of real save files, and structural
// changes sealed with a valid checksum (so they reach the schema and the replay). Whatever comes
// in, the loaders answer with a good game or a SaveError: never any other exception.
import fc from 'fast-check';
import type { LoadedDeck } from '../../src/decks/types.js';
import type { GameState } from '../../src/engine/index.js';
import { SPACES } from '../../src/engine/index.js';
import { saveChecksum } from '../../src/store/checksum.js';
import { gameSetupFor } from '../../src/store/decks.js';
import { foldActions, replaySave } from '../../src/store/replay.js';
import { saveHash } from '../../src/store/state-hash.js';
import { SaveError } from '../../src/store/save-error.js';
import type { SaveFile } from '../../src/store/save-file.js';
import { formatSave, parseSave } from '../../src/store/save-file.js';

export type LoadResult = 'loaded' | 'refused';

/** Parse, match the decks, replay: the whole way a save is opened. */
export function openSaveText(text: string, decks: readonly LoadedDeck[]): LoadResult {
  try {
    const save = parseSave(text, 'fuzzed.json');
    replaySave(save, gameSetupFor(save, decks, 'fuzzed.json'), { name: 'fuzzed.json' });
    return 'loaded';
  } catch (error) {
    if (error instanceof SaveError && error.message.length > 0 && !error.message.includes('\n')) return 'refused';
    throw error;
  }
}

/** A byte-level edit of a file: what a bad disk, a bad copy or a stray editor does. */
const byteEdit = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 20 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
);

type ByteEdit = typeof byteEdit extends fc.Arbitrary<infer T> ? T : never;

function applyByteEdit(data: Buffer, edit: ByteEdit): Buffer {
  if (data.length === 0) return data;
  const at = edit.at % data.length;
  switch (edit.kind) {
    case 'flip': {
      const copy = Buffer.from(data);
      copy[at] = (copy[at] as number) ^ (1 << edit.bit);
      return copy;
    }
    case 'truncate':
      return data.subarray(0, at);
    case 'delete':
      return Buffer.concat([data.subarray(0, at), data.subarray(at + edit.length)]);
    case 'insert':
      return Buffer.concat([data.subarray(0, at), Buffer.from(edit.bytes), data.subarray(at)]);
    case 'duplicate':
      return Buffer.concat([data.subarray(0, at + edit.length), data.subarray(at)]);
  }
}

/** An action-shaped object made of real names and odd ones: it passes the schema, not the rules. */
function actionLike(cardIds: readonly string[]) {
  const card = fc.oneof(fc.constantFrom(...cardIds), fc.constantFrom('__proto__', 'constructor', 'toString', ''), fc.string({ maxLength: 8 }));
  const space = fc.oneof(
    fc.constantFrom(...SPACES.map((s) => s.id)),
    fc.constantFrom('__proto__', 'hasOwnProperty', 'washington'),
    fc.string({ maxLength: 8 }),
  );
  return fc.oneof(
    fc.record({ type: fc.constant('chooseFirst'), first: fc.constantFrom('us', 'china') }),
    fc.record({ type: fc.constantFrom('headline', 'discard', 'retrieve', 'hold'), card }),
    fc.record({
      type: fc.constant('play'),
      card,
      use: fc.constantFrom('event', 'influence', 'sanction', 'lobby', 'race'),
      eventFirst: fc.option(fc.boolean(), { nil: undefined }),
    }),
    fc.record({ type: fc.constantFrom('place', 'remove', 'sanction', 'lobby'), space }),
    fc.record({ type: fc.constant('choose'), option: fc.integer({ min: 0, max: 99 }) }),
  );
}

/** A change to the save's content, sealed again with the right checksum. */
function contentEdit(cardIds: readonly string[]) {
  return fc.oneof(
    fc.record({ kind: fc.constant('replaceAction' as const), at: fc.nat(), action: actionLike(cardIds) }),
    fc.record({ kind: fc.constant('insertAction' as const), at: fc.nat(), action: actionLike(cardIds) }),
    fc.record({ kind: fc.constant('dropAction' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('keepFirst' as const), count: fc.nat() }),
    fc.record({ kind: fc.constant('swapActions' as const), at: fc.nat(), with: fc.nat() }),
    fc.record({
      kind: fc.constant('setField' as const),
      path: fc.constantFrom(
        'setup.seed',
        'setup.rounds',
        'setup.handicap',
        'setup.personas.us',
        'setup.seats.china',
        'setup.lang',
        'decks',
        'rulesVersion',
        'finalHash',
        'progress',
        'actions',
        'savedAt',
        'format',
        'setup',
      ),
      value: fc.jsonValue({ maxDepth: 3 }),
    }),
    fc.record({ kind: fc.constant('setSeed' as const), seed: fc.oneof(fc.integer(), fc.constantFrom(2 ** 53, -(2 ** 31), 0.5)) }),
  );
}

type ContentEdit = ReturnType<typeof contentEdit> extends fc.Arbitrary<infer T> ? T : never;

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function applyContentEdit(save: SaveFile, edit: ContentEdit): SaveFile {
  const copy = structuredClone(save) as unknown as Record<string, unknown> & { actions: unknown };
  if (!Array.isArray(copy.actions)) copy.actions = [];
  const actions = copy.actions as unknown[];
  const n = actions.length;
  switch (edit.kind) {
    case 'replaceAction':
      if (n > 0) actions[edit.at % n] = edit.action;
      break;
    case 'insertAction':
      actions.splice(edit.at % (n + 1), 0, edit.action);
      break;
    case 'dropAction':
      if (n > 0) actions.splice(edit.at % n, 1);
      break;
    case 'keepFirst':
      actions.splice(n === 0 ? 0 : edit.count % (n + 1));
      break;
    case 'swapActions':
      if (n > 0) {
        const [i, j] = [edit.at % n, edit.with % n];
        [actions[i], actions[j]] = [actions[j], actions[i]];
      }
      break;
    case 'setField': {
      const keys = edit.path.split('.');
      let target: unknown = copy;
      for (const key of keys.slice(0, -1)) target = isRecord(target) ? target[key] : undefined;
      if (isRecord(target)) target[keys[keys.length - 1] as string] = edit.value;
      break;
    }
    case 'setSeed':
      if (isRecord(copy.setup)) copy.setup.seed = edit.seed;
      break;
  }
  copy.checksum = saveChecksum(copy);
  return copy as unknown as SaveFile;
}

function reseal(save: SaveFile): SaveFile {
  return { ...save, checksum: saveChecksum(save as unknown as Record<string, unknown>) };
}

/** The state a save's actions lead to, if the save passes the schema and they can all be played. */
function playableEnd(save: SaveFile, decks: readonly LoadedDeck[]): GameState | null {
  try {
    const valid = parseSave(formatSave(reseal(save)), 'edited.json');
    return foldActions(gameSetupFor(valid, decks), valid.actions).state;
  } catch {
    return null;
  }
}

export interface SaveFuzzOptions {
  saves: readonly SaveFile[];
  decks: readonly LoadedDeck[];
  runs: number;
  seed?: number;
}

export interface SaveFuzzReport {
  runs: number;
  loaded: number;
  refused: number;
  ms: number;
}

export function fuzzSaveLoaders({ saves, decks, runs, seed }: SaveFuzzOptions): SaveFuzzReport {
  const started = performance.now();
  const report: SaveFuzzReport = { runs: 0, loaded: 0, refused: 0, ms: 0 };
  const count = (result: LoadResult) => {
    report.runs++;
    report[result]++;
  };
  const cardIds = decks.flatMap((d) => d.cards.map((c) => c.id));
  const texts = saves.map(formatSave);
  const params = { numRuns: runs, ...(seed === undefined ? {} : { seed }) };

  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
      count(openSaveText(Buffer.from(bytes).toString('utf8'), decks));
    }),
    params,
  );
  fc.assert(
    fc.property(fc.nat(), fc.array(byteEdit, { minLength: 1, maxLength: 4 }), (which, edits) => {
      const original = Buffer.from(texts[which % texts.length] as string, 'utf8');
      count(openSaveText(edits.reduce(applyByteEdit, original).toString('utf8'), decks));
    }),
    params,
  );
  fc.assert(
    fc.property(fc.nat(), fc.array(contentEdit(cardIds), { minLength: 1, maxLength: 3 }), fc.boolean(), (which, edits, honest) => {
      let edited = edits.reduce(applyContentEdit, saves[which % saves.length] as SaveFile);
      // An honest edit records where its actions really lead, as a tool writing saves would:
      // whenever those actions can be played, the save must then open.
      const reached = honest ? playableEnd(edited, decks) : null;
      if (reached)
        edited = reseal({ ...edited, finalHash: saveHash(reached), progress: { round: reached.round, phase: reached.phase, outcome: reached.outcome } });
      const result = openSaveText(formatSave(edited), decks);
      if (reached && result !== 'loaded') throw new Error(`a sound save was refused: ${JSON.stringify(edited.actions.slice(-3))}`);
      count(result);
    }),
    params,
  );
  report.ms = performance.now() - started;
  return report;
}
