// The live audit benchmark: a moto server (a local AWS API) seeded with one
// account's worth of resources in two regions, audited by the built CLI as a
// user runs it, and read by a bare AWS SDK loop (bench/bare-audit.mjs) making
// the fewest calls for the same resources at the same concurrency. The two
// take turns against the same server, run after run, so a change in the
// machine's load falls on both alike; the median of each is kept. Measures
// wall time, peak memory, and the HTTP requests of each (counted from moto's
// request log), and the audit's wall time as a multiple of the loop's.
//
// Part of `npm run bench` (bench/run.mjs); alone: `node bench/audit.mjs [--doc]`
// after `npm run build`. Needs python3 with moto[server]; without it the
// benchmark is skipped with a message.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { CreateNotebookInstanceCommand, CreateTrainingJobCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { measure, medianBySeconds, RSS_METHOD } from './measure.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BARE_LOOP = path.join(REPO, 'bench/bare-audit.mjs');
const COLLECT_MODULE = path.join(REPO, 'dist/src/loaders/account/collect.js');
const PYTHON = process.env.SAGELINT_PYTHON ?? 'python3';
const REGIONS = ['us-east-1', 'eu-west-1'];
const CREDENTIALS = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
const ACCOUNT = '123456789012';
const IMAGE = '382416733822.dkr.ecr.us-east-1.amazonaws.com/linear-learner:1';
/** What one account holds, split evenly over the regions (roles are global). */
const AUDIT_SCALE = { notebooks: 500, trainingJobs: 5000, roles: 200 };
const SEED_CONCURRENCY = 32;
const LOG_QUIET_MS = 200;
/** Runs of each, taking turns; the medians are compared. */
const ROUNDS = 3;
/** How many times the bare loop's wall time the audit may take (issue 21, target 5). */
export const AUDIT_TARGET_RATIO = 1.3;
const SECTION_START = '<!-- audit-benchmark:start -->';
const SECTION_END = '<!-- audit-benchmark:end -->';

/**
 * Seeds moto, then runs `sagelint audit --all-jobs --format json -o FILE` and
 * the bare SDK loop against it, ROUNDS times each in turn, and returns the
 * figures; undefined (and a message) when moto is missing.
 */
export async function benchmarkAudit({ cli, out, log }) {
  const probe = spawnSync(PYTHON, ['-c', 'import moto.server'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    log(`live audit skipped: ${PYTHON} with moto[server] is not available (pip install "moto[server]==5.2.1")`);
    return undefined;
  }
  const { COLLECT_DEFAULTS } = await import(pathToFileURL(COLLECT_MODULE).href);
  const moto = await startMoto();
  try {
    log(`live audit: seeding ${AUDIT_SCALE.notebooks} notebooks, ${AUDIT_SCALE.trainingJobs} training jobs and ${AUDIT_SCALE.roles} roles in ${REGIONS.join(' and ')}`);
    const seedStarted = process.hrtime.bigint();
    await seed(moto.endpoint);
    const seedSeconds = Number(process.hrtime.bigint() - seedStarted) / 1e9;
    log(`live audit: seeded in ${seedSeconds.toFixed(1)} s`);
    mkdirSync(out, { recursive: true });
    const report = path.join(out, 'audit.json');
    const environment = Object.entries(awsEnvironment(moto.endpoint)).map(([k, v]) => `${k}=${v}`);
    // `env` sets the child's environment and execs it: what is measured is the command itself.
    const runners = {
      sagelint: async () => {
        const run = await countRequests(moto, () => measure('env', [...environment, process.execPath, cli, 'audit', '--regions', REGIONS.join(','), '--all-jobs', '--format', 'json', '-o', report, '--quiet']));
        if (run.status !== 0 && run.status !== 1) throw new Error(`sagelint audit exited ${run.status}:\n${run.stderr}`);
        const { stats, gaps } = JSON.parse(readFileSync(report, 'utf8'));
        return { ...run, resources: stats.resources, gaps };
      },
      bare: async () => {
        const args = [BARE_LOOP, REGIONS.join(','), String(COLLECT_DEFAULTS.concurrency), String(COLLECT_DEFAULTS.regionConcurrency)];
        const run = await countRequests(moto, () => measure('env', [...environment, process.execPath, ...args]));
        if (run.status !== 0) throw new Error(`the bare SDK loop exited ${run.status}:\n${run.stderr}`);
        const read = JSON.parse(run.stdout);
        checkBareLoopRead(read);
        return { ...run, ...read };
      },
    };
    // moto sets up a service's state in a region at its first request there (EC2's is slow): an unmeasured pass of the loop does it for both.
    log('live audit: warming up (one unmeasured pass of the bare SDK loop)');
    await runners.bare();
    const runs = { sagelint: [], bare: [] };
    for (let round = 0; round < ROUNDS; round++) {
      // Each goes first in turn: neither always meets the server fresh from the other's requests.
      const order = round % 2 === 0 ? ['sagelint', 'bare'] : ['bare', 'sagelint'];
      for (const key of order) {
        const run = await runners[key]();
        runs[key].push(run);
        log(`live audit: round ${round + 1} of ${ROUNDS}, ${key === 'bare' ? 'bare SDK loop' : 'sagelint audit'}: ${run.seconds.toFixed(1)} s, ${run.requests} requests`);
      }
    }
    const audit = medianBySeconds(runs.sagelint);
    const bare = medianBySeconds(runs.bare);
    return {
      ...AUDIT_SCALE,
      regions: REGIONS.length,
      rounds: ROUNDS,
      concurrency: COLLECT_DEFAULTS.concurrency,
      seedSeconds,
      seconds: audit.seconds,
      peakRssBytes: audit.peakRssBytes,
      resources: audit.resources,
      gaps: audit.gaps.length,
      unsupported: [...new Set(audit.gaps.filter((g) => g.reason === 'unsupported').map((g) => g.operation))].sort(),
      requests: audit.requests,
      bare: { seconds: bare.seconds, peakRssBytes: bare.peakRssBytes, requests: bare.requests, failedOperations: [...new Set(bare.failed.map((f) => f.split(':')[0]))].sort() },
      ratio: audit.seconds / bare.seconds,
    };
  } finally {
    await moto.stop();
  }
}

/** The loop is only a reference if it read what was seeded: every notebook, training job and role. */
function checkBareLoopRead({ records }) {
  const expected = { DescribeNotebookInstance: AUDIT_SCALE.notebooks, DescribeTrainingJob: AUDIT_SCALE.trainingJobs, roles: AUDIT_SCALE.roles };
  for (const [what, count] of Object.entries(expected)) {
    if (records[what] !== count) throw new Error(`the bare SDK loop read ${records[what] ?? 0} ${what}, not the ${count} seeded`);
  }
}

/** The run's figures and the HTTP requests moto logged while it ran. */
async function countRequests(moto, run) {
  const before = await moto.settledRequests();
  const result = await run();
  return { ...result, requests: (await moto.settledRequests()) - before };
}

function awsEnvironment(endpoint) {
  return {
    AWS_ENDPOINT_URL: endpoint,
    AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
    AWS_REGION: REGIONS[0],
    // moto answers HTTP 500 for what it does not implement: one retry is enough to see that.
    AWS_MAX_ATTEMPTS: '2',
  };
}

/** The Markdown section of docs/performance.md, between its markers. */
export function renderAuditSection(figures, { command = 'npm run bench' } = {}) {
  const mib = (bytes) => (bytes === undefined ? 'n/a' : `${Math.round(bytes / 2 ** 20)} MiB`);
  const perResource = (requests) => (requests / figures.resources).toFixed(2);
  const count = (n) => n.toLocaleString('en-US');
  const verdict = figures.ratio <= AUDIT_TARGET_RATIO ? 'met' : 'missed';
  return [
    SECTION_START,
    '## Live audit',
    '',
    `Measured with \`${command}\` (\`npm run bench\` runs \`bench/audit.mjs\`; alone, after \`npm run build\`: \`node bench/audit.mjs --doc\`). A moto server (a local AWS API, in memory) holds one account with ${figures.notebooks} notebook instances and ${count(figures.trainingJobs)} training jobs split over ${figures.regions} regions, and ${figures.roles} IAM roles. The built CLI runs \`sagelint audit --regions us-east-1,eu-west-1 --all-jobs --format json -o FILE\` against it, taking turns with a bare AWS SDK v3 loop (\`bench/bare-audit.mjs\`, the same client packages) that makes the fewest calls reading the same resources at the audit's concurrency (${figures.concurrency} calls in flight per service and region, both regions at once): each SageMaker kind listed page by page and each listed resource described as its page arrives, the tags from one paginated GetResources per region, the EC2 and Redshift listings, and IAM's GetAccountAuthorizationDetails; no retries, no rules, no report. Each ran ${figures.rounds} times against the same server, going first in turn; the table shows the run with the median wall time of each. Wall time is from process start to exit. Requests are counted in moto's request log (every HTTP request, retries included); peak memory by ${RSS_METHOD}.`,
    '',
    `| Run | Wall time | HTTP requests | Requests per resource | Peak RSS |`,
    '|---|---:|---:|---:|---:|',
    `| \`sagelint audit\` | ${figures.seconds.toFixed(1)} s | ${count(figures.requests)} | ${perResource(figures.requests)} | ${mib(figures.peakRssBytes)} |`,
    `| bare SDK loop | ${figures.bare.seconds.toFixed(1)} s | ${count(figures.bare.requests)} | ${perResource(figures.bare.requests)} | ${mib(figures.bare.peakRssBytes)} |`,
    '',
    `**The audit takes ${figures.ratio.toFixed(2)}× the bare loop's wall time** (target: at most ${AUDIT_TARGET_RATIO}×, ${verdict}). Resources in the report: ${count(figures.resources)}; coverage gaps: ${figures.gaps}; seeding the server: ${figures.seedSeconds.toFixed(1)} s.`,
    '',
    `A SageMaker resource costs one request (its Describe call), plus its share of the list pages (100 per page); its tags come from one GetResources listing of the Resource Groups Tagging API per region (100 tagged resources per page), and only where that listing is refused or fails from a ListTags per resource; EC2 and Redshift tags come in their Describe responses; IAM is one GetAccountAuthorizationDetails listing for the whole account. The audit's requests beyond the loop's are the caller's identity (GetCallerIdentity) and the region list (DescribeRegions). The coverage gaps are the operations moto does not implement (${figures.unsupported.join(', ')}), once per region each: an answer that the endpoint lacks the operation is not retried. ${sameOperations(figures.bare.failedOperations, figures.unsupported) ? "The bare loop's calls of them fail alike." : `The bare loop's failed operations: ${figures.bare.failedOperations.join(', ') || 'none'}.`} moto serves every request from one Python process on the same machine, so the wall times measure this setup, not a forecast for AWS, where the per-service concurrency and the API latency set the pace.`,
    SECTION_END,
  ].join('\n');
}

const sameOperations = (a, b) => a.length === b.length && a.every((operation, i) => operation === b[i]);

/** Replaces the section between its markers in `doc`, or appends it. */
export function writeAuditSection(doc, section) {
  const text = readFileSync(doc, 'utf8');
  const start = text.indexOf(SECTION_START);
  const end = text.indexOf(SECTION_END);
  const updated = start >= 0 && end > start ? text.slice(0, start) + section + text.slice(end + SECTION_END.length) : `${text.trimEnd()}\n\n${section}\n`;
  writeFileSync(doc, updated);
}

// ── Seeding ──

async function seed(endpoint) {
  const iam = new IAMClient({ endpoint, credentials: CREDENTIALS, region: REGIONS[0] });
  const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
  await inParallel(AUDIT_SCALE.roles, (i) => iam.send(new CreateRoleCommand({ RoleName: `bench-role-${i}`, AssumeRolePolicyDocument: trust })));
  const roleArn = (i) => `arn:aws:iam::${ACCOUNT}:role/bench-role-${i % AUDIT_SCALE.roles}`;
  for (const [r, region] of REGIONS.entries()) {
    const sagemaker = new SageMakerClient({ endpoint, credentials: CREDENTIALS, region });
    const share = (total) => Math.floor(total / REGIONS.length) + (r < total % REGIONS.length ? 1 : 0);
    await Promise.all([
      inParallel(share(AUDIT_SCALE.notebooks), (i) =>
        sagemaker.send(new CreateNotebookInstanceCommand({ NotebookInstanceName: `bench-notebook-${i}`, InstanceType: 'ml.t3.medium', RoleArn: roleArn(i) })),
      ),
      inParallel(share(AUDIT_SCALE.trainingJobs), (i) =>
        sagemaker.send(
          new CreateTrainingJobCommand({
            TrainingJobName: `bench-training-${i}`,
            RoleArn: roleArn(i),
            AlgorithmSpecification: { TrainingImage: IMAGE, TrainingInputMode: 'File' },
            OutputDataConfig: { S3OutputPath: 's3://bench-data/output' },
            ResourceConfig: { InstanceType: 'ml.m5.xlarge', InstanceCount: 1 + (i % 2), VolumeSizeInGB: 10 },
            StoppingCondition: { MaxRuntimeInSeconds: 3600 },
          }),
        ),
      ),
    ]);
  }
}

/** Runs `task(0)` … `task(count - 1)` with at most SEED_CONCURRENCY in flight. */
async function inParallel(count, task) {
  let next = 0;
  const worker = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(SEED_CONCURRENCY, count) }, worker));
}

// ── moto ──

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** moto on a free loopback port; its request log (stderr) is drained as it comes, and its requests counted. */
async function startMoto() {
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const child = spawn(PYTHON, ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let requests = 0;
  let pending = '';
  child.stderr.on('data', (chunk) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop();
    requests += lines.filter((line) => /"(POST|GET) [^"]* HTTP\/1\.1" \d{3}/.test(line)).length;
  });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`moto exited with code ${child.exitCode} before it was ready`);
    try {
      if ((await globalThis.fetch(`${endpoint}/moto-api/`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`moto did not answer on ${endpoint} within 30 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  /** The count once moto's log has been quiet for a moment: it writes a request's line after answering it. */
  const settledRequests = async () => {
    for (let seen = -1; seen !== requests; ) {
      seen = requests;
      await new Promise((resolve) => setTimeout(resolve, LOG_QUIET_MS));
    }
    return requests;
  };
  // The readiness probes above are not the audit's: counting starts from here.
  return { endpoint, settledRequests, stop };
}

// ── Alone ──

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const cli = path.join(REPO, 'dist/src/cli/main.js');
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` first`);
  const log = (message) => process.stderr.write(`bench: ${message}\n`);
  const figures = await benchmarkAudit({ cli, out: path.join(REPO, 'bench/out'), log });
  if (figures) {
    const section = renderAuditSection(figures, { command: 'node bench/audit.mjs --doc' });
    process.stdout.write(`${section}\n`);
    if (process.argv.includes('--doc')) writeAuditSection(path.join(REPO, 'docs/performance.md'), section);
  }
}
