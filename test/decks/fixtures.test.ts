// Broken and hostile deck files: each must give exactly the expected error lines (position
// and message), never a stack trace. Files named base-* are loaded as base decks, the others
// as expansions. Warnings listed here must appear; unlisted warnings (such as "no French
// text") are allowed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDeckFiles } from '../../src/decks/loader.js';
import { formatProblem } from '../../src/decks/problem.js';

const DIR = join(import.meta.dirname, 'fixtures', 'broken');

const EXPECTED: Record<string, string[]> = {
  '01-empty.yaml': ['01-empty.yaml:1:1: error: the file is empty: a deck needs formatVersion, id, name and cards'],
  '02-comments-only.yaml': ['02-comments-only.yaml:1:1: error: the file is empty: a deck needs formatVersion, id, name and cards'],
  '03-top-level-list.yaml': ['03-top-level-list.yaml:1:1: error: expected a deck (a mapping with formatVersion, id, name and cards), got a list'],
  '04-top-level-scalar.yaml': [
    '04-top-level-scalar.yaml:1:1: error: expected a deck (a mapping with formatVersion, id, name and cards), got the text "just some words"',
  ],
  '05-binary.bin': [
    '05-binary.bin:1:1: error: the file is not UTF-8 text (byte \\x89 here): a binary file is not a deck, and a text file must be saved as UTF-8',
  ],
  '06-not-utf8.yaml': [
    '06-not-utf8.yaml:3:18: error: the file is not UTF-8 text (byte \\xe7 here): a binary file is not a deck, and a text file must be saved as UTF-8',
  ],
  '07-escape-raw.yaml': ['07-escape-raw.yaml:6:17: error: control character \\x1b is not allowed in a deck file'],
  '08-escape-quoted.yaml': ['08-escape-quoted.yaml:10:17: error: control character \\x1b is not allowed in text'],
  '09-bidi-override.yaml': ['09-bidi-override.yaml:15:17: error: control character \\u202e is not allowed in text'],
  '10-proto-key.yaml': ['10-proto-key.yaml:16:5: error: key "__proto__" is not allowed'],
  '11-constructor-key.yaml': [
    '11-constructor-key.yaml:1:1: error: key "constructor" is not allowed',
    '11-constructor-key.yaml:1:16: error: key "prototype" is not allowed',
  ],
  '12-prototype-key.json': ['12-prototype-key.json:5:3: error: key "prototype" is not allowed'],
  '13-js-function-tag.yaml': ['13-js-function-tag.yaml:10:11: error: tag "!!js/function" is not allowed: a deck holds plain values only'],
  '14-custom-tag.yaml': ['14-custom-tag.yaml:11:12: error: tag "!include" is not allowed: a deck holds plain values only'],
  '15-binary-tag.yaml': ['15-binary-tag.yaml:16:11: error: tag "!!binary" is not allowed: a deck holds plain values only'],
  '16-alias-bomb.yaml': ['16-alias-bomb.yaml:5:33: error: the file uses more than 200 aliases'],
  '17-alias-unknown.yaml': ['17-alias-unknown.yaml:11:12: error: alias *common-event refers to no anchor &common-event before it'],
  '18-alias-cycle.yaml': ['18-alias-cycle.yaml:14:18: error: alias *loop refers to a value that contains it'],
  '19-duplicate-key.yaml': ['19-duplicate-key.yaml:9:5: error: duplicate key "side": each key appears once in a mapping'],
  '20-multiple-documents.yaml': [
    '20-multiple-documents.yaml:18:1: error: a deck file holds one YAML document, this is a second one; remove the "---" line, or put the second deck in its own file',
  ],
  '21-unclosed-flow.yaml': [
    '21-unclosed-flow.yaml:10:11: error: this [ is never closed: the list it opens runs on to the next field; close it with ] after its last item',
  ],
  '22-tab-indent.yaml': [
    '22-tab-indent.yaml:16:1: error: tabs are not allowed as indentation; indent with spaces',
    '22-tab-indent.yaml:18:1: error: all mapping items must start at the same column',
  ],
  '23-deep-nesting.yaml': ['23-deep-nesting.yaml:4:78: error: values nest more than 64 levels deep'],
  '24-json-syntax.json': ['24-json-syntax.json:4:22: error: JSON: a comma is missing after this value; items and fields are separated by commas'],
  '25-complex-key.yaml': ['25-complex-key.yaml:9:7: error: a key must be a plain name'],
  '26-wrong-side.yaml': ['26-wrong-side.yaml:7:11: error: side: expected one of us, china, neutral, got "usa"; did you mean "us"?'],
  '27-unknown-op.yaml': ['27-unknown-op.yaml:12:13: error: op: unknown effect "vpp"; did you mean "vp"?'],
  '28-missing-op.yaml': [
    '28-missing-op.yaml:12:9: error: missing required field "op"; op: one of vp, moveTrack, addInfluence, removeInfluence, clearInfluence, draw, discard, choose, if, repeat, forEach, modifyNextCard, lasting, flag, cancelEvent, roll, sanction, scoreRegion, retrieve, peek, reveal, take',
  ],
  '29-unknown-field-typo.yaml': ['29-unknown-field-typo.yaml:10:5: error: unknown field "removeAfterEvnt"; did you mean "removeAfterEvent"?'],
  '30-missing-field.yaml': ['30-missing-field.yaml:5:5: error: missing required field "history"'],
  '31-ops-range.yaml': ['31-ops-range.yaml:8:10: error: ops: must be at most 4, got the number 5'],
  '32-era-range.yaml': ['32-era-range.yaml:9:10: error: era: expected one of 1, 2, 3, got the number 4'],
  '33-id-pattern.yaml': [
    '33-id-pattern.yaml:5:9: error: id: an id uses lowercase letters, digits and dashes, and starts with a letter or digit, got "Card One"; did you mean "card-one"?',
  ],
  '34-date-unquoted.yaml': ['34-date-unquoted.yaml:16:11: error: date: expected a text, got the number 2024; put it in quotes: "2024"'],
  '35-date-format.yaml': ['35-date-format.yaml:16:11: error: date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "March 2024"'],
  '36-date-impossible.yaml': ['36-date-impossible.yaml:16:11: error: date: this day does not exist, got "2023-02-29"'],
  '37-repeat-times.yaml': ['37-repeat-times.yaml:13:16: error: times: must be at most 10, got the number 11'],
  '38-effect-depth.yaml': ['38-effect-depth.yaml:12:281: error: effects[0]: effects nest at most 8 deep'],
  '39-text-too-long.yaml': ['39-text-too-long.yaml:10:11: error: text: is too long: 607 characters, at most 600 allowed'],
  '40-too-many-cards.yaml': ['40-too-many-cards.yaml:5:3: error: cards: has 301 items, at most 300 allowed'],
  '41-format-version.yaml': ['41-format-version.yaml:1:16: error: formatVersion: expected 1, got the number 2; this version of the game reads deck format 1'],
  '42-unknown-region.yaml': ['42-unknown-region.yaml:15:28: error: region: expected one of chinaMarket, developers, globalSouth, supplyChain, got "asia"'],
  '43-unknown-space.yaml': [
    '43-unknown-space.yaml:15:38: error: spaces[1]: expected one of tencent, bytedance, alibaba, stateCloud, universities, cudaDevs, openFrameworks, aiLabs, startups, saudi, uae, thailand, malaysia, brazil, foundries, hbm, rareEarths, edaTools, got "tencnet"; did you mean "tencent"?',
  ],
  '44-unknown-condition.yaml': ['44-unknown-condition.yaml:10:17: error: unknown condition "flagSet"; did you mean "flag"?'],
  '45-condition-two-keys.yaml': [
    '45-condition-two-keys.yaml:11:7: error: requires: a condition has exactly one key, got 2: flag, actingSide (combine them with all or any)',
  ],
  '46-numeric-string.yaml': ['46-numeric-string.yaml:8:10: error: ops: expected a number, got "2"; write the number without quotes'],
  '47-text-wrong-language.yaml': ['47-text-wrong-language.yaml:6:28: error: unknown field "de"; allowed fields: en, fr'],
  '48-empty-text.yaml': ['48-empty-text.yaml:10:11: error: text: a text must not be empty, got ""'],
  '49-unknown-rule-kind.yaml': ['49-unknown-rule-kind.yaml:15:23: error: kind: unknown rule kind "opsBonnus"; did you mean "opsBonus"?'],
  '50-roll-range.yaml': ['50-roll-range.yaml:14:28: error: max: must not be below min, got the number 2'],
  '51-comma-in-flow.yaml': [
    '51-comma-in-flow.yaml:10:36: error: unknown field "then draw."; a comma inside { } starts a new field: put a text holding commas in quotes',
  ],
  '52-value-wrong.yaml': ['52-value-wrong.yaml:14:17: error: amount: expected a whole number, or a mapping with count, track or hand, got "two"'],
  '53-duplicate-card-id.yaml': ['53-duplicate-card-id.yaml:18:9: error: duplicate card id "card-one", first used at line 5'],
  '54-cancel-unknown-card.yaml': ['54-cancel-unknown-card.yaml:26:15: error: card: no loaded deck has a card "card-on"; did you mean "card-one"?'],
  '55-event-played-unknown.yaml': ['55-event-played-unknown.yaml:10:37: error: eventPlayed: no loaded deck has a card "h20-licence"'],
  '56-flag-never-set.yaml': [
    '56-flag-never-set.yaml:10:23: warning: flag: no card sets the flag "sanctions-eased", so this is never true; did you mean "sanctions-eas"?',
  ],
  '57-current-outside-foreach.yaml': ['57-current-outside-foreach.yaml:15:20: error: current: only means something inside forEach'],
  '58-scoring-card-fields.yaml': [
    '58-scoring-card-fields.yaml:7:11: error: side: a scoring card is neutral, got us',
    '58-scoring-card-fields.yaml:8:10: error: ops: a scoring card has 0 Ops, got 2',
    '58-scoring-card-fields.yaml:13:7: warning: event: this scoring card never scores developers; add { op: scoreRegion, region: developers }',
  ],
  '59-ops-zero.yaml': ['59-ops-zero.yaml:8:10: error: ops: only scoring cards have 0 Ops; give the card 1 to 4 Ops, or make it a scoring card'],
  '60-signature-wrong-side.yaml': ["60-signature-wrong-side.yaml:7:11: error: side: huawei's signature card must be a china card, got us"],
  '63-french-missing.yaml': ['63-french-missing.yaml:5:9: warning: card "card-one" has no French (fr) for title, text, history'],
  '64-no-french.yaml': [
    '64-no-french.yaml:3:7: warning: the deck has no French text: players who chose French will read English; write texts as { en: ..., fr: ... }',
  ],
  '65-overlapping-outcomes.yaml': [
    '65-overlapping-outcomes.yaml:15:20: warning: outcomes[1] overlaps outcomes[0]: for the totals they share, the first one runs',
  ],
  '66-spaces-outside-region.yaml': ['66-spaces-outside-region.yaml:15:18: warning: no space matches: none of hbm lies in developers'],
  '67-json-wrong-type.json': [
    '67-json-wrong-type.json:11:14: error: era: expected one of 1, 2, 3, got "1"; write the number without quotes',
    '67-json-wrong-type.json:13:16: error: event: expected a list, got a mapping',
  ],
  '68-passes-not-neutral.yaml': [
    '68-passes-not-neutral.yaml:7:11: error: side: a card that passes works for whoever plays it, so it is neutral, got china',
    '68-passes-not-neutral.yaml:11:23: error: removeAfterEvent: a card that passes stays in the game; remove one of removeAfterEvent and passes',
  ],
  '69-passes-not-boolean.yaml': ['69-passes-not-boolean.yaml:10:13: error: passes: expected true or false, got "china"'],
  '70-unclosed-double-quote.yaml': [
    '70-unclosed-double-quote.yaml:6:12: error: this " quote is never closed: the text it opens runs on to the next field; end the text with " on the same line',
  ],
  '71-unclosed-single-quote.yaml': [
    "71-unclosed-single-quote.yaml:6:12: error: this ' quote is never closed: the text it opens runs on to the next field; end the text with ' on the same line",
  ],
  '72-under-indent.yaml': [
    '72-under-indent.yaml:8:4: error: "ops" is indented 3 spaces, less than the fields beside it (from "id" on line 5): 4 spaces; indent it 4 spaces',
  ],
  '73-over-indent.yaml': [
    '73-over-indent.yaml:8:6: error: "ops" is indented 5 spaces, more than the fields beside it (from "id" on line 5): 4 spaces; indent it 4 spaces',
  ],
  '74-two-indents.yaml': [
    '74-two-indents.yaml:8:4: error: "ops" is indented 3 spaces, less than the fields beside it (from "id" on line 5): 4 spaces; indent it 4 spaces',
    '74-two-indents.yaml:27:11: error: "amount" is indented 10 spaces, more than the fields beside it (from "op" on line 25): 8 spaces; indent it 8 spaces',
  ],
  '75-list-item-indent.yaml': [
    '75-list-item-indent.yaml:18:2: error: this list item is indented 1 space, less than the list items ("-") from line 5: 2 spaces; indent it 2 spaces',
  ],
  '76-unclosed-quote-in-braces.yaml': [
    '76-unclosed-quote-in-braces.yaml:10:17: error: this " quote is never closed: the text it opens runs on to the next field; end the text with " on the same line',
  ],
  '77-unclosed-brace.yaml': [
    '77-unclosed-brace.yaml:10:11: error: this { is never closed: the fields it opens run on to the next field; close it with } after its last field',
  ],
  '78-unclosed-bracket.yaml': [
    '78-unclosed-bracket.yaml:11:12: error: this [ is never closed: the list it opens runs on to the next field; close it with ] after its last item',
  ],
  '79-bracket-closed-by-brace.yaml': [
    '79-bracket-closed-by-brace.yaml:11:12: error: this [ is never closed: a } comes where its ] should; close it with ] after its last item',
  ],
  'base-61-missing-composition.yaml': [
    'base-61-missing-composition.yaml:4:1: error: a base deck needs a scoring card for chinaMarket, this one has none; a deck that adds cards to the base deck is checked as an expansion (deck validate --as-expansion)',
    'base-61-missing-composition.yaml:4:1: error: a base deck needs a scoring card for developers, this one has none',
    'base-61-missing-composition.yaml:4:1: error: a base deck needs a scoring card for globalSouth, this one has none',
    'base-61-missing-composition.yaml:4:1: error: a base deck needs a scoring card for supplyChain, this one has none',
    'base-61-missing-composition.yaml:4:1: error: a base deck needs a signature card for washington, this one has none',
    'base-61-missing-composition.yaml:4:1: error: a base deck needs a signature card for nvidia, this one has none',
    'base-61-missing-composition.yaml:4:1: error: a base deck needs a signature card for beijing, this one has none',
    'base-61-missing-composition.yaml:4:1: error: a base deck needs a signature card for huawei, this one has none',
    'base-61-missing-composition.yaml:4:1: warning: no card enters in era 1',
    'base-61-missing-composition.yaml:4:1: warning: no card enters in era 3',
  ],
  'base-62-two-scoring-cards.yaml': [
    'base-62-two-scoring-cards.yaml:10:1: error: a base deck needs a scoring card for globalSouth, this one has none',
    'base-62-two-scoring-cards.yaml:41:14: error: scoring: a second scoring card for chinaMarket, after "score-china-market": a base deck has exactly one',
    'base-62-two-scoring-cards.yaml:43:12: warning: event: this scoring card never scores chinaMarket; add { op: scoreRegion, region: chinaMarket }',
  ],
};

function load(name: string) {
  return loadDeckFiles([name], (file) => readFileSync(join(DIR, file)), { asExpansion: !name.startsWith('base-') });
}

describe('broken and hostile deck fixtures', () => {
  it('has an expectation for every fixture file, and a fixture for every expectation', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(readdirSync(DIR).sort());
    expect(Object.keys(EXPECTED).length).toBeGreaterThanOrEqual(40);
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(name, () => {
      const result = load(name);
      const lines = result.problems.map(formatProblem);
      const errors = lines.filter((l) => l.includes(': error: '));
      expect(errors).toEqual(expected.filter((l) => l.includes(': error: ')));
      for (const warning of expected.filter((l) => l.includes(': warning: '))) expect(lines).toContain(warning);
      expect(result.ok).toBe(errors.length === 0);
      if (errors.length > 0) expect(result.decks).toEqual([]);
      for (const line of lines) {
        // eslint-disable-next-line no-control-regex
        expect(line).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        expect(line).not.toMatch(/internal error|\n\s+at /);
      }
    });
  }
});
