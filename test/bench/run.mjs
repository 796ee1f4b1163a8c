// `npm run bench [-- NAME... [--option value...]]`: runs every test/bench/*.bench.mjs (or those whose
// name contains NAME), one child process each so they do not warm each other up. Benchmarks print
// figures; they do not pass or fail. The exit code is non-zero only if a benchmark crashed.
//
// TypeScript benchmarks (*.bench.ts, run through tsx) run only when named: the AI ladder plays
// hundreds of games and takes minutes to hours. Arguments from the first `--option` on go to
// each benchmark that runs, e.g. `npm run bench -- ai-ladder --games 400 --workers 1`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const firstOption = args.findIndex((arg) => arg.startsWith('--'));
const filters = firstOption < 0 ? args : args.slice(0, firstOption);
const options = firstOption < 0 ? [] : args.slice(firstOption);
const named = (name) => filters.some((filter) => name.includes(filter));
const benches = readdirSync(here)
  .filter((name) => (name.endsWith('.bench.mjs') && (filters.length === 0 || named(name))) || (name.endsWith('.bench.ts') && named(name)))
  .sort();

if (benches.length === 0) {
  console.error(`bench: no test/bench/*.bench.mjs or *.bench.ts matches ${filters.join(' ')}`);
  process.exit(1);
}

const crashed = [];
for (const name of benches) {
  console.log(`\n== ${name}`);
  const loader = name.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const result = spawnSync(process.execPath, [...loader, path.join(here, name), ...options], { stdio: 'inherit' });
  if (result.status !== 0) crashed.push(`${name} (exit ${result.status ?? result.signal})`);
}
if (crashed.length > 0) {
  console.error(`\nbench: crashed: ${crashed.join(', ')}`);
  process.exit(1);
}
