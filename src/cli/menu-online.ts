// "Play online" from the main menu: runs `host`, `join ADDRESS` or `watch ADDRESS` as if typed,
// inside the menu's screen. What they would print goes nowhere (the screen is the menu's); a
// failure comes back as its one line, for the menu to show under the online entries.
import type { Lang } from '../i18n/lang.js';
import { reportFailure } from './errors.js';
import { ExitRequested, type CliIO } from './io.js';
import type { OnlineRequest } from '../ui/menu/online-screens.js';

export function menuOnline(io: CliIO, lang: Lang): (request: OnlineRequest) => Promise<{ interrupted: boolean; problem: string | null }> {
  return async (request) => {
    const args = request.mode === 'host' ? ['host'] : [request.mode === 'watch' ? 'watch' : 'join', request.address];
    const said: string[] = [];
    const quiet: CliIO = {
      ...io,
      stdout: (text) => said.push(text),
      stderr: (text) => said.push(text),
      exit: (code) => {
        throw new ExitRequested(code);
      },
    };
    // program.ts registers this module's caller: loaded here, when the entry is chosen.
    const { COMMANDS, createProgram } = await import('./program.js');
    const program = createProgram(quiet, COMMANDS, lang);
    try {
      await program.parseAsync([...args, '--lang', lang], { from: 'user' });
      return { interrupted: false, problem: null };
    } catch (error) {
      if (error instanceof ExitRequested) return { interrupted: false, problem: said.join('').trim().split('\n').at(-1) ?? null };
      const text = reportFailure(error, false, lang)
        .text.trim()
        .replace(/^silicon-curtain: /, '');
      return { interrupted: false, problem: text === '' ? null : text };
    }
  };
}
