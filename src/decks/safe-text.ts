// Characters a deck must never carry to a terminal: C0 controls (ESC starts the escape
// sequences that recolour, move or rewrite the screen), DEL, C1 controls and the invisible
// bidirectional overrides that make text read differently from how it is stored.
// Messages quote file content through `quote`, which shows such characters as `\x1b`.

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex
const UNSAFE_ALL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_VALUE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\r]/;

/** The first character of a string value that a deck may not hold (tabs and newlines are fine). */
export function findUnsafeChar(text: string): { index: number; char: string } | undefined {
  const m = UNSAFE_IN_VALUE.exec(text);
  return m ? { index: m.index, char: m[0] } : undefined;
}

/** Unsafe characters of a whole file: like `findUnsafeChar`, but CR is allowed before LF (Windows line ends). */
export function findUnsafeCharsInFile(text: string, limit: number): { index: number; char: string }[] {
  const found: { index: number; char: string }[] = [];
  // eslint-disable-next-line no-control-regex
  const re = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;
  for (let m = re.exec(text); m && found.length < limit; m = re.exec(text)) found.push({ index: m.index, char: m[0] });
  return found;
}

/** `\x1b` for ESC, `\u202e` for a direction override: a name for a character that must not be printed raw. */
export function escapeChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (char === '\n') return '\\n';
  if (char === '\r') return '\\r';
  if (char === '\t') return '\\t';
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `\u001b` for ESC: the escape JSON reads back as the same character, so a JSON line stays valid. */
export function jsonEscapeChar(char: string): string {
  return `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
}

/** The text with every unsafe character escaped: safe to print on a terminal. */
export function escapeUnsafe(text: string, escape: (char: string) => string = escapeChar): string {
  return UNSAFE.test(text) ? text.replace(UNSAFE_ALL, escape) : text;
}

/**
 * A copy of parsed file content (a save, a progress file) whose strings, keys included, are
 * escaped: whatever a screen or a message later shows of it cannot drive the terminal.
 * Content without unsafe characters comes back as it was (the same objects).
 */
export function escapeUnsafeStrings<T>(value: T): T {
  if (typeof value === 'string') return escapeUnsafe(value) as T;
  if (Array.isArray(value)) {
    const items = value.map((item: unknown) => escapeUnsafeStrings(item));
    return (items.every((item, i) => item === value[i]) ? value : items) as T;
  }
  if (value !== null && typeof value === 'object') {
    let changed = false;
    const entries = Object.entries(value).map(([key, item]) => {
      const safe = [escapeUnsafe(key), escapeUnsafeStrings(item)] as const;
      if (safe[0] !== key || safe[1] !== item) changed = true;
      return safe;
    });
    return (changed ? Object.fromEntries(entries) : value) as T;
  }
  return value;
}

/** A string from a deck file, quoted for a message: escaped, on one line, and cut when long. */
export function quote(text: string, max = 60): string {
  const chars = Array.from(text);
  const cut = chars.length > max ? chars.slice(0, max).join('') + '…' : text;
  const escaped = cut
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\n\r\t]/g, escapeChar)
    .replace(UNSAFE_ALL, escapeChar);
  return `"${escaped}"`;
}

/** A value from a file, named for a message: `the text "usa"`, `the number 5`, `a list`. */
export function describeKind(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${quote(value, 30)}`;
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : 'an infinite number';
  return `${typeof value} ${String(value)}`;
}
