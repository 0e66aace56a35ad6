#!/usr/bin/env node
// `npm test`: lint, type check, build, then every vitest suite; ends with the
// plain line "N passed, N failed" that CI reads. Each failing check before the
// suites counts as one failure. `npm test -- --skip-static` leaves out lint and
// type check (CI's second run, on another Node.js, needs only build and suites);
// other arguments go to vitest.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const run = (label, command, args) => {
  process.stdout.write(`\n── ${label}: ${[command, ...args].join(' ')}\n`);
  return spawnSync(command, args, { stdio: 'inherit', env: process.env }).status === 0;
};

const skipStatic = process.argv.includes('--skip-static');
const vitestArgs = process.argv.slice(2).filter((arg) => arg !== '--skip-static');
const checks = [
  ...(skipStatic ? [] : [['lint', 'npx', ['eslint', '--max-warnings=0', '.']], ['type check', 'npx', ['tsc', '-p', '.']]]),
  ['build', 'npm', ['run', '--silent', 'build']],
];
let failed = 0;
for (const [label, command, args] of checks) if (!run(label, command, args)) failed++;

const outDir = mkdtempSync(path.join(tmpdir(), 'sagelint-test-'));
const resultsFile = path.join(outDir, 'vitest.json');
run('tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${resultsFile}`, ...vitestArgs]);
let passed = 0;
try {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  passed = results.numPassedTests;
  failed += results.numFailedTests + (results.numTotalTestSuites > 0 && results.success === false && results.numFailedTests === 0 ? 1 : 0);
} catch {
  process.stdout.write('vitest wrote no results: counting the test run as failed\n');
  failed++;
}
rmSync(outDir, { recursive: true, force: true });
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
