import {
  SAGEMAKER_KINDS
} from "./chunk-5QBVJ72F.js";
import {
  addToGroup
} from "./chunk-CAGW7M4A.js";

// src/loaders/account/read-only-error.ts
var ReadOnlyViolationError = class extends Error {
  constructor(service, operation) {
    super(`${service}:${operation} was refused: sagelint audit only calls the read operations its collectors need (see docs/security.md)`);
    this.service = service;
    this.operation = operation;
  }
  service;
  operation;
  name = "ReadOnlyViolationError";
};

// src/loaders/account/coverage.ts
var COLLECTED_SERVICES = ["iam", "sagemaker", "ec2", "redshift"];
var GLOBAL_REGION = "global";
var OPERATION_KINDS = {
  sagemaker: {
    ListNotebookInstances: ["NotebookInstance"],
    DescribeNotebookInstance: ["NotebookInstance"],
    ListNotebookInstanceLifecycleConfigs: ["NotebookLifecycleConfig"],
    DescribeNotebookInstanceLifecycleConfig: ["NotebookLifecycleConfig"],
    ListDomains: ["Domain"],
    DescribeDomain: ["Domain"],
    ListUserProfiles: ["UserProfile"],
    DescribeUserProfile: ["UserProfile"],
    ListModels: ["Model"],
    DescribeModel: ["Model"],
    ListEndpointConfigs: ["EndpointConfig"],
    DescribeEndpointConfig: ["EndpointConfig"],
    ListEndpoints: ["Endpoint"],
    DescribeEndpoint: ["Endpoint"],
    ListTrainingJobs: ["Job"],
    DescribeTrainingJob: ["Job"],
    ListHyperParameterTuningJobs: ["Job"],
    DescribeHyperParameterTuningJob: ["Job"],
    ListProcessingJobs: ["Job"],
    DescribeProcessingJob: ["Job"],
    ListMonitoringSchedules: ["Job"],
    DescribeMonitoringSchedule: ["Job"],
    ListDataQualityJobDefinitions: ["Job"],
    DescribeDataQualityJobDefinition: ["Job"],
    ListModelQualityJobDefinitions: ["Job"],
    DescribeModelQualityJobDefinition: ["Job"],
    ListModelBiasJobDefinitions: ["Job"],
    DescribeModelBiasJobDefinition: ["Job"],
    ListModelExplainabilityJobDefinitions: ["Job"],
    DescribeModelExplainabilityJobDefinition: ["Job"],
    ListTransformJobs: ["TransformJob"],
    DescribeTransformJob: ["TransformJob"],
    ListPipelines: ["Pipeline"],
    DescribePipeline: ["Pipeline"],
    ListClusters: ["HyperPodCluster"],
    DescribeCluster: ["HyperPodCluster"],
    ListSpaces: ["Space"],
    DescribeSpace: ["Space"],
    ListStudioLifecycleConfigs: ["StudioLifecycleConfig"],
    DescribeStudioLifecycleConfig: ["StudioLifecycleConfig"],
    ListWorkforces: ["Workforce"],
    ListAppImageConfigs: ["AppImageConfig"],
    DescribeAppImageConfig: ["AppImageConfig"],
    ListImages: ["Image"],
    DescribeImage: ["Image"],
    ListModelPackageGroups: ["ModelPackageGroup"],
    GetModelPackageGroupPolicy: ["ModelPackageGroup"],
    ListFeatureGroups: ["FeatureGroup"],
    DescribeFeatureGroup: ["FeatureGroup"],
    ListInferenceExperiments: ["InferenceExperiment"],
    DescribeInferenceExperiment: ["InferenceExperiment"]
  },
  ec2: {
    DescribeVpcs: ["Vpc"],
    DescribeSubnets: ["Subnet"],
    DescribeRouteTables: ["Subnet"],
    DescribeSecurityGroups: ["SecurityGroup", "SecurityGroupIngress"],
    DescribeVpcEndpoints: ["VpcEndpoint"]
  },
  redshift: {
    DescribeClusters: ["RedshiftCluster"],
    DescribeLoggingStatus: ["RedshiftCluster"],
    DescribeClusterParameterGroups: ["RedshiftParameterGroup"],
    DescribeClusterParameters: ["RedshiftParameterGroup"],
    DescribeClusterSubnetGroups: ["RedshiftSubnetGroup"],
    DescribeClusterSnapshots: ["RedshiftSnapshot"],
    DescribeEventSubscriptions: ["RedshiftEventSubscription"]
  },
  // Namespaces are found through the workgroups that use them.
  "redshift-serverless": {
    ListWorkgroups: ["RedshiftServerlessWorkgroup", "RedshiftServerlessNamespace"],
    GetNamespace: ["RedshiftServerlessNamespace"]
  },
  iam: {
    GetAccountAuthorizationDetails: ["IamRole", "IamUser", "IamGroup", "IamPolicy"]
  },
  // Failing to reach an account or list its regions hides everything in it.
  sts: {},
  organizations: {}
};
function operationsOf(service) {
  return Object.keys(OPERATION_KINDS[service]);
}
var TAG_OPERATIONS = /* @__PURE__ */ new Set(["ListTags"]);
var TAG_RULE_PREFIX = "TG";
function kindsAffected(service, operation) {
  if (service === "sts" || service === "organizations" || operation === "DescribeRegions") return "all";
  const known = OPERATION_KINDS[service][operation];
  if (known) return known;
  if (service === "sagemaker") return SAGEMAKER_KINDS;
  return [...new Set(Object.values(OPERATION_KINDS[service]).flat())];
}
function rulesAffectedBy(service, operation, rules, wholeService = false) {
  const kinds = kindsAffected(service, wholeService ? "*" : operation);
  const tagsOnly = !wholeService && TAG_OPERATIONS.has(operation);
  return rules.filter((rule) => kinds === "all" || rule.appliesTo.some((kind) => kinds.includes(kind))).filter((rule) => !tagsOnly || rule.id.startsWith(TAG_RULE_PREFIX)).map((rule) => rule.id).sort();
}
function rulesAffectedByGap(gap, rules) {
  return rulesAffectedBy(gap.service, gap.operation, rules, gap.reason === "region-unavailable");
}
var ACCESS_DENIED = /* @__PURE__ */ new Set([
  "AccessDenied",
  "AccessDeniedException",
  "AccessDeniedFault",
  "UnauthorizedOperation",
  "UnauthorizedAccess",
  "AuthorizationError",
  "AWSOrganizationsNotInUseException"
]);
var REGION_UNAVAILABLE = /* @__PURE__ */ new Set(["OptInRequired", "UnrecognizedClientException", "InvalidClientTokenId", "AuthFailure"]);
var THROTTLED = /* @__PURE__ */ new Set([
  "Throttling",
  "ThrottlingException",
  "ThrottledException",
  "RequestLimitExceeded",
  "RequestThrottled",
  "RequestThrottledException",
  "TooManyRequestsException",
  "SlowDown",
  "EC2ThrottledException",
  "ServiceUnavailable",
  "ServiceUnavailableException"
]);
var TIMEOUT = /* @__PURE__ */ new Set(["TimeoutError", "RequestTimeout", "RequestTimeoutException"]);
var TIMEOUT_CODES = /* @__PURE__ */ new Set(["ETIMEDOUT", "ECONNRESET", "ECONNREFUSED", "EPIPE"]);
var NETWORK_CODES = /* @__PURE__ */ new Set(["ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);
var UNSUPPORTED = /* @__PURE__ */ new Set(["NotImplemented", "InvalidAction", "UnknownOperationException", "UnsupportedOperation", "UnsupportedOperationException"]);
var MAX_ERROR_LENGTH = 300;
var answeredByOtherEndpoints = /* @__PURE__ */ new WeakSet();
function markAnsweredByOtherEndpoint(err) {
  if (typeof err === "object" && err !== null) answeredByOtherEndpoints.add(err);
}
function classifyError(err) {
  if (err instanceof ReadOnlyViolationError) return { reason: "error", error: err.message };
  const e = typeof err === "object" && err !== null ? err : { message: String(err) };
  const name = e.name ?? "Error";
  const status = e.$metadata?.httpStatusCode;
  const code = e.code ?? "";
  const undecodable = e.$response !== void 0 && /Deserialization error/.test(e.message ?? "");
  const reason = reasonFor(name, code, status, undecodable && { fromOtherEndpoint: answeredByOtherEndpoints.has(e) });
  const message = undecodable ? `the endpoint answered${status ? ` HTTP ${status}` : ""} with a body that is not an AWS API response${reason === "unsupported" ? " (it may not implement this operation)" : ""}` : `${name}: ${firstLine(e.message ?? "")}`;
  return { reason, error: truncate(redactSecrets(message)) };
}
function reasonFor(name, code, status, undecodable) {
  if (ACCESS_DENIED.has(name)) return "access-denied";
  if (REGION_UNAVAILABLE.has(name) || NETWORK_CODES.has(code)) return "region-unavailable";
  if (THROTTLED.has(name)) return "throttled";
  if (TIMEOUT.has(name) || TIMEOUT_CODES.has(code)) return "timeout";
  if (UNSUPPORTED.has(name)) return "unsupported";
  if (status === 403) return "access-denied";
  if (status === 429 || status === 503) return "throttled";
  if (status === 502 || status === 504) return "region-unavailable";
  if (undecodable) return undecodable.fromOtherEndpoint && (status === void 0 || status === 400 || status === 404 || status === 500 || status === 501) ? "unsupported" : "error";
  if (status === 501) return "unsupported";
  return "error";
}
function firstLine(text) {
  return text.split("\n")[0].trim();
}
function truncate(text) {
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text;
}
function redactSecrets(text) {
  return text.replace(/\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, "[redacted access key]").replace(/(?<![A-Za-z0-9/+=])[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/g, "[redacted secret]").replace(/[A-Za-z0-9/+=_-]{100,}/g, "[redacted token]");
}
function describeGap(gap) {
  const where = `${gap.service}:${gap.operation} in account ${gap.account}${gap.region === GLOBAL_REGION ? "" : `, region ${gap.region}`}`;
  const what = gap.resource ? ` for ${gap.resource}` : "";
  const rules = gap.rulesAffected.length ? `; not evaluated: ${gap.rulesAffected.join(", ")}` : "";
  return `Coverage gap (${gap.reason}): ${where}${what} failed — ${gap.error}${rules}`;
}
function hidesScope(gap) {
  if (kindsAffected(gap.service, gap.operation) === "all") return true;
  return gap.resource === void 0 && gap.reason !== "unsupported";
}
var MAX_PLACES = 8;
function describeGaps(gaps) {
  const groups = /* @__PURE__ */ new Map();
  for (const gap of gaps) {
    addToGroup(groups, [gap.service, gap.operation, gap.reason, gap.resource === void 0 ? "" : "resource", gap.rulesAffected.join(",")].join("\0"), gap);
  }
  return [...groups.values()].map((group) => {
    const first = group[0];
    if (group.length === 1) return describeGap(first);
    const places = [...new Set(group.map(placeOf))];
    const shown = places.slice(0, MAX_PLACES).join("; ");
    const more = places.length > MAX_PLACES ? `; and ${places.length - MAX_PLACES} more` : "";
    const rules = first.rulesAffected.length ? `; not evaluated: ${first.rulesAffected.join(", ")}` : "";
    return `Coverage gap (${first.reason}) ×${group.length}: ${first.service}:${first.operation} failed in ${group.length} places (${shown}${more}) — ${first.error}${rules}`;
  });
}
function placeOf(gap) {
  const where = `account ${gap.account}${gap.region === GLOBAL_REGION ? "" : ` ${gap.region}`}`;
  return gap.resource ? `${where} ${gap.resource}` : where;
}

export {
  ReadOnlyViolationError,
  COLLECTED_SERVICES,
  GLOBAL_REGION,
  operationsOf,
  rulesAffectedBy,
  rulesAffectedByGap,
  markAnsweredByOtherEndpoint,
  classifyError,
  describeGap,
  hidesScope,
  describeGaps
};
