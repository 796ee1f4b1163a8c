// The external-bot protocol (PROTOCOL.md): JSON lines. For every decision of its side the
// game writes one `decision` line (the player view and the legal actions) and reads one
// line back: the index of a legal action, or the action itself. A line it cannot use gets
// an `error` line and is asked again; the end of input ends the game cleanly. The program's
// output is read with back-pressure and a line-length limit, so a flooding or broken program
// costs a bounded amount of memory.
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

/** Longest answer line read (bytes): a real answer is a few hundred bytes. */
export const MAX_LINE_BYTES = 64 * 1024;
/** Lines kept unread before the stream is paused: a program that floods answers is held back
 * by its pipe filling up, not by this process's memory growing. */
const MAX_QUEUED_LINES = 16;

/** What `LineReader.next` gives: a line, a line cut at the limit, the end, or no line in time. */
export type ReadLine = { line: string } | { tooLong: number } | { end: 'closed' | 'timeout' };

/**
 * Lines of a stream, one at a time on demand, read with back-pressure: at most MAX_QUEUED_LINES
 * wait (then the stream is paused) and a line longer than `maxLineBytes` is dropped (reported as
 * `tooLong`) instead of being held whole.
 */
export class LineReader {
  private readonly queue: ReadLine[] = [];
  private readonly waiting: ((line: ReadLine) => void)[] = [];
  private partial: Buffer[] = [];
  private partialBytes = 0;
  /** Bytes of the line being dropped, or -1 when not dropping. */
  private dropping = -1;
  private ended = false;
  private readonly onData = (chunk: Buffer | string) => this.take(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  private readonly onEnd = () => this.finish();

  constructor(
    private readonly input: Readable,
    private readonly maxLineBytes = MAX_LINE_BYTES,
  ) {
    input.on('data', this.onData);
    input.on('end', this.onEnd);
    input.on('close', this.onEnd);
    input.on('error', this.onEnd);
  }

  private push(item: ReadLine): void {
    const next = this.waiting.shift();
    if (next) next(item);
    else this.queue.push(item);
  }

  private take(chunk: Buffer): void {
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl >= 0; nl = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, nl);
      start = nl + 1;
      if (this.dropping >= 0) {
        this.push({ tooLong: this.dropping + piece.length });
        this.dropping = -1;
        continue;
      }
      if (this.partialBytes + piece.length > this.maxLineBytes) {
        this.push({ tooLong: this.partialBytes + piece.length });
      } else {
        const line = Buffer.concat([...this.partial, piece]).toString('utf8');
        this.push({ line: line.endsWith('\r') ? line.slice(0, -1) : line });
      }
      this.partial = [];
      this.partialBytes = 0;
    }
    const rest = chunk.subarray(start);
    if (this.dropping >= 0) this.dropping += rest.length;
    else if (this.partialBytes + rest.length > this.maxLineBytes) {
      this.dropping = this.partialBytes + rest.length;
      this.partial = [];
      this.partialBytes = 0;
    } else if (rest.length > 0) {
      this.partial.push(rest);
      this.partialBytes += rest.length;
    }
    if (this.queue.length >= MAX_QUEUED_LINES) this.input.pause();
  }

  private finish(): void {
    if (this.ended) return;
    if (this.dropping >= 0) this.push({ tooLong: this.dropping });
    else if (this.partialBytes > 0) this.push({ line: Buffer.concat(this.partial).toString('utf8') });
    this.dropping = -1;
    this.partial = [];
    this.partialBytes = 0;
    this.ended = true;
    for (const next of this.waiting.splice(0)) next({ end: 'closed' });
  }

  /** The next line; `{ end: 'timeout' }` when none comes within `timeoutMs`. */
  next(timeoutMs?: number): Promise<ReadLine> {
    const queued = this.queue.shift();
    if (this.queue.length < MAX_QUEUED_LINES / 2 && !this.ended) this.input.resume();
    if (queued !== undefined) return Promise.resolve(queued);
    if (this.ended) return Promise.resolve({ end: 'closed' });
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const answer = (line: ReadLine) => {
        if (timer) clearTimeout(timer);
        resolve(line);
      };
      this.waiting.push(answer);
      if (timeoutMs !== undefined) {
        timer = setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(answer), 1);
          resolve({ end: 'timeout' });
        }, timeoutMs);
      }
    });
  }

  /** Stops reading: the stream no longer keeps the process alive. */
  close(): void {
    this.input.off('data', this.onData);
    this.input.off('end', this.onEnd);
    this.input.off('close', this.onEnd);
    this.input.off('error', this.onEnd);
    this.input.pause();
    this.input.destroy();
    this.ended = true;
    for (const next of this.waiting.splice(0)) next({ end: 'closed' });
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
  /** How long to wait for one answer before the program counts as gone (ms; none by default). */
  timeoutMs?: number;
}

/** One side played by an outside program through the protocol. */
export interface StdioBot extends AsyncBot {
  /** Say the game is over (the last line the program gets), and stop reading. */
  gameOver(outcome: Outcome): void;
  /** Stop reading the program's output: nothing keeps the process waiting on it any more. */
  close(): void;
  /** Why the program's side stopped answering, once it has: its output ended, or no answer came in time. */
  readonly stopped: 'closed' | 'timeout' | null;
}

export function stdioBot(side: Side, catalog: Catalog, seat: StdioSeat): StdioBot {
  const reader = new LineReader(seat.input);
  const send = (message: GameMessage): void => seat.write(`${JSON.stringify(message)}\n`);
  let started = false;
  let stopped: 'closed' | 'timeout' | null = null;
  return {
    name: 'stdio',
    get stopped() {
      return stopped;
    },
    async chooseAsync({ view }: BotContext): Promise<BotChoice | null> {
      if (!started) {
        send({ type: 'start', protocol: PROTOCOL_VERSION, side, catalog });
        started = true;
      }
      const { legal, ...rest } = view;
      send({ type: 'decision', side, view: rest, legal });
      for (;;) {
        const read = await reader.next(seat.timeoutMs);
        if ('end' in read) {
          stopped = read.end;
          return null;
        }
        if ('tooLong' in read) {
          send({ type: 'error', message: `line of ${read.tooLong} bytes is longer than the ${MAX_LINE_BYTES} allowed` });
          continue;
        }
        const line = read.line;
        if (line.trim() === '') continue;
        const answer = readAnswer(line, legal);
        if ('action' in answer) return { action: answer.action, reason: answer.reason ?? 'chosen by the outside program' };
        send({ type: 'error', message: answer.error });
      }
    },
    gameOver(outcome) {
      send({ type: 'gameOver', side, outcome });
      reader.close();
    },
    close() {
      reader.close();
    },
  };
}
