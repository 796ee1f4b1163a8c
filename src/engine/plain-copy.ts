// The one deep copy of game data. States, views, decisions and tasks are plain JSON (objects,
// arrays, text, numbers, booleans, null), so a walk over them copies everything that matters;
// structuredClone copies the same but slower, and a second hand-written walk drifted apart.

/**
 * A deep copy of plain JSON data. A value under a key in `shared` is kept, not copied: parts a
 * caller knows are never changed in place (the catalogue's parts inside decisions and tasks,
 * for the bots' copies). Frozen input (an Immer state, a view) gives an unfrozen copy.
 */
export function plainCopy<T>(value: T, shared?: ReadonlySet<string>): T {
  return copyValue(value, shared) as T;
}

// Loops rather than map and Object.entries, and plain values taken without a call: the bots
// copy states thousands of times a move (profiled at 2% of a normal game as map and entries).
function copyValue(value: unknown, shared: ReadonlySet<string> | undefined): unknown {
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      out[i] = v !== null && typeof v === 'object' ? copyValue(v, shared) : v;
    }
    return out;
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[key];
      out[key] = v === null || typeof v !== 'object' || shared?.has(key) === true ? v : copyValue(v, shared);
    }
    return out;
  }
  return value;
}
