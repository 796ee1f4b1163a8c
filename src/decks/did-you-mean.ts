// "Did you mean ...?" for names a designer mistyped: the closest known name by edit
// distance, or the same name in another case.

/** The Levenshtein distance, giving up (returning `limit + 1`) once it passes `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The known name closest to `input`, if one is close enough to be a likely typo. */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  if (input.length === 0 || input.length > 100) return undefined;
  const lower = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const other = candidate.toLowerCase();
    if (other === lower) return candidate;
    const limit = Math.max(1, Math.min(3, Math.floor(Math.max(input.length, candidate.length) / 3)));
    const distance = editDistance(lower, other, limit);
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== undefined) return best;
  // A known name with something added or cut: "flagSet" for "flag", "score" for "scoreRegion".
  const stems = [...candidates].filter((c) => {
    const other = c.toLowerCase();
    return Math.min(other.length, lower.length) >= 4 && (lower.startsWith(other) || other.startsWith(lower));
  });
  if (stems.length === 1) return stems[0];
  // A name typed as a fragment of a longer one: "influence" for "addInfluence".
  if (input.length >= 4) {
    const containing = [...candidates].filter((c) => c.toLowerCase().includes(lower));
    if (containing.length === 1) return containing[0];
  }
  return undefined;
}

/** `did you mean "us"?`, or undefined when nothing is close. */
export function didYouMean(input: unknown, candidates: Iterable<string>): string | undefined {
  if (typeof input !== 'string') return undefined;
  const match = closest(input, candidates);
  return match === undefined || match === input ? undefined : `did you mean "${match}"?`;
}
