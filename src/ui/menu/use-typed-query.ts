// Typing a search after `/`, as the rules pager and the card catalogue both do: while it is
// active every key is text, but Enter, Esc, Backspace and (where the screen moves a cursor while
// the text is typed) Up and Down. Keys that arrive in one read (quick typing, a paste, `/h20`
// sent at once) are taken one by one, the `/` that started the typing included.
import { useInput, useStdin, type Key } from 'ink';
import { useCallback } from 'react';
import { NO_KEY, splitKeys } from '../use-commands.js';

export interface TypedQueryKeys {
  /** The query changed: characters added, or the last one taken away. */
  onQuery: (next: (query: string) => string) => void;
  onEnter: () => void;
  onEscape: () => void;
  /** Up (-1) or Down (1) while typing; absent: ignored. */
  onMove?: (by: -1 | 1) => void;
}

/** Applies one read of keys to a typed query. After Enter the rest of the read is dropped: the
 * typing is over, and a key meant for after it must not be taken as text. */
export function typeKeys(input: string, key: Key, keys: TypedQueryKeys): void {
  if (key.escape) return keys.onEscape();
  if (key.upArrow || key.downArrow) return keys.onMove?.(key.upArrow ? -1 : 1);
  const presses: [string, Key][] = input === '' || input.includes('\x1b') ? [[input, key]] : splitKeys(input);
  let text = '';
  const flush = () => {
    const added = text;
    if (added !== '') keys.onQuery((q) => q + added);
    text = '';
  };
  for (const [ch, k] of presses) {
    if (k.return) {
      flush();
      keys.onEnter();
      return;
    }
    if (k.backspace || k.delete) {
      flush();
      keys.onQuery((q) => q.slice(0, -1));
    } else if (!k.ctrl && !k.meta && !k.tab && ch >= ' ') text += ch;
  }
  flush();
}

/** Reads keys as the query while `active`; `typed` takes the rest of a read that started it. */
export function useTypedQuery(active: boolean, keys: TypedQueryKeys): { typed: (rest: string) => void } {
  const { isRawModeSupported } = useStdin();
  useInput((input, key) => typeKeys(input, key, keys), { isActive: active && isRawModeSupported === true });
  const typed = useCallback((rest: string) => typeKeys(rest, NO_KEY, keys), [keys]);
  return { typed };
}
