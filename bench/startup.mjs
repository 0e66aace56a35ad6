// The pre-commit case (issue 21, target 2): one template scanned from process
// start to exit by the CLI users run (the esbuild bundle, bundle/sagelint.js),
// against a bare `node -e 0` measured in the same run. The commands take turns
// run after run, so a change in the machine's load falls on all of them alike;
// the median of each is kept.
//
// `npm run bench` runs it; `node bench/startup.mjs [--runs=15]` runs only this
// measurement and prints its figures (build the bundle first: `npm run bundle`).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure } from './measure.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE = path.join(REPO, 'bundle/sagelint.js');
/** SageMaker, network and KMS resources; no IAM policy, so the rules that read the IAM action catalog do not apply. */
export const ONE_TEMPLATE = 'fixtures/pre-commit/one-template.yaml';
/** The same case with an execution role and its inline policy: the IAM data loads. */
export const ONE_TEMPLATE_WITH_IAM = 'fixtures/examples/ml-platform.yaml';

/** How many times a bare `node -e 0` the one-template scan may take. */
export const PRE_COMMIT_TARGET_RATIO = 2.5;

/**
 * Medians of `runs` interleaved runs of each command, wall and CPU time.
 * @returns {Promise<{ runs: number, commands: { key: string, command: string, seconds: number, cpuSeconds: number | undefined }[] }>}
 */
export async function measurePreCommitStartup({ runs = 15, cli = BUNDLE } = {}) {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run bundle\``);
  const relativeCli = path.relative(REPO, cli);
  const commands = [
    { key: 'bare', command: 'node -e 0', args: ['-e', '0'], ok: [0] },
    { key: 'version', command: `node ${relativeCli} --version`, args: [cli, '--version'], ok: [0] },
    // Exit 1: the templates have findings, as the report says.
    { key: 'scan', command: `node ${relativeCli} scan ${ONE_TEMPLATE}`, args: [cli, 'scan', ONE_TEMPLATE], ok: [1] },
    { key: 'scanIam', command: `node ${relativeCli} scan ${ONE_TEMPLATE_WITH_IAM}`, args: [cli, 'scan', ONE_TEMPLATE_WITH_IAM], ok: [1] },
  ];
  const times = new Map(commands.map((c) => [c.key, []]));
  for (let i = 0; i < runs; i++) {
    for (const c of commands) {
      const run = await measure(process.execPath, c.args, { cwd: REPO });
      if (!c.ok.includes(run.status)) throw new Error(`${c.command} exited ${run.status}:\n${run.stderr}`);
      times.get(c.key).push(run);
    }
  }
  return {
    runs,
    commands: commands.map(({ key, command }) => ({ key, command, seconds: median(times.get(key).map((r) => r.seconds)), cpuSeconds: median(times.get(key).map((r) => r.cpuSeconds)) })),
  };
}

/** The rows of docs/performance.md's table and the target's verdict. */
export function describePreCommitStartup(figures) {
  const bare = figures.commands.find((c) => c.key === 'bare');
  const ratio = (c) => c.seconds / bare.seconds;
  const cpuRatio = (c) => (c.cpuSeconds === undefined || bare.cpuSeconds === undefined ? undefined : c.cpuSeconds / bare.cpuSeconds);
  const scan = figures.commands.find((c) => c.key === 'scan');
  return {
    rows: figures.commands.map((c) => ({
      command: c.command,
      wall: `${ms(c.seconds)} (${ratio(c).toFixed(2)} ×)`,
      cpu: c.cpuSeconds === undefined ? '' : `${ms(c.cpuSeconds)} (${cpuRatio(c).toFixed(2)} ×)`,
    })),
    target: {
      target: `one template (\`sagelint scan ${ONE_TEMPLATE}\`, the bundle) from start to exit ≤ ${PRE_COMMIT_TARGET_RATIO} × a bare \`node -e 0\``,
      measured: `${ms(scan.seconds)} vs ${ms(bare.seconds)}: ${ratio(scan).toFixed(2)} × (median of ${figures.runs} interleaved runs)`,
      met: ratio(scan) <= PRE_COMMIT_TARGET_RATIO,
    },
  };
}

function median(values) {
  if (values.some((v) => v === undefined)) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

function ms(seconds) {
  return `${(seconds * 1000).toFixed(0)} ms`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const runs = Number(/^--runs=(\d+)$/.exec(process.argv[2] ?? '')?.[1] ?? 15);
  const { rows, target } = describePreCommitStartup(await measurePreCommitStartup({ runs }));
  process.stdout.write(`| Command | Wall time (× node -e 0) | CPU time (× node -e 0) |\n|---|--:|--:|\n`);
  for (const row of rows) process.stdout.write(`| \`${row.command}\` | ${row.wall} | ${row.cpu} |\n`);
  process.stdout.write(`\n${target.target}: ${target.measured}: ${target.met ? 'met' : 'missed'}\n`);
}
