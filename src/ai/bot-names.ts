// The bots' names, without the bots: the command line lists them in option help and checks
// --us/--china with them, and neither should load the bots' search code (see registry.ts).

export const BOT_NAMES = ['random', 'easy', 'normal', 'hard'] as const;
export type BotName = (typeof BOT_NAMES)[number];

/** The bots that search within a thinking budget (--think-ms); the others answer at once. */
const SEARCHING: ReadonlySet<string> = new Set<BotName>(['hard']);

export function takesThinkingBudget(name: string): boolean {
  return SEARCHING.has(name);
}

export function botNames(): string[] {
  return [...BOT_NAMES];
}

export function isBotName(name: string): name is BotName {
  return (BOT_NAMES as readonly string[]).includes(name);
}
