// The CLI skeleton: version, help, usage errors as one line, exit codes, the default action.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, createProgram } from '../../src/cli/program.js';
import type { CommandModule } from '../../src/cli/program.js';
import { UserError } from '../../src/cli/errors.js';
import { chosenLang } from '../../src/cli/global-options.js';
import { NO_TERMINAL_MESSAGE } from '../../src/cli/default-action.js';
import { captureIO, runCli } from './capture-io.js';
import { REPO, buildCliPackage } from './built-cli.js';
import type { BuiltCli } from './built-cli.js';

const pkg = JSON.parse(await readFile(path.join(REPO, 'package.json'), 'utf8')) as { version: string };

/** A stand-in command, so that suggestions and command errors can be tested before the real ones exist. */
function fakeCommand(name: string, action: (command: Command) => void = () => {}): CommandModule {
  return {
    register(program) {
      program
        .command(name)
        .description(`the ${name} command`)
        .action((_options: unknown, command: Command) => action(command));
    },
  };
}

const oneLine = (text: string) => text.endsWith('\n') && !text.slice(0, -1).includes('\n');

describe('in process', () => {
  it('--version prints the package version', async () => {
    const run = await runCli(['--version']);
    expect(run).toEqual({ code: 0, out: `${pkg.version}\n`, err: '' });
  });

  it('--help lists every registered command and the global options', async () => {
    const run = await runCli(['--help'], { commands: [...COMMANDS, fakeCommand('bonus')] });
    expect(run.code).toBe(0);
    expect(run.out).toContain('Usage: silicon-curtain');
    expect(run.out).toContain('--lang <lang>');
    const names = createProgram(captureIO(), COMMANDS).commands.map((command) => command.name());
    expect(names).toEqual(expect.arrayContaining(['play', 'resume', 'saves', 'replay', 'tutorial', 'rules', 'debrief', 'cards', 'deck', 'simulate']));
    for (const name of [...names, 'bonus']) expect(run.out).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
  });

  it('an unknown command is one line with a suggestion, exit 1', async () => {
    const run = await runCli(['plya'], { commands: [fakeCommand('play'), fakeCommand('replay')] });
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(oneLine(run.err)).toBe(true);
    expect(run.err).toBe("silicon-curtain: unknown command 'plya' (did you mean play?)\n");
  });

  it('an unknown command with no commands registered is still an unknown command', async () => {
    const run = await runCli(['plya'], { commands: [] });
    expect(run).toEqual({ code: 1, out: '', err: "silicon-curtain: unknown command 'plya'\n" });
  });

  it('an unknown option is one line with a suggestion, exit 1', async () => {
    const run = await runCli(['--versoin']);
    expect(run.code).toBe(1);
    expect(run.err).toBe("silicon-curtain: unknown option '--versoin' (did you mean --version?)\n");
  });

  it('an unknown option of a subcommand is one line too', async () => {
    const run = await runCli(['play', '--sed', '3'], { commands: [fakeCommand('play')] });
    expect(run.code).toBe(1);
    expect(oneLine(run.err)).toBe(true);
    expect(run.err).toMatch(/^silicon-curtain: unknown option '--sed'/);
  });

  it('--lang takes en or fr only', async () => {
    const run = await runCli(['--lang', 'de']);
    expect(run.code).toBe(1);
    expect(oneLine(run.err)).toBe(true);
    expect(run.err).toContain('en, fr');
  });

  it('--lang reaches a command whether given before or after it; the locale decides otherwise', async () => {
    const seen: string[] = [];
    const play = fakeCommand('play', (command) => seen.push(chosenLang(command, { LANG: 'fr_FR.UTF-8' })));
    await runCli(['--lang', 'en', 'play'], { commands: [play] });
    await runCli(['play', '--lang', 'en'], { commands: [play] });
    await runCli(['play'], { commands: [play] });
    expect(seen).toEqual(['en', 'en', 'fr']);
  });

  it('SILICON_CURTAIN_LANG chooses the language where no locale is set (Windows), over the locale; --lang still wins', async () => {
    const seen: string[] = [];
    const env = (vars: Record<string, string>) => fakeCommand('play', (command) => seen.push(chosenLang(command, vars)));
    await runCli(['play'], { commands: [env({ SILICON_CURTAIN_LANG: 'fr' })] });
    await runCli(['play'], { commands: [env({ SILICON_CURTAIN_LANG: 'FR', LANG: 'en_US.UTF-8' })] });
    await runCli(['play'], { commands: [env({ SILICON_CURTAIN_LANG: '', LANG: 'fr_FR.UTF-8' })] });
    await runCli(['play', '--lang', 'en'], { commands: [env({ SILICON_CURTAIN_LANG: 'fr' })] });
    expect(seen).toEqual(['fr', 'fr', 'fr', 'en']);
    const cards = await runCli(['cards', '--json'], { env: { SILICON_CURTAIN_LANG: 'fr' } });
    expect(cards.code).toBe(0);
    expect(cards.out).toContain('Règle du produit direct étranger');
  });

  it('a SILICON_CURTAIN_LANG the game does not speak is one line on stderr and exit 1', async () => {
    const run = await runCli(['cards'], { env: { SILICON_CURTAIN_LANG: 'de' } });
    expect(run.code).toBe(1);
    expect(oneLine(run.err)).toBe(true);
    expect(run.err).toBe("silicon-curtain: SILICON_CURTAIN_LANG must be en or fr, not 'de'\n");
  });

  it("a command's UserError is one line on stderr with its exit code", async () => {
    const failing = fakeCommand('deck', () => {
      throw new UserError('cards/x.yaml:3:5: unknown effect "teleport"', 3);
    });
    const run = await runCli(['deck'], { commands: [failing] });
    expect(run).toEqual({ code: 3, out: '', err: 'silicon-curtain: cards/x.yaml:3:5: unknown effect "teleport"\n' });
  });

  it('an unexpected error is one line, with the stack only under SILICON_CURTAIN_DEBUG=1', async () => {
    const crashing = fakeCommand('play', () => {
      throw new TypeError('boom');
    });
    const quiet = await runCli(['play'], { commands: [crashing] });
    expect(quiet.code).toBe(1);
    expect(oneLine(quiet.err)).toBe(true);
    expect(quiet.err).toContain('internal error: boom');

    const debug = await runCli(['play'], { commands: [crashing], env: { SILICON_CURTAIN_DEBUG: '1' } });
    expect(debug.code).toBe(1);
    expect(debug.err).toMatch(/internal error: boom\nTypeError: boom\n\s+at /);
  });

  it('no command without an interactive terminal: one line, exit 2', async () => {
    const run = await runCli([], { interactive: false });
    expect(run).toEqual({ code: 2, out: '', err: `silicon-curtain: ${NO_TERMINAL_MESSAGE}\n` });
  });
});

describe('the built bin', () => {
  let cli: BuiltCli;
  beforeAll(async () => {
    cli = await buildCliPackage();
  });
  afterAll(async () => {
    await cli.remove();
  });

  it('--version prints the package version', () => {
    expect(cli.run(['--version'])).toEqual({ code: 0, out: `${pkg.version}\n`, err: '' });
  });

  it('--help and --version evaluate no ink, react or UI code', async () => {
    for (const args of [['--help'], ['--version']]) {
      const loaded = await loadedFiles(cli.bin, args);
      expect(loaded, 'the bundle entry was loaded').toContain(path.join(cli.dir, 'dist/silicon-curtain.js'));
      expect(interactiveSourcesIn(loaded, cli.inputsOf), `interactive code evaluated by ${args.join(' ')}`).toEqual([]);
    }
  });

  it('the load check does catch Ink in the path of --version (one-file fixture)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'silicon-curtain-onefile-'));
    try {
      await writeFile(path.join(dir, 'package.json'), '{"type":"module"}');
      const config = (await import(pathToFileURL(path.join(REPO, 'esbuild.config.mjs')).href)) as { bundleOptions: object };
      const result = await build({
        ...config.bundleOptions,
        absWorkingDir: REPO,
        entryPoints: [path.join(REPO, 'test/bench/fixtures/lazy-ink-cli.ts')],
        outdir: dir,
        metafile: true,
        logLevel: 'error',
      });
      const inputsOf = new Map(Object.entries(result.metafile.outputs).map(([output, { inputs }]) => [path.resolve(REPO, output), Object.keys(inputs)]));
      const loaded = await loadedFiles(path.join(dir, 'lazy-ink-cli.js'), ['--version']);
      // (an input path is relative to the repo: ../x/node_modules/... where node_modules is a link)
      expect(interactiveSourcesIn(loaded, inputsOf).filter((input) => input.endsWith('node_modules/ink/build/ink.js'))).toHaveLength(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('the main menu is built as dist/main-menu.js, the file the bin starts loading when run with no argument', async () => {
    expect(cli.inputsOf.get(path.join(cli.dir, 'dist/main-menu.js'))).toContain('src/ui/main-menu.tsx');
    expect(await readFile(cli.bin, 'utf8')).toContain("'../dist/main-menu.js'");
  });

  it('ink draws with the fast string-width and styledCharsToString, each bundled beside the real package', () => {
    const bundled = [...cli.inputsOf.values()].flat();
    expect(bundled.filter((input) => /node_modules\/string-width\//.test(input))).toHaveLength(1);
    expect(bundled.filter((input) => /node_modules\/@alcalzone\/ansi-tokenize\/build\/index\.js$/.test(input))).toHaveLength(1);
    const withInk = [...cli.inputsOf.values()].find((inputs) => inputs.some((input) => input.endsWith('node_modules/ink/build/ink.js')));
    expect(withInk).toContain('src/ui/terminal/string-width-fast.ts');
    expect(withInk).toContain('src/ui/terminal/ansi-tokenize-fast.ts');
  });

  it('an unknown command: exit 1, one line on stderr, nothing on stdout', () => {
    const run = cli.run(['plya']);
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(oneLine(run.err)).toBe(true);
    expect(run.err).toMatch(/^silicon-curtain: unknown command 'plya'/);
  });

  it('an unknown option: exit 1, one line with "did you mean"', () => {
    const run = cli.run(['--versoin']);
    expect(run).toEqual({ code: 1, out: '', err: "silicon-curtain: unknown option '--versoin' (did you mean --version?)\n" });
  });

  it('no command and no terminal: exit 2, one line', () => {
    expect(cli.run([])).toEqual({ code: 2, out: '', err: `silicon-curtain: ${NO_TERMINAL_MESSAGE}\n` });
  });

  it('without dist/ (a clone not built yet) the bin says to build, exit 1', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'silicon-curtain-nodist-'));
    try {
      await writeFile(path.join(dir, 'package.json'), '{"type":"module"}');
      await writeFile(path.join(dir, 'silicon-curtain.js'), await readFile(cli.bin));
      const run = spawnSync(process.execPath, [path.join(dir, 'silicon-curtain.js'), '--version'], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe("silicon-curtain: not built yet; run 'npm run build' first\n");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/** Sources of Ink, React and their renderer, or of the game's own UI, bundled into the loaded files. */
function interactiveSourcesIn(loaded: readonly string[], inputsOf: ReadonlyMap<string, readonly string[]>): string[] {
  const interactive = /(^|\/)(node_modules\/(ink|react|react-reconciler|yoga-layout|scheduler)\/|src\/ui\/)/;
  return loaded.flatMap((file) => (inputsOf.get(file) ?? []).filter((input) => interactive.test(input)));
}

/** Absolute paths of the file modules `node script ...args` loads, recorded by loader hooks. */
async function loadedFiles(script: string, args: readonly string[]): Promise<string[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'silicon-curtain-loads-'));
  const record = path.join(dir, 'loads.txt');
  try {
    await writeFile(record, '');
    const hooks = pathToFileURL(path.join(REPO, 'test/cli/fixtures/record-loads.mjs')).href;
    const run = spawnSync(process.execPath, ['--import', hooks, script, ...args], {
      encoding: 'utf8',
      env: { ...process.env, RECORD_LOADS_TO: record },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(run.status, run.stderr).toBe(0);
    return (await readFile(record, 'utf8'))
      .split('\n')
      .filter((line) => line !== '')
      .map((url) => fileURLToPath(url));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
