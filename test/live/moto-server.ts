/**
 * moto's server on a free loopback port: started, reset, told to enforce IAM,
 * stopped by its PID. Free of vitest, so that vitest's global setup can start one too.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export const PYTHON = process.env.SAGELINT_PYTHON ?? 'python3';
const READY_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 5_000;

export interface MotoServer {
  endpoint: string;
  /** Empties every account and region. */
  reset(): Promise<void>;
  /**
   * Makes moto enforce IAM on every request from now on (`true`), or stop
   * (`false`): only identities it knows, with policies that allow the action, pass.
   */
  enforceIam(on: boolean): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Starts moto on a free loopback port and waits until it answers. */
export async function startMoto(env: Record<string, string> = {}): Promise<MotoServer> {
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const child = spawn(PYTHON, ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    // moto logs every request; keep only the tail for a startup failure message.
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  try {
    await waitUntilReady(endpoint, child, () => stderr);
  } catch (err) {
    await stopChild(child);
    throw err;
  }
  const post = async (path: string, body?: string) => {
    const response = await fetch(`${endpoint}${path}`, { method: 'POST', ...(body === undefined ? {} : { body }) });
    if (!response.ok) throw new Error(`moto ${path} answered HTTP ${response.status}`);
  };
  return {
    endpoint,
    reset: () => post('/moto-api/reset'),
    enforceIam: (on) => post('/moto-api/reset-auth', on ? '0' : 'inf'),
    stop: () => stopChild(child),
  };
}

async function waitUntilReady(endpoint: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`moto exited with code ${child.exitCode} before it was ready:\n${stderr()}`);
    try {
      const response = await fetch(`${endpoint}/moto-api/`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`moto did not answer on ${endpoint} within ${READY_TIMEOUT_MS / 1000}s:\n${stderr()}`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
