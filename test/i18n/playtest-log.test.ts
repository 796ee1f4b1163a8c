// The log of a play-tested game (seed 7301, see test/fixtures/playtest-7301.ts) in both
// languages: the lines a player there found wrong.
import { describe, expect, it } from 'vitest';
import { wordLog, type LogWords } from '../../src/i18n/log-words.js';
import type { Lang } from '../../src/i18n/lang.js';
import { playtestAfter } from '../fixtures/playtest-7301.js';

const finished = playtestAfter();

function lines(lang: Lang): string[] {
  const w: LogWords = { lang, cards: finished.cards, personas: finished.setup.personas, rounds: finished.rounds };
  return wordLog(w, finished.log).map((l) => l.text);
}

describe('the log of the play-test game', () => {
  it('names each side’s sanctions for Woodside Summit, which stops both', () => {
    expect(lines('en').filter((l) => l.startsWith('Woodside summit:'))).toEqual([
      'Woodside summit: no US sanctions (Woodside Summit) is in force this round.',
      'Woodside summit: no Chinese sanctions (Woodside Summit) is in force this round.',
      'Woodside summit: no US sanctions (Woodside Summit) is no longer in force.',
      'Woodside summit: no Chinese sanctions (Woodside Summit) is no longer in force.',
    ]);
    expect(lines('fr').filter((l) => l.startsWith('Sommet de Woodside\u00a0:'))).toEqual([
      'Sommet de Woodside\u00a0: pas de sanctions américaines (Sommet de Woodside) est en vigueur pour cette manche.',
      'Sommet de Woodside\u00a0: pas de sanctions chinoises (Sommet de Woodside) est en vigueur pour cette manche.',
      'Sommet de Woodside\u00a0: pas de sanctions américaines (Sommet de Woodside) n’est plus en vigueur.',
      'Sommet de Woodside\u00a0: pas de sanctions chinoises (Sommet de Woodside) n’est plus en vigueur.',
    ]);
  });

  it('keeps a card "for next round" only when there is one', () => {
    expect(lines('en').filter((l) => l.includes('kept one card'))).toEqual([
      'Washington kept one card for next round.',
      'Huawei kept one card for next round.',
      'Washington kept one card for next round.',
      'Huawei kept one card for next round.',
      'Washington kept one card.',
      'Huawei kept one card.',
    ]);
    expect(
      lines('fr')
        .filter((l) => l.includes('a gardé une carte'))
        .slice(-3),
    ).toEqual(['Huawei a gardé une carte pour la manche suivante.', 'Washington a gardé une carte.', 'Huawei a gardé une carte.']);
  });

  it('heads final scoring with a line of its own, before the regions it scores', () => {
    const en = lines('en');
    const at = en.indexOf('Final scoring (7.5): the four regions score in turn.');
    expect(at).toBeGreaterThan(0);
    expect(en.slice(at + 1, at + 3)).toEqual([
      'China Market scored: US 8 (domination), China 3 (presence).',
      'Leadership: US +13 → US +18 (China Market scoring).',
    ]);
    // The China Market Scoring card played in round 3 has no such heading.
    expect(en.filter((l) => l.startsWith('Final scoring'))).toHaveLength(1);
    expect(lines('fr')[at]).toBe('Décompte final (7.5)\u00a0: les quatre régions sont décomptées tour à tour.');
  });
});
