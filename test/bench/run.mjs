// `npm run bench [-- NAME...]`: runs every test/bench/*.bench.mjs (or those whose name contains NAME),
// one child process each so they do not warm each other up. Benchmarks print figures; they do not
// pass or fail. The exit code is non-zero only if a benchmark crashed.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((name) => name.endsWith('.bench.mjs'))
  .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
  .sort();

if (benches.length === 0) {
  console.error(`bench: no test/bench/*.bench.mjs matches ${filters.join(' ')}`);
  process.exit(1);
}

const crashed = [];
for (const name of benches) {
  console.log(`\n== ${name}`);
  const result = spawnSync(process.execPath, [path.join(here, name)], { stdio: 'inherit' });
  if (result.status !== 0) crashed.push(`${name} (exit ${result.status ?? result.signal})`);
}
if (crashed.length > 0) {
  console.error(`\nbench: crashed: ${crashed.join(', ')}`);
  process.exit(1);
}
