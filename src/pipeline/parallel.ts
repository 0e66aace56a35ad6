/**
 * Scanning on worker threads. Units are independent (one template, one
 * Terraform root module, one snapshot), so a pool of workers loads and
 * evaluates them next to this thread, which also hands out batches and
 * collects the results (plain data). Rules cross as IDs and the configuration
 * as plain data; each worker imports the rule catalog itself.
 *
 * The worker runs this same module: started with `workerData.sagelintScan`, it
 * serves batches instead of starting a pool.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ResolvedConfig } from '../config/config.js';
import type { Rule } from '../core/rule.js';
import type { LoadOptions, UnitSource } from '../loaders/index.js';
import { evaluationFor, evaluationOptions, scanSourcesInOrder, type ScanOptions, type SourceResult } from './scan.js';
import type { StringPool } from '../engine/string-pool.js';
import { appendAll } from '../collections.js';

/** Below this many sources, starting workers (each imports the loaders and rules) costs more than it saves. */
export const MIN_SOURCES_FOR_WORKERS = 24;

/**
 * What workers cost before they give anything back: a start-up and, above all,
 * a warm-up, their first units running before the JIT compiler has caught up,
 * on a second copy of every compiled function (about 1.5 s of CPU on the
 * benchmark machine, the first batch back after about 0.9 s).
 */
const WORKER_WARM_UP_SECONDS = 1;

/** This thread scans alone for this long, in chunks of this many sources, before estimating what is left. */
const PROBE_SECONDS = 0.5;
const PROBE_CHUNK = 16;

/** Set to start workers at once, without first measuring whether the scan is worth them (tests use it). */
const EAGER_ENV = 'SAGELINT_WORKERS_EAGER';

/** Everything a worker needs to scan like this thread would, as structured-clonable data. */
interface WorkerSetup {
  root: string;
  loadOptions: LoadOptions;
  ruleIds: string[];
  knownRuleIds: string[];
  config: ResolvedConfig;
  today?: Date;
}

interface BatchRequest {
  batch: number;
  sources: UnitSource[];
}

type BatchReply = { batch: number; results: SourceResult[] } | { batch: number; failure: { message: string; stack?: string } };

/**
 * Scans `sources` with up to `options.jobs` threads and returns their results
 * in source order. This thread starts alone; when what is left looks worth
 * it, workers join for the rest.
 */
export async function scanWithJobs(
  sources: readonly UnitSource[],
  options: ScanOptions & { jobs: number },
  loadOptions: LoadOptions,
  pool: StringPool,
): Promise<SourceResult[]> {
  const evaluation = evaluationOptions(options);
  const scanHere = (part: readonly UnitSource[]) => scanSourcesInOrder(options.root, part, loadOptions, evaluation, pool);
  const probed = process.env[EAGER_ENV] ? { results: [], done: 0, worthWorkers: true } : await probe(sources, scanHere, options.jobs);
  const rest = sources.slice(probed.done);
  const parallel = probed.worthWorkers ? await scanInWorkers(rest, options, loadOptions, scanHere, pool) : undefined;
  return [...probed.results, ...(parallel ?? (await scanHere(rest)))];
}

/** Scans alone for a moment, then estimates from its pace whether what is left is worth workers. */
async function probe(
  sources: readonly UnitSource[],
  scanHere: (part: readonly UnitSource[]) => Promise<SourceResult[]>,
  jobs: number,
): Promise<{ results: SourceResult[]; done: number; worthWorkers: boolean }> {
  const started = process.hrtime.bigint();
  const cpuAtStart = process.cpuUsage();
  const results: SourceResult[] = [];
  let done = 0;
  let elapsed = 0;
  while (done < sources.length && elapsed < PROBE_SECONDS) {
    const chunk = sources.slice(done, done + PROBE_CHUNK);
    appendAll(results, await scanHere(chunk));
    done += chunk.length;
    elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  }
  const cpu = process.cpuUsage(cpuAtStart);
  const pace = { elapsed, cpuSeconds: (cpu.user + cpu.system) / 1e6, done, total: sources.length };
  return { results, done, worthWorkers: workersPayOff(pace, jobs) };
}

/** How the probe went: wall and CPU time (every thread of the process) for `done` of `total` sources. */
export interface ProbePace {
  elapsed: number;
  cpuSeconds: number;
  done: number;
  total: number;
}

/**
 * Whether `jobs` threads would finish the rest sooner than this one alone,
 * warm-up included. One thread already keeps more than one core busy (V8
 * collects garbage and compiles on helper threads), so `jobs` threads can at
 * best cut the rest to `busy / jobs` of its time: workers pay off when that
 * saves more than their warm-up costs.
 */
export function workersPayOff(pace: ProbePace, jobs: number): boolean {
  if (pace.done === 0 || pace.elapsed <= 0) return false;
  const rest = (pace.elapsed / pace.done) * (pace.total - pace.done);
  const coresBusy = Math.max(1, pace.cpuSeconds / pace.elapsed);
  const saving = rest * (1 - Math.min(1, coresBusy / jobs));
  return saving >= WORKER_WARM_UP_SECONDS;
}

/**
 * Scans `sources` on `options.jobs` threads (this one and jobs − 1 workers),
 * or gives undefined when workers cannot run them: too few sources, rules that
 * are not the catalog's, or running from TypeScript sources.
 */
async function scanInWorkers(
  sources: readonly UnitSource[],
  options: ScanOptions & { jobs: number },
  loadOptions: LoadOptions,
  scanHere: (batch: readonly UnitSource[]) => Promise<SourceResult[]>,
  pool: StringPool,
): Promise<SourceResult[] | undefined> {
  if (sources.length < MIN_SOURCES_FOR_WORKERS || !WORKER_ENTRY.pathname.endsWith('.js')) return undefined;
  if (!(await rulesAreFromCatalog(options.rules))) return undefined;
  const setup: WorkerSetup = {
    root: options.root,
    loadOptions,
    ruleIds: options.rules.map((r) => r.id),
    knownRuleIds: options.catalog.map((r) => r.id),
    config: options.config,
    today: options.today,
  };
  const batches = inBatches(sources, batchSize(sources.length, options.jobs));
  const results = await runPool(batches, Math.min(options.jobs - 1, batches.length), setup, scanHere, pool);
  return results.flat();
}

const WORKER_ENTRY = new URL(import.meta.url);

/** Batches small enough to balance the load at the end, large enough that messages stay cheap. */
function batchSize(sources: number, jobs: number): number {
  return Math.max(1, Math.min(16, Math.ceil(sources / (jobs * 16))));
}

function inBatches<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}

/** A worker only knows the catalog, so a rule passed in from elsewhere (a test's) keeps the scan on this thread. */
async function rulesAreFromCatalog(rules: readonly Rule[]): Promise<boolean> {
  const catalog = new Map((await import('../../rules/index.js')).ALL_RULES.map((r) => [r.id, r]));
  return rules.every((r) => catalog.get(r.id) === r);
}

/** Batches per worker in flight, so that a worker still has work while this thread is busy with a batch of its own. */
const BATCHES_IN_FLIGHT = 3;

/**
 * Hands batches to `workerCount` workers and to this thread, which makes one
 * of the jobs: `--jobs 2` starts one worker. Results come back per batch.
 */
function runPool(
  batches: UnitSource[][],
  workerCount: number,
  setup: WorkerSetup,
  scanHere: (batch: readonly UnitSource[]) => Promise<SourceResult[]>,
  pool: StringPool,
): Promise<SourceResult[][]> {
  return new Promise((resolve, reject) => {
    const results: SourceResult[][] = new Array(batches.length);
    const workers: Worker[] = [];
    let nextBatch = 0;
    let done = 0;
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    const store = (batch: number, batchResults: SourceResult[]) => {
      results[batch] = batchResults;
      if (++done === batches.length) finish();
    };
    const sendNext = (worker: Worker) => {
      if (settled || nextBatch >= batches.length) return;
      const request: BatchRequest = { batch: nextBatch, sources: batches[nextBatch]! };
      nextBatch++;
      worker.postMessage(request);
    };
    for (let i = 0; i < workerCount; i++) {
      const worker = new Worker(WORKER_ENTRY, { workerData: { sagelintScan: setup } });
      workers.push(worker);
      worker.on('message', (reply: BatchReply) => {
        if ('failure' in reply) return finish(Object.assign(new Error(reply.failure.message), { stack: reply.failure.stack }));
        store(reply.batch, pool.share(reply.results));
        sendNext(worker);
      });
      worker.on('error', (error) => finish(error));
      worker.on('exit', (code) => {
        if (!settled) finish(new Error(`a scan worker stopped unexpectedly (exit code ${code})`));
      });
      for (let k = 0; k < BATCHES_IN_FLIGHT; k++) sendNext(worker);
    }
    // Between its own batches this thread yields, so that replies are taken and workers sent more.
    const workHere = async () => {
      while (!settled && nextBatch < batches.length) {
        const batch = nextBatch++;
        store(batch, await scanHere(batches[batch]!));
        await new Promise((resume) => setImmediate(resume));
      }
    };
    workHere().catch((error: Error) => finish(error));
  });
}

/** The worker side: rebuild the evaluation options once, then scan each batch it is sent. */
async function serveBatches(setup: WorkerSetup): Promise<void> {
  const { ALL_RULES } = await import('../../rules/index.js');
  const catalog = new Map(ALL_RULES.map((r) => [r.id, r]));
  // Prepared by scanSourcesInOrder, as the batches bring resources of their kinds.
  const rules = setup.ruleIds.map((id) => catalog.get(id)!);
  const evaluation = evaluationFor(rules, setup.knownRuleIds, setup.config, setup.today);
  parentPort!.on('message', async (request: BatchRequest) => {
    let reply: BatchReply;
    try {
      reply = { batch: request.batch, results: await scanSourcesInOrder(setup.root, request.sources, setup.loadOptions, evaluation) };
    } catch (error) {
      reply = { batch: request.batch, failure: { message: (error as Error).message ?? String(error), stack: (error as Error).stack } };
    }
    parentPort!.postMessage(reply);
  });
}

const setup = isMainThread ? undefined : (workerData as { sagelintScan?: WorkerSetup } | null)?.sagelintScan;
if (setup) void serveBatches(setup);
