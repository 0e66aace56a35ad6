/**
 * The audit fails closed: what it could not read is said in the report
 * (INCOMPLETE, `incomplete: true`) and, when it hides a whole account, region
 * or service, the run exits 2 unless --allow-gaps accepts it. Setup problems
 * (profile, region, credentials) are clear errors; Ctrl-C leaves no report.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliEnvFor, runCliAsync, startCli } from './audit.js';
import { startFaultProxy, type FaultPlan, type FaultProxy } from './fault-proxy.js';
import { describeLive, startMoto, type MotoServer } from './moto.js';
import { AUDIT_ROLE, CALLER_ACCOUNT, DUMMY_CREDENTIALS, HOME_REGION, seedCallerAccount } from './seed.js';

interface JsonReport {
  findings: { ruleId: string; fingerprint: string; resource: { id: string } }[];
  notes: { message: string }[];
  incomplete?: true;
  gaps?: { account: string; region: string; service: string; operation: string; reason: string; rulesAffected: string[] }[];
}

const PUBLIC_CLUSTER = `arn:aws:redshift:${HOME_REGION}:${CALLER_ACCOUNT}:cluster:public-warehouse`;
const out = mkdtempSync(path.join(tmpdir(), 'sagelint-fail-closed-'));
const proxies: FaultProxy[] = [];

async function proxyTo(endpoint: string, plan: FaultPlan): Promise<FaultProxy> {
  const proxy = await startFaultProxy(endpoint, plan);
  proxies.push(proxy);
  return proxy;
}

afterAll(async () => {
  for (const proxy of proxies) await proxy.close().catch(() => undefined);
});

describeLive('an audit whose API goes away, or that is interrupted', () => {
  let moto: MotoServer;
  beforeAll(async () => {
    moto = await startMoto();
    await seedCallerAccount(moto.endpoint, { awsManagedPolicy: false });
  }, 120_000);
  afterAll(() => moto?.stop());

  it('stopped by Ctrl-C, exits 130 and leaves no report behind', { timeout: 180_000 }, async () => {
    const slow = await proxyTo(moto.endpoint, { delayEvery: 1, delayMs: 400 });
    const report = path.join(out, 'interrupted.json');
    const cli = startCli(['audit', '--regions', HOME_REGION, '--format', 'json', '--output', report], { env: cliEnvFor(slow.endpoint), timeoutMs: 170_000 });
    await cli.stderrMatches(/sagelint audit: auditing 1 account × 1 region/);
    cli.child.kill('SIGINT');
    const run = await cli.done;
    expect(run.status, run.stderr).toBe(130);
    expect(run.stderr).toMatch(/interrupted: the audit did not finish and no report was written/);
    expect(existsSync(report)).toBe(false);
  });

  it('with the API killed mid-audit, writes an INCOMPLETE report and exits 2', { timeout: 180_000 }, async () => {
    const slow = await proxyTo(moto.endpoint, { delayEvery: 1, delayMs: 200 });
    const cli = startCli(['audit', '--regions', HOME_REGION], { env: cliEnvFor(slow.endpoint), timeoutMs: 170_000 });
    await cli.stderrMatches(/sagelint audit: auditing/);
    await moto.stop();
    const run = await cli.done;
    expect(run.status, run.stderr).toBe(2);
    expect(run.stdout.trimEnd().split('\n').at(-1), run.stdout).toMatch(/^INCOMPLETE: \d+ coverage gaps \(\d+ hide a whole account, region or service/);
    expect(run.stderr).toMatch(/the audit is incomplete: .*--allow-gaps accepts an incomplete audit/);
  });
});

// The audits below only read the seeded server (each fault through a proxy of
// its own), so they run side by side: most of their time is spent waiting on
// retries, back-off and the proxies' delays.
describeLive('sagelint audit fails closed, and says why', () => {
  let moto: MotoServer;
  const env = () => cliEnvFor(moto.endpoint);
  let clean: JsonReport;

  beforeAll(async () => {
    moto = await startMoto();
    await seedCallerAccount(moto.endpoint, { awsManagedPolicy: false });
    const run = await runCliAsync(['audit', '--regions', HOME_REGION, '--format', 'json'], { env: env(), timeoutMs: 170_000 });
    expect(run.status, run.stderr).toBe(1);
    // The scope is said before the work starts.
    expect(run.stderr).toMatch(new RegExp(`^sagelint audit: auditing 1 account × 1 region: ${HOME_REGION}$`, 'm'));
    clean = JSON.parse(run.stdout) as JsonReport;
  }, 180_000);
  afterAll(() => moto?.stop());

  it('an operation throttled past its retries is a gap that names it, the report is incomplete, and the run exits 2 unless --allow-gaps', { timeout: 300_000 }, async () => {
    const proxy = await proxyTo(moto.endpoint, { throttleOperation: 'DescribeClusters' });
    const args = ['audit', '--regions', HOME_REGION, '--format', 'json'];
    const options = { env: cliEnvFor(proxy.endpoint), timeoutMs: 290_000 };
    const [run, accepted] = await Promise.all([runCliAsync(args, options), runCliAsync([...args, '--allow-gaps'], options)]);
    expect(run.status, run.stderr).toBe(2);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.incomplete).toBe(true);
    const throttled = report.gaps!.filter((g) => g.operation === 'DescribeClusters');
    expect(throttled.map((g) => [g.account, g.region, g.service, g.reason]), JSON.stringify(report.gaps)).toEqual([[CALLER_ACCOUNT, HOME_REGION, 'redshift', 'throttled']]);
    expect(throttled[0]!.rulesAffected).toContain('RS001');
    // What was lost is Redshift's in that region (the clusters, and the default parameter group only a cluster brings in), and the gap names its rules.
    const lost = clean.findings.filter((f) => !report.findings.some((g) => g.fingerprint === f.fingerprint));
    expect(lost.length).toBeGreaterThan(0);
    const unexplained = lost.filter((f) => !f.resource.id.startsWith(`arn:aws:redshift:${HOME_REGION}:${CALLER_ACCOUNT}:`) || !throttled[0]!.rulesAffected.includes(f.ruleId));
    expect(unexplained.map((f) => `${f.ruleId} ${f.resource.id}`)).toEqual([]);
    expect(lost.map((f) => f.resource.id)).toContain(PUBLIC_CLUSTER);

    expect(accepted.status, accepted.stderr).toBe(1);
    expect((JSON.parse(accepted.stdout) as JsonReport).incomplete).toBe(true);
  });

  it('through throttling, 503s, slow answers and dropped connections, finds exactly what a clean run finds', { timeout: 300_000 }, async () => {
    const proxy = await proxyTo(moto.endpoint, { throttleEvery: 25, unavailableEvery: 7, delayEvery: 3, delayMs: 40, dropEvery: 11 });
    const run = await runCliAsync(['audit', '--regions', HOME_REGION, '--format', 'json'], { env: { ...cliEnvFor(proxy.endpoint), AWS_MAX_ATTEMPTS: '5' }, timeoutMs: 290_000 });
    expect(run.status, run.stderr).toBe(1);
    expect(proxy.counts.dropped).toBeGreaterThan(0);
    expect(proxy.counts.throttled + proxy.counts.unavailable).toBeGreaterThan(0);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.findings.map((f) => f.fingerprint).sort()).toEqual(clean.findings.map((f) => f.fingerprint).sort());
    // The only gaps are those of the clean run (operations the endpoint does not implement): nothing lost in silence.
    expect(report.gaps).toEqual(clean.gaps);
  });

  it('an empty shard audits no account: an INCOMPLETE report and exit 2, unless --allow-gaps', { timeout: 120_000 }, async () => {
    const args = ['audit', '--regions', HOME_REGION, '--accounts', CALLER_ACCOUNT, '--role-name', AUDIT_ROLE, '--shard', '2/2'];
    const [run, accepted] = await Promise.all([runCliAsync(args, { env: env() }), runCliAsync([...args, '--allow-gaps', '--quiet'], { env: env() })]);
    expect(run.status, run.stderr).toBe(2);
    expect(run.stdout).toMatch(/^INCOMPLETE: no account was audited/m);
    expect(run.stderr).toMatch(/shard 2\/2 of 1 account/);
    expect(accepted.status, accepted.stderr).toBe(0);
    expect(accepted.stdout).toMatch(/^INCOMPLETE: no account was audited/m);
  });

  describe('setup errors are clear, and exit 2', () => {
    // Each is one CLI start; on a machine many times oversubscribed that alone has taken a minute.
    const SETUP_ERROR_TIMEOUT = 180_000;
    const noAws = () => {
      const empty = path.join(out, 'empty-aws-config');
      writeFileSync(empty, '');
      return { AWS_CONFIG_FILE: empty, AWS_SHARED_CREDENTIALS_FILE: empty, AWS_EC2_METADATA_DISABLED: 'true', HOME: out };
    };

    it('an unknown region', { timeout: SETUP_ERROR_TIMEOUT }, async () => {
      const run = await runCliAsync(['audit', '--regions', 'us-east-9'], { env: env() });
      expect([run.status, run.stderr]).toEqual([2, expect.stringMatching(/^sagelint: unknown region us-east-9: this partition has .*us-east-1/m)]);
    });

    it('an unknown profile', { timeout: SETUP_ERROR_TIMEOUT }, async () => {
      const run = await runCliAsync(['audit', '--profile', 'nope'], { env: noAws(), replaceEnv: true });
      expect([run.status, run.stderr]).toEqual([2, expect.stringMatching(/^sagelint: profile "nope" was not found, or has no credentials/m)]);
    });

    it('no credentials at all', { timeout: SETUP_ERROR_TIMEOUT }, async () => {
      const run = await runCliAsync(['audit', '--regions', HOME_REGION], { env: { ...noAws(), AWS_ENDPOINT_URL: moto.endpoint }, replaceEnv: true });
      expect([run.status, run.stderr]).toEqual([2, expect.stringMatching(/^sagelint: no AWS credentials found/m)]);
    });

    it('an expired session', { timeout: SETUP_ERROR_TIMEOUT }, async () => {
      const proxy = await proxyTo(moto.endpoint, { expiredSession: true });
      const run = await runCliAsync(['audit', '--regions', HOME_REGION], { env: cliEnvFor(proxy.endpoint) });
      expect([run.status, run.stderr]).toEqual([2, expect.stringMatching(/^sagelint: the AWS session has expired \(ExpiredToken\)/m)]);
    });
  });

  it("honours --endpoint-url, and a profile's endpoint_url", { timeout: 300_000 }, async () => {
    const { AWS_ENDPOINT_URL: _endpoint, ...withoutEndpoint } = env();
    const flaggedRun = runCliAsync(['audit', '--regions', HOME_REGION, '--format', 'json', '--endpoint-url', moto.endpoint], { env: withoutEndpoint, replaceEnv: true, timeoutMs: 290_000 });
    const config = path.join(out, 'config');
    const credentials = path.join(out, 'credentials');
    writeFileSync(config, `[profile local]\nregion = ${HOME_REGION}\nendpoint_url = ${moto.endpoint}\n`);
    writeFileSync(credentials, `[local]\naws_access_key_id = ${DUMMY_CREDENTIALS.accessKeyId}\naws_secret_access_key = ${DUMMY_CREDENTIALS.secretAccessKey}\n`);
    const profiledRun = runCliAsync(['audit', '--profile', 'local', '--regions', HOME_REGION, '--format', 'json'], {
      env: { AWS_CONFIG_FILE: config, AWS_SHARED_CREDENTIALS_FILE: credentials, AWS_MAX_ATTEMPTS: '2', HOME: out },
      replaceEnv: true,
      timeoutMs: 290_000,
    });
    const [flagged, profiled] = await Promise.all([flaggedRun, profiledRun]);
    expect(flagged.status, flagged.stderr).toBe(1);
    expect((JSON.parse(flagged.stdout) as JsonReport).findings.length).toBe(clean.findings.length);
    expect(profiled.status, profiled.stderr).toBe(1);
    expect((JSON.parse(profiled.stdout) as JsonReport).findings.length).toBe(clean.findings.length);
  });
}, { concurrent: true });
