// Lines of a run that stayed English under --lang fr (issue 20): bot-match's move lines, its
// --save line and its bots' reasons; a setup the engine refuses; serve --data's warnings about
// the games it keeps on disk. Each is checked in French, and the same line in English unchanged.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createGame, rules, SetupError } from '../../src/engine/index.js';
import type { GameSetup } from '../../src/engine/types.js';
import { sayWording, type Wording } from '../../src/i18n/messages.js';
import { setupWording } from '../../src/i18n/setup-words.js';
import { loadLobby, newSeatRecord, StoredGameWriter } from '../../src/net/lobby-store.js';
import type { DeckSource } from '../../src/store/decks.js';
import { FIXTURE_CARDS, fixtureSetup } from '../engine/fixture-deck.js';
import { runCli } from './capture-io.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sc-fr-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MATCH = ['bot-match', '--us', 'easy', '--china', 'random', '--seed', '3', '--rounds', '1'];

describe('bot-match in French', () => {
  it('says each move, its save and its result in French; the moves are the English run’s', async () => {
    const frSave = path.join(dir, 'fr.json');
    const enSave = path.join(dir, 'en.json');
    const fr = await runCli([...MATCH, '--lang', 'fr', '--save', frSave]);
    const en = await runCli([...MATCH, '--save', enSave]);
    expect(fr.code).toBe(0);
    expect(en.code).toBe(0);
    const frLines = fr.out.trimEnd().split('\n');
    const enLines = en.out.trimEnd().split('\n');
    const frMoves = frLines.slice(0, -2);
    const enMoves = enLines.slice(0, -2);
    expect(frMoves.length).toBeGreaterThan(10);
    expect(frMoves).toHaveLength(enMoves.length);
    frMoves.forEach((line, i) => {
      const english = enMoves[i] ?? '';
      const who = english.startsWith('r1 US (easy): ') ? 'États-Unis (easy)' : 'Chine (random)';
      expect(english).toMatch(/^r1 (US \(easy\)|China \(random\)): ./);
      expect(line.startsWith(`manche 1, ${who}\u00a0: `), line).toBe(true);
      if (who === 'Chine (random)') {
        expect(line).toBe('manche 1, Chine (random)\u00a0: un coup permis, au hasard');
        expect(english).toBe('r1 China (random): a random legal choice');
      }
    });
    expect(frLines.at(-2)).toBe(`Partie enregistrée dans ${frSave}. Son débriefing\u00a0: silicon-curtain debrief ${frSave}`);
    expect(enLines.at(-2)).toBe(`Game saved in ${enSave}. Its debrief: silicon-curtain debrief ${enSave}`);
    expect(frLines.at(-1)).toMatch(/^victoire (des États-Unis|de la Chine)\u00a0: |^match nul\u00a0: /);
  });

  it('the same by SILICON_CURTAIN_LANG=fr', async () => {
    const byEnv = await runCli(MATCH, { env: { SILICON_CURTAIN_LANG: 'fr' } });
    const byFlag = await runCli([...MATCH, '--lang', 'fr']);
    expect(byEnv).toEqual(byFlag);
    expect(byEnv.out).toMatch(/^manche 1, /);
  });
});

describe('a setup the engine refuses', () => {
  const refused = (over: Partial<GameSetup>): SetupError => {
    try {
      createGame({ ...fixtureSetup(1), ...over });
    } catch (error) {
      if (error instanceof SetupError) return error;
      throw error;
    }
    throw new Error('the setup was accepted');
  };
  it.each([
    ['rounds', { rounds: 0 }, `le nombre de manches doit être un nombre entier de 1 à ${rules.MAX_ROUNDS}, pas 0`],
    ['handicap', { handicap: 9 }, `le handicap doit être un nombre entier de −${rules.MAX_HANDICAP} à ${rules.MAX_HANDICAP}, pas 9`],
    ['US persona', { personas: { us: 'huawei', china: 'huawei' } }, 'le personnage des États-Unis doit être washington ou nvidia, pas huawei'],
    ['China persona', { personas: { us: 'nvidia', china: 'nvidia' } }, 'le personnage de la Chine doit être beijing ou huawei, pas nvidia'],
    ['first player', { first: 'both' }, 'le premier joueur doit être us ou china, pas both'],
    ['seed', { seed: 1.5 }, 'la graine doit être un nombre entier, pas 1.5'],
    ['two cards of one id', { cards: [...FIXTURE_CARDS, FIXTURE_CARDS[0]!] }, `deux cartes partagent l’identifiant «\u00a0${FIXTURE_CARDS[0]!.id}\u00a0»`],
  ] as [string, Partial<GameSetup>, string][])('%s', (_name, over, french) => {
    const error = refused(over);
    expect(sayWording('fr', setupWording(error))).toBe(french);
    // English is the engine's own line.
    expect(sayWording('en', setupWording(error))).toBe(error.message);
  });
});

describe('serve --data: its warnings about the games on disk', () => {
  const say = (wordings: readonly Wording[], lang: 'en' | 'fr') => wordings.map((w) => sayWording(lang, w));

  it('a seat file it cannot read, and a game whose save is gone', async () => {
    const data = path.join(dir, 'lobby');
    mkdirSync(path.join(data, '.seats'), { recursive: true });
    const junk = path.join(data, '.seats', 'ABCD.json');
    writeFileSync(junk, 'not json');
    const record = newSeatRecord('EFGH', 'gone.json', { us: '0'.repeat(32), china: '1'.repeat(32) }, new Date('2026-12-07T10:00:00Z'));
    writeFileSync(path.join(data, '.seats', 'EFGH.json'), JSON.stringify(record));
    const { warnings } = await loadLobby(data, {} as DeckSource);
    const gone = path.join(data, 'gone.json');
    expect(say(warnings, 'fr')).toEqual([
      `${junk} ignoré\u00a0: ce n’est pas un fichier de places lisible de silicon-curtain serve`,
      `partie EFGH ignorée\u00a0: aucune sauvegarde à l’emplacement ${gone}\u202f; 'silicon-curtain saves' liste vos parties`,
    ]);
    expect(say(warnings, 'en')).toEqual([
      `skipped ${junk}: not a readable seat file of silicon-curtain serve`,
      `skipped game EFGH: there is no save file at ${gone}; 'silicon-curtain saves' lists your games`,
    ]);
  });

  it('seats it cannot keep, said once', () => {
    const blocker = path.join(dir, 'a-file');
    writeFileSync(blocker, 'x');
    const record = newSeatRecord('IJKL', 'game.json', { us: '0'.repeat(32), china: '1'.repeat(32) }, new Date('2026-12-07T10:00:00Z'));
    const problems: Wording[] = [];
    const writer = new StoredGameWriter(blocker, record, fixtureSetup(1), 'fr', [], (problem) => problems.push(problem));
    writer.writeSeats();
    writer.writeSeats();
    const file = path.join(blocker, '.seats', 'IJKL.json');
    expect(problems).toHaveLength(1);
    expect(say(problems, 'fr')[0]).toMatch(
      new RegExp(`^les places de la partie IJKL n’ont pas pu être gardées dans ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\((ENOTDIR|EEXIST)\\)$`),
    );
    expect(say(problems, 'en')[0]).toMatch(/^the seats of game IJKL could not be kept in .*IJKL\.json \((ENOTDIR|EEXIST)\)$/);
  });
});
