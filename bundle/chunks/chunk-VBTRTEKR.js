import {
  incompleteBanner
} from "./chunk-IFGQ4GK5.js";
import {
  findingDocsUri
} from "./chunk-BHUSQXRU.js";
import {
  complianceIds
} from "./chunk-IS4SSPBS.js";
import {
  inertJson
} from "./chunk-EMSR244R.js";
import {
  GLOBAL_REGION
} from "./chunk-EQYR6YSQ.js";

// src/report/asff.ts
var ASFF_RESOURCE_TYPES = {
  NotebookInstance: "AwsSageMakerNotebookInstance",
  StateMachine: "AwsStepFunctionStateMachine",
  SecurityGroup: "AwsEc2SecurityGroup",
  Vpc: "AwsEc2Vpc",
  Subnet: "AwsEc2Subnet",
  RouteTable: "AwsEc2RouteTable",
  RedshiftCluster: "AwsRedshiftCluster",
  IamRole: "AwsIamRole",
  IamUser: "AwsIamUser",
  IamGroup: "AwsIamGroup",
  IamPolicy: "AwsIamPolicy"
};
var SEVERITY_LABELS = { critical: "CRITICAL", high: "HIGH", medium: "MEDIUM", low: "LOW" };
var MAX_TITLE = 256;
var MAX_DESCRIPTION = 1024;
var MAX_RECOMMENDATION = 512;
var MAX_RELATED_REQUIREMENTS = 32;
var MAX_OTHER_DETAIL = 1024;
var ASFF_FINDING_TYPE = "Software and Configuration Checks/AWS Security Best Practices";
function partitionOf(region) {
  if (region.startsWith("cn-")) return "aws-cn";
  if (region.startsWith("us-gov-")) return "aws-us-gov";
  return "aws";
}
var GLOBAL_RESOURCE_REGIONS = { aws: "us-east-1", "aws-cn": "cn-north-1", "aws-us-gov": "us-gov-west-1" };
function asffMissingTarget(result, options) {
  if (!result.findings.some((f) => f.location.kind === "source")) return void 0;
  const missing = [!options.account && "--asff-account", !options.region && "--asff-region (or AWS_REGION)"].filter(Boolean);
  return missing.length ? `--format asff: findings in files belong to no AWS account or region; give ${missing.join(" and ")}` : void 0;
}
function* asffReportText(result, rules, options) {
  let first = true;
  yield "[";
  for (const finding of asffFindings(result, rules, options)) {
    yield `${first ? "\n" : ",\n"}${inertJson(JSON.stringify(finding))}`;
    first = false;
  }
  yield first ? "]\n" : "\n]\n";
}
function* asffFindings(result, rules, options) {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const banner = incompleteBanner(result);
  const withBanner = banner ? { ...options, incomplete: banner } : options;
  for (const finding of result.findings) yield asffFinding(finding, byId.get(finding.ruleId), withBanner);
}
function asffFinding(finding, rule, options) {
  const { location } = finding;
  const account = location.kind === "live" ? location.account : options.account;
  const { partition, region } = location.kind === "live" ? liveRegion(location.partition, location.region, options.region) : { partition: partitionOf(options.region ?? ""), region: options.region };
  if (!account || !region) throw new Error(`finding ${finding.fingerprint}: no AWS account or region for ASFF`);
  const accepted = finding.suppression !== void 0 || finding.baselineState === "unchanged";
  const requirements = complianceIds(rule).map((c) => `${c.source} ${c.id}`);
  return {
    SchemaVersion: "2018-10-08",
    // A live resource's ARN makes its fingerprint unique; a file's path is unique only within its repository.
    Id: location.kind === "source" && options.scope ? `sagelint/${options.scope}/${finding.fingerprint}` : `sagelint/${finding.fingerprint}`,
    ProductArn: `arn:${partition}:securityhub:${region}:${account}:product/${account}/default`,
    ProductName: "sagelint",
    CompanyName: "sagelint",
    GeneratorId: `sagelint/${finding.ruleId}`,
    AwsAccountId: account,
    Types: [ASFF_FINDING_TYPE],
    CreatedAt: options.timestamp,
    UpdatedAt: options.timestamp,
    Severity: { Label: SEVERITY_LABELS[finding.severity], Original: finding.severity },
    Title: cut(`${finding.ruleId} ${rule?.docs.summary ?? finding.ruleName}`, MAX_TITLE),
    Description: cut(finding.message, MAX_DESCRIPTION),
    Remediation: {
      Recommendation: {
        Text: cut(finding.fix?.description ?? rule?.docs.remediation.console ?? `See ${finding.ruleId} (${finding.ruleName}) for how to fix it.`, MAX_RECOMMENDATION),
        ...optional("Url", findingDocsUri(finding.ruleId, rule))
      }
    },
    ProductFields: {
      "sagelint/RuleId": finding.ruleId,
      "sagelint/RuleName": finding.ruleName,
      "sagelint/Fingerprint": finding.fingerprint,
      "sagelint/Certainty": finding.certainty,
      ...location.kind === "source" && options.scope ? { "sagelint/Repository": cut(options.scope, MAX_OTHER_DETAIL) } : {},
      ...finding.suppression ? { "sagelint/Suppression": cut(`${finding.suppression.source}: ${finding.suppression.justification}`, MAX_OTHER_DETAIL) } : {},
      ...finding.baselineState ? { "sagelint/BaselineState": finding.baselineState } : {},
      ...options.incomplete ? { "sagelint/Incomplete": cut(options.incomplete, MAX_OTHER_DETAIL) } : {}
    },
    Resources: [asffResource(finding, partition, region, options.scope)],
    Compliance: { Status: "FAILED", ...requirements.length ? { RelatedRequirements: requirements.slice(0, MAX_RELATED_REQUIREMENTS) } : {} },
    Workflow: { Status: accepted ? "SUPPRESSED" : "NEW" },
    RecordState: "ACTIVE"
  };
}
function liveRegion(partition, region, given) {
  if (region && region !== GLOBAL_REGION) return { partition: partition || partitionOf(region), region };
  const home = partition || "aws";
  return { partition: home, region: given && partitionOf(given) === home ? given : GLOBAL_RESOURCE_REGIONS[home] ?? "us-east-1" };
}
function asffResource(finding, partition, region, scope) {
  const { location, resource } = finding;
  if (location.kind === "live") {
    return { Type: ASFF_RESOURCE_TYPES[resource.kind] ?? "Other", Id: location.arn, Partition: partition, Region: region };
  }
  const line = location.start.line;
  return {
    Type: "Other",
    // The resource, not the finding's line: every finding of one resource names the same resource.
    Id: `${scope ? `${scope}/` : ""}${location.file}/${resource.id}`,
    Partition: partition,
    Region: region,
    Details: {
      Other: {
        file: cut(location.file, MAX_OTHER_DETAIL),
        line: String(line),
        column: String(location.start.column),
        resourceId: cut(resource.id, MAX_OTHER_DETAIL),
        resourceType: cut(resource.type, MAX_OTHER_DETAIL),
        source: resource.source
      }
    }
  };
}
function cut(text, max) {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 55296 && code <= 56319) end -= 1;
  return `${text.slice(0, end)}…`;
}
function optional(key, value) {
  return value === void 0 ? {} : { [key]: value };
}

export {
  ASFF_FINDING_TYPE,
  partitionOf,
  asffMissingTarget,
  asffReportText,
  asffFindings,
  asffFinding,
  cut
};
