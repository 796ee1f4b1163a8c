// Where each value of a deck file sits: built while the file is read, used to put every
// problem at its line and column.

/** Where a value sits in the file, and the positions of what it contains. */
export interface SourceNode {
  /** Offset of the value (for an alias: of the alias). */
  at: number;
  /** Offset of the key, when the value is a mapping entry. */
  keyAt?: number;
  children?: Map<string | number, SourceNode>;
}

/** The deepest node along `path`, and whether the whole path exists in the file. */
export function sourceAt(root: SourceNode, path: readonly PropertyKey[]): { node: SourceNode; exact: boolean } {
  let node = root;
  for (const key of path) {
    const child = typeof key === 'symbol' ? undefined : node.children?.get(key);
    if (!child) return { node, exact: false };
    node = child;
  }
  return { node, exact: true };
}
