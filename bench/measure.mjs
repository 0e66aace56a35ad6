// Runs a child process and measures its wall time and peak resident memory:
// with GNU time (`/usr/bin/time -v`) when it is installed, else by polling the
// child's /proc/<pid>/status high-water mark (VmHWM) while it runs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { clearInterval, setInterval } from 'node:timers';

const GNU_TIME = '/usr/bin/time';
const PEAK_RSS_LINE = /^\s*Maximum resident set size \(kbytes\): (\d+)\s*$/m;
const CPU_LINES = [/^\s*User time \(seconds\): ([\d.]+)\s*$/m, /^\s*System time \(seconds\): ([\d.]+)\s*$/m];

/** Whether GNU time is there (BusyBox and BSD `time` have no `-v`); BENCH_RSS=proc forces the fallback. */
export const HAS_GNU_TIME =
  process.env.BENCH_RSS !== 'proc' && existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-v', 'true']).stderr?.toString().match(PEAK_RSS_LINE) !== null;

export const HAS_PROC = existsSync('/proc/self/status');

/** How peak memory is measured on this machine, for the report. */
export const RSS_METHOD = HAS_GNU_TIME ? 'GNU time -v' : HAS_PROC ? '/proc/<pid>/status VmHWM, polled' : 'not available';

/**
 * `cpuSeconds` (user + system time of the process and its threads) comes from GNU time only.
 * @returns {Promise<{ seconds: number, peakRssBytes: number | undefined, cpuSeconds: number | undefined, status: number | null, stdout: string, stderr: string }>}
 */
export function measure(command, args, { cwd } = {}) {
  const viaTime = HAS_GNU_TIME;
  const [file, argv] = viaTime ? [GNU_TIME, ['-v', command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(file, argv, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let polledPeak;
    const poller = !viaTime && HAS_PROC ? setInterval(() => (polledPeak = readHighWaterMark(child.pid) ?? polledPeak), 5) : undefined;
    child.on('error', reject);
    child.on('close', (status) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (poller) clearInterval(poller);
      let peakRssBytes = polledPeak;
      let cpuSeconds;
      if (viaTime) {
        const match = PEAK_RSS_LINE.exec(stderr);
        peakRssBytes = match ? Number(match[1]) * 1024 : undefined;
        const times = CPU_LINES.map((line) => line.exec(stderr)?.[1]);
        cpuSeconds = times.every((t) => t !== undefined) ? times.reduce((sum, t) => sum + Number(t), 0) : undefined;
        // GNU time appends its report (and a line for a non-zero exit) to the child's stderr, and exits with the child's status.
        stderr = stderr.replace(/(Command exited with non-zero status \d+\n)?\tCommand being timed:[\s\S]*$/, '');
      }
      resolve({ seconds, peakRssBytes, cpuSeconds, status, stdout, stderr });
    });
  });
}

function readHighWaterMark(pid) {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** The median of a few runs, by wall time: one slow run on a busy machine does not decide. */
export async function medianRun(times, run) {
  const runs = [];
  for (let i = 0; i < times; i++) runs.push(await run());
  return medianBySeconds(runs);
}

/** The run with the median wall time (the faster of the middle two, for an even count). */
export function medianBySeconds(runs) {
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/**
 * Several commands taking turns, `times` rounds, so a change in the machine's
 * load falls on all of them alike. Each command's median run by CPU time when
 * GNU time gives it (what a shared machine leaves comparable), else by wall time.
 */
export async function medianRuns(times, commands) {
  const runs = commands.map(() => []);
  for (let i = 0; i < times; i++) for (const [n, command] of commands.entries()) runs[n].push(await command());
  return runs.map((list) => {
    const key = list.every((r) => r.cpuSeconds !== undefined) ? 'cpuSeconds' : 'seconds';
    const sorted = [...list].sort((a, b) => a[key] - b[key]);
    return sorted[Math.floor((sorted.length - 1) / 2)];
  });
}
