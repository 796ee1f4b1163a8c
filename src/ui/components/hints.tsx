// Key hints written from the keymap ("↑↓ choose · Enter play · Esc back"), and the spinner
// shown while a bot thinks.
import { useEffect, useState } from 'react';
import type { MessageKey } from '../../i18n/messages.js';
import { mainKey, type Command } from '../keymap.js';
import type { Translate } from '../ui-context.js';
import { rowWidth, seg, type Row } from './rows.js';

export interface Hint {
  commands: readonly Command[];
  word: MessageKey;
}

export const hint = (word: MessageKey, ...commands: Command[]): Hint => ({ commands, word });

/** The hints in one row; given a `width` they do not fit, the separators narrow so no key is cut off. */
export function hintRow(t: Translate, hints: readonly Hint[], width?: number): Row {
  const full = hintRowWith(t, hints, ' · ');
  if (width === undefined || rowWidth(full) <= width) return full;
  return hintRowWith(t, hints, '  ');
}

function hintRowWith(t: Translate, hints: readonly Hint[], separator: string): Row {
  const row: Row = [];
  hints.forEach((h, i) => {
    if (i > 0) row.push(seg(separator, { dim: true }));
    const keys = h.commands.map((c) => mainKey(c, t));
    row.push(seg(keys.join(keys.every((k) => k.length === 1) ? '' : '/'), { bold: true, tone: 'accent' }));
    row.push(seg(` ${t(h.word)}`));
  });
  return row;
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/** A turning frame while `active`, for a bot that is thinking. */
export function useSpinner(active: boolean): string {
  const [frame, setFrame] = useState(0);
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setFrame((f) => (f + 1) % FRAMES.length), 100);
    return () => clearInterval(timer);
  }, [active]);
  return FRAMES[frame] as string;
}
