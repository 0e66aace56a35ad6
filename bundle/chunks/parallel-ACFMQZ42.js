import {
  evaluationFor,
  evaluationOptions,
  scanSourcesInOrder
} from "./chunk-RBAF7ELO.js";
import "./chunk-ALV6TOFD.js";
import "./chunk-DPRLNSSC.js";
import "./chunk-MFTJGUDJ.js";
import "./chunk-HCU2I2RT.js";
import "./chunk-BOC5ET7R.js";
import "./chunk-DEZCBU7F.js";
import "./chunk-2I7KX7CV.js";
import "./chunk-OA4DYJ3R.js";
import "./chunk-5QBVJ72F.js";
import "./chunk-E2XCQX3P.js";
import {
  appendAll
} from "./chunk-CAGW7M4A.js";
import "./chunk-RM4BNA5F.js";

// src/pipeline/parallel.ts
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
var MIN_SOURCES_FOR_WORKERS = 24;
var WORKER_WARM_UP_SECONDS = 1;
var PROBE_SECONDS = 0.5;
var PROBE_CHUNK = 16;
var EAGER_ENV = "SAGELINT_WORKERS_EAGER";
async function scanWithJobs(sources, options, loadOptions, pool) {
  const evaluation = evaluationOptions(options);
  const scanHere = (part) => scanSourcesInOrder(options.root, part, loadOptions, evaluation, pool);
  const probed = process.env[EAGER_ENV] ? { results: [], done: 0, worthWorkers: true } : await probe(sources, scanHere, options.jobs);
  const rest = sources.slice(probed.done);
  const parallel = probed.worthWorkers ? await scanInWorkers(rest, options, loadOptions, scanHere, pool) : void 0;
  return [...probed.results, ...parallel ?? await scanHere(rest)];
}
async function probe(sources, scanHere, jobs) {
  const started = process.hrtime.bigint();
  const cpuAtStart = process.cpuUsage();
  const results = [];
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
function workersPayOff(pace, jobs) {
  if (pace.done === 0 || pace.elapsed <= 0) return false;
  const rest = pace.elapsed / pace.done * (pace.total - pace.done);
  const coresBusy = Math.max(1, pace.cpuSeconds / pace.elapsed);
  const saving = rest * (1 - Math.min(1, coresBusy / jobs));
  return saving >= WORKER_WARM_UP_SECONDS;
}
async function scanInWorkers(sources, options, loadOptions, scanHere, pool) {
  if (sources.length < MIN_SOURCES_FOR_WORKERS || !WORKER_ENTRY.pathname.endsWith(".js")) return void 0;
  if (!await rulesAreFromCatalog(options.rules)) return void 0;
  const setup2 = {
    root: options.root,
    loadOptions,
    ruleIds: options.rules.map((r) => r.id),
    knownRuleIds: options.catalog.map((r) => r.id),
    config: options.config,
    today: options.today
  };
  const batches = inBatches(sources, batchSize(sources.length, options.jobs));
  const results = await runPool(batches, Math.min(options.jobs - 1, batches.length), setup2, scanHere, pool);
  return results.flat();
}
var WORKER_ENTRY = new URL(import.meta.url);
function batchSize(sources, jobs) {
  return Math.max(1, Math.min(16, Math.ceil(sources / (jobs * 16))));
}
function inBatches(items, size) {
  const batches = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}
async function rulesAreFromCatalog(rules) {
  const catalog = new Map((await import("./rules-ST252VKR.js")).ALL_RULES.map((r) => [r.id, r]));
  return rules.every((r) => catalog.get(r.id) === r);
}
var BATCHES_IN_FLIGHT = 3;
function runPool(batches, workerCount, setup2, scanHere, pool) {
  return new Promise((resolve, reject) => {
    const results = new Array(batches.length);
    const workers = [];
    let nextBatch = 0;
    let done = 0;
    let settled = false;
    const finish = (error) => {
      if (settled) return;
      settled = true;
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    const store = (batch, batchResults) => {
      results[batch] = batchResults;
      if (++done === batches.length) finish();
    };
    const sendNext = (worker) => {
      if (settled || nextBatch >= batches.length) return;
      const request = { batch: nextBatch, sources: batches[nextBatch] };
      nextBatch++;
      worker.postMessage(request);
    };
    for (let i = 0; i < workerCount; i++) {
      const worker = new Worker(WORKER_ENTRY, { workerData: { sagelintScan: setup2 } });
      workers.push(worker);
      worker.on("message", (reply) => {
        if ("failure" in reply) return finish(Object.assign(new Error(reply.failure.message), { stack: reply.failure.stack }));
        store(reply.batch, pool.share(reply.results));
        sendNext(worker);
      });
      worker.on("error", (error) => finish(error));
      worker.on("exit", (code) => {
        if (!settled) finish(new Error(`a scan worker stopped unexpectedly (exit code ${code})`));
      });
      for (let k = 0; k < BATCHES_IN_FLIGHT; k++) sendNext(worker);
    }
    const workHere = async () => {
      while (!settled && nextBatch < batches.length) {
        const batch = nextBatch++;
        store(batch, await scanHere(batches[batch]));
        await new Promise((resume) => setImmediate(resume));
      }
    };
    workHere().catch((error) => finish(error));
  });
}
async function serveBatches(setup2) {
  const { ALL_RULES } = await import("./rules-ST252VKR.js");
  const catalog = new Map(ALL_RULES.map((r) => [r.id, r]));
  const rules = setup2.ruleIds.map((id) => catalog.get(id));
  const evaluation = evaluationFor(rules, setup2.knownRuleIds, setup2.config, setup2.today);
  parentPort.on("message", async (request) => {
    let reply;
    try {
      reply = { batch: request.batch, results: await scanSourcesInOrder(setup2.root, request.sources, setup2.loadOptions, evaluation) };
    } catch (error) {
      reply = { batch: request.batch, failure: { message: error.message ?? String(error), stack: error.stack } };
    }
    parentPort.postMessage(reply);
  });
}
var setup = isMainThread ? void 0 : workerData?.sagelintScan;
if (setup) void serveBatches(setup);
export {
  MIN_SOURCES_FOR_WORKERS,
  scanWithJobs,
  workersPayOff
};
