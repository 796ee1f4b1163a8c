// Compile-time checks that a zod schema's output and a contract type in types.ts agree.
// They cost nothing at run time: `npx tsc --noEmit` fails when the two drift apart.

/** True when each type is assignable to the other. */
export type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Use as `expectTrue<Mutual<X, Y>>()`: a type error names the mismatch. */
export function expectTrue<T extends true>(): T | undefined {
  return undefined;
}
