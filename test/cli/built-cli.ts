// Builds the CLI exactly as `npm run build` does, into a temporary package laid out like the real
// one (bin/, dist/, package.json), so tests run the shipped bundle without racing on the repo's dist/.
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Metafile {
  outputs: Record<string, { inputs: Record<string, unknown> }>;
}

interface BuildConfig {
  buildCli(options: { outdir: string; metafile: boolean }): Promise<{ metafile: Metafile }>;
}

export interface BuiltCli {
  dir: string;
  bin: string;
  /** Output file (absolute path) -> the source files (repo-relative) bundled into it. */
  inputsOf: Map<string, string[]>;
  run(
    args: readonly string[],
    options?: { env?: Record<string, string | undefined>; nodeArgs?: readonly string[] },
  ): {
    code: number | null;
    out: string;
    err: string;
  };
  remove(): Promise<void>;
}

export async function buildCliPackage(): Promise<BuiltCli> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'silicon-curtain-cli-'));
  const config = (await import(pathToFileURL(path.join(REPO, 'esbuild.config.mjs')).href)) as BuildConfig;
  const { metafile } = await config.buildCli({ outdir: path.join(dir, 'dist'), metafile: true });

  await mkdir(path.join(dir, 'bin'));
  const bin = path.join(dir, 'bin/silicon-curtain.js');
  await copyFile(path.join(REPO, 'bin/silicon-curtain.js'), bin);
  const pkg = JSON.parse(await readFile(path.join(REPO, 'package.json'), 'utf8')) as { name: string; version: string; type: string };
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: pkg.name, version: pkg.version, type: pkg.type }));

  const inputsOf = new Map<string, string[]>();
  for (const [output, { inputs }] of Object.entries(metafile.outputs)) {
    inputsOf.set(path.resolve(REPO, output), Object.keys(inputs));
  }

  return {
    dir,
    bin,
    inputsOf,
    run(args, options = {}) {
      const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), bin, ...args], {
        encoding: 'utf8',
        env: { ...process.env, ...options.env },
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 20_000,
      });
      return { code: result.status, out: result.stdout, err: result.stderr };
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
