// A bot in a networked seat (`join --bot`): it sees what the server sends its seat, no more,
// answers each view where it must act with one of that view's legal actions, and resolves when
// the game is over or the connection is gone for good.
import type { CardDef, CardId } from '../decks/types.js';
import type { Outcome, PlayerView } from '../engine/index.js';
import type { Lang } from '../i18n/lang.js';
import { asAsync, PLAY_ITERATIONS, PLAY_THINK_CAP_MS } from '../ai/bot.js';
import { makeBot } from '../ai/registry.js';
import { connectClient, type ClientStatus, type GameClient } from './client.js';
import type { ServerMessage, Standing } from './messages.js';
import type { NetProblem } from './problems.js';

export interface BotPlayerOptions {
  url: string;
  code: string;
  token?: string;
  /** A `serve` lobby's password. */
  password?: string;
  bot: string;
  seed: number;
  lang?: Lang;
  /** The hard bot's cap a move, in ms. */
  thinkMs?: number;
  /** A pause before each move, in ms (a bot game at a pace people can follow). */
  delayMs?: number;
  /** Each line worth telling (joined, the other seat away, the end). */
  onNote?: (line: string) => void;
  reconnectDelayMs?: number;
  reconnectAttempts?: number;
}

export interface BotPlayerResult {
  outcome: Outcome | null;
  /** The teacher ended the game at the bell: where it stood. */
  stopped: Standing | null;
  /** Why the game ended without an outcome (refused, server gone). */
  problem: string | null;
  /** The same, as data, to be worded in the player's language. */
  netProblem: NetProblem | null;
  side: string | null;
  moves: number;
}

export function playAsBot(options: BotPlayerOptions): Promise<BotPlayerResult> {
  const bot = asAsync(makeBot(options.bot, options.seed, { iterations: PLAY_ITERATIONS, thinkMs: options.thinkMs ?? PLAY_THINK_CAP_MS }));
  let catalog: Record<CardId, CardDef> = {};
  let side: string | null = null;
  let moves = 0;
  let answered = -1;
  let outcome: Outcome | null = null;
  let stopped: Standing | null = null;
  let lastError: string | null = null;
  let lastProblem: NetProblem | null = null;
  const note = (line: string) => options.onNote?.(line);

  return new Promise((resolve) => {
    let client: GameClient | null = null;
    const think = (view: PlayerView) => {
      // One answer per position: a view sent again (the other seat came back) is not a new turn.
      if (view.legal.length === 0 || answered === view.actionCount) return;
      answered = view.actionCount;
      const delay = options.delayMs ?? 0;
      if (delay > 0) {
        setTimeout(() => choose(view), delay);
        return;
      }
      choose(view);
    };
    const choose = (view: PlayerView) => {
      bot.chooseAsync({ view, catalog, ...(options.lang ? { lang: options.lang } : {}) }).then(
        (choice) => {
          if (!choice) return;
          moves++;
          client?.sendAction(choice.action, view.actionCount);
        },
        (error: unknown) => {
          lastError = `the ${options.bot} bot failed: ${error instanceof Error ? error.message : String(error)}`;
          client?.close();
        },
      );
    };
    const onMessage = (message: ServerMessage) => {
      switch (message.type) {
        case 'welcome':
          catalog = message.catalog;
          answered = -1;
          side = message.side;
          note(`joined as ${side ?? 'spectator'}`);
          return;
        case 'view':
          if (message.view.side !== null) think(message.view);
          return;
        case 'gameOver':
          outcome = message.outcome;
          client?.close();
          return;
        case 'stopped':
          stopped = message.standing;
          client?.close();
          return;
        case 'error':
          // Refused while paused: the same position is to be answered again when the view comes back.
          if (message.code === 'paused' || message.code === 'tooFast') answered = -1;
          lastError = message.message;
          lastProblem = { kind: 'refused', code: message.code, message: message.message };
          note(`server: ${message.message}`);
          return;
        case 'undoAsked':
          // A bot lets its opponent take a move back: it has lost nothing it saw.
          client?.answerUndo(true);
          return;
        case 'undoAnswered':
        case 'pong':
        case 'games':
        case 'created':
        case 'moved':
        case 'teacherDone':
          // The teacher's pairings move students, never a bot's connection.
          return;
        default: {
          const unhandled: never = message;
          throw new Error(`message not handled: ${JSON.stringify(unhandled)}`);
        }
      }
    };
    const onStatus = (status: ClientStatus) => {
      if (status.kind === 'reconnecting') note(`connection lost, trying again (${status.attempt})`);
      if (status.kind !== 'closed') return;
      const ended = outcome !== null || stopped !== null;
      const netProblem = ended ? null : (status.problem ?? lastProblem);
      resolve({ outcome, stopped, problem: ended ? null : (status.reason ?? lastError ?? 'the game ended before its end'), netProblem, side, moves });
    };
    client = connectClient({
      url: options.url,
      code: options.code,
      ...(options.token ? { token: options.token } : {}),
      player: options.bot,
      ...(options.password !== undefined ? { password: options.password } : {}),
      onMessage,
      onStatus,
      ...(options.reconnectDelayMs !== undefined ? { reconnectDelayMs: options.reconnectDelayMs } : {}),
      ...(options.reconnectAttempts !== undefined ? { reconnectAttempts: options.reconnectAttempts } : {}),
    });
  });
}
