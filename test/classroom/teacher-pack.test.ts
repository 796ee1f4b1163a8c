// The teacher's pack (docs/classroom, classroom review §3.6): a teacher types the commands it
// shows, so each one must be a real command with real options. The paragraph of commands other
// branches are adding (a blockquote, "class commands") is checked after they merge, not here.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { createProgram } from '../../src/cli/program.js';
import { captureIO } from '../cli/capture-io.js';
import { REPO } from '../cli/built-cli.js';

const DOCS = path.join(REPO, 'docs', 'classroom');
const FILES = readdirSync(DOCS).filter((f) => f.endsWith('.md'));

/** Every `silicon-curtain …` command line of a document, outside blockquotes. */
function commandLines(text: string): string[] {
  const lines = text.split('\n').filter((line) => !line.trimStart().startsWith('>'));
  const found: string[] = [];
  for (const line of lines) {
    const spans = line.startsWith('    ') ? [line.trim()] : [...line.matchAll(/`([^`]*)`/g)].map((m) => m[1] ?? '');
    for (const span of spans) if (span.startsWith('silicon-curtain ')) found.push(span);
  }
  return found;
}

/** Why a command line would fail, or null: an unknown command or option. */
function problem(program: Command, line: string): string | null {
  const words = line.split(/\s+/).slice(1);
  // `silicon-curtain COMMAND --help`: a placeholder, not a command.
  if (/^[A-Z]+$/.test(words[0] ?? '')) return null;
  let command = program;
  let i = 0;
  // Descend into the command and its subcommands (`cards show`).
  for (; i < words.length; i++) {
    const sub = command.commands.find((c) => c.name() === words[i]);
    if (!sub) break;
    command = sub;
  }
  if (command === program && !(words[0] ?? '').startsWith('-')) return `${line}: no command '${words[0]}'`;
  const known = new Set(['--help', '--lang', '--version', ...command.options.map((o) => o.long)]);
  for (const option of words.slice(i).filter((w) => w.startsWith('--'))) {
    if (!known.has(option)) return `${line}: ${command.name()} has no option ${option}`;
  }
  return null;
}

describe("the teacher's pack", () => {
  const program = createProgram(captureIO());

  it('is in English and in French', () => {
    expect(FILES).toEqual(
      expect.arrayContaining(['teacher-guide.md', 'guide-enseignant.md', 'worksheet.md', 'fiche-eleve.md', 'rules-summary.md', 'resume-regles.md']),
    );
  });

  it('tells a wrong command from a right one', () => {
    expect(problem(program, 'silicon-curtain debrief FILE --export md')).toBeNull();
    expect(problem(program, 'silicon-curtain cards show ID')).toBeNull();
    expect(problem(program, 'silicon-curtain debrif FILE')).toMatch(/no command 'debrif'/);
    expect(problem(program, 'silicon-curtain play --colour red')).toMatch(/no option --colour/);
  });

  for (const file of FILES) {
    it(`${file}: every command it shows exists, with its options`, () => {
      const text = readFileSync(path.join(DOCS, file), 'utf8');
      const problems = commandLines(text)
        .map((line) => problem(program, line))
        .filter((p) => p !== null);
      expect(problems).toEqual([]);
    });
  }

  it('the guides show the class command and the debrief handout', () => {
    for (const file of ['teacher-guide.md', 'guide-enseignant.md']) {
      const lines = commandLines(readFileSync(path.join(DOCS, file), 'utf8'));
      expect(lines.some((l) => l.startsWith('silicon-curtain play --us human --china human') && l.includes('--seed'))).toBe(true);
      expect(lines.some((l) => l.startsWith('silicon-curtain debrief') && l.includes('--export md'))).toBe(true);
    }
  });
});
