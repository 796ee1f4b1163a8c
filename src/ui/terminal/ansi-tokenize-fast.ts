// @alcalzone/ansi-tokenize as ink uses it, with a styledCharsToString that skips the style diff
// between two unstyled cells. The bundle (esbuild.config.mjs) gives this module to ink.
//
// Why: ink turns every line of a frame, blank cells included, back into a string through
// styledCharsToString, which diffs the styles of each cell with the previous one by building
// three Sets. A full-screen frame such as the main menu is thousands of cells, most of them
// unstyled, and the diff of two empty style lists is always empty: ~4 ms of its first frame.
import { ansiCodesToString, diffAnsiCodes, type StyledChar } from '@alcalzone/ansi-tokenize';

export * from '@alcalzone/ansi-tokenize';

/** The same string as the package's styledCharsToString. */
export function styledCharsToString(chars: StyledChar[]): string {
  let ret = '';
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] as StyledChar;
    if (i === 0) ret += ansiCodesToString(char.styles);
    else {
      const before = (chars[i - 1] as StyledChar).styles;
      if (before.length > 0 || char.styles.length > 0) ret += ansiCodesToString(diffAnsiCodes(before, char.styles));
    }
    ret += char.value;
    // Reset the active styles at the end of the string.
    if (i === chars.length - 1 && char.styles.length > 0) ret += ansiCodesToString(diffAnsiCodes(char.styles, []));
  }
  return ret;
}
