#!/usr/bin/env node
// `npm test`: lint, type check, build, then every vitest suite; ends with the
// plain line "N passed, N failed" that CI reads. Each failing check before the
// suites counts as one failure, and so does a vitest run that fails without a
// failed test: an unhandled error (a rejection or exception no test awaited)
// fails vitest but leaves the counts of its JSON report as if all passed.
// `npm test -- --skip-static` leaves out lint and type check (CI's second run,
// on another Node.js, needs only build and suites); other arguments go to vitest.
//
// The checks before the suites run side by side, each on one core, their output
// printed whole as each ends. With the type check among them, the build skips
// its own type check (\`--noCheck\`: the same JavaScript, and the type check
// covers the same files under the same options).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const run = (label, command, args) => {
  process.stdout.write(`\n── ${label}: ${[command, ...args].join(' ')}\n`);
  return spawnSync(command, args, { stdio: 'inherit', env: process.env }).status === 0;
};

/** Runs the commands one after the other, their output kept and printed once they end; resolves to whether all passed. */
const runQuietly = (label, commands) =>
  new Promise((resolve) => {
    let output = '';
    const next = (index) => {
      if (index === commands.length) return finish(true);
      const [command, args] = commands[index];
      const child = spawn(command, args, { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.once('error', (error) => {
        output += `${error.message}\n`;
        finish(false);
      });
      child.once('close', (status) => (status === 0 ? next(index + 1) : finish(false)));
    };
    let finished = false;
    const finish = (ok) => {
      // A command that cannot start emits 'error' and then 'close': report it once.
      if (finished) return;
      finished = true;
      const shown = commands.map(([command, args]) => [command, ...args].join(' ')).join(' && ');
      process.stdout.write(`\n── ${label}: ${shown}${ok ? '' : ' (failed)'}\n${output}`);
      resolve(ok);
    };
    next(0);
  });

const skipStatic = process.argv.includes('--skip-static');
const vitestArgs = process.argv.slice(2).filter((arg) => arg !== '--skip-static');
const checks = [
  ...(skipStatic ? [] : [['lint', [['npx', ['eslint', '--max-warnings=0', '.']]]], ['type check', [['npx', ['tsc', '-p', '.']]]]]),
  ['build', skipStatic ? [['npm', ['run', '--silent', 'build']]] : [['npx', ['tsc', '-p', 'tsconfig.build.json', '--noCheck']], ['node', ['scripts/postbuild.mjs']]]],
];
let failed = (await Promise.all(checks.map(([label, commands]) => runQuietly(label, commands)))).filter((ok) => !ok).length;

const outDir = mkdtempSync(path.join(tmpdir(), 'sagelint-test-'));
const resultsFile = path.join(outDir, 'vitest.json');
const vitestPassed = run('tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${resultsFile}`, ...vitestArgs]);
let passed = 0;
try {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  passed = results.numPassedTests;
  failed += results.numFailedTests;
  if (results.numFailedTests === 0 && (results.success === false || !vitestPassed)) {
    process.stdout.write('vitest failed without a failed test (an unhandled error or a failed suite hook, above): counting it as one failure\n');
    failed++;
  }
} catch {
  process.stdout.write('vitest wrote no results: counting the test run as failed\n');
  failed++;
}
rmSync(outDir, { recursive: true, force: true });
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
