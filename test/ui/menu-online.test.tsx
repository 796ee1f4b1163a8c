// "Play online" in the main menu: its four ways (host, join an address, join a class server,
// watch), the address typed on its own screen (a paste arrives as one read), Esc back, and a
// failed attempt's one line shown under the entries; in English and French.
import { afterEach, describe, expect, it } from 'vitest';
import { defaultValues, MenuApp, type MainMenuOptions, type MenuOutcome } from '../../src/ui/main-menu.js';
import { FIXTURE_CARDS } from '../engine/fixture-deck.js';
import { fitsTerminal, KEY, mount, settle, type Screen } from './helpers.js';

let screen: Screen | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

async function menu(
  lang: 'en' | 'fr' = 'en',
  online: { address: string; problem: string | null } = { address: '', problem: null },
  start: 'menu' | 'online' = 'menu',
) {
  const outcomes: MenuOutcome[] = [];
  const options: MainMenuOptions = {
    lang,
    decks: { cards: FIXTURE_CARDS, decks: [] },
    rules: '# Rules',
    newSeed: () => 1,
    online: async () => ({ interrupted: false, problem: null }),
  };
  screen = mount(<MenuApp start={start} values={defaultValues(1)} options={options} finish={(o) => outcomes.push(o)} online={online} />, { lang });
  await settle(5);
  return { s: screen, outcomes };
}

describe('Play online', () => {
  it('is an entry of the menu, with four ways to play', async () => {
    const { s, outcomes } = await menu();
    expect(s.frame()).toMatch(/1\s+New game[\s\S]*2\s+Play online[\s\S]*3\s+Rules/);
    await s.press('2');
    const frame = await s.waitFor('Join a class server');
    expect(frame).toMatch(/1\s+Host a game[\s\S]*2\s+Join a game at an address[\s\S]*3\s+Join a class server[\s\S]*4\s+Watch/);
    expect(fitsTerminal(frame, { columns: 80, rows: 24 })).toBe(true);
    await s.press('1');
    expect(outcomes).toEqual([{ kind: 'online', request: { mode: 'host', address: '' } }]);
  });

  it('asks the address of a class server, takes a paste and Backspace, and goes on Enter', async () => {
    const { s, outcomes } = await menu();
    await s.press('2', KEY.down, KEY.down, KEY.enter);
    await s.waitFor('HOST:PORT (a password');
    await s.press('127.0.0.1:73000', KEY.backspace, KEY.enter);
    expect(outcomes).toEqual([{ kind: 'online', request: { mode: 'lobby', address: '127.0.0.1:7300' } }]);
  });

  it('takes an address, a space in it and Enter in one read', async () => {
    const { s, outcomes } = await menu();
    await s.press('2', '2');
    await s.waitFor('as HOST:PORT/CODE:');
    await s.press('127.0.0.1 :7300/ab\r');
    expect(outcomes).toEqual([{ kind: 'online', request: { mode: 'join', address: '127.0.0.1:7300/ab' } }]);
  });

  it('Ctrl-C leaves the address as Esc does', async () => {
    const { s, outcomes } = await menu();
    await s.press('2', '2');
    await s.waitFor('as HOST:PORT/CODE:');
    await s.press('12', '\u0003');
    await settle(5);
    await s.waitFor('Join a class server');
    expect(outcomes).toEqual([]);
  });

  it('Esc leaves the address, then the online screen', async () => {
    const { s, outcomes } = await menu();
    await s.press('2', '4');
    await s.waitFor('HOST:PORT/CODE for one game');
    await s.press(KEY.esc);
    await settle(5);
    await s.waitFor('Join a class server');
    await s.press(KEY.esc);
    await settle(5);
    expect(await s.waitFor('New game')).toContain('Play online');
    expect(outcomes).toEqual([]);
  });

  it('shows why the last attempt failed, and the address typed, in French', async () => {
    const { s, outcomes } = await menu('fr', { address: '10.0.0.5:7300/ABCDEFGH', problem: 'connexion impossible à ws://10.0.0.5:7300' }, 'online');
    expect(s.frame()).toContain('connexion impossible à ws://10.0.0.5:7300');
    expect(s.frame()).toContain('Rejoindre un serveur de classe');
    await s.press('2');
    expect(await s.waitFor('10.0.0.5:7300/ABCDEFGH')).toContain('Tapez l’adresse');
    await s.press(KEY.enter);
    expect(outcomes).toEqual([{ kind: 'online', request: { mode: 'join', address: '10.0.0.5:7300/ABCDEFGH' } }]);
  });
});
