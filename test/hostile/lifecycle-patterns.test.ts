/**
 * Every SM006 pattern runs in time linear in the line: on long lines built from
 * repeated pieces of what the patterns look for, four times the text takes
 * about four times as long, not sixteen.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../e2e/cli.js';
import { runBounded } from './bounded-run.js';

const PATTERNS = path.join(REPO_ROOT, 'dist/rules/data/lifecycle-script-patterns.js');
const RULE = path.join(REPO_ROOT, 'dist/rules/sm006-notebook-lifecycle-risk.js');

/** Pieces of commands the patterns match, each repeated to fill a line; a quadratic pattern rescans the rest of the line from each. */
const PIECES = [
  'curl ', 'wget ', 'curl -', 'curl -k', '-k', '-kkkk/', '-O', '-OOOO/', 'curl a | ', 'pip install ', 'pip install "', 'pip install @',
  'pip install -i ', 'pip install --index-url ', 'pip install --index-url  ', 'pip install a@', 'pip3 install x ', 'pip download ',
  'bash ', '-bash ', 'bash -x ', 'sudo ', 'sudo -E ', 'python3 -c ', 'eval ', 'source ', '. <(', '<(', '(', '$(', './', 'a/',
  'gpg ', 'gpg2 --gpg ', 'index-url ', 'index-url= ', 'PIP_INDEX_URL=', '--find-links ', 'aws_secret_access_key ', 'aws_secret_access_key= ',
  'ghp_', 'glpat-', 'x://a:', 'https://a:b', 'password=', '--password ', 'api_key', 'NotebookApp.token', 'ServerApp.ip = ', '--ip ',
  'disable_check_xsrf ', 'allow_origin ', '--auth ', 'NOPASSWD ', 'trusted-host', 'http.sslVerify ', 'ssl_verify ', ' --',
  '-----BEGIN A ', 'AKIA', ' ', '\t', '=', ':', '"', "'", 'a',
];

/**
 * `best(run)`: the fewest milliseconds of CPU time `run` takes in five runs.
 * CPU time, not wall time: on a busy machine a run waits for a core, and the
 * wait says nothing about the pattern.
 */
const BEST_OF_FIVE = `
const best = (run) => {
  let min = Infinity;
  for (let i = 0; i < 5; i++) {
    const started = process.cpuUsage();
    run();
    const used = process.cpuUsage(started);
    min = Math.min(min, (used.user + used.system) / 1000);
  }
  return min;
};`;

/**
 * Times each matcher over lines of 12,500 and 50,000 characters (the best of
 * five runs each, summed over the pieces), printing `{ name: [short, long] }`.
 */
const SCRIPT = `
const { LINE_PATTERNS, DOWNLOAD_THEN_RUN } = await import(${JSON.stringify(PATTERNS)});
const pieces = ${JSON.stringify(PIECES)};
const matchers = {};
for (const p of LINE_PATTERNS) {
  matchers[p.id] = (line) => p.pattern.test(line);
  if (p.unless) matchers[p.id + ' (unless)'] = (line) => p.unless.test(line);
}
for (const [name, value] of Object.entries(DOWNLOAD_THEN_RUN)) if (value instanceof RegExp) matchers['download-then-run ' + name] = (line) => value.test(line);
matchers['download-then-run download'] = (line) => DOWNLOAD_THEN_RUN.download(line);
const runs = DOWNLOAD_THEN_RUN.execution('install.sh');
matchers['download-then-run execution'] = (line) => runs.test(line);
const lineOf = (piece, length) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length);
${BEST_OF_FIVE}
const out = {};
for (const [name, fn] of Object.entries(matchers)) {
  let short = 0, long = 0;
  for (const piece of pieces) {
    const shortLine = lineOf(piece, 12500);
    const longLine = lineOf(piece, 50000);
    short += best(() => fn(shortLine));
    long += best(() => fn(longLine));
  }
  out[name] = [short, long];
}
console.log(JSON.stringify(out));
`;

describe('SM006 lifecycle-script patterns on long adversarial lines', () => {
  it('take time linear in the line', { timeout: 120_000 }, async () => {
    const run = await runBounded(['--input-type=module', '-e', SCRIPT], { wallMs: 60_000 });
    expect(run.timedOut, 'a pattern did not finish: it is not linear').toBe(false);
    expect(run.status, run.stderr).toBe(0);
    const times = JSON.parse(run.stdout) as Record<string, [number, number]>;
    expect(Object.keys(times).length).toBeGreaterThan(25);
    const slow = Object.entries(times).filter(([, [short, long]]) => long > 8 * short + 25);
    expect(slow, 'quadruple the text, at most eight times the time (sixteen for a quadratic pattern)').toEqual([]);
  });
});

/** Scripts of many lines (a download on each, files mentioned again) at 16,000 and 64,000 characters, printing `{ shape: [short, long] }`. */
const SCRIPTS = `
const { findScriptProblems } = await import(${JSON.stringify(RULE)});
const shapes = {
  'distinct downloads': (i) => 'curl -O https://example.com/x' + i + '.sh',
  'one file downloaded again and again': () => 'curl -O https://example.com/x.sh',
  'downloads mentioned but not run': (i) => 'curl -O https://example.com/x.sh; echo x' + i + '.sh x.sh',
};
const scriptOf = (line, size) => {
  const lines = [];
  for (let i = 0, length = 0; length < size; i++) {
    lines.push(line(i));
    length += lines[lines.length - 1].length + 1;
  }
  return lines.join('\\n');
};
${BEST_OF_FIVE}
const out = {};
for (const [name, line] of Object.entries(shapes)) {
  const [short, long] = [scriptOf(line, 16000), scriptOf(line, 64000)];
  out[name] = [best(() => findScriptProblems(short)), best(() => findScriptProblems(long))];
}
console.log(JSON.stringify(out));
`;

describe('SM006 on long scripts', () => {
  it('takes time linear in the number of lines', { timeout: 120_000 }, async () => {
    const run = await runBounded(['--input-type=module', '-e', SCRIPTS], { wallMs: 60_000 });
    expect(run.timedOut).toBe(false);
    expect(run.status, run.stderr).toBe(0);
    const times = JSON.parse(run.stdout) as Record<string, [number, number]>;
    expect(Object.keys(times)).toHaveLength(3);
    const slow = Object.entries(times).filter(([, [short, long]]) => long > 8 * short + 50);
    expect(slow, 'quadruple the script, at most eight times the time').toEqual([]);
  });
});
