// State that a key handler reads back at once. Keys that arrive in one read (a paste, quick
// typing, `Down Enter` over a slow link) are handled one after the other before React renders
// again, so a handler that read its state from the last render would act on a stale value: the
// menu opened its first entry on `Down Enter`. The setter updates a ref first, the render after.
import { useCallback, useRef, useState } from 'react';

export type SyncSetter<T> = (next: T | ((previous: T) => T)) => void;

/** Like useState, plus `current()`: the value after every set so far, rendered or not. */
export function useSyncState<T>(initial: T): [T, SyncSetter<T>, () => T] {
  const [value, setValue] = useState(initial);
  const ref = useRef(initial);
  const set = useCallback<SyncSetter<T>>((next) => {
    ref.current = typeof next === 'function' ? (next as (previous: T) => T)(ref.current) : next;
    setValue(ref.current);
  }, []);
  const current = useCallback(() => ref.current, []);
  return [value, set, current];
}
