// Games with bots: the bot's turn is shown thinking, then what it did and why; a bot's secret
// headline reason waits for the reveal; two bots play a game to watch; undo takes back only
// the player's own moves; a saved game resumes where it stopped.
import { afterEach, describe, expect, it } from 'vitest';
import { applyAction, createGame, legalActions } from '../../src/engine/index.js';
import { botRunner, type BotRequest, type ChooseBotAction } from '../../src/ui/game/bots.js';
import { fixtureSetup } from '../engine/fixture-deck.js';
import { KEY, mountPlay, type PlayHarness } from './helpers.js';

let screen: PlayHarness | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

/** The random bot, with a reason that names the kind of move, recording what it was asked. */
function taggedBot(requests: BotRequest[] = []): ChooseBotAction {
  const inner = botRunner();
  return async (request) => {
    requests.push(request);
    const choice = await inner(request);
    return { ...choice, reason: `because-${choice.action.type}` };
  };
}

describe('a bot opponent', () => {
  it('shows the bot thinking, then logs its move with its reason; it sees only its own view', async () => {
    const requests: BotRequest[] = [];
    screen = await mountPlay({ setup: fixtureSetup(7), seats: { us: 'human', china: 'random' }, chooseBotAction: taggedBot(requests), thinkMs: 400 });
    await screen.waitFor('Huawei is thinking…');
    await screen.waitFor('because-chooseFirst');
    expect(requests.length).toBeGreaterThan(0);
    for (const r of requests) {
      expect(r.side).toBe('china');
      expect(r.view.side).toBe('china');
      expect(r.view).not.toHaveProperty('hands');
      expect(r.view).not.toHaveProperty('deck');
    }
  });

  it('keeps a bot headline and its reason secret until both headlines are revealed', async () => {
    // Seed 7: China chooses, and the random bot puts Huawei first, so it headlines first.
    screen = await mountPlay({ setup: fixtureSetup(7), seats: { us: 'human', china: 'random' }, chooseBotAction: taggedBot() });
    const choosing = await screen.waitFor('Choose your headline');
    expect(choosing).toContain('Huawei has chosen a headline');
    expect(choosing).not.toContain('because-headline');
    expect(choosing).not.toContain('Headlines revealed');
    await screen.press(KEY.enter, KEY.enter);
    await screen.press(KEY.esc);
    await screen.press('L');
    const log = await screen.waitFor('Game log');
    expect(log).toContain('Headlines revealed');
    expect(log).toMatch(/Huawei’s headline: .* — because-headline/);
  });

  it('plays a game of two bots to watch, step by step, to the end screen', async () => {
    screen = await mountPlay({ setup: fixtureSetup(3), seats: { us: 'random', china: 'random' } });
    const end = await screen.waitFor('Game over', 20_000);
    expect(end).toMatch(/wins|A draw/);
    expect(screen.changes.length).toBeGreaterThan(5);
    // Each bot move was its own step: one change per action.
    expect(screen.changes.map((c) => c.actions.length)).toEqual(screen.changes.map((_, i) => i + 1));
  }, 30_000);
});

describe('undo', () => {
  it('takes back the player’s own moves while nothing new was revealed, and never the bot’s', async () => {
    screen = await mountPlay({ setup: fixtureSetup(8), seats: { us: 'human', china: 'random' } });
    await screen.waitFor('Choose your headline');
    // The cursor starts on the signature card (a headline too when Leadership is even): headline
    // the next card and keep the signature card for the action round.
    await screen.press(KEY.down, KEY.enter, KEY.enter);
    await screen.waitFor('Play a card: action 1 of 4');
    // A headline reveal cannot be undone.
    await screen.press('u');
    expect(screen.frame()).toContain('Nothing to undo');
    // Play the signature card for Ops, place one influence, then take the point back.
    await screen.press('1', '2');
    await screen.waitFor('Place influence: 3 Ops left');
    const before = screen.changes.length;
    await screen.press(KEY.enter);
    await screen.waitFor('Place influence: 2 Ops left');
    await screen.press('u');
    const undone = await screen.waitFor('Place influence: 3 Ops left');
    expect(undone).toContain('Move taken back.');
    expect(screen.changes.length).toBe(before + 2);
    expect(screen.changes.at(-1)?.actions.length).toBe((screen.changes.at(-2)?.actions.length ?? 0) - 1);
    // Finish the move; once the bot has answered, its move is not ours to take back.
    await screen.press(KEY.enter, KEY.enter);
    // One Op left is said in the singular.
    expect(await screen.waitFor('Place influence: 1 Op left (')).not.toContain('1 Ops');
    await screen.press(KEY.enter);
    await screen.waitFor('Play a card: action 2 of 4');
    await screen.press('u');
    expect(screen.frame()).toContain('Nothing to undo');
  });
});

describe('resuming a saved game', () => {
  it('starts from the saved actions without reporting them again', async () => {
    const setup = fixtureSetup(11);
    let state = createGame(setup);
    const actions = [];
    for (let i = 0; i < 6; i++) {
      const action = legalActions(state)[0];
      if (!action) break;
      actions.push(action);
      state = applyAction(state, action);
    }
    screen = await mountPlay({ setup, seats: { us: 'human', china: 'human' }, actions });
    const frame = await screen.waitFor('Pass the keyboard');
    expect(screen.changes).toHaveLength(0);
    expect(frame).toContain(state.decision?.side === 'us' ? 'Washington (US)' : 'Huawei (China)');
  });
});
