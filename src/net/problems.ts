// Why a connection ended, or a message was refused, as data: the client and the server name the
// case, and the words come from the catalogue in the player's language (netProblemText). The
// server's own `message` travels too, as the English fallback of a code this client does not know.
import type { Lang } from '../i18n/lang.js';
import { t, type MessageKey } from '../i18n/messages.js';
import type { ErrorCode } from './messages.js';
import { NET_PROTOCOL_VERSION } from './messages.js';

/** What stopped a first connection. */
export type ConnectCause = 'refused' | 'noHost' | 'timeout' | 'reset' | 'closed' | 'other';

export type NetProblem =
  | { kind: 'connect'; url: string; cause: ConnectCause; detail?: string }
  /** A seat once held, lost, and not found again after every retry. */
  | { kind: 'unreachable'; url: string }
  | { kind: 'version'; theirs: string }
  | { kind: 'notGame'; url: string }
  | { kind: 'hostLeft' }
  /** The server refused a message (and, for some codes, closed the connection). */
  | { kind: 'refused'; code: ErrorCode; message: string };

export function connectCause(error: NodeJS.ErrnoException): ConnectCause {
  switch (error.code) {
    case 'ECONNREFUSED':
      return 'refused';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'noHost';
    case 'ETIMEDOUT':
      return 'timeout';
    case 'ECONNRESET':
      return 'reset';
    default:
      return 'other';
  }
}

const REFUSED_KEY: Record<ErrorCode, `net.refused.${ErrorCode}`> = {
  badMessage: 'net.refused.badMessage',
  tooLarge: 'net.refused.tooLarge',
  tooFast: 'net.refused.tooFast',
  version: 'net.refused.version',
  badCode: 'net.refused.badCode',
  badToken: 'net.refused.badToken',
  full: 'net.refused.full',
  notSeated: 'net.refused.notSeated',
  illegal: 'net.refused.illegal',
  stale: 'net.refused.stale',
  noUndo: 'net.refused.noUndo',
  over: 'net.refused.over',
  password: 'net.refused.password',
  noLobby: 'net.refused.noLobby',
  paused: 'net.refused.paused',
  notTeacher: 'net.refused.notTeacher',
  stopped: 'net.refused.stopped',
};

/** The problem in words, in `lang` (English for logs and bots). */
export function netProblemText(problem: NetProblem, lang: Lang = 'en'): string {
  switch (problem.kind) {
    case 'connect': {
      const cause = problem.cause === 'other' ? (problem.detail ?? t(lang, 'net.cause.closed')) : t(lang, `net.cause.${problem.cause}`);
      return t(lang, 'net.problem.connect', { url: problem.url, cause });
    }
    case 'unreachable':
      return t(lang, 'net.problem.unreachable', { url: problem.url });
    case 'version':
      return t(lang, 'net.problem.version', { theirs: problem.theirs, ours: NET_PROTOCOL_VERSION });
    case 'notGame':
      return t(lang, 'net.problem.notGame', { url: problem.url });
    case 'hostLeft':
      return t(lang, 'net.problem.hostLeft');
    case 'refused': {
      // A code from a newer server is not in the table: its own words, then.
      const key: MessageKey | undefined = (REFUSED_KEY as Partial<Record<string, MessageKey>>)[problem.code];
      return key ? t(lang, key, { ours: NET_PROTOCOL_VERSION }) : problem.message;
    }
    default: {
      const unhandled: never = problem;
      throw new Error(`problem not handled: ${JSON.stringify(unhandled)}`);
    }
  }
}
