// string-width as ink measures text with it, answered without its emoji rules for text that
// cannot hold an emoji. The bundle (esbuild.config.mjs) gives this module to every package that
// imports 'string-width'.
//
// Why: string-width checks each grapheme of non-ASCII text against /^\p{RGI_Emoji}$/v, a regular
// expression V8 takes about 20 ms to compile on first use (and a few more to optimise). The
// main menu's title is drawn in block letters, so its first frame paid that for a line of ▀ and
// ▄. The answer is string-width's own: the characters below are each one cell and one grapheme
// on their own, and none can join another into an emoji (test/ui/string-width-fast.test.ts
// checks every one of them against string-width).
import stringWidth from 'string-width';

/** Printable ASCII, Latin-1 and Latin Extended-A (not the soft hyphen), punctuation, arrows,
 * mathematical operators, box drawing, blocks and geometric shapes (not ◽ ◾), ★ ☆, Braille. */
const ONE_CELL_EACH = /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u017F\u2010-\u2027\u2030-\u203A\u2190-\u22FF\u2500-\u25FC\u25FF\u2605\u2606\u2800-\u28FF]*$/;

/** Colour and style codes (SGR) as chalk writes them; string-width's strip-ansi removes the same. */
// eslint-disable-next-line no-control-regex -- the escape character is what it looks for
const SGR = /\u001B\[(?:\d{1,4}(?:;\d{0,4})*)?m/g;

/** True when every character of `text` (without colour codes) is one cell and its own grapheme. */
export function oneCellEach(text: string): boolean {
  return ONE_CELL_EACH.test(text);
}

type Options = Parameters<typeof stringWidth>[1];

export default function fastStringWidth(input: string, options?: Options): number {
  if (typeof input === 'string' && options?.ambiguousIsNarrow !== false && options?.countAnsiEscapeCodes !== true) {
    const text = input.includes('\u001B') ? input.replace(SGR, '') : input;
    if (oneCellEach(text)) return text.length;
  }
  return stringWidth(input, options);
}
