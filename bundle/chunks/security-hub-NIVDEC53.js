import {
  Limiter,
  assumeRole,
  createAuditClient,
  mapLimited,
  securityHubImportGuard,
  sortBy
} from "./chunk-4K4PSNR5.js";
import {
  classifyError
} from "./chunk-EQYR6YSQ.js";
import "./chunk-5QBVJ72F.js";
import "./chunk-E2XCQX3P.js";
import "./chunk-CAGW7M4A.js";
import "./chunk-RM4BNA5F.js";

// src/report/security-hub.ts
import { BatchImportFindingsCommand, SecurityHubClient } from "@aws-sdk/client-securityhub";
import { STSClient } from "@aws-sdk/client-sts";
var MAX_IMPORT_BATCH = 100;
async function importToSecurityHub(findings, options) {
  const destinations = groupByDestination(findings);
  const clients = [];
  const client = (Client, region, credentials, guarded) => {
    const made = createAuditClient(Client, {
      region,
      credentials,
      ...options.endpoint ? { endpoint: options.endpoint } : {},
      maxAttempts: options.maxAttempts ?? 5,
      requestTimeoutMs: 3e4,
      connectionTimeoutMs: 5e3,
      // Security Hub allows 10 imports a second per account and region: two in flight stay well below.
      limiter: new Limiter(2),
      ...guarded ? { guard: securityHubImportGuard } : {}
    });
    clients.push(made);
    return made;
  };
  const accountCredentials = /* @__PURE__ */ new Map();
  const credentialsFor = (destination) => {
    const { roleName, externalId } = options;
    if (!roleName) return Promise.resolve(options.credentials);
    let credentials = accountCredentials.get(destination.account);
    if (!credentials) {
      const sts = client(STSClient, destination.region, options.credentials, false);
      const roleArn = `arn:${destination.partition}:iam::${destination.account}:role/${roleName}`;
      credentials = assumeRole(sts, roleArn, externalId).then((assumed) => assumed.credentials);
      accountCredentials.set(destination.account, credentials);
    }
    return credentials;
  };
  try {
    const outcomes = await mapLimited(destinations, 4, async (destination) => {
      const failed = (batch, err) => {
        const { error } = classifyError(err);
        const code = err?.name ?? "Error";
        return batch.map((finding) => ({ account: destination.account, region: destination.region, id: finding.Id ?? "", code, message: error }));
      };
      let credentials;
      try {
        credentials = await credentialsFor(destination);
      } catch (err) {
        return { imported: 0, batches: 0, failures: failed(destination.findings, err) };
      }
      const securityHub = client(SecurityHubClient, destination.region, credentials, true);
      const batches = chunks(destination.findings, MAX_IMPORT_BATCH);
      const results = await Promise.all(
        batches.map(async (batch) => {
          try {
            const answer = await securityHub.send(new BatchImportFindingsCommand({ Findings: batch }));
            return batchFailures(destination, batch, answer);
          } catch (err) {
            return { imported: 0, failures: failed(batch, err) };
          }
        })
      );
      return { imported: results.reduce((n, r) => n + r.imported, 0), batches: batches.length, failures: results.flatMap((r) => r.failures) };
    });
    return {
      imported: outcomes.reduce((n, o) => n + o.imported, 0),
      batches: outcomes.reduce((n, o) => n + o.batches, 0),
      failures: outcomes.flatMap((o) => o.failures),
      destinations: destinations.map((d) => `${d.account}/${d.region}`)
    };
  } finally {
    for (const made of clients) made.destroy();
  }
}
function batchFailures(destination, batch, answer) {
  const where = { account: destination.account, region: destination.region };
  const named = (answer.FailedFindings ?? []).map((f) => ({ ...where, id: f.Id ?? "", code: f.ErrorCode ?? "Unknown", message: f.ErrorMessage ?? "" }));
  const succeeded = answer.SuccessCount ?? 0;
  if (succeeded + named.length === batch.length && (answer.FailedCount ?? named.length) === named.length) return { imported: succeeded, failures: named };
  const failedIds = new Set(named.map((f) => f.id));
  const unconfirmed = batch.filter((finding) => !failedIds.has(finding.Id ?? "")).map((finding) => ({
    ...where,
    id: finding.Id ?? "",
    code: "NotConfirmed",
    message: `the answer counts ${succeeded} imported and ${answer.FailedCount ?? 0} failed of ${batch.length} sent, naming ${named.length}: this finding may not have been imported`
  }));
  return { imported: 0, failures: [...named, ...unconfirmed] };
}
function groupByDestination(findings) {
  const byKey = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const [, partition = "aws", , region = "", account = ""] = (finding.ProductArn ?? "").split(":");
    const key = `${partition}:${finding.AwsAccountId ?? account}:${region}`;
    let destination = byKey.get(key);
    if (!destination) byKey.set(key, destination = { partition, account: finding.AwsAccountId ?? account, region, findings: [] });
    destination.findings.push(finding);
  }
  return sortBy([...byKey.values()], (d) => `${d.account}/${d.region}`);
}
function chunks(items, size) {
  const out = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
export {
  MAX_IMPORT_BATCH,
  importToSecurityHub
};
