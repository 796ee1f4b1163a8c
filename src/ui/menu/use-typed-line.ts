// Typing a line of text: a search after `/` (the rules pager, the card catalogue) or an address
// (online play). While it is active every key is text, but Enter, Esc, Backspace, Ctrl-C and
// (where the screen moves a cursor while the text is typed) Up and Down. Keys that arrive in
// one read (quick typing, a paste, `/h20` sent at once) are taken one by one, the keys after the
// `/` that started the typing included.
import { useInput, useStdin, type Key } from 'ink';
import { useCallback } from 'react';
import { keysOfRead, splitKeys } from '../use-commands.js';

export interface TypedLineKeys {
  /** The text changed: characters added, or the last one taken away. */
  onText: (next: (query: string) => string) => void;
  onEnter: () => void;
  onEscape: () => void;
  /** Up (-1) or Down (1) while typing; absent: ignored. */
  onMove?: (by: -1 | 1) => void;
  /** Ctrl-C while typing; absent: ignored. */
  onInterrupt?: () => void;
}

/** Applies keys, in order, to a typed line. After Enter the rest is dropped: the typing is over,
 * and a key meant for after it must not be taken as text. */
function typeKeys(presses: readonly [string, Key][], keys: TypedLineKeys): void {
  // Characters typed in a row go in at once.
  let pending = '';
  const flush = () => {
    const added = pending;
    if (added !== '') keys.onText((text) => text + added);
    pending = '';
  };
  for (const [ch, k] of presses) {
    if (k.escape) {
      flush();
      return keys.onEscape();
    }
    if (k.ctrl && ch === 'c') {
      flush();
      return keys.onInterrupt?.();
    }
    if (k.return) {
      flush();
      return keys.onEnter();
    }
    if (k.upArrow || k.downArrow) {
      flush();
      keys.onMove?.(k.upArrow ? -1 : 1);
    } else if (k.backspace || k.delete) {
      flush();
      keys.onText((text) => text.slice(0, -1));
    } else if (!k.ctrl && !k.meta && !k.tab && ch >= ' ') pending += ch;
  }
  flush();
}

/** Reads keys as the line while `active`; `typed` takes the rest of a read that started it (raw
 * characters, one key each). */
export function useTypedLine(active: boolean, keys: TypedLineKeys): { typed: (rest: string) => void } {
  const { isRawModeSupported } = useStdin();
  useInput((input, key) => typeKeys(keysOfRead(input, key), keys), { isActive: active && isRawModeSupported === true });
  const typed = useCallback((rest: string) => typeKeys(splitKeys(rest), keys), [keys]);
  return { typed };
}
