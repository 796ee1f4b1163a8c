// The save commands as a player meets them: listing, resuming, verifying and exporting.
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { registerWith as registerReplay } from '../../src/cli/commands/replay.js';
import { registerWith as registerResume } from '../../src/cli/commands/resume.js';
import type { RunPlay, RunPlayOptions } from '../../src/cli/save-commands.js';
import { registerWith as registerSaves } from '../../src/cli/commands/saves.js';
import { applyAction, legalActions } from '../../src/engine/index.js';
import type { Action, GameState } from '../../src/engine/index.js';
import { createAutosaver } from '../../src/store/autosave.js';
import { readSave } from '../../src/store/load.js';
import { saveHash } from '../../src/store/state-hash.js';
import { playRandom, removeTempDirs, runCommand, tempDir, testDeps } from './helpers.js';

afterEach(removeTempDirs);

const seats = { us: 'human', china: 'random' };

function saveGame(dir: string, seed: number, maxActions: number, mtime: Date, name?: string) {
  const game = playRandom(seed, { maxActions });
  const saver = createAutosaver({ dir, name, setup: game.setup, seats, lang: 'en', now: () => mtime });
  saver.save(game.actions, game.state);
  utimesSync(saver.path, mtime, mtime);
  return { ...game, path: saver.path };
}

describe('saves', () => {
  it('--json lists every game newest first, with its progress and result', async () => {
    const home = tempDir();
    const old = saveGame(home, 31, 10, new Date('2026-01-01T10:00:00Z'));
    const done = saveGame(home, 32, Infinity, new Date('2026-01-03T10:00:00Z'));
    const mid = saveGame(home, 35, 30, new Date('2026-01-02T10:00:00Z'));
    writeFileSync(join(home, 'broken.json'), '{"format":"silicon-curtain-save", "act');
    utimesSync(join(home, 'broken.json'), new Date('2025-12-01T00:00:00Z'), new Date('2025-12-01T00:00:00Z'));
    const run = await runCommand(registerSaves, ['saves', '--json'], { env: { SILICON_CURTAIN_HOME: home } });
    expect(run.code).toBe(0);
    const list = JSON.parse(run.out) as Record<string, unknown>[];
    expect(list.map((e) => e.path)).toEqual([done.path, mid.path, old.path, join(home, 'broken.json')]);
    expect(list[0]).toMatchObject({
      actions: done.actions.length,
      personas: { us: 'washington', china: 'huawei' },
      round: done.state.round,
      lastModified: '2026-01-03T10:00:00.000Z',
      finished: true,
      outcome: done.state.outcome,
    });
    expect(list[1]).toMatchObject({ actions: 30, round: mid.state.round, finished: false });
    expect(list[1]).not.toHaveProperty('outcome');
    expect(list[3]).toMatchObject({ error: expect.stringMatching(/broken\.json is damaged: it ends too early/) });
  });

  it('prints a table, and says so when there are no saves', async () => {
    const home = tempDir();
    const empty = await runCommand(registerSaves, ['saves'], { env: { SILICON_CURTAIN_HOME: home } });
    expect(empty.out).toBe(`No saved games in ${home}.\n`);
    const g = saveGame(home, 34, 20, new Date('2026-01-02T10:00:00Z'));
    const run = await runCommand(registerSaves, ['saves'], { env: { SILICON_CURTAIN_HOME: home } });
    const lines = run.out.split('\n');
    expect(lines[2]).toMatch(/^Saved\s+Game\s+Seats US \/ China\s+Round\s+Actions\s+Status\s+File$/);
    expect(lines[3]).toMatch(
      new RegExp(`^2026-01-02 10:00\\s+Washington vs Huawei\\s+human / random\\s+${g.state.round}/3\\s+20\\s+in progress\\s+${g.path}$`),
    );
  });

  it('speaks French with --lang fr or SILICON_CURTAIN_LANG=fr: headers, dates in words, statuses', async () => {
    const home = tempDir();
    const playing = saveGame(home, 34, 20, new Date('2026-12-07T12:30:00Z'));
    const done = saveGame(home, 32, Infinity, new Date('2026-12-01T09:05:00Z'));
    for (const run of [
      await runCommand(registerSaves, ['saves', '--lang', 'fr'], { env: { SILICON_CURTAIN_HOME: home } }),
      await runCommand(registerSaves, ['saves'], { env: { SILICON_CURTAIN_HOME: home, SILICON_CURTAIN_LANG: 'fr' } }),
    ]) {
      expect(run.code).toBe(0);
      const lines = run.out.split('\n');
      expect(lines[0]).toBe(`Parties sauvegardées dans ${home} (la plus récente d’abord)\u00a0:`);
      expect(lines[2]).toMatch(/^Sauvegarde\s+Partie\s+Joueurs États-Unis \/ Chine\s+Manche\s+Actions\s+État\s+Fichier$/);
      expect(lines[3]).toMatch(
        new RegExp(`^7 décembre 2026 12:30\\s+Washington contre Huawei\\s+human / random\\s+${playing.state.round}/3\\s+20\\s+en cours\\s+${playing.path}$`),
      );
      expect(lines[4]).toMatch(
        /^1er décembre 2026 09:05\s+Washington contre Huawei\s+.*(victoire des États-Unis|victoire de la Chine|égalité) \((piste de Leadership|mort subite|hégémonie régionale|décompte final)\)\s/,
      );
      expect(lines[4]).toContain(done.path);
      expect(run.out).toContain('Reprendre une partie\u00a0: silicon-curtain resume FICHIER');
      expect(run.out).not.toMatch(/\b(Saved|Status|won|draw|in progress|Continue)\b/);
    }
    const english = await runCommand(registerSaves, ['saves'], { env: { SILICON_CURTAIN_HOME: home } });
    expect(english.out.split('\n')[4]).toMatch(
      /^2026-12-01 09:05\s+Washington vs Huawei\s+.*((US|China) won|draw) \((leadership|suddenDeath|dominance|finalScoring)\)\s/,
    );
    const empty = await runCommand(registerSaves, ['saves', '--lang', 'fr'], { env: { SILICON_CURTAIN_HOME: tempDir() } });
    expect(empty.out).toMatch(/^Aucune partie sauvegardée dans .+\.\n$/);
  });
});

/** A stand-in for the UI's runPlay: plays `moves` random actions through onChange, then quits (or finishes). */
function scriptedRunPlay(moves: number, seen: RunPlayOptions[]): RunPlay {
  return async (options) => {
    seen.push(options);
    const { createGame } = await import('../../src/engine/index.js');
    let state: GameState = (options.actions ?? []).reduce((s, a) => applyAction(s, a), createGame(options.setup));
    const actions: Action[] = [...(options.actions ?? [])];
    for (let i = 0; i < moves && !state.outcome; i++) {
      const action = legalActions(state)[0] as Action;
      state = applyAction(state, action);
      actions.push(action);
      options.onChange?.(actions, state);
    }
    return { outcome: state.outcome, actions };
  };
}

describe('resume', () => {
  it('needs a terminal: one line, exit 2', async () => {
    const run = await runCommand(registerResume, ['resume'], { interactive: false });
    expect(run).toEqual({
      code: 2,
      out: '',
      err: "silicon-curtain: resuming a game needs an interactive terminal; 'silicon-curtain replay FILE --verify' checks a save without one\n",
    });
  });

  it('continues the newest unfinished game, saving every action into the same file, and says how to come back', async () => {
    const home = tempDir();
    saveGame(home, 35, Infinity, new Date('2026-01-05T10:00:00Z'));
    const wanted = saveGame(home, 36, 40, new Date('2026-01-04T10:00:00Z'));
    saveGame(home, 37, 30, new Date('2026-01-03T10:00:00Z'));
    const seen: RunPlayOptions[] = [];
    const deps = testDeps({ loadRunPlay: () => Promise.resolve(scriptedRunPlay(5, seen)) });
    const run = await runCommand(registerResume, ['resume'], { interactive: true, env: { SILICON_CURTAIN_HOME: home }, deps });
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(seen[0]?.actions).toEqual(wanted.actions);
    expect(seen[0]?.seats).toEqual(seats);
    expect(seen[0]?.setup.seed).toBe(36);
    const after = readSave(wanted.path);
    expect(after.actions).toHaveLength(45);
    expect(readSave(`${wanted.path}.bak`).actions).toHaveLength(44);
    expect(run.out).toBe(`Game saved in ${wanted.path}. To continue it: silicon-curtain resume ${wanted.path}\n`);
  });

  it('passes over a newer save that cannot be read, and says so', async () => {
    const home = tempDir();
    const wanted = saveGame(home, 46, 8, new Date('2026-01-04T10:00:00Z'));
    expect(wanted.state.outcome).toBeNull();
    const broken = join(home, 'broken.json');
    writeFileSync(broken, '{"format":"silicon-curtain-save", "formatVersion": 1, "act');
    const seen: RunPlayOptions[] = [];
    const deps = testDeps({ loadRunPlay: () => Promise.resolve(scriptedRunPlay(0, seen)) });
    const run = await runCommand(registerResume, ['resume'], { interactive: true, env: { SILICON_CURTAIN_HOME: home }, deps });
    expect(run.err).toBe(`silicon-curtain: skipping a damaged save: ${broken} is damaged: it ends too early (truncated)\n`);
    expect(seen[0]?.actions).toEqual(wanted.actions);
  });

  it('speaks the language asked for, else the one the game was saved in', async () => {
    const home = tempDir();
    const g = saveGame(home, 38, 10, new Date());
    const seen: RunPlayOptions[] = [];
    const deps = testDeps({ loadRunPlay: () => Promise.resolve(scriptedRunPlay(0, seen)) });
    const fr = await runCommand(registerResume, ['--lang', 'fr', 'resume', g.path], { interactive: true, deps });
    expect(seen[0]?.lang).toBe('fr');
    expect(fr.out).toMatch(/^Partie enregistrée dans /);
    await runCommand(registerResume, ['resume', g.path], { interactive: true, deps });
    expect(seen[1]?.lang).toBe('en');
  });

  it('refuses a finished game and points to replay', async () => {
    const home = tempDir();
    const g = saveGame(home, 39, Infinity, new Date());
    const run = await runCommand(registerResume, ['resume', g.path], { interactive: true });
    expect(run.code).toBe(1);
    expect(run.err).toBe(`silicon-curtain: ${g.path} is a finished game; watch it again with 'silicon-curtain replay ${g.path}'\n`);
  });

  it('says when there is nothing to resume', async () => {
    const home = tempDir();
    const run = await runCommand(registerResume, ['resume'], { interactive: true, env: { SILICON_CURTAIN_HOME: home } });
    expect(run.code).toBe(1);
    expect(run.err).toBe(`silicon-curtain: there is no unfinished game in ${home}; start one with 'silicon-curtain play'\n`);
  });

  it('refuses a save whose bot this version does not have', async () => {
    const home = tempDir();
    const game = playRandom(40, { maxActions: 5 });
    const saver = createAutosaver({ dir: home, setup: game.setup, seats: { us: 'human', china: 'grandmaster' }, lang: 'en' });
    saver.save(game.actions, game.state);
    const run = await runCommand(registerResume, ['resume', saver.path], { interactive: true });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/has the bot 'grandmaster' playing China, which this version does not have \(bots: random/);
  });
});

describe('replay --verify and --export', () => {
  it('--verify prints the action count and the hash', async () => {
    const home = tempDir();
    const g = saveGame(home, 41, Infinity, new Date());
    const run = await runCommand(registerReplay, ['replay', g.path, '--verify']);
    expect(run).toEqual({ code: 0, out: `ok: ${g.actions.length} actions, hash ${saveHash(g.state)}\n`, err: '' });
  });

  it('--export md writes a class handout, to stdout or --out', async () => {
    const home = tempDir();
    const g = saveGame(home, 42, Infinity, new Date());
    const run = await runCommand(registerReplay, ['replay', g.path, '--export', 'md']);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^# Silicon Curtain: Washington \(US\) vs Huawei \(China\)\n/);
    expect(run.out).toContain('## Round 1');
    expect(run.out).toContain('## Result');
    const out = join(home, 'handout.md');
    const written = await runCommand(registerReplay, ['replay', g.path, '--export', 'md', '--out', out]);
    expect(written.out).toBe('');
    expect(written.err).toBe(`silicon-curtain: handout written to ${out}\n`);
    expect(readFileSync(out, 'utf8')).toBe(run.out);
  });

  it('watching needs a terminal; --out without --export is a usage error', async () => {
    const home = tempDir();
    const g = saveGame(home, 43, 10, new Date());
    expect((await runCommand(registerReplay, ['replay', g.path])).code).toBe(2);
    const run = await runCommand(registerReplay, ['replay', g.path, '--out', 'x.md']);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/--out goes with --export md/);
  });
});
