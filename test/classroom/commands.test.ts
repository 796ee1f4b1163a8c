// The classroom commands from the command line: rules, debrief and tutorial, with their
// one-line errors, both languages, and where the tutorial keeps its progress.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { debriefCommand } from '../../src/cli/commands/debrief.js';
import { tutorialCommand } from '../../src/cli/commands/tutorial.js';
import { savedMoves } from '../../src/cli/commands/tutorial-run.js';
import { rulesCommand } from '../../src/cli/commands/rules.js';
import { buildDebrief } from '../../src/classroom/debrief.js';
import { RULES_VERSION } from '../../src/engine/rules.js';
import { debriefHtml } from '../../src/classroom/debrief-html.js';
import { debriefMarkdown } from '../../src/classroom/debrief-markdown.js';
import { classroomDeck } from '../../src/classroom/deck-source.js';
import { packageRoot } from '../../src/classroom/package-files.js';
import { parseSavedGame, replaySavedGame } from '../../src/classroom/saved-game.js';
import { TUTORIAL_MOVES } from '../../src/classroom/tutorial-script.js';
import { dataFolder, progressOf, readTutorialProgress, tutorialProgressPath, writeTutorialProgress } from '../../src/classroom/tutorial-progress.js';
import { captureIO, runCli } from '../cli/capture-io.js';
import { CLASSROOM_CARDS, CLASSROOM_DECKS } from './classroom-deck.js';

const DECK = { cards: CLASSROOM_CARDS, decks: CLASSROOM_DECKS };
const SAVED_FILE = fileURLToPath(new URL('./fixtures/saved-game.json', import.meta.url));
const scratch = mkdtempSync(path.join(os.tmpdir(), 'sc-class-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A folder under the scratch folder holding these files. */
function folder(name: string, files: Record<string, string> = {}): string {
  const dir = path.join(scratch, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  return dir;
}

const oneLine = (text: string) => text.endsWith('\n') && !text.slice(0, -1).includes('\n');

describe('silicon-curtain rules', () => {
  const both = folder('rules-both', { 'RULES.md': '# Rules\n\nPlay cards.\n', 'RULES.fr.md': '# Règles\n\nJouez des cartes.' });
  const englishOnly = folder('rules-en', { 'RULES.md': '# Rules\n' });

  it('prints the rules in the language of --lang', async () => {
    const commands = [rulesCommand(() => both)];
    expect(await runCli(['rules'], { commands })).toEqual({ code: 0, out: '# Rules\n\nPlay cards.\n', err: '' });
    expect(await runCli(['rules', '--lang', 'fr'], { commands })).toEqual({ code: 0, out: '# Règles\n\nJouez des cartes.\n', err: '' });
    expect((await runCli(['--lang', 'fr', 'rules'], { commands })).out).toContain('Règles');
  });

  it('follows the locale when --lang is not given', async () => {
    const run = await runCli(['rules'], { commands: [rulesCommand(() => both)], env: { LANG: 'fr_FR.UTF-8' } });
    expect(run.out).toContain('Jouez des cartes.');
  });

  it('says in one line which rules file is missing', async () => {
    const run = await runCli(['rules', '--lang', 'fr'], { commands: [rulesCommand(() => englishOnly)] });
    expect(run.code).toBe(1);
    expect(oneLine(run.err)).toBe(true);
    expect(run.err).toBe(`silicon-curtain: les règles en français manquent\u00a0: RULES.fr.md est introuvable dans ${englishOnly}\n`);
  });

  it('finds the package root from the code', () => {
    expect(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')).toContain('"name": "silicon-curtain"');
  });
});

describe('silicon-curtain debrief', () => {
  const commands = [debriefCommand(() => DECK)];
  const expected = (lang: 'en' | 'fr') =>
    debriefMarkdown(buildDebrief(replaySavedGame(parseSavedGame(readFileSync(SAVED_FILE, 'utf8')), DECK.cards, DECK.decks), lang));

  it('refuses a game saved under other rules in one line naming both versions (issue 17)', async () => {
    const old = path.join(folder('debrief-old-rules'), 'old.json');
    writeFileSync(old, JSON.stringify({ ...(JSON.parse(readFileSync(SAVED_FILE, 'utf8')) as object), rulesVersion: '1.0.0' }));
    const run = await runCli(['debrief', old, '--export', 'md'], { commands });
    expect(run.code).not.toBe(0);
    expect(run.out).toBe('');
    expect(oneLine(run.err)).toBe(true);
    expect(run.err).toContain(`${old}: this game was saved under rules 1.0.0; this version plays rules ${RULES_VERSION}`);
    const fr = await runCli(['debrief', old, '--lang', 'fr'], { commands });
    expect(fr.code).not.toBe(0);
    expect(fr.err).toContain(`cette partie a été enregistrée sous les règles 1.0.0\u202f; cette version joue les règles ${RULES_VERSION}`);
  });

  it('--export md prints the Markdown handout of a saved game', async () => {
    const run = await runCli(['debrief', SAVED_FILE, '--export', 'md'], { commands });
    expect(run).toEqual({ code: 0, out: expected('en'), err: '' });
    expect(run.out).toContain('**US (NVIDIA) won by regional dominance in round 3.');
  });

  it('prints the handout when the output is not a terminal, in French with --lang fr', async () => {
    const run = await runCli(['debrief', SAVED_FILE, '--lang', 'fr'], { commands });
    expect(run).toEqual({ code: 0, out: expected('fr'), err: '' });
  });

  it('--handout prints the one-page handout, --export html the page, both languages', async () => {
    const debrief = (lang: 'en' | 'fr') => buildDebrief(replaySavedGame(parseSavedGame(readFileSync(SAVED_FILE, 'utf8')), DECK.cards, DECK.decks), lang);
    expect(await runCli(['debrief', SAVED_FILE, '--handout'], { commands })).toEqual({
      code: 0,
      out: debriefMarkdown(debrief('en'), { handout: true }),
      err: '',
    });
    expect(await runCli(['debrief', SAVED_FILE, '--export', 'html', '--lang', 'fr'], { commands })).toEqual({
      code: 0,
      out: debriefHtml(debrief('fr')),
      err: '',
    });
    const out = path.join(folder('debrief-html'), 'handout.html');
    const run = await runCli(['debrief', SAVED_FILE, '--handout', '--export', 'html', '--out', out], { commands });
    expect(run).toEqual({ code: 0, out: `Debrief written to ${out}\n`, err: '' });
    expect(readFileSync(out, 'utf8')).toBe(debriefHtml(debrief('en'), { handout: true }));
  });

  it('--help names the formats, the handout and the class report', async () => {
    const help = (await runCli(['debrief', '--help'], { commands })).out;
    expect(help).toContain('--handout');
    expect(help).toMatch(/md \(Markdown\) or html/);
    expect(help).toContain('silicon-curtain class report FOLDER');
  });

  it('--out writes the handout to a file', async () => {
    const out = path.join(folder('debrief-out'), 'handout.md');
    const run = await runCli(['debrief', SAVED_FILE, '--out', out], { commands });
    expect(run).toEqual({ code: 0, out: `Debrief written to ${out}\n`, err: '' });
    expect(readFileSync(out, 'utf8')).toBe(expected('en'));
  });

  it('reports a bad file in one line, never a stack', async () => {
    const dir = folder('debrief-bad', {
      'notjson.json': '{ nope',
      'shape.json': '{"setup": {"seed": 1}, "actions": []}',
      'illegal.json': '{"setup": {"seed": 1, "personas": {"us": "nvidia", "china": "beijing"}}, "actions": [{"type": "hold", "card": "us-vp"}]}',
    });
    const cases: [string, RegExp][] = [
      [path.join(dir, 'missing.json'), /^silicon-curtain: cannot read .*missing\.json: ENOENT\n$/],
      [path.join(dir, 'notjson.json'), /^silicon-curtain: .*notjson\.json is not JSON: /],
      [path.join(dir, 'shape.json'), /^silicon-curtain: .*shape\.json is not a saved game: setup\.personas: /],
      [path.join(dir, 'illegal.json'), /^silicon-curtain: .*illegal\.json: action 1 of 1 cannot be replayed \('hold' is not possible now/],
    ];
    for (const [file, message] of cases) {
      const run = await runCli(['debrief', file], { commands });
      expect(run.code, file).toBe(1);
      expect(oneLine(run.err), run.err).toBe(true);
      expect(run.err).toMatch(message);
    }
    expect((await runCli(['debrief', SAVED_FILE, '--export', 'pdf'], { commands })).err).toMatch(
      /^silicon-curtain: option '--export <format>' argument 'pdf' is invalid/,
    );
  });

  it('says so in one line when the base deck is missing', async () => {
    const empty = folder('no-deck');
    const run = await runCli(['debrief', SAVED_FILE], { commands: [debriefCommand(() => classroomDeck(empty))] });
    expect(run).toEqual({ code: 1, out: '', err: `silicon-curtain: the base deck is missing: ${path.join(empty, 'cards', 'base.yaml')} was not found\n` });
  });
});

describe('silicon-curtain tutorial', () => {
  it('needs an interactive terminal: one line, exit 2', async () => {
    const run = await runCli(['tutorial'], { commands: [tutorialCommand(() => DECK)] });
    expect(run.code).toBe(2);
    expect(oneLine(run.err)).toBe(true);
    expect(run.err).toMatch(/^silicon-curtain: the tutorial needs an interactive terminal/);
  });

  it('keeps its progress in the data folder', () => {
    expect(dataFolder({ SILICON_CURTAIN_HOME: '/a', XDG_DATA_HOME: '/b', HOME: '/c' })).toBe('/a');
    expect(dataFolder({ XDG_DATA_HOME: '/b', HOME: '/c' })).toBe(path.join('/b', 'silicon-curtain'));
    expect(dataFolder({ HOME: '/c' })).toBe(path.join('/c', '.local', 'share', 'silicon-curtain'));
    expect(tutorialProgressPath({ SILICON_CURTAIN_HOME: '/a' })).toBe(path.join('/a', 'tutorial.json'));
  });

  // The tutorial plays the shipped deck: its lessons name its cards.
  const BASE = classroomDeck(packageRoot());
  const firstMoves = TUTORIAL_MOVES.slice(0, 5).map((m) => m.action);

  it('resumes a saved tutorial, and starts again when the save is damaged or --restart is given', () => {
    const home = folder('tutorial-home');
    const file = tutorialProgressPath({ SILICON_CURTAIN_HOME: home });
    writeTutorialProgress(file, progressOf(BASE.decks, firstMoves));
    expect(readdirSync(home)).toEqual(['tutorial.json']);
    expect(readTutorialProgress(file)).toEqual(JSON.parse(JSON.stringify(progressOf(BASE.decks, firstMoves))));

    const io = captureIO();
    expect(savedMoves(BASE, file, false, 'en', io)).toEqual(firstMoves);
    expect(io.err).toBe('');
    expect(savedMoves(BASE, file, true, 'en', io)).toEqual([]);

    // The old tutorial's progress (version 1) is not this one's.
    writeFileSync(file, '{"version": 1, "decks": [], "actions": [], "seen": [], "queue": []}');
    expect(savedMoves(BASE, file, false, 'fr', io)).toEqual([]);
    expect(io.err).toMatch(/^silicon-curtain: le tutoriel sauvegardé n’a pas pu reprendre \(.*\)\u202f; il recommence depuis le début\n$/);
  });

  it('starts again when the cards have changed, or the moves are not the tutorial’s', () => {
    const home = folder('tutorial-changed');
    const file = tutorialProgressPath({ SILICON_CURTAIN_HOME: home });
    writeTutorialProgress(file, progressOf(BASE.decks, firstMoves));
    const io = captureIO();
    expect(savedMoves({ ...BASE, decks: [{ id: 'base', hash: 'other' }] }, file, false, 'en', io)).toEqual([]);
    expect(io.err).toContain('the cards have changed since');
    expect(existsSync(file)).toBe(true);

    const other = captureIO();
    writeTutorialProgress(file, progressOf(BASE.decks, [{ type: 'chooseFirst', first: 'china' }]));
    expect(savedMoves(BASE, file, false, 'en', other)).toEqual([]);
    expect(other.err).toContain('move 1 is not the tutorial’s');
  });
});
