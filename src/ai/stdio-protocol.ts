// The external-bot protocol (PROTOCOL.md): JSON lines. For every decision of its side the
// game writes one `decision` line (the player view and the legal actions) and reads one
// line back: the index of a legal action, or the action itself. A line it cannot use gets
// an `error` line and is asked again; the end of input ends the game cleanly.
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Side } from '../decks/types.js';
import { actionKey } from '../engine/index.js';
import type { Action, Outcome, PlayerView } from '../engine/index.js';
import type { AsyncBot, BotChoice, BotContext } from './bot.js';
import type { Catalog } from './determinize.js';

export const PROTOCOL_VERSION = 1;

export type GameMessage =
  | { type: 'start'; protocol: number; side: Side; catalog: Catalog }
  | { type: 'decision'; side: Side; view: Omit<PlayerView, 'legal'>; legal: Action[] }
  | { type: 'error'; message: string }
  | { type: 'gameOver'; side: Side; outcome: Outcome };

/** Lines of a stream, one at a time on demand; `null` once the stream has ended. */
export class LineReader {
  private readonly lines: string[] = [];
  private readonly waiting: ((line: string | null) => void)[] = [];
  private ended = false;

  constructor(input: Readable) {
    const rl = createInterface({ input, crlfDelay: Infinity });
    rl.on('line', (line) => {
      const next = this.waiting.shift();
      if (next) next(line);
      else this.lines.push(line);
    });
    rl.on('close', () => {
      this.ended = true;
      for (const next of this.waiting.splice(0)) next(null);
    });
  }

  next(): Promise<string | null> {
    const line = this.lines.shift();
    if (line !== undefined) return Promise.resolve(line);
    if (this.ended) return Promise.resolve(null);
    return new Promise((resolve) => this.waiting.push(resolve));
  }
}

/** What an answer line means: a legal action (and the program's reason), or why it is not one. */
export function readAnswer(line: string, legal: Action[]): { action: Action; reason?: string } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { error: `not JSON: ${line.length > 60 ? `${line.slice(0, 60)}…` : line}` };
  }
  let reason: string | undefined;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const fields = value as Record<string, unknown>;
    if (typeof fields.reason === 'string') reason = fields.reason;
    if ('index' in fields) value = fields.index;
    else if ('action' in fields) value = fields.action;
  }
  if (typeof value === 'number') {
    const action = Number.isInteger(value) ? legal[value] : undefined;
    if (!action) return { error: `index ${value} is not between 0 and ${legal.length - 1}` };
    return { action, reason };
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as { type?: unknown }).type === 'string') {
    const key = actionKey(value as Action);
    const action = legal.find((a) => actionKey(a) === key);
    if (!action) return { error: `${JSON.stringify(value)} is not one of the ${legal.length} legal actions` };
    return { action, reason };
  }
  return { error: 'expected the index of a legal action, {"index": n}, an action object or {"action": {...}}' };
}

export interface StdioSeat {
  /** Where the program's answers come from (its stdout). */
  input: Readable;
  /** Where the game's lines go (the program's stdin): one call per line, newline included. */
  write(line: string): void;
}

/** One side played by an outside program through the protocol. */
export interface StdioBot extends AsyncBot {
  /** Say the game is over (the last line the program gets). */
  gameOver(outcome: Outcome): void;
}

export function stdioBot(side: Side, catalog: Catalog, seat: StdioSeat): StdioBot {
  const reader = new LineReader(seat.input);
  const send = (message: GameMessage): void => seat.write(`${JSON.stringify(message)}\n`);
  let started = false;
  return {
    name: 'stdio',
    async chooseAsync({ view }: BotContext): Promise<BotChoice | null> {
      if (!started) {
        send({ type: 'start', protocol: PROTOCOL_VERSION, side, catalog });
        started = true;
      }
      const { legal, ...rest } = view;
      send({ type: 'decision', side, view: rest, legal });
      for (;;) {
        const line = await reader.next();
        if (line === null) return null;
        if (line.trim() === '') continue;
        const answer = readAnswer(line, legal);
        if ('action' in answer) return { action: answer.action, reason: answer.reason ?? 'chosen by the outside program' };
        send({ type: 'error', message: answer.error });
      }
    },
    gameOver(outcome) {
      send({ type: 'gameOver', side, outcome });
    },
  };
}
