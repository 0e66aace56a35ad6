import {
  ReadOnlyViolationError,
  classifyError,
  markAnsweredByOtherEndpoint,
  operationsOf
} from "./chunk-EQYR6YSQ.js";

// src/loaders/account/records.ts
function toRecord(output) {
  const { $metadata: _ignored, ...rest } = output;
  return JSON.parse(JSON.stringify(rest));
}
function sortBy(items, key) {
  return items.sort((a, b) => compareText(key(a) ?? "￿", key(b) ?? "￿"));
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function distinct(values) {
  return [...new Set(values.filter((v) => v !== void 0 && v !== ""))];
}

// src/loaders/account/accounts.ts
import { AssumeRoleCommand } from "@aws-sdk/client-sts";
import { paginateListAccounts } from "@aws-sdk/client-organizations";
var AuditSetupError = class extends Error {
  name = "AuditSetupError";
};
function parseShard(shard) {
  const text = typeof shard === "string" ? shard : `${shard.index}/${shard.count}`;
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new AuditSetupError(`invalid shard "${text}": expected i/n with 1 ≤ i ≤ n, e.g. 1/4`);
  }
  return { index, count };
}
function selectShard(accountIds, shard) {
  const sorted = [...new Set(accountIds)].sort(compareText);
  return shard ? sorted.filter((_, i) => i % shard.count === shard.index - 1) : sorted;
}
function validateAccountId(id) {
  if (!/^\d{12}$/.test(id)) throw new AuditSetupError(`invalid account ID "${id}": expected 12 digits`);
  return id;
}
async function listOrganizationAccounts(client) {
  const ids = [];
  for await (const page of paginateListAccounts({ client }, {})) {
    for (const account of page.Accounts ?? []) {
      const state = account.State ?? account.Status;
      if (account.Id && (state === void 0 || state === "ACTIVE")) ids.push(account.Id);
    }
  }
  return ids;
}
var RENEW_BEFORE_MS = 5 * 60 * 1e3;
var SESSION_NAME = "sagelint-audit";
async function assumeRole(sts, roleArn, externalId) {
  const fetchSession = async () => {
    const out = await sts.send(
      new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: SESSION_NAME, ...externalId ? { ExternalId: externalId } : {} })
    );
    const c = out.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey) throw new AuditSetupError(`AssumeRole into ${roleArn} returned no credentials`);
    const identity = {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      ...c.SessionToken ? { sessionToken: c.SessionToken } : {},
      ...c.Expiration ? { expiration: c.Expiration } : {}
    };
    return { identity, principalArn: out.AssumedRoleUser?.Arn ?? roleArn };
  };
  const first = await fetchSession();
  let current = Promise.resolve(first.identity);
  let expiration = first.identity.expiration;
  const credentials = () => {
    if (expiration && expiration.getTime() - Date.now() < RENEW_BEFORE_MS) {
      expiration = void 0;
      current = fetchSession().then(
        (session) => {
          expiration = session.identity.expiration;
          return session.identity;
        },
        (err) => {
          expiration = /* @__PURE__ */ new Date(0);
          throw err;
        }
      );
    }
    return current;
  };
  return { credentials, principalArn: first.principalArn };
}

// src/loaders/account/policy.ts
var AUDIT_OPERATIONS = {
  sagemaker: [...operationsOf("sagemaker"), "ListTags"],
  iam: operationsOf("iam"),
  ec2: ["DescribeRegions", ...operationsOf("ec2")],
  redshift: operationsOf("redshift"),
  "redshift-serverless": operationsOf("redshift-serverless"),
  tag: ["GetResources"]
};
function auditActions() {
  return Object.entries(AUDIT_OPERATIONS).flatMap(([service, operations]) => operations.map((operation) => `${service}:${operation}`)).sort();
}
function auditReadPolicy() {
  return { Version: "2012-10-17", Statement: [{ Sid: "SagelintAuditRead", Effect: "Allow", Action: auditActions(), Resource: "*" }] };
}
var SECURITY_HUB_IMPORT_OPERATIONS = { securityhub: ["BatchImportFindings"] };
function auditCallerPolicy(roleName, partition = "aws") {
  return {
    Version: "2012-10-17",
    Statement: [
      { Sid: "SagelintAssumeAuditRole", Effect: "Allow", Action: ["sts:AssumeRole"], Resource: `arn:${partition}:iam::*:role/${roleName}` },
      { Sid: "SagelintListAccounts", Effect: "Allow", Action: ["organizations:ListAccounts"], Resource: "*" }
    ]
  };
}

// src/loaders/account/guard.ts
var ACCOUNT_OPERATIONS = {
  sts: ["GetCallerIdentity", "AssumeRole"],
  organizations: ["ListAccounts"]
};
var ALLOWED_OPERATIONS = new Set(
  Object.entries({ ...AUDIT_OPERATIONS, ...ACCOUNT_OPERATIONS }).flatMap(([service, operations]) => operations.map((operation) => `${service}:${operation}`))
);
var ACTION_PREFIX_OF_CLIENT = { resourcegroupstaggingapi: "tag", redshiftserverless: "redshift-serverless" };
function isAllowedOperation(service, operation) {
  const name = service.toLowerCase();
  return ALLOWED_OPERATIONS.has(`${ACTION_PREFIX_OF_CLIENT[name] ?? name}:${operation}`);
}
var READ_ONLY_GUARD_NAME = "sagelintReadOnlyGuard";
function guardMiddleware(allowed) {
  return (next, context) => async (args) => {
    const service = (context.clientName ?? "unknown").replace(/Client$/, "");
    const operation = (context.commandName ?? "").replace(/Command$/, "");
    if (!allowed(service, operation)) throw new ReadOnlyViolationError(service, operation || "(unnamed command)");
    return next(args);
  };
}
var readOnlyGuard = {
  applyToStack(stack) {
    stack.add(guardMiddleware(isAllowedOperation), { step: "initialize", priority: "high", name: READ_ONLY_GUARD_NAME });
  }
};
function isSecurityHubImport(service, operation) {
  return service.toLowerCase() === "securityhub" && SECURITY_HUB_IMPORT_OPERATIONS.securityhub.includes(operation);
}
var securityHubImportGuard = {
  applyToStack(stack) {
    stack.add(guardMiddleware(isSecurityHubImport), { step: "initialize", priority: "high", name: READ_ONLY_GUARD_NAME });
  }
};

// src/loaders/account/clients.ts
import { AdaptiveRetryStrategy } from "@smithy/core/retry";

// src/loaders/account/offered.ts
var PROXY_VARIABLES = /* @__PURE__ */ new Set(["https_proxy", "http_proxy", "all_proxy"]);
function environmentProxy(env) {
  return Object.entries(env).some(([name, value]) => PROXY_VARIABLES.has(name.toLowerCase()) && !!value?.trim());
}
function attemptOutcome(err, hostname) {
  const e = typeof err === "object" && err !== null ? err : {};
  if (e.code === "ENOTFOUND" && e.syscall === "getaddrinfo" && e.hostname === hostname) return "name-not-found";
  if (e.$fault !== void 0 && typeof e.$metadata?.httpStatusCode === "number") return "answered";
  return "failed";
}
var EndpointEvidence = class {
  /** `proxied`: a proxy is configured, so no missing name is taken as proof. */
  constructor(proxied) {
    this.proxied = proxied;
  }
  proxied;
  seen = /* @__PURE__ */ new Map();
  note(region, service, attempt) {
    const byService = this.seen.get(region) ?? /* @__PURE__ */ new Map();
    this.seen.set(region, byService);
    const seen = byService.get(service) ?? { namesNotFound: /* @__PURE__ */ new Set(), answered: false, otherwise: false };
    byService.set(service, seen);
    if (attempt.standard && attempt.outcome === "name-not-found") {
      seen.namesNotFound.add(attempt.hostname);
      return;
    }
    seen.otherwise = true;
    if (attempt.standard && attempt.outcome === "answered") seen.answered = true;
  }
  /** The proof that the service is not offered in the region, or undefined when there is any doubt. */
  notOffered(region, service) {
    if (this.proxied) return void 0;
    const seen = this.seen.get(region)?.get(service);
    if (!seen || seen.otherwise || seen.namesNotFound.size !== 1) return void 0;
    const regionAnsweredBy = [...this.seen.get(region) ?? []].filter(([other, s]) => other !== service && s.answered).map(([other]) => other).sort(compareText)[0];
    const serviceAnsweredIn = [...this.seen].filter(([other, byService]) => other !== region && byService.get(service)?.answered).map(([other]) => other).sort(compareText)[0];
    if (!regionAnsweredBy || !serviceAnsweredIn) return void 0;
    return { region, service, endpoint: [...seen.namesNotFound][0], regionAnsweredBy, serviceAnsweredIn };
  }
  /**
   * Parts the gaps: an unreachable-region gap of a service proved not offered
   * there is no gap; every other gap stays.
   */
  settle(gaps) {
    const notOffered = /* @__PURE__ */ new Map();
    const kept = gaps.filter((gap) => {
      const proof = gap.reason === "region-unavailable" ? this.notOffered(gap.region, gap.service) : void 0;
      if (proof) notOffered.set(`${proof.region}\0${proof.service}`, proof);
      return !proof;
    });
    return { gaps: kept, notOffered: [...notOffered.values()].sort((a, b) => compareText(a.region, b.region) || compareText(a.service, b.service)) };
  }
};
function describeNotOffered(n) {
  return `Not offered: ${n.service} is not offered in ${n.region} — the DNS name of its endpoint, ${n.endpoint}, does not exist, while ${n.regionAnsweredBy} answered in ${n.region} and ${n.service} answered in ${n.serviceAnsweredIn}; there is nothing of it to read there, and this is no coverage gap.`;
}

// src/loaders/account/clients.ts
function createAuditClient(Client, options) {
  const client = new Client({
    region: options.region,
    credentials: options.credentials,
    ...options.endpoint ? { endpoint: options.endpoint } : {},
    retryStrategy: new AdaptiveRetriesOfImplementedOperations(async () => options.maxAttempts),
    requestHandler: { requestTimeout: options.requestTimeoutMs, connectionTimeout: options.connectionTimeoutMs }
  });
  client.middlewareStack.use(options.guard ?? readOnlyGuard);
  const attemptLogs = /* @__PURE__ */ new WeakMap();
  const standard = standardHostname(client, options.region);
  client.middlewareStack.add(boundedCall(options, attemptLogs), { step: "initialize", priority: "high", name: "sagelintBoundedCall" });
  client.middlewareStack.addRelativeTo(attemptRecorder(attemptLogs, standard), {
    relation: "after",
    toMiddleware: "retryMiddleware",
    name: "sagelintAttemptRecorder"
  });
  if (options.onAttempt) {
    client.middlewareStack.addRelativeTo(endpointWitness(standard, options.onAttempt), {
      relation: "after",
      toMiddleware: "retryMiddleware",
      name: "sagelintEndpointWitness"
    });
  }
  return client;
}
function standardHostname(client, region) {
  try {
    return client.config.endpointProvider({ Region: region, UseFIPS: false, UseDualStack: false }).url.hostname;
  } catch {
    return void 0;
  }
}
function endpointWitness(standard, onAttempt) {
  return (next) => async (args) => {
    const { hostname } = args.request;
    if (typeof hostname !== "string") return next(args);
    const report = (outcome) => onAttempt({ hostname, standard: hostname === standard, outcome });
    try {
      const result = await next(args);
      report("answered");
      return result;
    } catch (err) {
      report(attemptOutcome(err, hostname));
      throw err;
    }
  };
}
var AdaptiveRetriesOfImplementedOperations = class extends AdaptiveRetryStrategy {
  refreshRetryTokenForRetry(token, errorInfo) {
    if (classifyError(errorInfo.error).reason === "unsupported") return Promise.reject(errorInfo.error);
    return super.refreshRetryTokenForRetry(token, errorInfo);
  }
};
function boundedCall(options, attemptLogs) {
  return (next, context) => (args) => options.limiter.run(async () => {
    const throttled = [];
    attemptLogs.set(context, throttled);
    const report = (ok) => {
      const retried = ok ? throttled : throttled.slice(0, -1);
      options.onCall?.({ attempts: Math.max(1, throttled.length), throttlesRetried: retried.filter(Boolean).length, ok });
    };
    try {
      const result = await next(args);
      report(true);
      return result;
    } catch (err) {
      report(false);
      throw err;
    }
  });
}
function fromAwsEndpoint(hostname, standard) {
  return typeof hostname === "string" && hostname === standard && !/^(?:localhost|127(?:\.\d{1,3}){3}|\[?::1\]?)$/i.test(hostname);
}
function attemptRecorder(attemptLogs, standard) {
  return (next, context) => async (args) => {
    const log = attemptLogs.get(context);
    try {
      const result = await next(args);
      log?.push(false);
      return result;
    } catch (err) {
      if (!fromAwsEndpoint(args.request.hostname, standard)) markAnsweredByOtherEndpoint(err);
      log?.push(classifyError(err).reason === "throttled");
      throw err;
    }
  };
}

// src/loaders/account/limit.ts
var Limiter = class {
  constructor(concurrency) {
    this.concurrency = concurrency;
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
  }
  concurrency;
  running = 0;
  waiting = [];
  async run(task) {
    if (this.running >= this.concurrency) await new Promise((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      return await task();
    } finally {
      const nextTask = this.waiting.shift();
      if (nextTask) nextTask();
      else this.running--;
    }
  }
};
async function mapLimited(items, concurrency, fn) {
  const limiter = new Limiter(concurrency);
  return Promise.all(items.map((item, i) => limiter.run(() => fn(item, i))));
}

export {
  toRecord,
  sortBy,
  compareText,
  distinct,
  AuditSetupError,
  parseShard,
  selectShard,
  validateAccountId,
  listOrganizationAccounts,
  assumeRole,
  AUDIT_OPERATIONS,
  auditActions,
  auditReadPolicy,
  auditCallerPolicy,
  isAllowedOperation,
  readOnlyGuard,
  securityHubImportGuard,
  environmentProxy,
  EndpointEvidence,
  describeNotOffered,
  createAuditClient,
  Limiter,
  mapLimited
};
