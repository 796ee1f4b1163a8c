// runPlay on a terminal: the alternate screen is entered and always left (quit, signal, crash);
// a bad setup fails before the screen changes; without a terminal no screen codes are written.
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { SetupError } from '../../src/engine/index.js';
import { runPlay } from '../../src/ui/launch.js';
import { fixtureSetup } from '../engine/fixture-deck.js';
import { settle } from './helpers.js';

const ENTER = '\u001B[?1049h';
const LEAVE = '\u001B[?25h\u001B[?1049l';

class FakeStdout extends EventEmitter {
  columns = 80;
  rows = 24;
  written = '';
  constructor(readonly isTTY: boolean) {
    super();
  }
  write = (text: string) => {
    this.written += text;
    return true;
  };
}

class FakeStdin extends EventEmitter {
  isTTY = true;
  private data: string | null = null;
  send(text: string) {
    this.data = text;
    this.emit('readable');
  }
  read = () => {
    const data = this.data;
    this.data = null;
    return data;
  };
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

function terminal(isTTY = true) {
  const stdout = new FakeStdout(isTTY);
  const stdin = new FakeStdin();
  return {
    stdout,
    stdin,
    streams: {
      stdout: stdout as unknown as NodeJS.WriteStream,
      stdin: stdin as unknown as NodeJS.ReadStream,
      stderr: new FakeStdout(false) as unknown as NodeJS.WriteStream,
      events: process,
    },
  };
}

async function until(test: () => boolean) {
  for (let i = 0; i < 200 && !test(); i++) await settle(1);
}

afterEach(() => settle());

describe('runPlay', () => {
  it('draws on the alternate screen and restores the terminal when the player quits', async () => {
    const t = terminal();
    const done = runPlay({ setup: fixtureSetup(7), seats: { us: 'human', china: 'human' }, lang: 'en', thinkMs: 0, terminal: t.streams });
    await until(() => t.stdout.written.includes('Pass the keyboard'));
    expect(t.stdout.written.startsWith(ENTER)).toBe(true);
    t.stdin.send('q');
    await settle();
    t.stdin.send('y');
    const result = await done;
    expect(result.outcome).toBeNull();
    expect(t.stdout.written.endsWith(LEAVE)).toBe(true);
  });

  it('restores the terminal when a signal stops the game', async () => {
    const t = terminal();
    const done = runPlay({ setup: fixtureSetup(7), seats: { us: 'human', china: 'human' }, lang: 'en', terminal: t.streams });
    await until(() => t.stdout.written.includes('Pass the keyboard'));
    process.emit('SIGTERM');
    const result = await done;
    expect(result.outcome).toBeNull();
    expect(t.stdout.written.endsWith(LEAVE)).toBe(true);
    expect(process.listeners('SIGTERM').length).toBeLessThanOrEqual(1);
  });

  it('restores the terminal and reports the error when a bot fails', async () => {
    const t = terminal();
    const broken = () => Promise.reject(new Error('the bot fell over'));
    const done = runPlay({
      setup: fixtureSetup(7),
      seats: { us: 'human', china: 'random' },
      lang: 'en',
      thinkMs: 0,
      chooseBotAction: broken,
      terminal: t.streams,
    });
    await expect(done).rejects.toThrow('the bot fell over');
    expect(t.stdout.written.endsWith(LEAVE)).toBe(true);
  });

  it('rejects a bad setup before touching the screen', async () => {
    const t = terminal();
    await expect(
      runPlay({ setup: { ...fixtureSetup(7), rounds: 99 }, seats: { us: 'human', china: 'human' }, lang: 'en', terminal: t.streams }),
    ).rejects.toBeInstanceOf(SetupError);
    expect(t.stdout.written).toBe('');
  });

  it('writes no screen codes when the output is not a terminal', async () => {
    const t = terminal(false);
    const done = runPlay({ setup: fixtureSetup(7), seats: { us: 'human', china: 'human' }, lang: 'en', terminal: t.streams });
    await settle(10);
    t.stdin.send('\u0003');
    await done;
    expect(t.stdout.written).not.toContain(ENTER);
  });
});
