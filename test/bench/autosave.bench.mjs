// `npm run bench autosave`: the autosave's cost per action (the benchmark is TypeScript: run it through tsx).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, 'autosave-bench.ts')], { stdio: 'inherit' });
process.exit(result.status ?? 1);
