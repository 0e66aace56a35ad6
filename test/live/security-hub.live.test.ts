/**
 * `sagelint audit --security-hub` against a local AWS API (moto implements
 * BatchImportFindings and GetFindings): findings land in their own account's
 * Security Hub in their region, and are read back; a rejection fails the run.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { paginateGetFindings, SecurityHubClient, type AwsSecurityFinding } from '@aws-sdk/client-securityhub';
import type { AwsCredentialIdentity } from '@smithy/types';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { Finding, ScanResult } from '../../src/core/finding.js';
import { asffFindings } from '../../src/report/asff.js';
import { importToSecurityHub } from '../../src/report/security-hub.js';
import { AwsSecurityFinding$, schemaProblems } from '../helpers/asff-schema.js';
import { FINDINGS, live, RULES } from '../helpers/scan-result.js';
import { cliEnvFor, runCliAsync } from './audit.js';
import { describeLive, startMoto, type MotoServer } from './moto.js';
import { assumeInto, AUDIT_ROLE, CALLER_ACCOUNT, DUMMY_CREDENTIALS, HOME_REGION, MEMBER_ACCOUNT, OTHER_REGION, seedCallerAccount } from './seed.js';

const LIVE_NOTEBOOK = FINDINGS.find((f) => f.fingerprint === 'cafe000000000001')!;

function notebookFinding(i: number, account: string, region: string): Finding {
  const arn = `arn:aws:sagemaker:${region}:${account}:notebook-instance/nb-${i}`;
  return { ...LIVE_NOTEBOOK, resource: { ...LIVE_NOTEBOOK.resource, id: arn }, location: live(arn, ['DirectInternetAccess']), fingerprint: `${account}-${region}-${i}` };
}

/** Every finding in this account's Security Hub in this region, read page by page. */
async function findingsIn(endpoint: string, credentials: AwsCredentialIdentity, region: string): Promise<AwsSecurityFinding[]> {
  const client = new SecurityHubClient({ endpoint, region, credentials });
  const findings: AwsSecurityFinding[] = [];
  try {
    for await (const page of paginateGetFindings({ client, pageSize: 100 }, {})) findings.push(...(page.Findings ?? []));
  } finally {
    client.destroy();
  }
  return findings;
}

async function findingIdsIn(endpoint: string, credentials: AwsCredentialIdentity, region: string): Promise<string[]> {
  return (await findingsIn(endpoint, credentials, region)).map((f) => f.Id!).sort();
}

describeLive('sagelint audit --security-hub', () => {
  let moto: MotoServer;

  beforeAll(async () => {
    moto = await startMoto({ MOTO_IAM_LOAD_MANAGED_POLICIES: 'true' });
  }, 120_000);
  afterAll(() => moto?.stop());
  beforeEach(() => moto.reset());

  it('imports more than 100 findings of two accounts and two regions, each into its own Security Hub, with the role in the member account', { timeout: 60_000 }, async () => {
    const findings = [
      ...Array.from({ length: 160 }, (_, i) => notebookFinding(i, CALLER_ACCOUNT, HOME_REGION)),
      ...Array.from({ length: 30 }, (_, i) => notebookFinding(i, CALLER_ACCOUNT, OTHER_REGION)),
      ...Array.from({ length: 120 }, (_, i) => notebookFinding(i, MEMBER_ACCOUNT, OTHER_REGION)),
    ];
    const result: ScanResult = { root: '/', findings, errors: [], notes: [], stats: { files: 0, resources: findings.length } };
    const asff = [...asffFindings(result, RULES, { timestamp: new Date().toISOString() })];
    const outcome = await importToSecurityHub(asff, { credentials: DUMMY_CREDENTIALS, roleName: AUDIT_ROLE, endpoint: moto.endpoint });
    expect(outcome.failures).toEqual([]);
    expect(outcome).toMatchObject({ imported: 310, batches: 5 });
    const expected = (account: string, region: string) =>
      asff
        .filter((f) => f.AwsAccountId === account && String(f.ProductArn).split(':')[3] === region)
        .map((f) => f.Id as string)
        .sort();
    const member = await assumeInto(moto.endpoint, MEMBER_ACCOUNT);
    const caller = await assumeInto(moto.endpoint, CALLER_ACCOUNT);
    expect(await findingIdsIn(moto.endpoint, caller, HOME_REGION)).toEqual(expected(CALLER_ACCOUNT, HOME_REGION));
    expect(await findingIdsIn(moto.endpoint, caller, OTHER_REGION)).toEqual(expected(CALLER_ACCOUNT, OTHER_REGION));
    expect(await findingIdsIn(moto.endpoint, member, OTHER_REGION)).toEqual(expected(MEMBER_ACCOUNT, OTHER_REGION));
    expect(await findingIdsIn(moto.endpoint, member, HOME_REGION)).toEqual([]);
  });

  it('sends the audit\'s findings only with --security-hub: the same findings the ASFF report holds', { timeout: 300_000 }, async () => {
    await seedCallerAccount(moto.endpoint);
    const env = cliEnvFor(moto.endpoint);
    const caller = await assumeInto(moto.endpoint, CALLER_ACCOUNT);
    const plain = await runCliAsync(['audit', '--regions', HOME_REGION, '--format', 'asff', '--allow-gaps'], { env });
    expect(plain.status, plain.stderr).toBe(1);
    expect(await findingIdsIn(moto.endpoint, caller, HOME_REGION)).toEqual([]);

    const audit = await runCliAsync(['audit', '--regions', HOME_REGION, '--format', 'asff', '--allow-gaps', '--security-hub'], { env });
    expect(audit.status, audit.stderr).toBe(1);
    const report = JSON.parse(audit.stdout) as { Id: string; CreatedAt: string; Title: string }[];
    expect(report.length).toBeGreaterThan(0);
    for (const finding of report) expect(schemaProblems(AwsSecurityFinding$, finding), finding.Id).toEqual([]);
    expect(audit.stderr).toContain(`sagelint: Security Hub: imported ${report.length} findings into ${CALLER_ACCOUNT}/${HOME_REGION}`);
    // The same findings, to the timestamp and title.
    const summary = (findings: { Id?: string; CreatedAt?: string; Title?: string }[]) => findings.map((f) => [f.Id, f.CreatedAt, f.Title]).sort();
    expect(summary(await findingsIn(moto.endpoint, caller, HOME_REGION))).toEqual(summary(report));
  });

  it('fails the run, naming each finding and its error as one inert line, when Security Hub rejects findings', { timeout: 300_000 }, async () => {
    await seedCallerAccount(moto.endpoint);
    // Security Hub alone answers from here: it rejects the first finding of each batch, with a message that tries to start a workflow command.
    const rejecter: Server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const { Findings } = JSON.parse(body) as { Findings: { Id: string }[] };
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            FailedCount: 1,
            SuccessCount: Findings.length - 1,
            FailedFindings: [{ Id: Findings[0]!.Id, ErrorCode: 'InvalidInput', ErrorMessage: 'rejected\n::error::forged' }],
          }),
        );
      });
    });
    await new Promise<void>((resolve) => rejecter.listen(0, '127.0.0.1', resolve));
    try {
      const env = { ...cliEnvFor(moto.endpoint), AWS_ENDPOINT_URL_SECURITYHUB: `http://127.0.0.1:${(rejecter.address() as AddressInfo).port}` };
      const audit = await runCliAsync(['audit', '--regions', HOME_REGION, '--format', 'asff', '--allow-gaps', '--security-hub'], { env });
      expect(audit.status, audit.stderr).toBe(2);
      const first = (JSON.parse(audit.stdout) as { Id: string }[])[0]!;
      expect(audit.stderr).toContain(`sagelint: Security Hub did not import ${first.Id} (${CALLER_ACCOUNT}/${HOME_REGION}): InvalidInput: rejected`);
      expect(audit.stderr).toContain('sagelint: Security Hub: 1 finding not imported');
      expect(audit.stderr.split('\n').filter((line) => line.startsWith('::'))).toEqual([]);
    } finally {
      await new Promise<void>((resolve) => rejecter.close(() => resolve()));
    }
  });
});
