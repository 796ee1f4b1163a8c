// The base deck's card tests are split by card family, one file each, and each file checks
// that every card of its family has a test. This checks that together the families are the
// whole deck: a card in no family would go untested, a card in two would be claimed twice.
import { expect, it } from 'vitest';
import { BASE, BASE_FAMILIES } from './base-fixture.js';

it('puts every card of the base deck in exactly one card family', () => {
  const families = Object.values(BASE_FAMILIES);
  const misfiled = BASE.map((c) => ({ card: c.id, families: families.filter((f) => f.has(c)).map((f) => f.name) }))
    .filter((c) => c.families.length !== 1);
  expect(misfiled).toEqual([]);
  expect(BASE.length).toBeGreaterThan(0);
});
