// Runs the property tests with a fresh random seed (the suite always replays
// one seed) and prints the seed, so a failure can be replayed:
//   SAGELINT_FUZZ_SEED=<seed> npx vitest run <file>
// Arguments name the test files to fuzz; by default, every file whose
// properties are seeded through test/helpers/property.ts.
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

function propertyTestFiles() {
  return ['src', 'rules', 'test']
    .flatMap((dir) => readdirSync(dir, { recursive: true }).map((name) => path.join(dir, name)))
    .filter((file) => file.endsWith('.test.ts') && readFileSync(file, 'utf8').includes('helpers/property.js'))
    .sort();
}

const seed = process.env.SAGELINT_FUZZ_SEED || String(randomInt(2 ** 31));
const files = process.argv.length > 2 ? process.argv.slice(2) : propertyTestFiles();
console.log(`fuzz seed ${seed}: replay a failure with SAGELINT_FUZZ_SEED=${seed} npx vitest run <file>`);
const run = spawnSync('npx', ['vitest', 'run', ...files], { stdio: 'inherit', env: { ...process.env, SAGELINT_FUZZ_SEED: seed } });
process.exit(run.status ?? 1);
