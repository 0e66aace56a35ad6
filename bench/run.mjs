// `npm run bench`: measures `sagelint scan` end to end on generated corpora
// next to two references measured in the same run on the same files (the raw
// js-yaml/JSON.parse parse cost, and cfn-lint on a subset), checks the
// performance targets, calls out regressions against the figures in
// docs/performance.md, and rewrites that document's measured section.
//
// Options: --sizes=100,1000,10000  --repeat=3  --cfn-lint-files=20  --no-doc
//          --only=first-run (that corpus alone; the document is left as it is)
//          --baseline=DIR (another checkout's build, taking turns with this one on the first-run corpus)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchmarkAudit, renderAuditSection, writeAuditSection } from './audit.mjs';
import { PROFILES, writeCloudFormationCorpus, writeLargeTemplate, writeTerraformCorpus, writeTerraformMonorepo } from './corpus.mjs';
import { listFiles } from './files.mjs';
import { measureMachineScaling } from './machine-scaling.mjs';
import { measure, medianRun, medianRuns, RSS_METHOD } from './measure.mjs';
import { compareWithPrevious, readPreviousFigures, renderFirstRunSection, renderMeasuredSection, renderRealWorldSection, writeMeasuredSection } from './report.mjs';
import { BUNDLE, measurePreCommitStartup } from './startup.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(REPO, 'dist/src/cli/main.js');
const CORPUS = path.join(REPO, 'bench/corpus');
const OUT = path.join(REPO, 'bench/out');
const DOC = path.join(REPO, 'docs/performance.md');
/** Real SageMaker IaC of public repositories, beside the checkout (BENCH_REAL_WORLD names another place). */
const REAL_WORLD = path.resolve(process.env.BENCH_REAL_WORLD || path.join(REPO, '../shared/real-world'));
const GENERATOR_VERSION = 4;

const options = parseOptions(process.argv.slice(2));
const jobs = os.availableParallelism();

if (!existsSync(CLI)) fail(`${CLI} is missing: run \`npm run build\` (npm run bench does)`);
mkdirSync(OUT, { recursive: true });

const machine = describeMachine();
log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memory}; node ${process.version}; load ${machine.loadBefore}`);

const figures = { cloudformation: [], firstRun: undefined, realWorld: undefined, terraform: [], large: undefined, cfnLint: undefined, startup: [], preCommit: undefined, machineScaling: undefined };

if (options.only !== 'real-world') figures.firstRun = await firstRunCorpus();
if (options.only !== 'first-run') figures.realWorld = await realWorldCorpus();
if (options.only) {
  process.stdout.write(`\n${options.only === 'first-run' ? renderFirstRunSection(figures.firstRun) : renderRealWorldSection(figures.realWorld)}\n`);
  process.exit(0);
}

for (const size of options.sizes) {
  const { dir } = corpus(`cfn-${size}`, { size }, (target) => writeCloudFormationCorpus(target, size, 1000 + size));
  const repeat = size >= 10_000 ? 1 : options.repeat;
  log(`CloudFormation, ${size} files`);
  const raw = await medianRun(repeat, () => rawParse(dir));
  const runs = {};
  for (const j of jobCounts()) runs[`j${j}`] = await medianRun(repeat, () => sagelintScan(dir, j));
  figures.cloudformation.push({ size, raw, runs });
}

const terraformSize = Math.min(1000, Math.max(...options.sizes));
const { dir: terraformDir } = corpus(`tf-${terraformSize}`, { size: terraformSize }, (target) => writeTerraformCorpus(target, terraformSize, 7));
log(`Terraform, ${terraformSize} modules`);
const terraformRun = await sagelintScan(terraformDir, jobs);
const { dir: monorepoDir } = corpus(`tf-monorepo-${terraformSize}`, { roots: terraformSize, shared: 20 }, (target) => writeTerraformMonorepo(target, terraformSize, 20, 13));
log(`Terraform monorepo, ${terraformSize} roots sharing 20 modules`);
const monorepoRun = await sagelintScan(monorepoDir, jobs);
figures.terraform = [
  { key: `terraform ${terraformSize} modules`, label: `Terraform, ${terraformSize.toLocaleString('en-US')} root modules`, run: terraformRun },
  { key: `terraform monorepo ${terraformSize} roots`, label: `Terraform monorepo: ${terraformSize.toLocaleString('en-US')} roots, each calling 3 of 20 shared local modules`, run: monorepoRun },
].filter(({ run }) => run.report.stats.resources > 0);

const large = corpus('large-10000', { resources: 10_000 }, (target) => writeLargeTemplate(path.join(target, 'template.yaml'), 10_000, 11));
log('one template with 10,000 resources');
figures.large = {
  ...large.generated,
  j1: await medianRun(options.repeat, () => sagelintScan(large.dir, 1, ['--max-file-size', '16'])),
};

if (jobs > 1) {
  log(`reference loops on 1 and ${jobs} threads`);
  figures.machineScaling = await measureMachineScaling(jobs);
}

if (options.cfnLintFiles > 0) figures.cfnLint = await cfnLint(options.cfnLintFiles);

log('startup');
for (const args of [['--version'], ['rules']]) {
  const run = await medianRun(9, () => measure(process.execPath, [CLI, ...args], { cwd: REPO }));
  figures.startup.push({ command: `sagelint ${args.join(' ')}`, seconds: run.seconds });
}
if (existsSync(BUNDLE)) {
  log('pre-commit start-up: one template, the bundle against node -e 0');
  figures.preCommit = await measurePreCommitStartup();
} else {
  log('bundle/sagelint.js is missing (npm run bundle): the pre-commit start-up is not measured');
}

const auditFigures = options.audit ? await benchmarkAudit({ cli: CLI, out: OUT, log }) : undefined;

machine.loadAfter = os.loadavg().map((n) => n.toFixed(2)).join(' ');
const previous = readPreviousFigures(DOC);
const regressions = compareWithPrevious(figures, previous);
const section = renderMeasuredSection({ figures, machine, jobs, rssMethod: RSS_METHOD, regressions, command: commandLine() });
process.stdout.write(`\n${section}\n`);
for (const r of regressions) process.stdout.write(`REGRESSION: ${r}\n`);
if (auditFigures) {
  const auditSection = renderAuditSection(auditFigures, { command: commandLine() });
  process.stdout.write(`\n${auditSection}\n`);
  if (options.doc) writeAuditSection(DOC, auditSection);
}
if (options.doc) {
  writeMeasuredSection(DOC, section, figures);
  log(`wrote ${path.relative(REPO, DOC)}`);
}

// ── Steps ──

/**
 * The first-run corpus: 1,000 stacks with nearly every security setting weak,
 * as a repository that has never run the check (issue 21, target 3). With
 * --baseline, that build's --jobs 1 scan takes turns with this one's.
 */
async function firstRunCorpus() {
  const size = 1000;
  const { dir, generated } = corpus(`first-run-${size}`, { size, profile: PROFILES.firstRun }, (target) => writeCloudFormationCorpus(target, size, 3000, PROFILES.firstRun));
  log(`first-run corpus, ${size} files`);
  const raw = await medianRun(options.repeat, () => rawParse(dir));
  const runs = {};
  let baseline;
  if (options.baseline) {
    const [before, after] = await medianRuns(options.repeat, [() => sagelintScan(dir, 1, [], options.baseline), () => sagelintScan(dir, 1)]);
    baseline = { cli: options.baseline, j1: before };
    runs.j1 = after;
  } else {
    runs.j1 = await medianRun(options.repeat, () => sagelintScan(dir, 1));
  }
  if (jobs > 1) runs[`j${jobs}`] = await medianRun(options.repeat, () => sagelintScan(dir, jobs));
  return { size, generated, raw, runs, baseline };
}

/**
 * Issue 21, target 1: the real-world corpus end to end, at --jobs 1 and with
 * no --jobs (what a user gets). Its load errors (invalid HCL, a broken
 * template) are part of it.
 */
async function realWorldCorpus() {
  if (!existsSync(REAL_WORLD)) {
    log(`${REAL_WORLD} is missing: the real-world corpus is not measured`);
    return undefined;
  }
  log('real-world corpus');
  const runs = {};
  for (const j of [1, 'default']) runs[`j${j}`] = await medianRun(options.repeat, () => sagelintScan(REAL_WORLD, j, [], CLI, { loadErrors: true }));
  return { runs };
}

function jobCounts() {
  return jobs > 1 ? [1, jobs] : [1];
}

/**
 * Generates a corpus once; later runs reuse it while the generator and its
 * parameters are unchanged. Returns its folder and what the generator said of it.
 */
function corpus(name, params, generate) {
  const dir = path.join(CORPUS, name);
  const stamp = path.join(CORPUS, `${name}.json`);
  const key = JSON.stringify({ generator: GENERATOR_VERSION, corpus: hashOf(path.join(REPO, 'bench/corpus.mjs')), ...params });
  if (existsSync(stamp) && existsSync(dir)) {
    const saved = JSON.parse(readFileSync(stamp, 'utf8'));
    if (saved.key === key) return { dir, generated: saved.generated };
  }
  log(`generating ${name}`);
  mkdirSync(CORPUS, { recursive: true });
  const generated = generate(dir);
  writeFileSync(stamp, JSON.stringify({ key, generated }));
  return { dir, generated };
}

async function rawParse(dir) {
  const run = await measure(process.execPath, [path.join(REPO, 'bench/raw-parse.mjs'), dir]);
  if (run.status !== 0) fail(`raw parse of ${dir} failed:\n${run.stderr}`);
  const { files, bytes, seconds } = JSON.parse(run.stdout);
  // Only the parse loop is timed: the reference has no start-up to pay.
  return { ...run, files, bytes, seconds };
}

/** `sagelint scan DIR --format json -o FILE`, as a user runs it (this build's CLI, or `cli`); exit 1 (findings) is expected, 2 is not. */
/**
 * `sagelint scan DIR --format json -o FILE`, as a user runs it, with `--jobs`
 * unless `jobCount` is 'default'; exit 1 (findings) is expected, and so is 2
 * with `loadErrors` (a corpus that holds broken files).
 */
async function sagelintScan(dir, jobCount, extra = [], cli = CLI, { loadErrors = false } = {}) {
  const output = path.join(OUT, `${path.basename(dir)}-j${jobCount}${cli === CLI ? '' : '-baseline'}.json`);
  const args = [cli, 'scan', path.basename(dir), '--format', 'json', '-o', output, ...(jobCount === 'default' ? [] : ['--jobs', String(jobCount)]), '--quiet', ...extra];
  const run = await measure(process.execPath, args, { cwd: path.dirname(dir) });
  if (run.status !== 0 && run.status !== 1 && !(loadErrors && run.status === 2)) fail(`sagelint ${args.slice(1).join(' ')} exited ${run.status}:\n${run.stderr}`);
  const report = JSON.parse(readFileSync(output, 'utf8'));
  if (report.errors.length && !loadErrors) fail(`sagelint reported load errors on the generated corpus: ${JSON.stringify(report.errors.slice(0, 3))}`);
  return { ...run, report: { stats: report.stats, findings: report.findings.length, errors: report.errors.length } };
}

/** cfn-lint is slow: it runs on the first files of the 1,000-file corpus (or the largest one measured). */
async function cfnLint(count) {
  const version = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' });
  if (version.status !== 0) {
    log('cfn-lint is not installed: its reference is skipped');
    return undefined;
  }
  const size = options.sizes.includes(1000) ? 1000 : Math.max(...options.sizes);
  const files = listFiles(path.join(CORPUS, `cfn-${size}`), /\.(yaml|json)$/).slice(0, count);
  log(`cfn-lint on ${files.length} files`);
  const run = await measure('cfn-lint', ['--format', 'json', '--', ...files.map((f) => path.relative(CORPUS, f))], { cwd: CORPUS });
  // cfn-lint exits non-zero when it reports anything; only a crash (no JSON) is a failure.
  try {
    JSON.parse(run.stdout);
  } catch {
    fail(`cfn-lint failed (exit ${run.status}):\n${run.stderr.slice(0, 2000)}`);
  }
  return { version: version.stdout.trim(), files: files.length, corpusSize: size, seconds: run.seconds };
}

// ── Helpers ──

function describeMachine() {
  const cpu = cpuModel();
  return {
    cpu,
    cores: os.availableParallelism(),
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    loadBefore: os.loadavg().map((n) => n.toFixed(2)).join(' '),
  };
}

function cpuModel() {
  const fromOs = os.cpus()[0]?.model?.trim();
  try {
    // Virtual machines often give a bare family name; lscpu may say more (and whether it is virtualised).
    const lscpu = execFileSync('lscpu', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const hypervisor = /^Hypervisor vendor:\s+(.+)$/m.exec(lscpu)?.[1];
    return hypervisor ? `${fromOs} (${hypervisor} virtual machine)` : fromOs;
  } catch {
    return fromOs ?? 'unknown CPU';
  }
}

function hashOf(file) {
  let hash = 0;
  for (const byte of readFileSync(file)) hash = (Math.imul(hash, 31) + byte) | 0;
  return (hash >>> 0).toString(16);
}

function commandLine() {
  const args = process.argv.slice(2);
  return `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`;
}

function parseOptions(argv) {
  const parsed = { sizes: [100, 1000, 10_000], repeat: 3, cfnLintFiles: 20, doc: true, audit: true, only: undefined, baseline: undefined };
  for (const arg of argv) {
    const [name, value] = arg.replace(/^--/, '').split('=');
    if (name === 'sizes') parsed.sizes = value.split(',').map(Number);
    else if (name === 'repeat') parsed.repeat = Number(value);
    else if (name === 'cfn-lint-files') parsed.cfnLintFiles = Number(value);
    else if (name === 'no-doc') parsed.doc = false;
    else if (name === 'no-audit') parsed.audit = false;
    else if (name === 'only' && (value === 'first-run' || value === 'real-world')) parsed.only = value;
    else if (name === 'baseline' && value) parsed.baseline = path.resolve(value, 'dist/src/cli/main.js');
    else fail(`unknown option ${arg} (options: --sizes=100,1000,10000 --repeat=3 --cfn-lint-files=20 --no-doc --no-audit --only=first-run|real-world --baseline=DIR)`);
  }
  if (parsed.baseline && !existsSync(parsed.baseline)) fail(`${parsed.baseline} is missing: build the baseline checkout first (npm run build there)`);
  if (parsed.sizes.some((n) => !Number.isInteger(n) || n < 1) || !(parsed.repeat >= 1)) fail('sizes and repeat must be positive whole numbers');
  return parsed;
}

function log(message) {
  process.stderr.write(`bench: ${message}\n`);
}

function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(1);
}
