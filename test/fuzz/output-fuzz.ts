// The output gate under fire (`npm run fuzz -- --mode output`): real saves of the base deck,
// each with one string field (any of them: versions, deck ids, seats, paths, actions, dates) or
// one object key replaced by random text full of control characters and bidi overrides, sealed
// again with a valid checksum. The built program reads each through every command that prints
// a save's content; nothing it prints (stdout, stderr) or writes (a handout) may hold a control
// character or a bidi override, and nothing may end in an internal error.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { saveChecksum } from '../../src/store/checksum.js';
import { formatSave } from '../../src/store/save-file.js';
import type { SaveFile } from '../../src/store/save-file.js';
import { writeBaseDeckSave } from '../e2e/make-save.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(REPO, 'bin/silicon-curtain.js');

// eslint-disable-next-line no-control-regex
export const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Text a crafted file might hold: escape sequences, C0 and C1 controls, bidi overrides, plain letters. */
const hostileText = fc
  .array(
    fc.oneof(
      fc.constantFrom('\x1b]0;pwned\x07', '\x1b[2J', '\x1b]52;c;ZXZpbA==\x07', '\x9b31m', '\u202e', '\u2066', '\r', '\x00', '\x7f', '\x85'),
      fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0x7f, max: 0x9f }).map((c) => String.fromCharCode(c)),
      fc.string({ maxLength: 4 }),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join('').slice(0, 40) || '\x1b');

/** Every place of a save a string sits: a path to a string value, or to an object whose key is replaced. */
type Place = { path: (string | number)[]; key: boolean };

function places(value: unknown, at: (string | number)[] = []): Place[] {
  if (typeof value === 'string') return [{ path: at, key: false }];
  if (Array.isArray(value)) return value.flatMap((item, i) => places(item, [...at, i]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, item]) => (k === 'checksum' ? [] : [{ path: [...at, k], key: true }, ...places(item, [...at, k])]));
  }
  return [];
}

function craft(save: SaveFile, place: Place, text: string): SaveFile {
  const copy = structuredClone(save) as unknown as Record<string | number, unknown>;
  const parentPath = place.path.slice(0, -1);
  const last = place.path[place.path.length - 1] as string | number;
  let parent: Record<string | number, unknown> = copy;
  for (const step of parentPath) parent = parent[step] as Record<string | number, unknown>;
  if (place.key) {
    parent[text] = parent[last];
    delete parent[last];
  } else {
    parent[last] = text;
  }
  const sealed = copy as unknown as SaveFile;
  sealed.checksum = saveChecksum(copy);
  return sealed;
}

export interface OutputFuzzReport {
  saves: number;
  commands: number;
  ms: number;
}

/** Crafts `runs` saves and runs the printing commands on each; throws with the first leak found. */
export function fuzzOutputs(options: { runs: number; seed: number }): OutputFuzzReport {
  if (!existsSync(path.join(REPO, 'dist/silicon-curtain.js'))) throw new Error('output fuzz: build first (npm run build)');
  const started = Date.now();
  const work = mkdtempSync(path.join(os.tmpdir(), 'sc-output-fuzz-'));
  let commands = 0;
  try {
    const good = path.join(work, 'good.json');
    writeBaseDeckSave(good);
    const save = JSON.parse(readFileSync(good, 'utf8')) as SaveFile;
    const all = places(save);
    fc.assert(
      fc.property(fc.nat(all.length - 1), hostileText, (index, text) => {
        const place = all[index] as Place;
        const home = path.join(work, `home-${commands}`);
        mkdirSync(home);
        const file = path.join(home, 'crafted.json');
        writeFileSync(file, formatSave(craft(save, place, text)));
        const handout = path.join(home, 'handout.md');
        for (const args of [
          ['saves'],
          ['saves', '--json'],
          ['replay', file, '--verify'],
          ['replay', file, '--export', 'md'],
          ['debrief', file],
          ['debrief', file, '--out', handout],
        ]) {
          commands++;
          const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, SILICON_CURTAIN_HOME: home }, timeout: 30_000 });
          const where = `${args[0]} ${args.slice(2).join(' ')} with ${JSON.stringify(text)} at ${place.key ? 'the key ' : ''}${place.path.join('.')}`;
          if (UNSAFE.test(run.stdout) || UNSAFE.test(run.stderr)) throw new Error(`a control character reached the terminal: ${where}`);
          if (/internal error/.test(run.stderr)) throw new Error(`internal error: ${where}: ${run.stderr}`);
          if (args[0] === 'saves' && args[1] === '--json') JSON.parse(run.stdout);
        }
        if (existsSync(handout) && UNSAFE.test(readFileSync(handout, 'utf8')))
          throw new Error(`a control character reached a handout: ${place.path.join('.')}`);
        rmSync(home, { recursive: true, force: true });
      }),
      { numRuns: options.runs, seed: options.seed },
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return { saves: options.runs, commands, ms: Date.now() - started };
}
