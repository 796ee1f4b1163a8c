// A French run says its one-line errors in French (issue 20): a damaged save (src/store) and the
// value checks of bot-match and simulate, with --lang fr or SILICON_CURTAIN_LANG=fr, and a
// non-zero exit; without them the same lines stay English.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './capture-io.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sc-fr-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const where = path.join(dir, name);
  writeFileSync(where, text);
  return where;
}

const truncated = file('cut.json', '{"format":"silicon-curtain-save","formatVersion":1,"actions":[');
const edited = file('edited.json', JSON.stringify({ format: 'silicon-curtain-save', formatVersion: 1, checksum: 'x', actions: [] }));
const notASave = file('other.json', '{"name":"a package"}');
const empty = file('empty.json', '');
const missing = path.join(dir, 'nowhere.json');

/** Words that only an English message has. */
const ENGLISH = /\b(is|must|the|not a|cannot|damaged|got|unknown|expected|choose|give|there is)\b/;

async function frenchError(args: string[], how: 'flag' | 'env'): Promise<string> {
  const run = how === 'flag' ? await runCli(['--lang', 'fr', ...args]) : await runCli(args, { env: { SILICON_CURTAIN_LANG: 'fr' } });
  expect(run.code).not.toBe(0);
  expect(run.out).toBe('');
  // One line, the program's name, then the French message.
  expect(run.err).toMatch(/^silicon-curtain: [^\n]+\n$/);
  const message = run.err.slice('silicon-curtain: '.length, -1);
  expect(message, message).not.toMatch(ENGLISH);
  return message;
}

describe('damaged saves in French', () => {
  it.each([
    ['a truncated save', ['debrief', truncated], 'est endommagé\u00a0: il s’arrête trop tôt (fichier tronqué)'],
    ['an edited save', ['replay', edited, '--export', 'md'], 'est endommagé ou a été modifié\u00a0: sa somme de contrôle ne correspond pas'],
    ['another JSON file', ['replay', notASave, '--export', 'md'], 'n’est pas une sauvegarde de Silicon Curtain'],
    ['an empty file', ['replay', empty, '--export', 'md'], 'est vide (la sauvegarde a été interrompue)'],
    ['no file', ['replay', missing, '--verify'], 'aucune sauvegarde à l’emplacement'],
  ])('%s', async (_name, args, words) => {
    for (const how of ['flag', 'env'] as const) expect(await frenchError(args, how)).toContain(words);
  });

  it('a finished game given to resume, in French', async () => {
    const saved = path.join(dir, 'finished.json');
    expect((await runCli(['bot-match', '--us', 'random', '--china', 'random', '--seed', '3', '--rounds', '1', '--save', saved])).code).toBe(0);
    const run = await runCli(['resume', saved, '--lang', 'fr'], { interactive: true });
    expect(run.code).toBe(1);
    expect(run.err).toBe(`silicon-curtain: ${saved} est une partie terminée\u202f; revoyez-la avec 'silicon-curtain replay ${saved}'\n`);
  });

  it('stay English in English', async () => {
    const run = await runCli(['debrief', truncated]);
    expect(run.code).toBe(1);
    expect(run.err).toBe(`silicon-curtain: ${truncated} is damaged: it ends too early (truncated), and there is no backup to fall back on\n`);
  });
});

describe('bot-match and simulate values in French', () => {
  it.each([
    [['bot-match', '--seed', 'x'], '«\u00a0--seed <n>\u00a0» n’accepte pas «\u00a0x\u00a0». Attendu\u00a0: un nombre entier de 0 à'],
    [['bot-match', '--think-ms', '0'], 'Attendu\u00a0: un nombre entier de 1 à 600000.'],
    [['bot-match', '--games', '3'], 'option inconnue'],
    [['bot-match', '--us', 'deep-blue'], '--us doit être un bot (random, easy, normal, hard) ou stdio, pas «\u00a0deep-blue\u00a0»'],
    [['bot-match', '--us', 'stdio', '--china', 'stdio'], 'un seul camp peut être joué sur stdio'],
    [['simulate', '--games', '0'], '--games doit être un nombre entier de 1 à'],
    [['simulate', '--games', '2', '--seed', '-1'], '--seed doit être un nombre entier de 0 à'],
    [['simulate', '--games', '2', '--workers', 'many'], '--workers doit être un nombre entier de 1 à 256, pas «\u00a0many\u00a0»'],
    [['simulate', '--games', '2', '--think-ms', '0'], '--think-ms doit être un nombre entier de 1 à'],
    [['simulate', '--games', '2', '--us', 'deep-blue'], '--us\u00a0: bot inconnu «\u00a0deep-blue\u00a0»'],
    [['simulate', '--games', '2', '--until-ci', '3'], '--until-ci s’arrête quand l’intervalle'],
    [['simulate', '--games', '2', '--without', 'h20-licence'], 'vouliez-vous dire «\u00a0h20-licence-requirement\u00a0»\u202f?'],
    [['simulate', '--games', '2', '--markdown', path.join(dir, 'no-folder', 'report.md')], 'impossible d’écrire le rapport'],
  ])('%j', async (args, words) => {
    for (const how of ['flag', 'env'] as const) expect(await frenchError(args, how)).toContain(words);
  });

  it('stay English in English', async () => {
    expect((await runCli(['simulate', '--games', '0'])).err).toBe("silicon-curtain: --games must be a whole number from 1 to 10000000, got '0'\n");
    expect((await runCli(['bot-match', '--think-ms', '0'])).err).toBe(
      "silicon-curtain: option '--think-ms <ms>' argument '0' is invalid. expected a whole number from 1 to 600000\n",
    );
  });
});
