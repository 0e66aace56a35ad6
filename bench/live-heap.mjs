// What a scan keeps, as opposed to what the process's heap grows to: scans DIR
// in this process (the built engine, every rule, one thread), forces garbage
// collection before and after, and prints the heap the result holds, per
// finding, next to the heap's size and the resident set.
// Usage: node --expose-gc bench/live-heap.mjs DIR
import path from 'node:path';
import { ALL_RULES } from '../dist/rules/index.js';
import { EMPTY_CONFIG } from '../dist/src/config/config.js';
import { scan } from '../dist/src/pipeline/scan.js';

const { gc } = globalThis;
if (typeof gc !== 'function') {
  process.stderr.write('run with node --expose-gc\n');
  process.exit(2);
}
const root = path.resolve(process.argv[2] ?? '.');
const heapUsed = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
const scanRoot = () => scan([root], { root, rules: ALL_RULES, catalog: ALL_RULES, config: EMPTY_CONFIG, jobs: 1 });

/** A first scan prepares the rules and fills the caches: start-up, not what a result holds. Returns nothing, so nothing of it stays reachable. */
async function warmUp() {
  await scanRoot();
}

async function measureKept() {
  const before = heapUsed();
  const result = await scanRoot();
  return { files: result.stats.files, findings: result.findings.length, kept: heapUsed() - before };
}

await warmUp();
const { files, findings, kept } = await measureKept();
const memory = process.memoryUsage();
const mb = (bytes) => Math.round(bytes / 2 ** 20);
process.stdout.write(
  `${JSON.stringify({
    files,
    findings,
    keptMB: mb(kept),
    bytesPerFinding: Math.round(kept / Math.max(1, findings)),
    heapTotalMB: mb(memory.heapTotal),
    rssMB: mb(memory.rss),
  })}\n`,
);
