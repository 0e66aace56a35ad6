// The live audit benchmark: a moto server (a local AWS API) seeded with one
// account's worth of resources in two regions, audited by the built CLI as a
// user runs it. Measures wall time, peak memory, and the HTTP requests the
// audit made per resource (counted from moto's request log).
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
import { measure, RSS_METHOD } from './measure.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PYTHON = process.env.SAGELINT_PYTHON ?? 'python3';
const REGIONS = ['us-east-1', 'eu-west-1'];
const CREDENTIALS = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
const ACCOUNT = '123456789012';
const IMAGE = '382416733822.dkr.ecr.us-east-1.amazonaws.com/linear-learner:1';
/** What one account holds, split evenly over the regions (roles are global). */
const AUDIT_SCALE = { notebooks: 500, trainingJobs: 5000, roles: 200 };
const SEED_CONCURRENCY = 32;
const SECTION_START = '<!-- audit-benchmark:start -->';
const SECTION_END = '<!-- audit-benchmark:end -->';

/**
 * Seeds moto, runs `sagelint audit --all-jobs --format json -o FILE` against
 * it, and returns the figures; undefined (and a message) when moto is missing.
 */
export async function benchmarkAudit({ cli, out, log }) {
  const probe = spawnSync(PYTHON, ['-c', 'import moto.server'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    log(`live audit skipped: ${PYTHON} with moto[server] is not available (pip install "moto[server]==5.2.1")`);
    return undefined;
  }
  const moto = await startMoto();
  try {
    log(`live audit: seeding ${AUDIT_SCALE.notebooks} notebooks, ${AUDIT_SCALE.trainingJobs} training jobs and ${AUDIT_SCALE.roles} roles in ${REGIONS.join(' and ')}`);
    const seedStarted = process.hrtime.bigint();
    await seed(moto.endpoint);
    const seedSeconds = Number(process.hrtime.bigint() - seedStarted) / 1e9;
    log(`live audit: seeded in ${seedSeconds.toFixed(1)} s; auditing`);
    mkdirSync(out, { recursive: true });
    const report = path.join(out, 'audit.json');
    const requestsBefore = moto.requests();
    const args = [cli, 'audit', '--regions', REGIONS.join(','), '--all-jobs', '--format', 'json', '-o', report, '--quiet'];
    // `env` sets the child's environment and execs it: what is measured is the CLI itself.
    const run = await measure('env', [...Object.entries(awsEnvironment(moto.endpoint)).map(([k, v]) => `${k}=${v}`), process.execPath, ...args]);
    if (run.status !== 0 && run.status !== 1) throw new Error(`sagelint audit exited ${run.status}:\n${run.stderr}`);
    const requests = moto.requests() - requestsBefore;
    const { stats, notes } = JSON.parse(readFileSync(report, 'utf8'));
    return {
      ...AUDIT_SCALE,
      regions: REGIONS.length,
      seedSeconds,
      seconds: run.seconds,
      peakRssBytes: run.peakRssBytes,
      resources: stats.resources,
      gaps: notes.filter((n) => n.message.startsWith('Coverage gap')).length,
      requests,
    };
  } finally {
    await moto.stop();
  }
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
  const perResource = (figures.requests / figures.resources).toFixed(2);
  return [
    SECTION_START,
    '## Live audit',
    '',
    `Measured with \`${command}\` (\`npm run bench\` runs \`bench/audit.mjs\`; alone, after \`npm run build\`: \`node bench/audit.mjs --doc\`). A moto server (a local AWS API, in memory) holds one account with ${figures.notebooks} notebook instances and ${figures.trainingJobs.toLocaleString('en-US')} training jobs split over ${figures.regions} regions, and ${figures.roles} IAM roles; the built CLI runs \`sagelint audit --regions us-east-1,eu-west-1 --all-jobs --format json -o FILE\` against it. Requests are counted in moto's request log (every HTTP request, retries included); peak memory by ${RSS_METHOD}.`,
    '',
    '| Resources in the report | Wall time | HTTP requests | Requests per resource | Peak RSS | Coverage gaps | Seeding |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    `| ${figures.resources.toLocaleString('en-US')} | ${figures.seconds.toFixed(1)} s | ${figures.requests.toLocaleString('en-US')} | ${perResource} | ${mib(figures.peakRssBytes)} | ${figures.gaps} | ${figures.seedSeconds.toFixed(1)} s |`,
    '',
    'A SageMaker resource costs one request (its Describe call), plus its share of the list pages (100 per page); its tags come from one GetResources listing of the Resource Groups Tagging API per region (100 tagged resources per page), and only where that listing is refused or fails from a ListTags per resource; EC2 and Redshift tags come in their Describe responses; IAM is one GetAccountAuthorizationDetails listing for the whole account. The coverage gaps are the operations moto does not implement (ListNotebookInstanceLifecycleConfigs, ListUserProfiles, ListMonitoringSchedules), each retried once. moto serves every request from one Python process on the same machine, so the wall time measures this setup, not a forecast for AWS, where the per-service concurrency (5 calls in flight per service, region and account) and the API latency set the pace.',
    SECTION_END,
  ].join('\n');
}

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
  // The readiness probes above are not the audit's: counting starts from here.
  return { endpoint, requests: () => requests, stop };
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
