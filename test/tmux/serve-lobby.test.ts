// A class server in real terminals at 80×24, on 127.0.0.1: `serve` prints its address, a student
// `join HOST:PORT`s and waits, the teacher's dashboard (`watch HOST:PORT`) shows the game and who
// is connected, a second student takes the free seat; the second student's terminal is killed
// and `join HOST:PORT` again brings them back to the same game, not a new one; the teacher rings
// the bell and starts a new round of pairings, which moves both students to a new game on the
// other side; Ctrl-C stops the server cleanly. Needs the bundle (`npm run build`) and tmux; skipped, saying why, without either.
import { afterEach, describe, expect, it } from 'vitest';
import { keys, killSession, skipReason, Terminals, waitFor } from './driver.js';

const skip = skipReason('test/tmux/serve-lobby.test.ts');
const terminals = new Terminals('sc-serve');
afterEach(() => terminals.cleanup());

const SIZE = { columns: 80, rows: 24 };

describe.skipIf(skip !== null)('serve, two students and the teacher in four terminals', () => {
  it('seats both students in one game, shows it on the dashboard, and takes a killed student back', async () => {
    const data = terminals.tempDir();
    const server = terminals.start(SIZE, ['serve', '--port', '0', '--data', data, '--rounds', '1'], { NO_COLOR: '1' });
    const banner = await waitFor(server, /Serving on 127\.0\.0\.1:\d+/, 'the server listening');
    const address = /127\.0\.0\.1:\d+/.exec(banner)?.[0] as string;
    expect(banner).toContain(`Players join with: silicon-curtain join ${address}`);
    // The teacher's token, on a line the 80 columns may have wrapped.
    const token = /--teacher ([0-9a-f]{32})/.exec(banner.replace(/\n/g, ''))?.[1] as string;
    expect(token).toMatch(/^[0-9a-f]{32}$/);

    const student = (home: string) => terminals.start(SIZE, ['join', address], { NO_COLOR: '1', SILICON_CURTAIN_HOME: home });
    const homeA = terminals.tempDir();
    const homeB = terminals.tempDir();
    const a = student(homeA);
    await waitFor(a, 'Waiting for the other player to join.', 'the first student waiting');

    const teacher = terminals.start(SIZE, ['watch', address, '--teacher', token], { NO_COLOR: '1' });
    const one = await waitFor(teacher, 'Games: 1 · being played: 1 · players connected: 1', 'the dashboard with one student');
    expect(one).toMatch(/▶ [A-Z0-9]{8} ● \S+.*· free seat .* waiting/);

    let b = student(homeB);
    await waitFor(b, /to act/, 'the second student in the game');
    await waitFor(teacher, 'Games: 1 · being played: 1 · players connected: 2', 'the dashboard with both students');

    killSession(b);
    await waitFor(a, /Waiting for \S+ to reconnect/, 'the first student told the other is away');
    expect(await waitFor(teacher, 'players connected: 1', 'the dashboard showing one away')).toMatch(/● \S+\s+○ \S+/);

    b = student(homeB);
    await waitFor(b, /to act/, 'the second student back');
    expect(await waitFor(teacher, 'Games: 1 · being played: 1 · players connected: 2', 'the same game, both connected')).not.toContain('Games: 2');

    // p pauses every game (the students' moves are held), p again resumes.
    keys(teacher, 'p');
    expect(await waitFor(teacher, 'PAUSED', 'the games paused')).toContain('p resume all');
    keys(teacher, 'p');
    await waitFor(teacher, (shown) => !shown.includes('PAUSED') && shown.includes('p pause all'), 'the games resumed');

    // Enter watches the chosen game as a spectator (no hand shown); leaving it comes back here.
    keys(teacher, 'Enter');
    const watching = await waitFor(teacher, 'Hands (hidden)', 'the teacher watching the game');
    expect(watching).not.toContain('Hand · ');
    keys(teacher, 'q');
    await waitFor(teacher, 'Quit this game?');
    keys(teacher, 'y');
    await waitFor(teacher, 'Games: 1 · being played: 1 · players connected: 2', 'back on the dashboard');

    // b asks, y rings the bell: the game ends where it stands, both students are told.
    keys(teacher, 'b');
    await waitFor(teacher, 'End every game now, saved as it stands?', 'the bell asking first');
    keys(teacher, 'y');
    await waitFor(teacher, 'The bell: 1 game ended and saved.', 'the bell rung');
    await waitFor(teacher, 'ended at bell', 'the game marked ended');
    await waitFor(a, /The teacher ended the game \(round 1\/1\): (US leads|China leads|level)/, 'the first student told');
    await waitFor(b, /The teacher ended the game \(round 1\/1\)/, 'the second student told');
    // N: a new game, sides swapped, each student moved there without typing anything.
    keys(teacher, 'N');
    await waitFor(teacher, 'New pairings, round 1', 'the new round');
    await waitFor(teacher, 'Games: 2 · being played: 1 · players connected: 2', 'the new game listed');
    keys(teacher, 'Down');
    await waitFor(teacher, 'Pairing 1: US ← the student from', 'the new game on the dashboard');
    await waitFor(a, /you now play China|\(China\) to act/, 'the first student, now China');
    await waitFor(b, /you now play US|\(US\) to act/, 'the second student, now the US');
    keys(teacher, 'q');
    await waitFor(teacher, 'EXIT=0', 'the dashboard leaving cleanly');
    keys(server, 'C-c');
    expect(await waitFor(server, 'EXIT=0', 'the server stopping cleanly')).toContain('Server stopped (2 games).');
  }, 90_000);
});
