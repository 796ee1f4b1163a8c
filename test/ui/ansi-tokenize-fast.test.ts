// The styledCharsToString the bundle gives ink: the package's own result for any styled cells.
import { styledCharsFromTokens, styledCharsToString, tokenize, type StyledChar } from '@alcalzone/ansi-tokenize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { styledCharsToString as fastStyledCharsToString } from '../../src/ui/terminal/ansi-tokenize-fast.js';

const cells = (text: string): StyledChar[] => styledCharsFromTokens(tokenize(text));
const blank = (n: number): StyledChar[] => Array.from({ length: n }, () => ({ type: 'char', value: ' ', fullWidth: false, styles: [] }));

describe('the fast styledCharsToString', () => {
  it('writes a line of styled and blank cells as the package does', () => {
    const line = [...blank(2), ...cells('\u001B[1m\u001B[96m▄▀▀ █\u001B[39m\u001B[22m'), ...blank(3), ...cells('\u001B[7m New game \u001B[27m'), ...blank(40)];
    expect(fastStyledCharsToString(line)).toBe(styledCharsToString(line));
    expect(fastStyledCharsToString(blank(5))).toBe('     ');
    expect(fastStyledCharsToString([])).toBe('');
  });

  it('agrees with the package on any mix of styles, including a line that ends styled', () => {
    const pieces = [
      'a',
      ' ',
      '▀',
      'é',
      '\u001B[1m',
      '\u001B[22m',
      '\u001B[2m',
      '\u001B[96m',
      '\u001B[39m',
      '\u001B[7m',
      '\u001B[27m',
      '\u001B[0m',
      '\u001B[31;1m',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), fc.nat(4), (parts, pad) => {
        const line = [...cells(parts.join('')), ...blank(pad)];
        expect(fastStyledCharsToString(line)).toBe(styledCharsToString(line));
      }),
      { numRuns: 2000 },
    );
  });
});
