// The string-width the bundle gives ink: the same widths as string-width, emoji rules skipped only
// where no emoji can be.
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import fastStringWidth, { oneCellEach } from '../../src/ui/terminal/string-width-fast.js';

const graphemes = (text: string) => [...new Intl.Segmenter().segment(text)].length;

/** The characters the fast path counts itself (all in the BMP). */
function fastPathCharacters(): string[] {
  const taken: string[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    const char = String.fromCharCode(code);
    if (oneCellEach(char)) taken.push(char);
  }
  return taken;
}

describe('the fast string-width', () => {
  it('every character it counts as one cell is one cell and one grapheme for string-width, even doubled or between letters', () => {
    const chars = fastPathCharacters();
    expect(chars.length).toBeGreaterThan(1000);
    const wrong = chars.filter((c) => stringWidth(c) !== 1 || stringWidth(c + c) !== 2 || graphemes(`a${c}a`) !== 3 || graphemes(c + c) !== 2);
    expect(wrong).toEqual([]);
  });

  it('measures the main menu title, accents, arrows and styled text as string-width does', () => {
    for (const text of [
      '▄▀▀ █ █   █ ▄▀▀ ▄▀▄ █▄ █',
      '\u001B[1m\u001B[96m▄▀▀ █\u001B[39m\u001B[22m',
      'Règles « élevées » — œuvre…',
      '↑↓ choisir · ▶ 1 Nouvelle partie',
      '',
    ]) {
      expect(fastStringWidth(text)).toBe(stringWidth(text));
    }
  });

  it('leaves emoji, wide characters, combining marks and other escape codes to string-width', () => {
    for (const text of [
      '▶\uFE0F',
      '◽',
      '🇫🇷',
      'e\u0301',
      '中文',
      'soft\u00ADhyphen',
      '👩\u200D💻',
      '\u001B]8;;https://x\u0007link\u001B]8;;\u0007',
      '\u001B[12345m▀',
    ]) {
      expect(fastStringWidth(text)).toBe(stringWidth(text));
    }
    expect(fastStringWidth('▀→', { ambiguousIsNarrow: false })).toBe(stringWidth('▀→', { ambiguousIsNarrow: false }));
    expect(fastStringWidth('\u001B[1m▀', { countAnsiEscapeCodes: true })).toBe(stringWidth('\u001B[1m▀', { countAnsiEscapeCodes: true }));
  });

  it('agrees with string-width on any mix of such pieces', () => {
    const pieces = [
      'a',
      ' ',
      'é',
      '▀',
      '█',
      '─',
      '→',
      '中',
      '◽',
      '▶',
      '\uFE0F',
      '\u0301',
      '\u200D',
      '👩',
      '🇫',
      '🇷',
      '\u00AD',
      '\t',
      '\u001B[1m',
      '\u001B[96m',
      '\u001B[39;22m',
      '\u001B[m',
      '\u001B',
      '[',
      'm',
      '1',
      '\u009B',
      '\u0007',
    ];
    const options = fc.constantFrom(undefined, { ambiguousIsNarrow: false }, { countAnsiEscapeCodes: true }, {});
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), options, (parts, opts) => {
        const text = parts.join('');
        expect(fastStringWidth(text, opts)).toBe(stringWidth(text, opts));
      }),
      { numRuns: 2000 },
    );
  });
});
