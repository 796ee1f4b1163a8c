// The teacher's dashboard (`watch HOST:PORT`) at 80x24 in both languages and without colour:
// every game on its line with who sits where and whether they are connected, the round, the
// Leadership, the result; the list follows the server's updates; Enter picks a game to watch.
import { afterEach, describe, expect, it } from 'vitest';
import { LobbyApp, type LobbyChoice, type LobbyFeed, type LobbyGameLine, type LobbyStatus, type TeacherNews } from '../../src/ui/lobby-app.js';
import { KEY, mount, type Screen } from '../ui/helpers.js';

let screen: Screen | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

const now = new Date().toISOString();
const GAMES: LobbyGameLine[] = [
  {
    code: 'AAAA2222',
    seats: { us: 'present', china: 'away' },
    players: { us: 'human', china: 'human' },
    personas: { us: 'nvidia', china: 'huawei' },
    round: 2,
    rounds: 3,
    leadership: -4,
    clock: 3,
    actionCount: 41,
    toAct: 'china',
    outcome: null,
    movedAt: now,
  },
  {
    code: 'BBBB3333',
    seats: { us: 'present', china: 'open' },
    players: { us: 'easy', china: 'human' },
    personas: { us: 'washington', china: 'beijing' },
    round: 1,
    rounds: 3,
    leadership: 0,
    clock: 5,
    actionCount: 0,
    toAct: 'us',
    outcome: null,
    movedAt: now,
  },
  {
    code: 'CCCC4444',
    seats: { us: 'away', china: 'away' },
    players: { us: 'human', china: 'hard' },
    personas: { us: 'nvidia', china: 'beijing' },
    round: 3,
    rounds: 3,
    leadership: 7,
    clock: 2,
    actionCount: 120,
    toAct: null,
    outcome: { winner: 'us', reason: 'finalScoring' },
    movedAt: now,
  },
];

type Update = { games: LobbyGameLine[]; paused?: boolean } | { status: LobbyStatus } | { teacher: TeacherNews };

function feed(): { feed: LobbyFeed; push: (update: Update) => void } {
  let listener: ((u: Update) => void) | null = null;
  const backlog: Update[] = [];
  return {
    feed: { subscribe: (next) => ((listener = next), backlog.splice(0).forEach(next), () => (listener = null)) },
    push: (u) => (listener ? listener(u) : backlog.push(u)),
  };
}

describe('the lobby dashboard', () => {
  it('lists every game with its seats, round, Leadership and state, and follows updates', async () => {
    const { feed: f, push } = feed();
    const chosen: LobbyChoice[] = [];
    screen = mount(<LobbyApp feed={f} address="127.0.0.1:7300" onExit={(c) => chosen.push(c)} />, { color: false });
    push({ status: 'connected' });
    push({ games: GAMES.slice(0, 2) });
    const frame = await screen.waitFor('BBBB3333');
    expect(frame).toContain('Games: 2 · being played: 2 · players connected: 2');
    expect(frame).toMatch(/AAAA2222 ● NVIDIA\s+○ Huawei\s+2\/3\s+C\+4\s+3\s+41 .* China to act/);
    expect(frame).toMatch(/BBBB3333 ● easy\s+· free seat\s+1\/3 .* waiting/);
    push({ games: GAMES });
    expect(await screen.waitFor('CCCC4444')).toMatch(/CCCC4444 ○ NVIDIA\s+○ hard\s+3\/3\s+U\+7 .* US won/);
    for (const line of screen.frame().split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    await screen.press(KEY.down, KEY.down, KEY.enter);
    expect(chosen).toEqual([{ watch: 'CCCC4444' }]);
    await screen.press('q');
    expect(chosen.at(-1)).toEqual({ quit: true, problem: null });
  });

  it('in French, and says when the connection is lost', async () => {
    const { feed: f, push } = feed();
    screen = mount(<LobbyApp feed={f} address="127.0.0.1:7300" onExit={() => {}} />, { lang: 'fr', color: false });
    push({ status: 'connected' });
    push({ games: GAMES });
    const frame = await screen.waitFor('CCCC4444');
    expect(frame).toContain('Silicon Curtain · les parties de 127.0.0.1:7300');
    expect(frame).toContain('Parties\u00a0: 3 · en cours\u00a0: 2 · joueurs connectés\u00a0: 2');
    expect(frame).toContain('Chine joue');
    expect(frame).toContain('· libre');
    expect(frame).toContain('États-Unis gagne');
    push({ status: 'reconnecting' });
    expect(await screen.waitFor('reconnexion')).toContain('CCCC4444');
  });

  it('says there is no game yet', async () => {
    const { feed: f, push } = feed();
    screen = mount(<LobbyApp feed={f} address="127.0.0.1:7300" onExit={() => {}} />);
    push({ status: 'connected' });
    push({ games: [] });
    expect(await screen.waitFor('No game yet')).toContain('Games: 0 · being played: 0 · players connected: 0');
  });

  it("with the teacher's token, p pauses and resumes every game", async () => {
    const { feed: f, push } = feed();
    const sent: string[] = [];
    screen = mount(<LobbyApp feed={{ ...f, teacher: (command) => sent.push(command) }} address="127.0.0.1:7300" onExit={() => {}} />);
    push({ status: 'connected' });
    push({ games: GAMES, paused: false });
    expect(await screen.waitFor('CCCC4444')).toContain('p pause all');
    await screen.press('p');
    expect(sent).toEqual(['pause']);
    push({ games: GAMES, paused: true });
    const paused = await screen.waitFor('PAUSED');
    expect(paused).toContain('p resume all');
    await screen.press('p');
    expect(sent).toEqual(['pause', 'resume']);
  });

  it('without the token, p does nothing and no pause is offered', async () => {
    const { feed: f, push } = feed();
    screen = mount(<LobbyApp feed={f} address="127.0.0.1:7300" onExit={() => {}} />);
    push({ status: 'connected' });
    push({ games: GAMES, paused: true });
    const frame = await screen.waitFor('CCCC4444');
    expect(frame).not.toContain('pause all');
    expect(frame).not.toContain('PAUSED');
    expect(frame).not.toContain('new pairings');
  });

  it("with the teacher's token, b asks before it rings the bell, and says what it did", async () => {
    const { feed: f, push } = feed();
    const sent: string[] = [];
    screen = mount(<LobbyApp feed={{ ...f, teacher: (command) => sent.push(command) }} address="127.0.0.1:7300" onExit={() => {}} />, { color: false });
    push({ status: 'connected' });
    push({ games: GAMES });
    const frame = await screen.waitFor('CCCC4444');
    expect(frame).toContain('Enter watch · p pause all · b bell: end all · N new pairings · q quit');
    await screen.press('b');
    expect(await screen.waitFor('End every game now')).toContain('y end them · n not now');
    // Anything but y keeps the games going.
    await screen.press('n');
    expect(sent).toEqual([]);
    expect(screen.frame()).not.toContain('End every game now');
    await screen.press('b', 'y');
    expect(sent).toEqual(['end']);
    push({ teacher: { command: 'end', ended: 2 } });
    push({
      games: GAMES.map((g) =>
        g.outcome ? g : { ...g, stopped: { round: g.round, rounds: g.rounds, leadership: g.leadership, leader: g.leadership < 0 ? 'china' : null } },
      ),
    });
    const rung = await screen.waitFor('The bell: 2 games ended and saved.');
    expect(rung).toMatch(/AAAA2222 .* ended at bell/);
    expect(rung).toContain('being played: 0');
    // The next key clears the news; the chosen game then tells where the bell stopped it.
    await screen.press(KEY.down, KEY.up);
    expect(await screen.waitFor('AAAA2222 ended at the bell')).toContain('AAAA2222 ended at the bell in round 2/3: China leads, Leadership −4');
    for (const line of screen.frame().split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('N asks the server for new pairings and shows whom each new game seats', async () => {
    const { feed: f, push } = feed();
    const sent: string[] = [];
    screen = mount(<LobbyApp feed={{ ...f, teacher: (command) => sent.push(command) }} address="127.0.0.1:7300" onExit={() => {}} />, {
      lang: 'fr',
      color: false,
    });
    push({ status: 'connected' });
    push({ games: GAMES });
    await screen.waitFor('CCCC4444');
    await screen.press('N');
    expect(sent).toEqual(['pair']);
    push({ teacher: { command: 'pair', round: 1, games: 0, students: 0, refused: 'running' } });
    expect(await screen.waitFor('sonnez d’abord')).toContain('Des parties sont encore en cours');
    const paired: LobbyGameLine = {
      ...(GAMES[0] as LobbyGameLine),
      code: 'DDDD5555',
      actionCount: 0,
      pairing: { round: 2, from: { us: 'AAAA2222', china: null } },
    };
    push({ games: [paired, ...GAMES] });
    push({ teacher: { command: 'pair', round: 2, games: 1, students: 1 } });
    expect(await screen.waitFor('Nouvelles paires, tour 2')).toContain('chacun a une nouvelle partie, dans l’autre camp.');
    await screen.press(KEY.down, KEY.up);
    expect(await screen.waitFor('Paires 2')).toContain('Paires 2\u00a0: États-Unis ← l’élève de AAAA2222, Chine ← le bot du serveur');
    for (const line of screen.frame().split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });
});
