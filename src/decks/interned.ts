// Deck data holding the runtime's own copy of each of its texts. A deck's strings are slices of
// the file it was read from, or fresh copies in a worker thread (data sent to a thread is
// copied); the engine and the bots then compare them with one another and look them up as keys
// millions of times a simulation, and two copies of a text compare character by character and
// are looked up through the runtime's table of texts. A property key is always the runtime's own
// copy, so each text is swapped for the key it makes.
const texts = new Map<string, string>();

/** The runtime's own copy of `text` (one per text, kept for the life of the program). */
export function internedText(text: string): string {
  let own = texts.get(text);
  if (own === undefined) {
    own = Object.keys({ [text]: 0 })[0] ?? text;
    texts.set(own, own);
  }
  return own;
}

/** `value` rebuilt with every string (values and keys alike) the runtime's own copy of its text. */
export function interned<T>(value: T): T {
  if (typeof value === 'string') return internedText(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => interned(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, interned(item)])) as T;
  }
  return value;
}
