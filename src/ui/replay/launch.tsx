// Runs the replay screen in the terminal until the player quits. Loaded lazily by the
// `replay` command, so commands that print do not pay for Ink. It mounts like the game does:
// the same alternate screen (restored on Ctrl-C and signals), language and NO_COLOR setting.
import type { Lang } from '../../i18n/lang.js';
import { mountApp, openSession, type Terminal } from '../launch.js';
import { ReplayScreen, type ReplayScreenProps } from './replay-screen.js';

export interface RunReplayOptions extends Omit<ReplayScreenProps, 'onExit'> {
  lang: Lang;
  /** False for NO_COLOR (the command line reads the environment). */
  color: boolean;
  terminal?: Terminal;
}

export async function runReplay({ lang, color, terminal = {}, ...screen }: RunReplayOptions): Promise<void> {
  const session = openSession(terminal);
  try {
    await mountApp<true>((finish) => <ReplayScreen {...screen} onExit={() => finish(true)} />, { lang, color, terminal, session });
  } finally {
    session.leave();
  }
}
