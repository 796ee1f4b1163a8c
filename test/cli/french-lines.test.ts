// More of a French run's lines (issue 20): deck-loading problems after their unchanged
// file:line:col, the no-terminal lines of the menu, resume and replay, autosave failures,
// bot-match's result line and the labels of `cards show`; the same runs in English stay as they were.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeOutcome } from '../../src/cli/commands/bot-match.js';
import { problemMessage } from '../../src/cli/deck-problems.js';
import { loadGameDecks } from '../../src/decks/game-decks.js';
import { LIMITS } from '../../src/decks/vocabulary.js';
import { decodeDeckBytes, loadDeckText } from '../../src/decks/loader.js';
import type { Problem, ProblemSay } from '../../src/decks/problem.js';
import { lastProblemOfMany, unreadableFileProblems } from './whole-file-problems.js';
import { t } from '../../src/i18n/messages.js';
import { createAutosaver } from '../../src/store/autosave.js';
import { playRandom } from '../store/helpers.js';
import { runCli } from './capture-io.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sc-fr-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const missing = path.join(dir, 'missing.yaml');
const folder = path.join(dir, 'a-folder');
mkdirSync(folder);
const binary = path.join(dir, 'binary.yaml');
writeFileSync(binary, Buffer.from('id: a\n\xff\n', 'latin1'));

/** The run in French, by the flag and by the environment: both give the same output. */
async function french(args: string[], interactive = false) {
  const byFlag = await runCli(['--lang', 'fr', ...args], { interactive });
  const byEnv = await runCli(args, { interactive, env: { SILICON_CURTAIN_LANG: 'fr' } });
  expect(byEnv).toEqual(byFlag);
  return byFlag;
}

describe('deck-loading problems in French', () => {
  it('a missing deck: the place stays, the words are French, exit 1', async () => {
    const run = await french(['cards', '--deck', missing]);
    expect(run.code).toBe(1);
    expect(run.err).toBe(`${missing}: erreur\u00a0: impossible de lire le fichier\u00a0: ce fichier n’existe pas\n`);
  });

  it('a folder given as the one deck of a game is the command’s one line', async () => {
    const run = await french(['bot-match', '--seed', '1', '--deck', folder]);
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.err).toBe(`silicon-curtain: ${folder}: erreur\u00a0: impossible de lire le fichier\u00a0: c’est un dossier, pas un fichier de paquet\n`);
  });

  it('a file that is not UTF-8 keeps its line and column', async () => {
    const run = await french(['cards', '--deck', binary]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^.*binary\.yaml:2:1: erreur\u00a0: le fichier n’est pas du texte UTF-8 \(octet \\xff ici\)\u00a0: un fichier binaire/);
  });

  it('several errors are listed, then counted', async () => {
    const run = await french(['bot-match', '--seed', '1', '--deck', missing, '--deck', folder]);
    expect(run.code).toBe(1);
    expect(run.err.split('\n')).toEqual([
      `${missing}: erreur\u00a0: impossible de lire le fichier\u00a0: ce fichier n’existe pas`,
      `${folder}: erreur\u00a0: impossible de lire le fichier\u00a0: c’est un dossier, pas un fichier de paquet`,
      'silicon-curtain: 2 erreurs dans les paquets\u00a0: rien n’a été lancé',
      '',
    ]);
  });

  it('no deck at all', async () => {
    const run = await french(['bot-match', '--seed', '1', '--no-base-deck']);
    expect(run.code).toBe(1);
    expect(run.err).toBe('silicon-curtain: --no-base-deck: erreur\u00a0: ne laisse aucune carte pour jouer\u00a0: ajoutez un paquet avec --deck FICHIER\n');
  });

  it('stay English in English', async () => {
    expect(await runCli(['cards', '--deck', missing])).toEqual({ code: 1, out: '', err: `${missing}: error: cannot read the file: no such file\n` });
    const several = await runCli(['bot-match', '--seed', '1', '--deck', missing, '--deck', folder]);
    expect(several.err.split('\n').slice(1)).toEqual([
      `${folder}: error: cannot read the file: this is a directory, not a deck file`,
      'silicon-curtain: 2 errors in the decks: nothing was started',
      '',
    ]);
  });
});

describe('the catalogue’s English of each deck problem kind', () => {
  /** Each kind the deck code words, made to happen. */
  function problemsOfEveryKind(): Problem[] {
    const decoded = decodeDeckBytes(Buffer.from('id: a\n\xff\n', 'latin1'), 'bin.yaml');
    return [
      ...unreadableFileProblems(),
      typeof decoded === 'string' ? [] : [decoded],
      loadDeckText(`# ${'x'.repeat(LIMITS.fileBytes)}\n`, 'huge.yaml').problems,
      loadDeckText('[]'.repeat(LIMITS.yamlTokens), 'tokens.yaml').problems,
      loadGameDecks([], { base: false }).problems,
      lastProblemOfMany(LIMITS.problemsPerFile / 2),
      lastProblemOfMany(LIMITS.problemsPerFile),
    ]
      .flat()
      .filter((p) => p.say !== undefined);
  }

  it('is the deck code’s own message, and French has one too', () => {
    const problems = problemsOfEveryKind();
    const kinds = new Set(problems.flatMap((p) => [p.say?.kind, (p.say?.params?.reason as ProblemSay | undefined)?.kind]).filter((k) => k !== undefined));
    // Every kind but the base deck missing (the base deck is there).
    expect([...kinds].sort()).toEqual([
      'moreNotShown.many',
      'moreNotShown.one',
      'noCards',
      'notUtf8',
      'tooLarge',
      'tooManyTokens',
      'unreadable',
      'unreadable.denied',
      'unreadable.directory',
      'unreadable.loop',
      'unreadable.missing',
      'unreadable.notRegular',
      'unreadable.unknown',
    ]);
    for (const p of problems) {
      expect(problemMessage('en', p), p.message).toBe(p.message);
      expect(problemMessage('fr', p), p.message).not.toBe(p.message);
    }
  });
});

describe('no interactive terminal, in French', () => {
  it.each([
    ['the main menu', [], 'silicon-curtain: le jeu a besoin d’un terminal interactif\u202f; essayez'],
    ['resume', ['resume'], 'silicon-curtain: reprendre une partie demande un terminal interactif\u202f;'],
    ['replay', ['replay', missing], 'silicon-curtain: revoir une partie demande un terminal interactif\u202f;'],
    ['play', ['play'], 'silicon-curtain: play a besoin d’un terminal interactif\u202f;'],
  ])('%s: one French line, exit 2', async (_name, args, start) => {
    const run = await french(args);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err.startsWith(start), run.err).toBe(true);
    expect(run.err.indexOf('\n')).toBe(run.err.length - 1);
  });

  it('stay English in English', async () => {
    expect((await runCli(['--lang', 'en'])).err).toBe(
      "silicon-curtain: the game needs an interactive terminal; try 'silicon-curtain simulate --games 10' or 'silicon-curtain --help'\n",
    );
    expect((await runCli(['resume'])).err).toBe(
      "silicon-curtain: resuming a game needs an interactive terminal; 'silicon-curtain replay FILE --verify' checks a save without one\n",
    );
    expect((await runCli(['replay', missing])).err).toBe(
      "silicon-curtain: watching a replay needs an interactive terminal; use 'silicon-curtain replay FILE --export md' or '--verify' without one\n",
    );
  });
});

describe('autosave failures in the game’s language', () => {
  const blocker = path.join(dir, 'not-a-folder');
  writeFileSync(blocker, 'x');
  const game = playRandom(15, { maxActions: 2 });
  const seats = { us: 'human', china: 'random' } as const;
  it.each([
    ['fr', /^la partie n’a pas pu être enregistrée dans .*not-a-folder.* \((ENOTDIR|EEXIST)\)$/],
    ['en', /^the game could not be saved in .*not-a-folder.* \((ENOTDIR|EEXIST)\)$/],
  ] as const)('%s', (lang, line) => {
    const errors: string[] = [];
    const saver = createAutosaver({ dir: path.join(blocker, 'saves'), setup: game.setup, seats, lang, onError: (m) => errors.push(m) });
    saver.save(game.actions.slice(0, 1), game.states[1]!);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(line);
    expect(saver.lastError).toBe(errors[0]);
  });
});

describe('bot-match’s result line in French', () => {
  it('the built-in match ends with a French line, exit 0', async () => {
    const fr = await french(['bot-match', '--us', 'random', '--china', 'random', '--seed', '3', '--rounds', '1']);
    const en = await runCli(['bot-match', '--us', 'random', '--china', 'random', '--seed', '3', '--rounds', '1']);
    expect(fr.code).toBe(0);
    expect(en.code).toBe(0);
    expect(fr.out.trimEnd().split('\n').at(-1)).toBe('victoire des États-Unis\u00a0: décompte final, manche 1 (Leadership +5)\u202f; graine 3');
    expect(en.out.trimEnd().split('\n').at(-1)).toBe('US wins: final scoring, round 1 (Leadership +5); seed 3');
  });

  it('names the region with its preposition, and a draw', () => {
    const dominance = { winner: 'china', reason: 'dominance', region: 'globalSouth', leadership: -3, round: 4 } as const;
    expect(describeOutcome(dominance, 7, 'fr')).toBe(
      'victoire de la Chine\u00a0: hégémonie régionale dans le Sud global, manche 4 (Leadership -3)\u202f; graine 7',
    );
    expect(describeOutcome(dominance, 7, 'en')).toBe('China wins: regional dominance in Global South, round 4 (Leadership -3); seed 7');
    expect(describeOutcome({ winner: null, reason: 'finalScoring', leadership: 0, round: 8 }, 7, 'fr')).toBe(
      'match nul\u00a0: décompte final, manche 8 (Leadership 0)\u202f; graine 7',
    );
  });
});

describe('cards show in French', () => {
  it('labels its fields in French', async () => {
    const run = await french(['cards', 'show', 'h20-licence-requirement']);
    expect(run.code).toBe(0);
    const labels = run.out
      .split('\n')
      .filter((line) => /^\S/.test(line))
      .map((line) => line.split(/\u00a0:/)[0]);
    expect(labels).toEqual([
      'identifiant',
      'titre',
      'paquet',
      'camp',
      'Ops',
      'ère',
      'texte',
      'décompte',
      'signature',
      'retirée après l’événement',
      'passe à l’adversaire',
      'favorise',
      'dessert',
      'étiquettes',
      'histoire',
      'date',
      'sources',
      'question',
      'événement',
    ]);
    expect(run.out).toMatch(/^retirée après l’événement\u00a0: oui$/m);
    expect(run.out).toMatch(/^passe à l’adversaire\u00a0: +non$/m);
  });

  it('says the side, the personas and the date in French; tags stay ids', async () => {
    const run = await french(['cards', 'show', 'h20-export-licence']);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^camp\u00a0: +États-Unis$/m);
    expect(run.out).toMatch(/^favorise\u00a0: +NVIDIA$/m);
    expect(run.out).toMatch(/^date\u00a0: +14 juillet 2025$/m);
    expect(run.out).toMatch(/^étiquettes\u00a0: +market$/m);
    const china = await french(['cards', 'show', 'big-fund-iii']);
    expect(china.out).toMatch(/^camp\u00a0: +Chine$/m);
    expect(china.out).toMatch(/^favorise\u00a0: +Pékin$/m);
  });

  it('an unknown card is one French line, exit 1', async () => {
    const run = await french(['cards', 'show', 'h20-licence']);
    expect(run).toEqual({
      code: 1,
      out: '',
      err: 'silicon-curtain: carte inconnue "h20-licence"\u202f; vouliez-vous dire «\u00a0h20-licence-requirement\u00a0»\u202f?\n',
    });
  });

  it('an id typed as words names the cards they find, in either language, accents aside', async () => {
    expect((await runCli(['cards', 'show', 'h20'])).err).toBe(
      'silicon-curtain: unknown card "h20"; cards that match: h20-licence-requirement, h20-export-licence\n',
    );
    expect((await runCli(['cards', 'show', 'H20 export'])).err).toBe('silicon-curtain: unknown card "H20 export"; did you mean "h20-export-licence"?\n');
    const words = await french(['cards', 'show', 'Terres RARES']);
    expect(words).toEqual({
      code: 1,
      out: '',
      err: 'silicon-curtain: carte inconnue "Terres RARES"\u202f; cartes qui correspondent\u00a0: rare-earth-leverage, rare-earths-for-eased-controls\n',
    });
    expect((await runCli(['cards', 'show', 'treve'])).err).toBe('silicon-curtain: unknown card "treve"; did you mean "trade-truce"?\n');
    const many = await runCli(['cards', 'show', 'a']);
    expect(many.code).toBe(1);
    expect(many.err).toMatch(/^silicon-curtain: unknown card "a"; \d+ cards match, among them (\S+, ){5}\S+; 'silicon-curtain cards a' lists them all\n$/);
    expect((await runCli(['cards', 'show', 'zzz'])).err).toBe('silicon-curtain: unknown card "zzz"\n');
  });

  it('stays English in English', async () => {
    const run = await runCli(['cards', 'show', 'h20-licence-requirement']);
    expect(run.out).toMatch(/^id: {15}h20-licence-requirement\ntitle: {12}\S/);
    expect(run.out).toMatch(/^removeAfterEvent: yes$/m);
    const licence = await runCli(['cards', 'show', 'h20-export-licence']);
    expect(licence.out).toMatch(/^side: {13}us\nops:/m);
    expect(licence.out).toMatch(/^favours: {10}nvidia$/m);
    expect(licence.out).toMatch(/^tags: {13}market$/m);
    expect(licence.out).toMatch(/^date: {13}2025-07-14$/m);
    expect((await runCli(['cards', 'show', 'h20-licence'])).err).toBe('silicon-curtain: unknown card "h20-licence"; did you mean "h20-licence-requirement"?\n');
  });
});

describe('the tutorial’s first lesson in French', () => {
  it('says each side moves the Leadership track its way, not « tire la piste »', () => {
    const body = t('fr', 'tutorial.lesson.headline.body', { you: 'Washington', them: 'Pékin', limit: 10 });
    expect(body).toContain('Chaque camp fait avancer la piste de Leadership de son côté\u00a0: à ±10, un camp gagne aussitôt');
    expect(body).not.toMatch(/tire la piste/);
    expect(t('en', 'tutorial.lesson.headline.body', { limit: 10 })).toContain('Both of you pull the Leadership track: at ±10 one side wins at once');
  });
});
