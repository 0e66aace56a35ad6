// The machine's own ceiling for parallel work, measured in the same run as the
// scans: how much more work N threads finish than one in the same time, for a
// pure compute loop and for an allocation-heavy loop (short-lived objects and
// strings, as a scan makes). On virtual machines the second can stay far below
// N while the first reaches it; a scan cannot scale better than its machine.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const LOOPS = {
  compute() {
    let x = 0;
    for (let i = 0; i < 4e8; i++) x = (x * 31 + i) | 0;
    return x;
  },
  allocation() {
    let kept = [];
    for (let i = 0; i < 8e6; i++) {
      kept.push({ i, key: `k${i % 1000}`, list: [i] });
      if (kept.length > 100_000) kept = [];
    }
    return kept.length;
  },
};

if (!isMainThread && workerData?.machineScalingLoop) {
  // Every thread starts the loop at the same moment: wait for the go signal, then time only the loop.
  const go = new Int32Array(workerData.go);
  parentPort.postMessage('ready');
  Atomics.wait(go, 0, 0);
  const started = process.hrtime.bigint();
  LOOPS[workerData.machineScalingLoop]();
  parentPort.postMessage(Number(process.hrtime.bigint() - started) / 1e9);
}

/** The slowest loop time of `threads` workers running the loop at once. */
async function timeLoop(loop, threads) {
  const go = new SharedArrayBuffer(4);
  const workers = Array.from({ length: threads }, () => new Worker(new URL(import.meta.url), { workerData: { machineScalingLoop: loop, go } }));
  const replies = workers.map((worker) => messages(worker, 2));
  await Promise.all(replies.map((r) => r.next()));
  Atomics.store(new Int32Array(go), 0, 1);
  Atomics.notify(new Int32Array(go), 0);
  const times = await Promise.all(replies.map((r) => r.next()));
  return Math.max(...times);
}

/** The worker's next messages, one promise each, in order. */
function messages(worker, count) {
  const settlers = [];
  const queue = Array.from({ length: count }, () => new Promise((resolve, reject) => settlers.push({ resolve, reject })));
  let received = 0;
  worker.on('message', (message) => settlers[received++]?.resolve(message));
  worker.once('error', (error) => settlers.forEach((s) => s.reject(error)));
  let taken = 0;
  return { next: () => queue[taken++] };
}

/** Throughput of `threads` threads over one thread, per loop (best of three runs each). */
export async function measureMachineScaling(threads) {
  const out = {};
  for (const loop of Object.keys(LOOPS)) {
    const one = await bestOf(3, () => timeLoop(loop, 1));
    const many = await bestOf(3, () => timeLoop(loop, threads));
    out[loop] = (threads * one) / many;
  }
  return out;
}

async function bestOf(times, run) {
  let best = Infinity;
  for (let i = 0; i < times; i++) best = Math.min(best, await run());
  return best;
}
