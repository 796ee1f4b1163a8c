// Every deck problem in French (issue 20): one broken deck per message, each giving its exact
// French line after the unchanged file:line:col, and its English line exactly as the deck code
// said it before the messages moved to the catalogue (recorded from that code). The broken
// fixtures of test/decks (their English lines are test/decks/fixtures.test.ts's) have their
// French lines here too; whole-file problems come last. A test fails when a kind of message is
// said by no row here, unless it is listed with why no deck can make it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { problemLine } from '../../src/cli/deck-problems.js';
import { loadBaseDeck } from '../../src/decks/deck-files.js';
import { loadGameDecks } from '../../src/decks/game-decks.js';
import { loadDeckFiles, loadDeckText } from '../../src/decks/loader.js';
import { formatProblem, type Problem, type ProblemSay } from '../../src/decks/problem.js';
import { PROBLEM_ENGLISH, type ProblemKind } from '../../src/decks/problem-words.js';
import { LIMITS } from '../../src/decks/vocabulary.js';
import { deckFilesSource } from '../../src/store/decks.js';
import { SaveError } from '../../src/store/save-error.js';
import { runCli } from './capture-io.js';
import { lastProblemOfMany, unreadableFileProblems } from './whole-file-problems.js';

interface Row {
  name: string;
  files: Record<string, string>;
  base?: boolean;
  knownBase?: 'file' | 'nofile';
}

const CARD = {
  id: 't-one',
  title: '{ en: One, fr: Un }',
  side: 'us',
  ops: '2',
  era: '1',
  text: '{ en: Gain 2., fr: Gagnez 2. }',
  event: '[{ op: vp, side: self, amount: 2 }]',
  history: '{ en: A fact., fr: Un fait. }',
  date: '"2024"',
  source: 'Test',
} as const;

/** A card as YAML lines, fields replaced, added (after source) or dropped (value null). */
function card(fields: Record<string, string | null> = {}): string {
  const all: Record<string, string | null> = { ...CARD, ...fields };
  return Object.entries(all)
    .filter(([, v]) => v !== null)
    .map(([k, v], i) => `${i === 0 ? '  - ' : '    '}${k}: ${v}`)
    .join('\n');
}

function deck(cards: string, id = 't'): string {
  return `formatVersion: 1\nid: ${id}\nname: { en: T, fr: T }\ncards:\n${cards}\n`;
}

const one = (name: string, text: string, file = 't.yaml'): Row => ({ name, files: { [file]: text } });
const withCard = (name: string, fields: Record<string, string | null>): Row => one(name, deck(card(fields)));
const withEvent = (name: string, event: string): Row => withCard(name, { event });

const ROWS: Row[] = [
  // Pass 1: text, YAML, JSON.
  one('binary', 'id: a\n' + '\u0001'.repeat(10) + '\n'),
  one(
    'too many values',
    `formatVersion: 1\nid: &a [${Array.from({ length: 1000 }, () => '0').join(', ')}]\nname: [${Array.from({ length: 101 }, () => '*a').join(', ')}]\n`,
  ),
  one(
    'duplicate merge key',
    deck(`${card().replace('  - id:', '  - &a\n    id:')}\n${card({ id: 't-two' }).replace('  - id: t-two', '  - <<: *a\n    <<: *a\n    id: t-two')}`),
  ),
  one('merge key of a number', deck(`${card()}\n  - <<: 3\n    id: t-two`)),
  one('parser: bad escape', deck(card({ source: '"a \\q b"' }))),
  one('parser: multi-line key', 'formatVersion: 1\nid: t\n"a\n b": 1\n'),
  one('parser: reserved character', deck(card({ source: '@home' }))),
  one('a key that is a list', 'formatVersion: 1\n? - a\n: b\n'),
  one('parser: directive', '%FOO bar\n---\nformatVersion: 1\n'),
  one('parser: flow in block', deck(card({ source: '[a, b] c' }))),
  one('parser: key too long', `formatVersion: 1\n${'k'.repeat(1030)}: 1\n`),
  one('json: trailing comma', '{ "formatVersion": 1, "id": "t", }', 't.json'),
  one('json: comment', '{ "formatVersion": 1 // one\n}', 't.json'),
  one('json: unclosed', '{ "formatVersion": 1, "cards": [', 't.json'),
  one('json: single quotes', "{ 'formatVersion': 1 }", 't.json'),
  one('json: other', '{ "formatVersion": 1 "id": "t" }', 't.json'),

  one('layout: item among fields', 'formatVersion: 1\nid: t\n- a\nname: T\n'),
  one('layout: field among items', '- a\n- b\nname: c\n'),
  one('layout: wrong indent', 'formatVersion: 1\ncards:\n  - id: a\n  title: b\n  - id: c\n'),
  one('layout: block below', 'formatVersion: 1\ncards:\n  - id: a\n    event:\n        - op: vp\n          side: self\n      - op: vp\n'),
  one('layout: more than the fields', 'formatVersion: 1\ncards:\n  - id: a\n    title: b\n     side: us\n'),
  one('layout: line below', 'formatVersion: 1\ncards:\n  - id: a\n    event:\n   ops: 2\n      ops: 2\n'),
  one('layout: opener moved', 'formatVersion: 1\ncards:\n    - id: a\n    title: b\n    side: us\n'),
  one('layout: first of a block', 'formatVersion: 1\nid: t\nname:\n    en: T\n  fr: T\n  de: T\n'),
  // Pass 2: schema.
  withCard('empty value', { side: '' }),
  withCard('infinite number', { ops: '.inf' }),
  withCard('boolean', { ops: 'true' }),
  withCard('below the least', { ops: '-1' }),
  withCard('not a whole number', { ops: '2.5' }),
  withCard('title of a list', { title: '[a, b]' }),
  withEvent('missing fields in an effect', '[{ op: addInfluence, amount: 2 }]'),
  withEvent('leadership moved with moveTrack', '[{ op: moveTrack, track: leadership, by: 2 }]'),
  withEvent('targets of a number', '[{ op: addInfluence, side: self, amount: 2, targets: 5 }]'),
  withEvent('region of a number', '[{ op: addInfluence, side: self, amount: 2, targets: { region: 5 } }]'),
  withEvent('unknown condition, far from any', '[{ op: if, cond: { zzzzzz: 1 }, then: [{ op: vp, side: self, amount: 2 }] }]'),
  withEvent('empty condition', '[{ op: if, cond: {}, then: [{ op: vp, side: self, amount: 2 }] }]'),
  withEvent('round of no bound', '[{ op: if, cond: { round: {} }, then: [{ op: vp, side: self, amount: 2 }] }]'),
  withEvent('bad flag name', '[{ op: flag, flag: "a b", set: true }]'),
  withEvent('one option', '[{ op: choose, chooser: self, options: [{ label: A, effects: [{ op: vp, side: self, amount: 2 }] }] }]'),
  withEvent('unknown rule kind, far from any', '[{ op: lasting, side: self, duration: game, rule: { kind: zzzzzz } }]'),
  withEvent(
    'too much work',
    '[{ op: repeat, times: 10, effects: [{ op: repeat, times: 10, effects: [{ op: repeat, times: 10, effects: [{ op: repeat, times: 10, effects: [{ op: vp, side: self, amount: 2 }] }] }] }] }]',
  ),
  withEvent('conditions too deep', `[{ op: if, cond: ${'{ not: '.repeat(9)}{ lastRound: true }${' }'.repeat(9)}, then: [{ op: vp, side: self, amount: 2 }] }]`),
  withCard('no source', { source: null }),
  withCard('source and sources', { sources: '[{ outlet: Reuters }]' }),
  withCard('empty sources', { source: null, sources: '[]' }),
  withCard('too many sources', { source: null, sources: `[${Array.from({ length: 13 }, () => '{ outlet: Reuters }').join(', ')}]` }),
  withCard('citation date', { source: null, sources: '[{ outlet: Reuters, date: "May 2024" }]' }),
  withCard('citation url', { source: null, sources: '[{ outlet: Reuters, url: "ftp://example.org" }]' }),
  // Pass 3: across cards and decks.
  { name: 'the same deck twice', files: { 'a.yaml': deck(card()), 'b.yaml': deck(card({ id: 't-two' })) } },
  { name: 'a card id in two decks', files: { 'a.yaml': deck(card(), 'a'), 'b.yaml': deck(card(), 'b') } },
  { name: 'a deck known without its file', files: { 't.yaml': deck(card(), 'sample-base') }, knownBase: 'nofile' },
  { name: 'a second signature card', files: { 't.yaml': deck(card({ signature: 'washington' })) }, knownBase: 'file' },
  {
    name: 'a second scoring card',
    files: {
      't.yaml': deck(
        card({ side: 'neutral', ops: '0', scoring: 'developers', text: '{ en: Score., fr: Décompte. }', event: '[{ op: scoreRegion, region: developers }]' }),
      ),
    },
    knownBase: 'file',
  },
  withCard('scoring and signature', {
    side: 'neutral',
    ops: '0',
    scoring: 'developers',
    signature: 'washington',
    text: '{ en: Score., fr: Décompte. }',
    event: '[{ op: scoreRegion, region: developers }]',
  }),
  withCard('favours and hurts', { favours: '[nvidia]', hurts: '[nvidia]' }),
  withCard('placeholder source', { source: '"Replace with the article paragraph or public source"' }),
  withCard('placeholder sources', { source: null, sources: '[{ outlet: "Replace with the article paragraph or public source" }]' }),
  withEvent('empty event', '[]'),
  one(
    'retrieve a card that passes',
    deck(
      `${card({ event: '[{ op: retrieve, side: self, card: t-chip }]', text: '{ en: Take it back., fr: Reprenez-la. }' })}\n${card({ id: 't-chip', side: 'neutral', passes: 'true' })}`,
    ),
  ),
  withEvent('duration of a cleared flag', '[{ op: flag, flag: f, set: false, duration: game }]'),
  withCard('numbers in one text', { text: 'Gain some.' }),
  withCard('numbers in two texts', { text: '{ en: Gain some., fr: Gagnez-en. }' }),
  withCard('a scoring card that passes', {
    side: 'neutral',
    ops: '0',
    scoring: 'developers',
    passes: 'true',
    text: '{ en: Score., fr: Décompte. }',
    event: '[{ op: scoreRegion, region: developers }]',
  }),
  withCard('a signature card that passes', { signature: 'washington', passes: 'true' }),
  withEvent(
    'eachRound in eachRound',
    '[{ op: lasting, side: self, duration: game, rule: { kind: eachRound, at: roundStart, effects: [{ op: lasting, side: self, duration: game, rule: { kind: eachRound, at: roundEnd, effects: [{ op: vp, side: self, amount: 2 }] } }] } }]',
  ),
  withEvent(
    'roundStart for this round',
    '[{ op: lasting, side: self, duration: round, rule: { kind: eachRound, at: roundStart, effects: [{ op: vp, side: self, amount: 2 }] } }]',
  ),
];

const EXPECTED: Record<string, { en: string[]; fr: string[] }> = {
  binary: {
    en: ['t.yaml:2:1: error: this is a binary file, not a deck (it holds control characters such as \\x01)'],
    fr: ['t.yaml:2:1: erreur\u00a0: c’est un fichier binaire, pas un paquet (il contient des caractères de contrôle comme \\x01)'],
  },
  'too many values': {
    en: ['t.yaml:2:2403: error: the file expands to more than 100000 values (too many aliases?)'],
    fr: ['t.yaml:2:2403: erreur\u00a0: le fichier se déploie en plus de 100000 valeurs (trop d’alias\u202f?)'],
  },
  'duplicate merge key': {
    en: ['t.yaml:17:5: error: duplicate key "<<": merge several mappings with one list, <<: [*a, *b]'],
    fr: ['t.yaml:17:5: erreur\u00a0: clé "<<" en double\u00a0: fusionnez plusieurs dictionnaires avec une seule liste, <<: [*a, *b]'],
  },
  'merge key of a number': {
    en: ['t.yaml:15:5: error: a merge key (<<) takes a mapping, such as an anchored card *base, or a list of them'],
    fr: ['t.yaml:15:5: erreur\u00a0: une clé de fusion (<<) prend un dictionnaire, comme une carte ancrée *base, ou une liste de dictionnaires'],
  },
  'parser: bad escape': {
    en: ['t.yaml:14:16: error: invalid escape sequence \\q'],
    fr: ['t.yaml:14:16: erreur\u00a0: une séquence d’échappement (barre oblique inverse) n’est pas valide dans ce texte entre guillemets doubles'],
  },
  'parser: multi-line key': {
    en: ['t.yaml:3:1: error: implicit keys need to be on a single line'],
    fr: ['t.yaml:3:1: erreur\u00a0: une clé doit tenir sur une seule ligne'],
  },
  'parser: reserved character': {
    en: ['t.yaml:14:13: error: plain value cannot start with reserved character @'],
    fr: ['t.yaml:14:13: erreur\u00a0: une valeur simple ne peut pas commencer par ce caractère\u00a0: mettez le texte entre guillemets'],
  },
  'a key that is a list': {
    en: ['t.yaml:2:3: error: a key must be a plain name'],
    fr: ['t.yaml:2:3: erreur\u00a0: une clé doit être un simple nom'],
  },
  'parser: directive': {
    en: ['t.yaml:1:1: warning: unknown directive %FOO', 't.yaml:3:1: error: missing required fields "id", "name", "cards"'],
    fr: [
      't.yaml:1:1: avertissement\u00a0: une directive YAML (%) que ce jeu ne lit pas',
      't.yaml:3:1: erreur\u00a0: champs obligatoires "id", "name", "cards" manquants',
    ],
  },
  'parser: flow in block': {
    en: ['t.yaml:14:20: error: unexpected scalar at node end'],
    fr: ['t.yaml:14:20: erreur\u00a0: caractères inattendus ici'],
  },
  'parser: key too long': {
    en: ['t.yaml:2:1: error: the : indicator must be at most 1024 chars after the start of an implicit block mapping key'],
    fr: ['t.yaml:2:1: erreur\u00a0: une clé dépasse 1024 caractères'],
  },
  'json: trailing comma': {
    en: ['t.json:1:32: error: JSON: a comma before the closing } is not allowed; remove the comma'],
    fr: ['t.json:1:32: erreur\u00a0: JSON\u00a0: une virgule avant le } fermant est interdite\u202f; supprimez la virgule'],
  },
  'json: comment': {
    en: ['t.json:1:22: error: JSON: comments are not allowed in JSON; remove the comment, or write the deck in YAML, where # starts a comment'],
    fr: [
      't.json:1:22: erreur\u00a0: JSON\u00a0: les commentaires sont interdits en JSON\u202f; supprimez le commentaire, ou écrivez le paquet en YAML, où # commence un commentaire',
    ],
  },
  'json: unclosed': {
    en: ['t.json:1:33: error: JSON: the file ends before every {, [ and " is closed'],
    fr: ['t.json:1:33: erreur\u00a0: JSON\u00a0: le fichier se termine avant que chaque {, [ et " soit fermé'],
  },
  'json: single quotes': {
    en: ['t.json:1:3: error: JSON: texts and names take double quotes; write "…" instead of \'…\''],
    fr: ['t.json:1:3: erreur\u00a0: JSON\u00a0: textes et noms s’écrivent entre guillemets doubles\u202f; écrivez "…" au lieu de \'…\''],
  },
  'json: other': {
    en: ["t.json:1:22: error: JSON: expected ',' or '}' after property value"],
    fr: ['t.json:1:22: erreur\u00a0: JSON\u00a0: ce n’est pas du JSON valide ici'],
  },
  'layout: item among fields': {
    en: ['t.yaml:3:1: error: a list item ("- ") cannot stand among the fields beside it; put the list under a field ("name:"), indented more'],
    fr: [
      't.yaml:3:1: erreur\u00a0: un élément de liste («\u00a0-\u00a0») ne peut pas se trouver parmi les champs à côté de lui\u202f; mettez la liste sous un champ («\u00a0name:\u00a0»), plus indentée',
    ],
  },
  'layout: field among items': {
    en: [
      't.yaml:3:1: error: "name" stands among list items without a "- "; start it with "- " to make it a new list item, or indent it more to make it a field of the item above',
    ],
    fr: [
      't.yaml:3:1: erreur\u00a0: "name" se trouve parmi des éléments de liste sans «\u00a0-\u00a0»\u202f; commencez-le par «\u00a0-\u00a0» pour en faire un nouvel élément de liste, ou indentez-le davantage pour en faire un champ de l’élément au-dessus',
    ],
  },
  'layout: wrong indent': {
    en: ['t.yaml:4:3: error: "title" is indented 2 spaces, less than the fields beside it (from "id" on line 3): 4 spaces; indent it 4 spaces'],
    fr: [
      't.yaml:4:3: erreur\u00a0: "title" est indenté de 2 espaces, moins que les champs à côté (depuis "id" ligne 3)\u00a0: 4 espaces\u202f; indentez-le de 4 espaces',
    ],
  },
  'layout: block below': {
    en: ['t.yaml:7:7: error: this list item is indented 6 spaces, less than the list items ("-") from line 5: 8 spaces; indent it 8 spaces'],
    fr: [
      't.yaml:7:7: erreur\u00a0: cet élément de liste est indenté de 6 espaces, moins que les éléments de liste («\u00a0-\u00a0») depuis la ligne 5\u00a0: 8 espaces\u202f; indentez-le de 8 espaces',
    ],
  },
  'layout: more than the fields': {
    en: ['t.yaml:5:6: error: "side" is indented 5 spaces, more than the fields beside it (from "id" on line 3): 4 spaces; indent it 4 spaces'],
    fr: [
      't.yaml:5:6: erreur\u00a0: "side" est indenté de 5 espaces, plus que les champs à côté (depuis "id" ligne 3)\u00a0: 4 espaces\u202f; indentez-le de 4 espaces',
    ],
  },
  'layout: line below': {
    en: ['t.yaml:5:4: error: "ops" is indented 3 spaces, out of line with the line below it (line 6): 6 spaces; indent it 6 spaces'],
    fr: [
      't.yaml:5:4: erreur\u00a0: "ops" est indenté de 3 espaces, pas aligné avec la ligne en dessous (ligne 6)\u00a0: 6 espaces\u202f; indentez-le de 6 espaces',
    ],
  },
  'layout: opener moved': {
    en: [
      't.yaml:3:5: error: this list item is indented 4 spaces, out of line with the lines of its block below it (from line 4, indented 4 spaces); indent it 2 spaces',
    ],
    fr: [
      't.yaml:3:5: erreur\u00a0: cet élément de liste est indenté de 4 espaces, pas aligné avec les lignes de son bloc en dessous (depuis la ligne 4, indentées de 4 espaces)\u202f; indentez-le de 2 espaces',
    ],
  },
  'layout: first of a block': {
    en: ['t.yaml:4:5: error: "en" is indented 4 spaces, out of line with the lines of its block below it (from line 5, indented 2 spaces); indent it 2 spaces'],
    fr: [
      't.yaml:4:5: erreur\u00a0: "en" est indenté de 4 espaces, pas aligné avec les lignes de son bloc en dessous (depuis la ligne 5, indentées de 2 espaces)\u202f; indentez-le de 2 espaces',
    ],
  },
  'empty value': {
    en: ['t.yaml:7:5: error: side: expected one of us, china, neutral, got an empty value'],
    fr: ['t.yaml:7:5: erreur\u00a0: side\u00a0: attendu l’un de us, china, neutral, reçu une valeur vide'],
  },
  'infinite number': {
    en: ['t.yaml:8:10: error: ops: expected a number, got an infinite number'],
    fr: ['t.yaml:8:10: erreur\u00a0: ops\u00a0: attendu un nombre, reçu un nombre infini'],
  },
  boolean: {
    en: ['t.yaml:8:10: error: ops: expected a number, got boolean true'],
    fr: ['t.yaml:8:10: erreur\u00a0: ops\u00a0: attendu un nombre, reçu le booléen true'],
  },
  'below the least': {
    en: ['t.yaml:8:10: error: ops: must be at least 0, got the number -1'],
    fr: ['t.yaml:8:10: erreur\u00a0: ops\u00a0: doit valoir au moins 0, reçu le nombre -1'],
  },
  'not a whole number': {
    en: ['t.yaml:8:10: error: ops: expected a whole number, got the number 2.5'],
    fr: ['t.yaml:8:10: erreur\u00a0: ops\u00a0: attendu un nombre entier, reçu le nombre 2.5'],
  },
  'title of a list': {
    en: ['t.yaml:6:12: error: title: expected a text, or a mapping with en and fr, got a list'],
    fr: ['t.yaml:6:12: erreur\u00a0: title\u00a0: attendu un texte, ou un dictionnaire avec en et fr, reçu une liste'],
  },
  'missing fields in an effect': {
    en: ['t.yaml:11:13: error: missing required fields "side", "targets" in addInfluence; for example: side: self, targets: { region: developers }'],
    fr: [
      't.yaml:11:13: erreur\u00a0: champs obligatoires "side", "targets" manquants dans addInfluence\u202f; par exemple\u00a0: side: self, targets: { region: developers }',
    ],
  },
  'leadership moved with moveTrack': {
    en: [
      't.yaml:11:37: error: track: expected one of clock, stack, lockIn, got "leadership"; Leadership is not moved with moveTrack: write { op: vp, side: self, amount: 2 } (positive toward side)',
    ],
    fr: [
      't.yaml:11:37: erreur\u00a0: track\u00a0: attendu l’un de clock, stack, lockIn, reçu "leadership"\u202f; le Leadership ne se déplace pas avec moveTrack\u00a0: écrivez { op: vp, side: self, amount: 2 } (positif vers side)',
    ],
  },
  'targets of a number': {
    en: ['t.yaml:11:65: error: targets: expected a mapping, got the number 5'],
    fr: ['t.yaml:11:65: erreur\u00a0: targets\u00a0: attendu un dictionnaire, reçu le nombre 5'],
  },
  'region of a number': {
    en: ['t.yaml:11:75: error: region: expected one of chinaMarket, developers, globalSouth, supplyChain, got the number 5'],
    fr: ['t.yaml:11:75: erreur\u00a0: region\u00a0: attendu l’un de chinaMarket, developers, globalSouth, supplyChain, reçu le nombre 5'],
  },
  'unknown condition, far from any': {
    en: [
      't.yaml:11:31: error: unknown condition "zzzzzz"; conditions: trackAtLeast, trackAtMost, controls, controlsAtLeast, influenceAtLeast, flag, persona, eventPlayed, actingSide, round, lastRound, all, any, not',
    ],
    fr: [
      't.yaml:11:31: erreur\u00a0: condition inconnue "zzzzzz"\u202f; conditions\u00a0: trackAtLeast, trackAtMost, controls, controlsAtLeast, influenceAtLeast, flag, persona, eventPlayed, actingSide, round, lastRound, all, any, not',
    ],
  },
  'empty condition': {
    en: [
      't.yaml:11:29: error: cond: a condition needs one of trackAtLeast, trackAtMost, controls, controlsAtLeast, influenceAtLeast, flag, persona, eventPlayed, actingSide, round, lastRound, all, any, not',
    ],
    fr: [
      't.yaml:11:29: erreur\u00a0: cond\u00a0: une condition a besoin de l’une de ces clés\u00a0: trackAtLeast, trackAtMost, controls, controlsAtLeast, influenceAtLeast, flag, persona, eventPlayed, actingSide, round, lastRound, all, any, not',
    ],
  },
  'round of no bound': {
    en: ['t.yaml:11:38: error: round: round needs atLeast, atMost or both'],
    fr: ['t.yaml:11:38: erreur\u00a0: round\u00a0: round a besoin de atLeast, de atMost ou des deux'],
  },
  'bad flag name': {
    en: ['t.yaml:11:31: error: flag: a flag name uses letters, digits, dashes and underscores, got "a b"'],
    fr: ['t.yaml:11:31: erreur\u00a0: flag\u00a0: un nom de drapeau s’écrit en lettres, chiffres, tirets et soulignés, reçu "a b"'],
  },
  'one option': {
    en: ['t.yaml:11:51: error: options: needs at least 2 items, got 1'],
    fr: ['t.yaml:11:51: erreur\u00a0: options\u00a0: au moins 2 éléments attendus, reçu 1'],
  },
  'unknown rule kind, far from any': {
    en: ['t.yaml:11:70: error: kind: unknown rule kind "zzzzzz"; known: opsBonus, influenceCost, sanctionRoll, noSanctions, noAdjacency, raceCost, eachRound'],
    fr: [
      't.yaml:11:70: erreur\u00a0: kind\u00a0: genre de règle inconnu "zzzzzz"\u202f; connus\u00a0: opsBonus, influenceCost, sanctionRoll, noSanctions, noAdjacency, raceCost, eachRound',
    ],
  },
  'too much work': {
    en: [
      't.yaml:11:13: error: event[0]: the event may run 11111 steps at worst (repeats multiplied out, forEach over every space), more than the 1000 allowed; use fewer or smaller repeats',
    ],
    fr: [
      't.yaml:11:13: erreur\u00a0: event[0]\u00a0: l’événement peut exécuter jusqu’à 11111 étapes (répétitions multipliées, forEach sur chaque case), plus que les 1000 permises\u202f; utilisez des répétitions moins nombreuses ou plus petites',
    ],
  },
  'conditions too deep': {
    en: ['t.yaml:11:85: error: not: conditions nest at most 8 deep'],
    fr: ['t.yaml:11:85: erreur\u00a0: not\u00a0: les conditions s’imbriquent sur 8 niveaux au plus'],
  },
  'no source': {
    en: ['t.yaml:5:5: error: cards[0]: a card needs `sources` (a list of citations) or `source`'],
    fr: ['t.yaml:5:5: erreur\u00a0: cards[0]\u00a0: une carte a besoin de `sources` (une liste de citations) ou de `source`'],
  },
  'source and sources': {
    en: ['t.yaml:15:14: error: sources: a card gives `sources` or `source`, not both'],
    fr: ['t.yaml:15:14: erreur\u00a0: sources\u00a0: une carte donne `sources` ou `source`, pas les deux'],
  },
  'empty sources': {
    en: ['t.yaml:14:14: error: sources: must not be empty'],
    fr: ['t.yaml:14:14: erreur\u00a0: sources\u00a0: ne doit pas être vide'],
  },
  'too many sources': {
    en: ['t.yaml:14:14: error: sources: has 13 items, at most 12 allowed'],
    fr: ['t.yaml:14:14: erreur\u00a0: sources\u00a0: 13 éléments, 12 au plus'],
  },
  'citation date': {
    en: ['t.yaml:14:40: error: date: expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got "May 2024"'],
    fr: ['t.yaml:14:40: erreur\u00a0: date\u00a0: il faut une date AAAA-MM-JJ, AAAA-MM ou AAAA, reçu "May 2024"'],
  },
  'citation url': {
    en: ['t.yaml:14:39: error: url: expected a web address starting with https:// or http://, got "ftp://example.org"'],
    fr: ['t.yaml:14:39: erreur\u00a0: url\u00a0: il faut une adresse web commençant par https:// ou http://, reçu "ftp://example.org"'],
  },
  'the same deck twice': {
    en: ['b.yaml:2:5: error: duplicate deck id "t", first used in a.yaml:2:5'],
    fr: ['b.yaml:2:5: erreur\u00a0: identifiant de paquet "t" en double, déjà utilisé dans a.yaml:2:5'],
  },
  'a card id in two decks': {
    en: [
      'b.yaml:5:9: error: duplicate card id "t-one", first used in a.yaml:5:9; card ids are unique across all loaded decks: prefix yours with the deck id, such as "b-t-one"',
    ],
    fr: [
      'b.yaml:5:9: erreur\u00a0: identifiant de carte "t-one" en double, déjà utilisé dans a.yaml:5:9\u202f; les identifiants de carte sont uniques parmi tous les paquets chargés\u00a0: préfixez les vôtres par l’identifiant du paquet, comme "b-t-one"',
    ],
  },
  'a deck known without its file': {
    en: ['t.yaml:2:5: error: duplicate deck id "sample-base", first used in deck "sample-base"'],
    fr: ['t.yaml:2:5: erreur\u00a0: identifiant de paquet "sample-base" en double, déjà utilisé dans le paquet "sample-base"'],
  },
  'a second signature card': {
    en: [
      't.yaml:15:16: error: signature: a second signature card for washington, after "sig-export-rule" in sample-base.yaml:60: each persona has exactly one in a game; remove signature to make it an ordinary card',
    ],
    fr: [
      't.yaml:15:16: erreur\u00a0: signature\u00a0: une deuxième carte signature pour washington, après "sig-export-rule" dans sample-base.yaml:60\u00a0: chaque personnage en a exactement une dans une partie\u202f; supprimez signature pour en faire une carte ordinaire',
    ],
  },
  'a second scoring card': {
    en: [
      't.yaml:15:14: warning: scoring: a second scoring card for developers, after "score-developers" in sample-base.yaml:25: the region will score about twice as often',
    ],
    fr: [
      't.yaml:15:14: avertissement\u00a0: scoring\u00a0: une deuxième carte de décompte pour developers, après "score-developers" dans sample-base.yaml:25\u00a0: la région comptera environ deux fois plus souvent',
    ],
  },
  'scoring and signature': {
    en: [
      "t.yaml:7:11: error: side: washington's signature card must be a us card, got neutral",
      't.yaml:16:16: error: signature: a card cannot be both a scoring card and a signature card',
    ],
    fr: [
      't.yaml:7:11: erreur\u00a0: side\u00a0: la carte signature de washington doit être une carte us, reçu neutral',
      't.yaml:16:16: erreur\u00a0: signature\u00a0: une carte ne peut pas être à la fois une carte de décompte et une carte signature',
    ],
  },
  'favours and hurts': {
    en: ['t.yaml:16:12: warning: hurts: the card both favours and hurts nvidia'],
    fr: ['t.yaml:16:12: avertissement\u00a0: hurts\u00a0: la carte à la fois favorise et dessert nvidia'],
  },
  'placeholder source': {
    en: ['t.yaml:14:13: warning: source: still the placeholder that deck new wrote; cite the article paragraph or public source behind the card'],
    fr: [
      't.yaml:14:13: avertissement\u00a0: source\u00a0: encore le texte provisoire écrit par deck new\u202f; citez le paragraphe de l’article ou la source publique sur laquelle repose la carte',
    ],
  },
  'placeholder sources': {
    en: ['t.yaml:14:25: warning: sources: still the placeholder that deck new wrote; cite the article paragraph or public source behind the card'],
    fr: [
      't.yaml:14:25: avertissement\u00a0: sources\u00a0: encore le texte provisoire écrit par deck new\u202f; citez le paragraphe de l’article ou la source publique sur laquelle repose la carte',
    ],
  },
  'empty event': {
    en: ['t.yaml:11:12: warning: event: the event is empty: playing the card for its event does nothing'],
    fr: ['t.yaml:11:12: avertissement\u00a0: event\u00a0: l’événement est vide\u00a0: jouer la carte pour son événement ne fait rien'],
  },
  'retrieve a card that passes': {
    en: ['t.yaml:11:47: warning: card: "t-chip" is a card that passes, never taken back from the discard pile, so this does nothing'],
    fr: [
      't.yaml:11:47: avertissement\u00a0: card\u00a0: "t-chip" est une carte qui passe de main en main, jamais reprise de la défausse, donc ceci ne fait rien',
    ],
  },
  'duration of a cleared flag': {
    en: ['t.yaml:11:56: warning: duration: a flag cleared (set: false) is cleared at once; duration only says how long a flag set lasts; remove duration'],
    fr: [
      't.yaml:11:56: avertissement\u00a0: duration\u00a0: un drapeau effacé (set: false) l’est aussitôt\u202f; duration ne dit que la durée d’un drapeau posé\u202f; supprimez duration',
    ],
  },
  'numbers in one text': {
    en: [
      't.yaml:5:9: warning: card "t-one" has no French (fr) for text',
      't.yaml:10:11: warning: text: the event uses 2, which the text never says; check the text still matches the event after a change of numbers',
    ],
    fr: [
      't.yaml:5:9: avertissement\u00a0: la carte "t-one" n’a pas de français (fr) pour text',
      't.yaml:10:11: avertissement\u00a0: text\u00a0: l’événement utilise 2, que le texte ne dit jamais\u202f; vérifiez que le texte correspond encore à l’événement après un changement de nombres',
    ],
  },
  'numbers in two texts': {
    en: [
      't.yaml:10:17: warning: text (en): the event uses 2, which the text never says; check the text still matches the event after a change of numbers',
      't.yaml:10:33: warning: text (fr): the event uses 2, which the text never says; check the text still matches the event after a change of numbers',
    ],
    fr: [
      't.yaml:10:17: avertissement\u00a0: text (en)\u00a0: l’événement utilise 2, que le texte ne dit jamais\u202f; vérifiez que le texte correspond encore à l’événement après un changement de nombres',
      't.yaml:10:33: avertissement\u00a0: text (fr)\u00a0: l’événement utilise 2, que le texte ne dit jamais\u202f; vérifiez que le texte correspond encore à l’événement après un changement de nombres',
    ],
  },
  'a scoring card that passes': {
    en: ['t.yaml:16:13: error: passes: a scoring card cannot pass'],
    fr: ['t.yaml:16:13: erreur\u00a0: passes\u00a0: une carte de décompte ne peut pas passer de main en main'],
  },
  'a signature card that passes': {
    en: [
      't.yaml:7:11: error: side: a card that passes works for whoever plays it, so it is neutral, got us',
      't.yaml:16:13: error: passes: a signature card cannot pass: it comes back to its persona',
    ],
    fr: [
      't.yaml:7:11: erreur\u00a0: side\u00a0: une carte qui passe de main en main agit pour qui la joue, elle est donc neutre, reçu us',
      't.yaml:16:13: erreur\u00a0: passes\u00a0: une carte signature ne peut pas passer de main en main\u00a0: elle revient à son personnage',
    ],
  },
  'eachRound in eachRound': {
    en: [
      't.yaml:11:164: error: kind: an eachRound rule cannot put another eachRound rule in play; give the outer rule all the effects, or make this one a plain effect',
    ],
    fr: [
      't.yaml:11:164: erreur\u00a0: kind\u00a0: une règle eachRound ne peut pas mettre en jeu une autre règle eachRound\u202f; donnez tous les effets à la règle extérieure, ou faites de celle-ci un simple effet',
    ],
  },
  'roundStart for this round': {
    en: [
      't.yaml:11:50: warning: duration: a roundStart rule that lasts this round ends before the next round starts, so it never acts; use duration: game, or at: roundEnd',
    ],
    fr: [
      't.yaml:11:50: avertissement\u00a0: duration\u00a0: une règle roundStart qui dure cette manche prend fin avant le début de la manche suivante, donc elle n’agit jamais\u202f; utilisez duration: game, ou at: roundEnd',
    ],
  },
};

/** The French lines of the broken fixtures (test/decks/fixtures/broken), loaded as fixtures.test.ts loads them. */
const FIXTURES_FR: Record<string, string[]> = {
  '01-empty.yaml': ['01-empty.yaml:1:1: erreur\u00a0: le fichier est vide\u00a0: un paquet a besoin de formatVersion, id, name et cards'],
  '02-comments-only.yaml': ['02-comments-only.yaml:1:1: erreur\u00a0: le fichier est vide\u00a0: un paquet a besoin de formatVersion, id, name et cards'],
  '03-top-level-list.yaml': [
    '03-top-level-list.yaml:1:1: erreur\u00a0: il faut un paquet (un dictionnaire avec formatVersion, id, name et cards), reçu une liste',
  ],
  '04-top-level-scalar.yaml': [
    '04-top-level-scalar.yaml:1:1: erreur\u00a0: il faut un paquet (un dictionnaire avec formatVersion, id, name et cards), reçu le texte "just some words"',
  ],
  '05-binary.bin': [
    '05-binary.bin:1:1: erreur\u00a0: le fichier n’est pas du texte UTF-8 (octet \\x89 ici)\u00a0: un fichier binaire n’est pas un paquet, et un fichier texte doit être enregistré en UTF-8',
  ],
  '06-not-utf8.yaml': [
    '06-not-utf8.yaml:3:18: erreur\u00a0: le fichier n’est pas du texte UTF-8 (octet \\xe7 ici)\u00a0: un fichier binaire n’est pas un paquet, et un fichier texte doit être enregistré en UTF-8',
  ],
  '07-escape-raw.yaml': ['07-escape-raw.yaml:6:17: erreur\u00a0: le caractère de contrôle \\x1b est interdit dans un fichier de paquet'],
  '08-escape-quoted.yaml': ['08-escape-quoted.yaml:10:17: erreur\u00a0: le caractère de contrôle \\x1b est interdit dans un texte'],
  '09-bidi-override.yaml': ['09-bidi-override.yaml:15:17: erreur\u00a0: le caractère de contrôle \\u202e est interdit dans un texte'],
  '10-proto-key.yaml': ['10-proto-key.yaml:16:5: erreur\u00a0: la clé "__proto__" est interdite'],
  '11-constructor-key.yaml': [
    '11-constructor-key.yaml:1:1: erreur\u00a0: la clé "constructor" est interdite',
    '11-constructor-key.yaml:1:16: erreur\u00a0: la clé "prototype" est interdite',
  ],
  '12-prototype-key.json': ['12-prototype-key.json:5:3: erreur\u00a0: la clé "prototype" est interdite'],
  '13-js-function-tag.yaml': [
    '13-js-function-tag.yaml:10:11: erreur\u00a0: l’étiquette "!!js/function" est interdite\u00a0: un paquet ne contient que des valeurs simples',
  ],
  '14-custom-tag.yaml': ['14-custom-tag.yaml:11:12: erreur\u00a0: l’étiquette "!include" est interdite\u00a0: un paquet ne contient que des valeurs simples'],
  '15-binary-tag.yaml': ['15-binary-tag.yaml:16:11: erreur\u00a0: l’étiquette "!!binary" est interdite\u00a0: un paquet ne contient que des valeurs simples'],
  '16-alias-bomb.yaml': ['16-alias-bomb.yaml:5:33: erreur\u00a0: le fichier utilise plus de 200 alias'],
  '17-alias-unknown.yaml': ['17-alias-unknown.yaml:11:12: erreur\u00a0: l’alias *common-event ne renvoie à aucune ancre &common-event placée avant lui'],
  '18-alias-cycle.yaml': ['18-alias-cycle.yaml:14:18: erreur\u00a0: l’alias *loop renvoie à une valeur qui le contient'],
  '19-duplicate-key.yaml': ['19-duplicate-key.yaml:9:5: erreur\u00a0: clé "side" en double\u00a0: chaque clé apparaît une seule fois dans un dictionnaire'],
  '20-multiple-documents.yaml': [
    '20-multiple-documents.yaml:18:1: erreur\u00a0: un fichier de paquet contient un seul document YAML, celui-ci en est un deuxième\u202f; supprimez la ligne «\u00a0---\u00a0», ou mettez le deuxième paquet dans son propre fichier',
  ],
  '21-unclosed-flow.yaml': [
    '21-unclosed-flow.yaml:10:11: erreur\u00a0: ce [ n’est jamais fermé\u00a0: la liste qu’il ouvre déborde sur le champ suivant\u202f; fermez-le par ] après son dernier élément',
  ],
  '22-tab-indent.yaml': [
    '22-tab-indent.yaml:16:1: erreur\u00a0: les tabulations sont interdites pour l’indentation\u202f; indentez avec des espaces',
    '22-tab-indent.yaml:18:1: erreur\u00a0: une ligne est mal indentée ici',
  ],
  '23-deep-nesting.yaml': ['23-deep-nesting.yaml:4:78: erreur\u00a0: les valeurs s’imbriquent sur plus de 64 niveaux'],
  '24-json-syntax.json': [
    '24-json-syntax.json:4:22: erreur\u00a0: JSON\u00a0: il manque une virgule après cette valeur\u202f; les éléments et les champs sont séparés par des virgules',
  ],
  '25-complex-key.yaml': ['25-complex-key.yaml:9:7: erreur\u00a0: une clé doit être un simple nom'],
  '26-wrong-side.yaml': [
    '26-wrong-side.yaml:7:11: erreur\u00a0: side\u00a0: attendu l’un de us, china, neutral, reçu "usa"\u202f; vouliez-vous dire «\u00a0us\u00a0»\u202f?',
  ],
  '27-unknown-op.yaml': ['27-unknown-op.yaml:12:13: erreur\u00a0: op\u00a0: effet inconnu "vpp"\u202f; vouliez-vous dire «\u00a0vp\u00a0»\u202f?'],
  '28-missing-op.yaml': [
    '28-missing-op.yaml:12:9: erreur\u00a0: champ obligatoire "op" manquant\u202f; op\u00a0: l’un de vp, moveTrack, addInfluence, removeInfluence, clearInfluence, draw, discard, choose, if, repeat, forEach, modifyNextCard, lasting, flag, cancelEvent, roll, sanction, scoreRegion, retrieve, peek, reveal, take',
  ],
  '29-unknown-field-typo.yaml': [
    '29-unknown-field-typo.yaml:10:5: erreur\u00a0: champ inconnu "removeAfterEvnt"\u202f; vouliez-vous dire «\u00a0removeAfterEvent\u00a0»\u202f?',
  ],
  '30-missing-field.yaml': ['30-missing-field.yaml:5:5: erreur\u00a0: champ obligatoire "history" manquant'],
  '31-ops-range.yaml': ['31-ops-range.yaml:8:10: erreur\u00a0: ops\u00a0: doit valoir au plus 4, reçu le nombre 5'],
  '32-era-range.yaml': ['32-era-range.yaml:9:10: erreur\u00a0: era\u00a0: attendu l’un de 1, 2, 3, reçu le nombre 4'],
  '33-id-pattern.yaml': [
    '33-id-pattern.yaml:5:9: erreur\u00a0: id\u00a0: un identifiant s’écrit en minuscules, chiffres et tirets, et commence par une lettre ou un chiffre, reçu "Card One"\u202f; vouliez-vous dire «\u00a0card-one\u00a0»\u202f?',
  ],
  '34-date-unquoted.yaml': [
    '34-date-unquoted.yaml:16:11: erreur\u00a0: date\u00a0: attendu un texte, reçu le nombre 2024\u202f; mettez-le entre guillemets\u00a0: "2024"',
  ],
  '35-date-format.yaml': ['35-date-format.yaml:16:11: erreur\u00a0: date\u00a0: il faut une date AAAA, AAAA-MM ou AAAA-MM-JJ, reçu "March 2024"'],
  '36-date-impossible.yaml': ['36-date-impossible.yaml:16:11: erreur\u00a0: date\u00a0: ce jour n’existe pas, reçu "2023-02-29"'],
  '37-repeat-times.yaml': ['37-repeat-times.yaml:13:16: erreur\u00a0: times\u00a0: doit valoir au plus 10, reçu le nombre 11'],
  '38-effect-depth.yaml': ['38-effect-depth.yaml:12:281: erreur\u00a0: effects[0]\u00a0: les effets s’imbriquent sur 8 niveaux au plus'],
  '39-text-too-long.yaml': ['39-text-too-long.yaml:10:11: erreur\u00a0: text\u00a0: trop long, 607 caractères pour 600 au plus'],
  '40-too-many-cards.yaml': ['40-too-many-cards.yaml:5:3: erreur\u00a0: cards\u00a0: 301 éléments, 300 au plus'],
  '41-format-version.yaml': [
    '41-format-version.yaml:1:16: erreur\u00a0: formatVersion\u00a0: attendu 1, reçu le nombre 2\u202f; cette version du jeu lit le format de paquet 1',
  ],
  '42-unknown-region.yaml': [
    '42-unknown-region.yaml:15:28: erreur\u00a0: region\u00a0: attendu l’un de chinaMarket, developers, globalSouth, supplyChain, reçu "asia"',
  ],
  '43-unknown-space.yaml': [
    '43-unknown-space.yaml:15:38: erreur\u00a0: spaces[1]\u00a0: attendu l’un de tencent, bytedance, alibaba, stateCloud, universities, cudaDevs, openFrameworks, aiLabs, startups, saudi, uae, thailand, malaysia, brazil, foundries, hbm, rareEarths, edaTools, reçu "tencnet"\u202f; vouliez-vous dire «\u00a0tencent\u00a0»\u202f?',
  ],
  '44-unknown-condition.yaml': [
    '44-unknown-condition.yaml:10:17: erreur\u00a0: condition inconnue "flagSet"\u202f; vouliez-vous dire «\u00a0flag\u00a0»\u202f?',
  ],
  '45-condition-two-keys.yaml': [
    '45-condition-two-keys.yaml:11:7: erreur\u00a0: requires\u00a0: une condition a exactement une clé, reçu 2\u00a0: flag, actingSide (combinez-les avec all ou any)',
  ],
  '46-numeric-string.yaml': ['46-numeric-string.yaml:8:10: erreur\u00a0: ops\u00a0: attendu un nombre, reçu "2"\u202f; écrivez le nombre sans guillemets'],
  '47-text-wrong-language.yaml': ['47-text-wrong-language.yaml:6:28: erreur\u00a0: champ inconnu "de"\u202f; champs permis\u00a0: en, fr'],
  '48-empty-text.yaml': ['48-empty-text.yaml:10:11: erreur\u00a0: text\u00a0: un texte ne doit pas être vide, reçu ""'],
  '49-unknown-rule-kind.yaml': [
    '49-unknown-rule-kind.yaml:15:23: erreur\u00a0: kind\u00a0: genre de règle inconnu "opsBonnus"\u202f; vouliez-vous dire «\u00a0opsBonus\u00a0»\u202f?',
  ],
  '50-roll-range.yaml': ['50-roll-range.yaml:14:28: erreur\u00a0: max\u00a0: ne doit pas être inférieur à min, reçu le nombre 2'],
  '51-comma-in-flow.yaml': [
    '51-comma-in-flow.yaml:10:36: erreur\u00a0: champ inconnu "then draw."\u202f; une virgule entre { } commence un nouveau champ\u00a0: mettez entre guillemets un texte qui contient des virgules',
  ],
  '52-value-wrong.yaml': [
    '52-value-wrong.yaml:14:17: erreur\u00a0: amount\u00a0: attendu un nombre entier, ou un dictionnaire avec count, track ou hand, reçu "two"',
  ],
  '53-duplicate-card-id.yaml': [
    '53-duplicate-card-id.yaml:3:7: avertissement\u00a0: le paquet n’a aucun texte en français\u00a0: les joueurs qui ont choisi le français liront l’anglais\u202f; écrivez les textes sous la forme { en: ..., fr: ... }',
    '53-duplicate-card-id.yaml:18:9: erreur\u00a0: identifiant de carte "card-one" en double, déjà utilisé à la ligne 5',
  ],
  '54-cancel-unknown-card.yaml': [
    '54-cancel-unknown-card.yaml:3:7: avertissement\u00a0: le paquet n’a aucun texte en français\u00a0: les joueurs qui ont choisi le français liront l’anglais\u202f; écrivez les textes sous la forme { en: ..., fr: ... }',
    '54-cancel-unknown-card.yaml:26:15: erreur\u00a0: card\u00a0: aucun paquet chargé n’a de carte "card-on"\u202f; vouliez-vous dire «\u00a0card-one\u00a0»\u202f?',
  ],
  '55-event-played-unknown.yaml': [
    '55-event-played-unknown.yaml:3:7: avertissement\u00a0: le paquet n’a aucun texte en français\u00a0: les joueurs qui ont choisi le français liront l’anglais\u202f; écrivez les textes sous la forme { en: ..., fr: ... }',
    '55-event-played-unknown.yaml:10:37: erreur\u00a0: eventPlayed\u00a0: aucun paquet chargé n’a de carte "h20-licence"',
  ],
  '56-flag-never-set.yaml': [
    '56-flag-never-set.yaml:3:7: avertissement\u00a0: le paquet n’a aucun texte en français\u00a0: les joueurs qui ont choisi le français liront l’anglais\u202f; écrivez les textes sous la forme { en: ..., fr: ... }',
    '56-flag-never-set.yaml:10:23: avertissement\u00a0: flag\u00a0: aucune carte ne pose le drapeau "sanctions-eased", donc ceci n’est jamais vrai\u202f; vouliez-vous dire «\u00a0sanctions-eas\u00a0»\u202f?',
  ],
  '57-current-outside-foreach.yaml': [
    '57-current-outside-foreach.yaml:3:7: avertissement\u00a0: le paquet n’a aucun texte en français\u00a0: les joueurs qui ont choisi le français liront l’anglais\u202f; écrivez les textes sous la forme { en: ..., fr: ... }',
    '57-current-outside-foreach.yaml:15:20: erreur\u00a0: current\u00a0: n’a de sens qu’à l’intérieur de forEach',
  ],
  '58-scoring-card-fields.yaml': [
    '58-scoring-card-fields.yaml:3:7: avertissement\u00a0: le paquet n’a aucun texte en français\u00a0: les joueurs qui ont choisi le français liront l’anglais\u202f; écrivez les textes sous la forme { en: ..., fr: ... }',
    '58-scoring-card-fields.yaml:7:11: erreur\u00a0: side\u00a0: une carte de décompte est neutre, reçu us',
    '58-scoring-card-fields.yaml:8:10: erreur\u00a0: ops\u00a0: une carte de décompte a 0 Ops, reçu 2',
    '58-scoring-card-fields.yaml:13:7: avertissement\u00a0: event\u00a0: cette carte de décompte ne fait jamais compter developers\u202f; ajoutez { op: scoreRegion, region: developers }',
  ],
  '59-ops-zero.yaml': [
    '59-ops-zero.yaml:3:7: avertissement\u00a0: le paquet n’a aucun texte en français\u00a0: les joueurs qui ont choisi le français liront l’anglais\u202f; écrivez les textes sous la forme { en: ..., fr: ... }',
    '59-ops-zero.yaml:8:10: erreur\u00a0: ops\u00a0: seules les cartes de décompte ont 0 Ops\u202f; donnez à la carte de 1 à 4 Ops, ou faites-en une carte de décompte',
  ],
  '60-signature-wrong-side.yaml': [
    '60-signature-wrong-side.yaml:3:7: avertissement\u00a0: le paquet n’a aucun texte en français\u00a0: les joueurs qui ont choisi le français liront l’anglais\u202f; écrivez les textes sous la forme { en: ..., fr: ... }',
    '60-signature-wrong-side.yaml:7:11: erreur\u00a0: side\u00a0: la carte signature de huawei doit être une carte china, reçu us',
  ],
  '63-french-missing.yaml': ['63-french-missing.yaml:5:9: avertissement\u00a0: la carte "card-one" n’a pas de français (fr) pour title, text, history'],
  '64-no-french.yaml': [
    '64-no-french.yaml:3:7: avertissement\u00a0: le paquet n’a aucun texte en français\u00a0: les joueurs qui ont choisi le français liront l’anglais\u202f; écrivez les textes sous la forme { en: ..., fr: ... }',
  ],
  '65-overlapping-outcomes.yaml': [
    '65-overlapping-outcomes.yaml:3:7: avertissement\u00a0: le paquet n’a aucun texte en français\u00a0: les joueurs qui ont choisi le français liront l’anglais\u202f; écrivez les textes sous la forme { en: ..., fr: ... }',
    '65-overlapping-outcomes.yaml:15:20: avertissement\u00a0: outcomes[1] chevauche outcomes[0]\u00a0: pour les totaux qu’ils partagent, le premier s’applique',
  ],
  '66-spaces-outside-region.yaml': [
    '66-spaces-outside-region.yaml:3:7: avertissement\u00a0: le paquet n’a aucun texte en français\u00a0: les joueurs qui ont choisi le français liront l’anglais\u202f; écrivez les textes sous la forme { en: ..., fr: ... }',
    '66-spaces-outside-region.yaml:15:18: avertissement\u00a0: aucune case ne correspond\u00a0: aucune de hbm n’est dans developers',
  ],
  '67-json-wrong-type.json': [
    '67-json-wrong-type.json:11:14: erreur\u00a0: era\u00a0: attendu l’un de 1, 2, 3, reçu "1"\u202f; écrivez le nombre sans guillemets',
    '67-json-wrong-type.json:13:16: erreur\u00a0: event\u00a0: attendu une liste, reçu un dictionnaire',
  ],
  '68-passes-not-neutral.yaml': [
    '68-passes-not-neutral.yaml:3:7: avertissement\u00a0: le paquet n’a aucun texte en français\u00a0: les joueurs qui ont choisi le français liront l’anglais\u202f; écrivez les textes sous la forme { en: ..., fr: ... }',
    '68-passes-not-neutral.yaml:7:11: erreur\u00a0: side\u00a0: une carte qui passe de main en main agit pour qui la joue, elle est donc neutre, reçu china',
    '68-passes-not-neutral.yaml:11:23: erreur\u00a0: removeAfterEvent\u00a0: une carte qui passe de main en main reste dans la partie\u202f; supprimez removeAfterEvent ou passes',
  ],
  '69-passes-not-boolean.yaml': ['69-passes-not-boolean.yaml:10:13: erreur\u00a0: passes\u00a0: attendu true ou false, reçu "china"'],
  '70-unclosed-double-quote.yaml': [
    '70-unclosed-double-quote.yaml:6:12: erreur\u00a0: ce guillemet " n’est jamais fermé\u00a0: le texte qu’il ouvre déborde sur le champ suivant\u202f; terminez le texte par " sur la même ligne',
  ],
  '71-unclosed-single-quote.yaml': [
    "71-unclosed-single-quote.yaml:6:12: erreur\u00a0: ce guillemet ' n’est jamais fermé\u00a0: le texte qu’il ouvre déborde sur le champ suivant\u202f; terminez le texte par ' sur la même ligne",
  ],
  '72-under-indent.yaml': [
    '72-under-indent.yaml:8:4: erreur\u00a0: "ops" est indenté de 3 espaces, moins que les champs à côté (depuis "id" ligne 5)\u00a0: 4 espaces\u202f; indentez-le de 4 espaces',
  ],
  '73-over-indent.yaml': [
    '73-over-indent.yaml:8:6: erreur\u00a0: "ops" est indenté de 5 espaces, plus que les champs à côté (depuis "id" ligne 5)\u00a0: 4 espaces\u202f; indentez-le de 4 espaces',
  ],
  '74-two-indents.yaml': [
    '74-two-indents.yaml:8:4: erreur\u00a0: "ops" est indenté de 3 espaces, moins que les champs à côté (depuis "id" ligne 5)\u00a0: 4 espaces\u202f; indentez-le de 4 espaces',
    '74-two-indents.yaml:27:11: erreur\u00a0: "amount" est indenté de 10 espaces, plus que les champs à côté (depuis "op" ligne 25)\u00a0: 8 espaces\u202f; indentez-le de 8 espaces',
  ],
  '75-list-item-indent.yaml': [
    '75-list-item-indent.yaml:18:2: erreur\u00a0: cet élément de liste est indenté de 1 espace, moins que les éléments de liste («\u00a0-\u00a0») depuis la ligne 5\u00a0: 2 espaces\u202f; indentez-le de 2 espaces',
  ],
  '76-unclosed-quote-in-braces.yaml': [
    '76-unclosed-quote-in-braces.yaml:10:17: erreur\u00a0: ce guillemet " n’est jamais fermé\u00a0: le texte qu’il ouvre déborde sur le champ suivant\u202f; terminez le texte par " sur la même ligne',
  ],
  '77-unclosed-brace.yaml': [
    '77-unclosed-brace.yaml:10:11: erreur\u00a0: cette { n’est jamais fermée\u00a0: les champs qu’elle ouvre débordent sur le champ suivant\u202f; fermez-la par } après son dernier champ',
  ],
  '78-unclosed-bracket.yaml': [
    '78-unclosed-bracket.yaml:11:12: erreur\u00a0: ce [ n’est jamais fermé\u00a0: la liste qu’il ouvre déborde sur le champ suivant\u202f; fermez-le par ] après son dernier élément',
  ],
  '79-bracket-closed-by-brace.yaml': [
    '79-bracket-closed-by-brace.yaml:11:12: erreur\u00a0: ce [ n’est jamais fermé\u00a0: un } vient là où devrait venir son ]\u202f; fermez-le par ] après son dernier élément',
  ],
  'base-61-missing-composition.yaml': [
    'base-61-missing-composition.yaml:3:7: avertissement\u00a0: le paquet n’a aucun texte en français\u00a0: les joueurs qui ont choisi le français liront l’anglais\u202f; écrivez les textes sous la forme { en: ..., fr: ... }',
    'base-61-missing-composition.yaml:4:1: erreur\u00a0: un paquet de base a besoin d’une carte de décompte pour chinaMarket, celui-ci n’en a aucune\u202f; un paquet qui ajoute des cartes au paquet de base se vérifie comme une extension (deck validate --as-expansion)',
    'base-61-missing-composition.yaml:4:1: erreur\u00a0: un paquet de base a besoin d’une carte de décompte pour developers, celui-ci n’en a aucune',
    'base-61-missing-composition.yaml:4:1: erreur\u00a0: un paquet de base a besoin d’une carte de décompte pour globalSouth, celui-ci n’en a aucune',
    'base-61-missing-composition.yaml:4:1: erreur\u00a0: un paquet de base a besoin d’une carte de décompte pour supplyChain, celui-ci n’en a aucune',
    'base-61-missing-composition.yaml:4:1: erreur\u00a0: un paquet de base a besoin d’une carte signature pour washington, celui-ci n’en a aucune',
    'base-61-missing-composition.yaml:4:1: erreur\u00a0: un paquet de base a besoin d’une carte signature pour nvidia, celui-ci n’en a aucune',
    'base-61-missing-composition.yaml:4:1: erreur\u00a0: un paquet de base a besoin d’une carte signature pour beijing, celui-ci n’en a aucune',
    'base-61-missing-composition.yaml:4:1: erreur\u00a0: un paquet de base a besoin d’une carte signature pour huawei, celui-ci n’en a aucune',
    'base-61-missing-composition.yaml:4:1: avertissement\u00a0: aucune carte n’entre à l’ère 1',
    'base-61-missing-composition.yaml:4:1: avertissement\u00a0: aucune carte n’entre à l’ère 3',
  ],
  'base-62-two-scoring-cards.yaml': [
    'base-62-two-scoring-cards.yaml:10:1: erreur\u00a0: un paquet de base a besoin d’une carte de décompte pour globalSouth, celui-ci n’en a aucune',
    'base-62-two-scoring-cards.yaml:41:14: erreur\u00a0: scoring\u00a0: une deuxième carte de décompte pour chinaMarket, après "score-china-market"\u00a0: un paquet de base en a exactement une',
    'base-62-two-scoring-cards.yaml:43:12: avertissement\u00a0: event\u00a0: cette carte de décompte ne fait jamais compter chinaMarket\u202f; ajoutez { op: scoreRegion, region: chinaMarket }',
  ],
};

/** Kinds no deck makes today, and why; each is still said in both languages. */
const UNREACHED: Partial<Record<ProblemKind, string>> = {
  internal: 'a bug of ours while loading, not a deck',
  'validate.baseMissing': 'deck validate --as-expansion without the shipped base deck beside the program',
  'validate.baseErrors': 'deck validate --as-expansion with a shipped base deck that has errors',
  'value.other': 'the YAML reader gives no value other than text, number, true/false, list or mapping',
  'yaml.unsupportedValue': 'the same: a guard for a value the reader never gives',
  'yaml.unsupportedNode': 'the same, for a node',
  'yaml.parser.BLOCK_AS_IMPLICIT_KEY': "the parser's own error, reported as a key that is not a plain name first",
  'yaml.parser.MISSING_CHAR': "the parser's own error, reported as an unclosed quote or bracket first",
  'yaml.parser.BLOCK_IN_FLOW': "the parser's own error, reported as a layout mistake first",
  'yaml.parser.other': 'a parser error of a code not listed',
  'json.unexpected': 'Node 20 gives no position with "Unexpected token": said as the file ending early',
  'schema.or': "no field of today's schema takes two unnamed kinds of value",
  'schema.moreThan': "no bound of today's schema is exclusive",
  'schema.lessThan': "no bound of today's schema is exclusive",
  'rule.other': 'every check of the schema states one of our rules',
};

const seen = new Set<string>();
function see(say: ProblemSay | undefined): void {
  if (!say) return;
  seen.add(say.kind);
  for (const value of Object.values(say.params ?? {})) if (typeof value === 'object') see(value);
}

const BASE = loadDeckText(readFileSync(join(import.meta.dirname, '../decks/fixtures/valid/sample-base.yaml'), 'utf8'), 'sample-base.yaml').deck!;

function loadRow(row: Row): Problem[] {
  const known = row.knownBase === 'file' ? [BASE] : row.knownBase === 'nofile' ? [{ ...BASE, file: undefined }] : [];
  return loadDeckFiles(Object.keys(row.files), (file) => Buffer.from(row.files[file] ?? '', 'utf8'), { asExpansion: !row.base, known }).problems;
}

/** The place of a line: everything before the severity. */
const place = (line: string) => line.slice(0, line.search(/: (error|warning|erreur|avertissement)\u00a0?:/));

function check(problems: Problem[], en: string[] | undefined, fr: string[]): void {
  for (const p of problems) {
    see(p.say);
    see(p.hintSay);
  }
  const english = problems.map((p) => problemLine('en', p));
  if (en) expect(english).toEqual(en);
  expect(english).toEqual(problems.map(formatProblem));
  const french = problems.map((p) => problemLine('fr', p));
  expect(french).toEqual(fr);
  expect(french.map(place)).toEqual(english.map(place));
  // Every line carries its kind: none falls back to its English words.
  for (const p of problems) expect(p.say, p.message).toBeDefined();
  for (const p of problems) if (p.hint !== undefined) expect(p.hintSay, p.hint).toBeDefined();
}

describe('deck problems in French, one broken deck per message', () => {
  it('has a row for every expectation, and an expectation for every row', () => {
    expect(ROWS.map((r) => r.name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const row of ROWS) {
    it(row.name, () => {
      const expected = EXPECTED[row.name]!;
      check(loadRow(row), expected.en, expected.fr);
    });
  }

  for (const [name, fr] of Object.entries(FIXTURES_FR)) {
    it(`fixture ${name}`, () => {
      const dir = join(import.meta.dirname, '../decks/fixtures/broken');
      const result = loadDeckFiles([name], (file) => readFileSync(join(dir, file)), { asExpansion: !name.startsWith('base-') });
      check(result.problems, undefined, fr);
    });
  }

  it('whole files: unreadable, too large, too many tokens, no cards, problems not shown, no base deck', () => {
    const problems = [
      ...unreadableFileProblems(),
      ...loadDeckText(`# ${'x'.repeat(LIMITS.fileBytes)}\n`, 'huge.yaml').problems,
      ...loadDeckText('[]'.repeat(LIMITS.yamlTokens), 'tokens.yaml').problems,
      ...loadGameDecks([], { base: false }).problems,
      lastProblemOfMany(LIMITS.problemsPerFile / 2),
      lastProblemOfMany(LIMITS.problemsPerFile),
      ...loadBaseDeck(pathToFileURL('/nowhere/program.js')).problems,
    ];
    const lines: [string, string][] = [
      ['ENOENT.yaml: error: cannot read the file: no such file', 'ENOENT.yaml: erreur\u00a0: impossible de lire le fichier\u00a0: ce fichier n’existe pas'],
      [
        'EISDIR.yaml: error: cannot read the file: this is a directory, not a deck file',
        'EISDIR.yaml: erreur\u00a0: impossible de lire le fichier\u00a0: c’est un dossier, pas un fichier de paquet',
      ],
      [
        'ELOOP.yaml: error: cannot read the file: too many symbolic links (a link that loops)',
        'ELOOP.yaml: erreur\u00a0: impossible de lire le fichier\u00a0: trop de liens symboliques (un lien qui boucle)',
      ],
      [
        'notRegular.yaml: error: cannot read the file: this is a device, a pipe or a socket, not a deck file',
        'notRegular.yaml: erreur\u00a0: impossible de lire le fichier\u00a0: c’est un périphérique, un tube ou une socket, pas un fichier de paquet',
      ],
      ['EACCES.yaml: error: cannot read the file: permission denied', 'EACCES.yaml: erreur\u00a0: impossible de lire le fichier\u00a0: permission refusée'],
      ['EIO.yaml: error: cannot read the file: EIO: something odd', 'EIO.yaml: erreur\u00a0: impossible de lire le fichier\u00a0: EIO: something odd'],
      [
        'huge.yaml: error: the file is larger than 1 MiB: a deck file must be smaller',
        'huge.yaml: erreur\u00a0: le fichier dépasse 1\u00a0Mio\u00a0: un fichier de paquet doit être plus petit',
      ],
      [
        'tokens.yaml: error: the file has more than 200000 YAML tokens: far more than a deck needs',
        'tokens.yaml: erreur\u00a0: le fichier compte plus de 200000 jetons YAML\u00a0: bien plus qu’il n’en faut pour un paquet',
      ],
      [
        '--no-base-deck: error: leaves no cards to play with: add a deck with --deck FILE',
        '--no-base-deck: erreur\u00a0: ne laisse aucune carte pour jouer\u00a0: ajoutez un paquet avec --deck FICHIER',
      ],
      ['many.yaml: error: 1 more problem not shown', 'many.yaml: erreur\u00a0: 1 autre problème non affiché'],
      ['many.yaml: error: 101 more problems not shown', 'many.yaml: erreur\u00a0: 101 autres problèmes non affichés'],
      [
        'cards/base.yaml: error: the base deck was not found next to the program',
        'cards/base.yaml: erreur\u00a0: le paquet de base est introuvable à côté du programme',
      ],
    ];
    check(
      problems,
      lines.map(([en]) => en),
      lines.map(([, fr]) => fr),
    );
  });

  it('says every kind of message in some row, but the ones no deck makes', () => {
    const unsaid = (Object.keys(PROBLEM_ENGLISH) as ProblemKind[]).filter((kind) => !seen.has(kind) && !(kind in UNREACHED));
    expect(unsaid).toEqual([]);
    // A kind listed as unreached that a row makes is listed wrongly.
    expect(Object.keys(UNREACHED).filter((kind) => seen.has(kind))).toEqual([]);
  });
});

describe('the CLI says them in French', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sc-fr-deck-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const broken = path.join(dir, 'broken.yaml');
  writeFileSync(broken, deck(card({ side: 'usa', ops: '"2"', colour: 'red' })));

  it('deck validate, by --lang fr and by SILICON_CURTAIN_LANG=fr, exit 1', async () => {
    const french = [
      `${broken}:7:11: erreur\u00a0: side\u00a0: attendu l’un de us, china, neutral, reçu "usa"\u202f; vouliez-vous dire «\u00a0us\u00a0»\u202f?`,
      `${broken}:8:10: erreur\u00a0: ops\u00a0: attendu un nombre, reçu "2"\u202f; écrivez le nombre sans guillemets`,
      `${broken}:15:5: erreur\u00a0: champ inconnu "colour"\u202f; champs permis\u00a0: id, title, side, ops, era, text, event, removeAfterEvent, scoring, signature, passes, requires, favours, hurts, tags, history, date, source, sources, question`,
      '3 erreurs, 0 avertissement dans 1 fichier',
      '',
    ].join('\n');
    expect(await runCli(['--lang', 'fr', 'deck', 'validate', broken])).toEqual({ code: 1, out: french, err: '' });
    expect(await runCli(['deck', 'validate', broken], { env: { SILICON_CURTAIN_LANG: 'fr' } })).toEqual({ code: 1, out: french, err: '' });
  });

  it('a game’s deck problems, before anything starts', async () => {
    const run = await runCli(['cards', '--deck', broken, '--lang', 'fr']);
    expect(run.code).toBe(1);
    expect(run.err.split('\n')[0]).toBe(
      `${broken}:7:11: erreur\u00a0: side\u00a0: attendu l’un de us, china, neutral, reçu "usa"\u202f; vouliez-vous dire «\u00a0us\u00a0»\u202f?`,
    );
  });

  it('a saved game whose deck no longer loads says the deck’s line in the save’s words', () => {
    let refused: unknown;
    try {
      deckFilesSource([broken]);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(SaveError);
    const error = refused as SaveError;
    expect(error.in('fr')).toBe(
      `un paquet de la partie sauvegardée ne peut pas être chargé\u00a0: ${broken}:7:11: erreur\u00a0: side\u00a0: attendu l’un de us, china, neutral, reçu "usa"\u202f; vouliez-vous dire «\u00a0us\u00a0»\u202f?`,
    );
    expect(error.in('en')).toBe(
      `a deck of the saved game cannot be loaded: ${broken}:7:11: error: side: expected one of us, china, neutral, got "usa"; did you mean "us"?`,
    );
  });

  it('deck new, by --lang fr; English unchanged', async () => {
    const fresh = path.join(dir, 'fresh.yaml');
    expect(await runCli(['--lang', 'fr', 'deck', 'new', fresh])).toEqual({
      code: 0,
      out: `${fresh} créé, et deck.schema.json à côté (complétion dans l’éditeur)\nvérifiez-le avec\u00a0: silicon-curtain deck validate ${fresh} --as-expansion\n`,
      err: '',
    });
    expect((await runCli(['deck', 'new', fresh], { env: { SILICON_CURTAIN_LANG: 'fr' } })).err).toBe(
      `silicon-curtain: ${fresh} existe déjà\u00a0: deck new n’écrase jamais un fichier\n`,
    );
    expect((await runCli(['--lang', 'fr', 'deck', 'new', path.join(dir, 'deck.txt')])).err).toBe(
      `silicon-curtain: deck new écrit du YAML\u00a0: donnez au fichier un nom en .yaml, pas ${path.join(dir, 'deck.txt')}\n`,
    );
    expect((await runCli(['--lang', 'fr', 'deck', 'new', path.join(dir, 'no-folder', 'x.yaml')])).err).toBe(
      `silicon-curtain: impossible de créer ${path.join(dir, 'no-folder', 'x.yaml')}\u00a0: son dossier n’existe pas\n`,
    );
    const other = path.join(dir, 'other.yaml');
    expect(await runCli(['deck', 'new', other])).toEqual({
      code: 0,
      out: `created ${other}\ncheck it with: silicon-curtain deck validate ${other} --as-expansion\n`,
      err: '',
    });
    expect((await runCli(['deck', 'new', other])).err).toBe(`silicon-curtain: ${other} already exists: deck new never overwrites a file\n`);
  });

  it('stay English in English, and deck validate --format json keeps its fields', async () => {
    const run = await runCli(['deck', 'validate', broken]);
    expect(run.out.split('\n')).toEqual([
      `${broken}:7:11: error: side: expected one of us, china, neutral, got "usa"; did you mean "us"?`,
      `${broken}:8:10: error: ops: expected a number, got "2"; write the number without quotes`,
      `${broken}:15:5: error: unknown field "colour"; allowed fields: id, title, side, ops, era, text, event, removeAfterEvent, scoring, signature, passes, requires, favours, hurts, tags, history, date, source, sources, question`,
      '3 errors, 0 warnings in 1 file',
      '',
    ]);
    const json = JSON.parse((await runCli(['--lang', 'fr', 'deck', 'validate', broken, '--format', 'json'])).out) as { problems: object[] };
    expect(Object.keys(json.problems[0] ?? {}).sort()).toEqual(['col', 'file', 'hint', 'line', 'message', 'severity']);
  });
});
