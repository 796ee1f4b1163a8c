// `silicon-curtain class report FOLDER` on a folder of eight real saves of bot games on the base
// deck, one for each persona matchup twice (issue 20): the counts, both formats and languages,
// files that are not saves skipped with one line each, and a folder with no game refused.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { classCommand } from '../../src/cli/commands/class.js';
import { buildClassReport, CHINA_PERSONAS, US_PERSONAS } from '../../src/classroom/class-report.js';
import { histogram, histogramLines, leadershipWords, median } from '../../src/classroom/class-stats.js';
import type { GameState } from '../../src/engine/index.js';
import { runCli } from '../cli/capture-io.js';
import { EIGHT_GAMES, writeBotGameSave, writeBotGameSaves } from './fixtures/bot-game-saves.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'sc-class-report-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const saves = path.join(scratch, 'class');
mkdirSync(saves);
const states: GameState[] = writeBotGameSaves(saves);
// What a shared folder also holds: a note, a save cut short, a backup, a hidden temporary.
writeFileSync(path.join(saves, 'notes.txt'), 'bring the projector\nroom 12\n');
writeFileSync(path.join(saves, 'cut.json'), readFileSync(path.join(saves, 'game-1.json'), 'utf8').slice(0, 300));
copyFileSync(path.join(saves, 'game-2.json'), path.join(saves, 'game-2.json.bak'));
writeFileSync(path.join(saves, '.game-3.json.123.tmp'), '{');

const commands = [classCommand()];
const oneLine = (text: string) => text.endsWith('\n') && !text.slice(0, -1).includes('\n');
const final = (s: GameState) => s.outcome?.leadership ?? s.leadership;

/** The table row of a matchup in the Markdown report. */
function row(md: string, label: string): string[] {
  const line = md.split('\n').find((l) => l.startsWith(`| ${label} |`));
  expect(line, label).toBeDefined();
  return (line as string)
    .split('|')
    .slice(1, -1)
    .map((c) => c.trim());
}

describe('the eight bot games', () => {
  it('cover every persona matchup and end', () => {
    const matchups = new Set(states.map((s) => `${s.setup.personas.us}-${s.setup.personas.china}`));
    expect(matchups.size).toBe(US_PERSONAS.length * CHINA_PERSONAS.length);
    expect(states.every((s) => s.outcome !== null)).toBe(true);
  });
});

describe('silicon-curtain class report', () => {
  it('reads every save, skips the note and the cut save with one line each, and counts by matchup', async () => {
    const run = await runCli(['class', 'report', saves], { commands });
    expect(run.code).toBe(0);
    const warnings = run.err.split('\n').filter((l) => l !== '');
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^silicon-curtain: .*cut\.json is damaged: it ends too early \(truncated\).*; file skipped$/);
    expect(warnings[1]).toMatch(/^silicon-curtain: .*notes\.txt is not JSON: .*; file skipped$/);

    const md = run.out;
    expect(md.split('\n')[0]).toBe('# Silicon Curtain — class debrief');
    expect(md).toContain('Games: 8 · finished: 8 · unfinished: 0');
    for (const us of US_PERSONAS) {
      for (const china of CHINA_PERSONAS) {
        const ours = states.filter((s) => s.setup.personas.us === us && s.setup.personas.china === china);
        const label = `${us === 'nvidia' ? 'NVIDIA' : 'Washington'} v ${china === 'beijing' ? 'Beijing' : 'Huawei'}`;
        const mean = ours.reduce((sum, s) => sum + final(s), 0) / ours.length;
        expect(row(md, label)).toEqual([
          label,
          '2',
          String(ours.filter((s) => s.outcome?.winner === 'us').length),
          String(ours.filter((s) => s.outcome?.winner === 'china').length),
          String(ours.filter((s) => s.outcome && s.outcome.winner === null).length),
          '0',
          leadershipWords('en', mean),
        ]);
      }
    }
    // One row a game, by file name; the backup and the temporary are not games.
    for (let i = 1; i <= EIGHT_GAMES.length; i++) expect(md).toMatch(new RegExp(`^\\| game-${i}\\.json \\| `, 'm'));
    expect(md).not.toContain('.bak');
    const sorted = states.map(final).sort((a, b) => a - b);
    expect(md).toContain(`From ${leadershipWords('en', sorted[0] as number)} to ${leadershipWords('en', sorted.at(-1) as number)}; median `);
  });

  it('names the deciding cards, the common turning points and the questions for the class', async () => {
    const md = (await runCli(['class', 'report', saves, '--export', 'md'], { commands })).out;
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## Results by persona matchup',
      '## How the games ended',
      '## The cards that decided games',
      '## The most common turning points',
      '## Spread of final Leadership',
      '## What happened next',
      '## Questions for the whole-class discussion',
      '## The games',
    ]);
    // Three turning points a game; every kind line counts out of all of them.
    expect(md).toMatch(/^- .+: \d+ of 24 turning points$/m);
    expect(md).toMatch(/\| Card \| Games \| Moved toward the US \| Moved toward China \|\n\|---\|---\|---\|---\|\n\| [^|]+ \| \d \|/);
    expect(md).toContain('1. **The H20 dilemma.**');
    expect(md).toContain('2. **The technological trap.**');
    expect(md).toContain('3. **Bargaining chips.**');
    expect(md).toMatch(/Cards on this theme were played in \d of the 8 games\./);
    expect(md).toContain('**From the class’s games**');
  });

  it('writes a self-contained HTML page with --export html --out, its file names escaped', async () => {
    const dir = path.join(scratch, 'html');
    mkdirSync(dir);
    copyFileSync(path.join(saves, 'game-1.json'), path.join(dir, 'pair <b>&1.json'));
    copyFileSync(path.join(saves, 'game-5.json'), path.join(dir, 'pair 2.json'));
    copyFileSync(path.join(saves, 'game-5.json'), path.join(dir, 'pair 2 (copy).json'));
    const out = path.join(scratch, 'class.html');
    const run = await runCli(['class', 'report', dir, '--export', 'html', '--out', out], { commands });
    expect(run).toEqual({
      code: 0,
      out: `Class debrief written to ${out}\n`,
      err: `silicon-curtain: ${path.join(dir, 'pair 2.json')} is the same game as pair 2 (copy).json; file skipped\n`,
    });
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html.match(/<html\b/g)).toHaveLength(1);
    expect(html.match(/<\/html>/g)).toHaveLength(1);
    expect(html.match(/<body\b/g)).toHaveLength(1);
    expect(html).toContain('<td>pair &lt;b&gt;&amp;1.json</td>');
    expect(html).not.toContain('<b>&1');
    expect(html).not.toMatch(/<(script|link|img|iframe)\b|src=|@import|url\(/);
    expect(html).toContain('<h2>Results by persona matchup</h2>');
    expect(html).toContain('Games: 2 · finished: 2 · unfinished: 0');
  });

  it('speaks French with --lang fr', async () => {
    const run = await runCli(['class', 'report', saves, '--lang', 'fr'], { commands });
    expect(run.code).toBe(0);
    expect(run.out).toContain('# Silicon Curtain — débriefing de la classe');
    expect(run.out).toContain('Parties\u00a0: 8 · terminées\u00a0: 8 · inachevées\u00a0: 0');
    expect(run.out).toContain('| Washington contre Pékin | 2 |');
    expect(run.out).toContain('1. **Le dilemme du H20.**');
    expect(run.out).toContain('## Ce qui s’est passé ensuite');
    // The JSON parser's English detail is left out of the French line.
    expect(run.err).toMatch(/notes\.txt n’est pas une partie sauvegardée \(JSON illisible\)\u202f; fichier ignoré\n/);
    expect(run.err).not.toMatch(/Unexpected|valid JSON|pas du JSON/);
  });

  it('says in one line, exit 1, when the folder is missing, not a folder, empty, or holds no game', async () => {
    const empty = path.join(scratch, 'empty');
    const junk = path.join(scratch, 'junk');
    mkdirSync(empty);
    mkdirSync(junk);
    writeFileSync(path.join(junk, 'a.json'), '[]');
    const cases: [string, RegExp][] = [
      [path.join(scratch, 'nowhere'), /^silicon-curtain: there is no folder at .*nowhere\n$/],
      [path.join(saves, 'game-1.json'), /^silicon-curtain: .*game-1\.json is not a folder\n$/],
      [empty, /^silicon-curtain: no saved game could be read in .*empty\n$/],
    ];
    for (const [folder, message] of cases) {
      const run = await runCli(['class', 'report', folder], { commands });
      expect(run.code, folder).toBe(1);
      expect(run.out).toBe('');
      expect(oneLine(run.err), run.err).toBe(true);
      expect(run.err).toMatch(message);
    }
    const run = await runCli(['class', 'report', junk], { commands });
    expect(run.code).toBe(1);
    expect(run.err.split('\n').filter((l) => l !== '')).toEqual([
      expect.stringMatching(/a\.json is not a saved game: .*; file skipped$/),
      expect.stringMatching(/^silicon-curtain: no saved game could be read in /),
    ]);
  });
});

describe('the class report, aggregated', () => {
  it('counts an unfinished game apart and includes its Leadership in the spread', () => {
    const unfinished = writeBotGameSave(path.join(scratch, 'unfinished.json'), { seed: 201, us: 'nvidia', china: 'huawei', stopAfter: 30 });
    const report = buildClassReport([...states.map((state, i) => ({ file: `g${i}`, state })), { file: 'left', state: unfinished }], 'en');
    expect(report.gamesLine).toBe('Games: 9 · finished: 8 · unfinished: 1');
    expect(report.matchups.find((m) => m.us === 'nvidia' && m.china === 'huawei')).toMatchObject({ games: 3, unfinished: 1 });
    expect(report.games.at(-1)).toMatchObject({ file: 'left', result: `Unfinished (round ${unfinished.round})` });
    expect(report.endings).toContainEqual({ text: 'unfinished', count: 1 });
    expect(report.spread.bars.reduce((n, b) => n + b.count, 0)).toBe(9);
  });

  it('words medians and means, and draws a histogram that groups a wide spread', () => {
    expect(median([3, -2, 5, 1])).toBe(2);
    expect(leadershipWords('en', -1.5)).toBe('China +1.5');
    expect(leadershipWords('fr', 2.25)).toBe('États-Unis +2,3');
    expect(leadershipWords('en', 0)).toBe('level');
    expect(histogramLines(histogram([-1, 0, 0, 2], 'en'))).toEqual(['China +1  █ 1', 'level     ██ 2', 'US +1     0', 'US +2     █ 1']);
    const wide = histogram([-20, 20, 3], 'en');
    expect(wide.length).toBeLessThanOrEqual(12);
    expect(wide[0]?.label).toBe('China +20 … China +17');
  });
});

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(REPO, 'bin/silicon-curtain.js');

describe.skipIf(!existsSync(path.join(REPO, 'dist/silicon-curtain.js')))('the built program', () => {
  it('writes the class report and lists the command in its help', () => {
    const run = spawnSync(process.execPath, [BIN, 'class', 'report', saves, '--export', 'html'], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(run.stderr.split('\n').filter((l) => l !== '')).toHaveLength(2);
    const help = spawnSync(process.execPath, [BIN, 'class', 'report', '--help'], { encoding: 'utf8', timeout: 20_000 });
    expect(help.stdout).toContain('--export <format>');
    expect(help.stdout).toContain('skipped with a one-line warning each');
  });
});
