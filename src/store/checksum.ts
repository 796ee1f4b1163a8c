// The checksum of a save's content. It is taken over a canonical JSON form (keys sorted, no
// spaces), so a file re-indented by an editor still checks, while any changed value does not.
import { createHash } from 'node:crypto';

const PREFIX = 'sha256:';

/** JSON with object keys sorted at every level. Iterative, so a hostile, deeply nested file
 * cannot overflow the stack. */
export function canonicalJson(value: unknown): string {
  let out = '';
  // A work list of what to write next: a value, or a literal piece of punctuation.
  const work: ({ v: unknown } | { s: string })[] = [{ v: value }];
  while (work.length > 0) {
    const item = work.pop() as { v: unknown } | { s: string };
    if ('s' in item) {
      out += item.s;
      continue;
    }
    const v = item.v;
    if (Array.isArray(v)) {
      const parts: ({ v: unknown } | { s: string })[] = [{ s: '[' }];
      v.forEach((el, i) => {
        if (i > 0) parts.push({ s: ',' });
        parts.push({ v: el === undefined ? null : el });
      });
      parts.push({ s: ']' });
      for (let i = parts.length - 1; i >= 0; i--) work.push(parts[i] as { s: string });
    } else if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v)
        .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
        .sort();
      const parts: ({ v: unknown } | { s: string })[] = [{ s: '{' }];
      keys.forEach((k, i) => {
        parts.push({ s: `${i > 0 ? ',' : ''}${JSON.stringify(k)}:` }, { v: (v as Record<string, unknown>)[k] });
      });
      parts.push({ s: '}' });
      for (let i = parts.length - 1; i >= 0; i--) work.push(parts[i] as { s: string });
    } else {
      out += JSON.stringify(v) ?? 'null';
    }
  }
  return out;
}

/** The checksum of a save object, its own `checksum` field left out. */
export function saveChecksum(content: Record<string, unknown>): string {
  const { checksum: _checksum, ...rest } = content;
  return PREFIX + createHash('sha256').update(canonicalJson(rest)).digest('hex');
}
