/**
 * A real AWS API on loopback for the live-audit tests: moto's server, started
 * on a free port, reset between suites, stopped by its PID; or the server the
 * files that only read what they seeded share, each in an account of its own.
 *
 * Where python3 with moto is missing, the live suites skip with a message;
 * under CI=true that is a failure instead, so CI never passes without them.
 */
import { spawnSync } from 'node:child_process';
import { describe, inject } from 'vitest';

import { PYTHON } from './moto-server.js';

export { startMoto, type MotoServer } from './moto-server.js';

function detectMoto(): { available: true } | { available: false; reason: string } {
  const probe = spawnSync(PYTHON, ['-c', 'import moto, moto.server; print(moto.__version__)'], { encoding: 'utf8' });
  if (probe.error) return { available: false, reason: `${PYTHON} was not found (${probe.error.message})` };
  if (probe.status !== 0) return { available: false, reason: `${PYTHON} cannot import moto's server: ${probe.stderr.trim().split('\n').pop()}` };
  return { available: true };
}

const status = detectMoto();
if (!status.available) {
  const need = `they need python3 with moto[server] 5.2.1, and ${status.reason}`;
  if (process.env.CI === 'true') throw new Error(`The live AWS API tests cannot run: ${need}. Under CI=true they may not be skipped.`);
  console.warn(`Skipping the live AWS API tests: ${need}. Install it with: pip install "moto[server]==5.2.1"`);
}

export const MOTO_AVAILABLE = status.available;

/** `describe` for suites that need moto: skipped, with the reason in its name, when moto is missing. */
export function describeLive(name: string, body: () => void, options: { concurrent?: boolean } = {}): void {
  describe.skipIf(!MOTO_AVAILABLE)(MOTO_AVAILABLE ? name : `${name} (skipped: python3 with moto not found)`, options, body);
}

/**
 * The accounts of the files on the shared server, one each: a file that seeds
 * and audits its own account sees nothing of the others'. A file that resets
 * moto, makes it enforce IAM, stops it or needs AWS's managed policies starts
 * a server of its own instead.
 */
export const SHARED_MOTO_ACCOUNTS = {
  domain: '200000000001',
  hyperpod: '200000000002',
  mlflowAccess: '200000000003',
  modelRegistry: '200000000004',
  monitoring: '200000000006',
  notOffered: '200000000007',
  redshift: '200000000005',
} as const;

/**
 * The endpoint of the moto server shared by the live files (started by the
 * global setup, `shared-moto-setup.ts`, on the first call of the run). Reach
 * it with credentials of the file's own account in SHARED_MOTO_ACCOUNTS
 * (`assumeInto`); never reset, stop or reconfigure it.
 */
export async function sharedMoto(): Promise<string> {
  const response = await fetch(inject('sharedMotoBroker'));
  const text = await response.text();
  if (!response.ok) throw new Error(`the shared moto server did not start: ${text}`);
  return text;
}
