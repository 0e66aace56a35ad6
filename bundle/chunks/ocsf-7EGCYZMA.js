import {
  ASFF_FINDING_TYPE
} from "./chunk-VBTRTEKR.js";
import {
  incompleteBanner
} from "./chunk-IFGQ4GK5.js";
import {
  INFORMATION_URI,
  TOOL_NAME,
  findingDocsUri,
  toolVersion
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
import "./chunk-5QBVJ72F.js";
import "./chunk-E2XCQX3P.js";
import "./chunk-CAGW7M4A.js";
import "./chunk-RM4BNA5F.js";

// src/report/ocsf.ts
var OCSF_VERSION = "1.3.0";
var DETECTION_FINDING = { class_uid: 2004, class_name: "Detection Finding", category_uid: 2, category_name: "Findings" };
var CREATE = { activity_id: 1, activity_name: "Create" };
var SEVERITIES = {
  low: { severity_id: 2, severity: "Low" },
  medium: { severity_id: 3, severity: "Medium" },
  high: { severity_id: 4, severity: "High" },
  critical: { severity_id: 5, severity: "Critical" }
};
var CONFIDENCE = { definite: { confidence_id: 3, confidence: "High" }, possible: { confidence_id: 2, confidence: "Medium" } };
function* ocsfReportText(result, rules, options) {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const incomplete = incompleteBanner(result);
  let first = true;
  yield "[";
  for (const finding of result.findings) {
    yield `${first ? "\n" : ",\n"}${inertJson(JSON.stringify(ocsfFinding(finding, byId.get(finding.ruleId), { ...options, incomplete })))}`;
    first = false;
  }
  yield first ? "]\n" : "\n]\n";
}
function ocsfFinding(finding, rule, options) {
  const time = Date.parse(options.timestamp);
  const accepted = finding.suppression !== void 0 || finding.baselineState === "unchanged";
  const { location } = finding;
  const cloud = location.kind === "live" ? cloudOf(location.account, location.region) : void 0;
  const compliance = complianceIds(rule);
  const unmapped = {
    ...compliance.length ? { compliance: groupBySource(compliance) } : {},
    ...finding.suppression ? { suppression: { source: finding.suppression.source, justification: finding.suppression.justification } } : {},
    ...finding.baselineState ? { baseline_state: finding.baselineState } : {},
    ...options.incomplete ? { incomplete: options.incomplete } : {}
  };
  return {
    ...CREATE,
    ...DETECTION_FINDING,
    type_uid: DETECTION_FINDING.class_uid * 100 + CREATE.activity_id,
    type_name: `${DETECTION_FINDING.class_name}: ${CREATE.activity_name}`,
    ...SEVERITIES[finding.severity],
    ...CONFIDENCE[finding.certainty],
    status_id: accepted ? 3 : 1,
    status: accepted ? "Suppressed" : "New",
    time,
    message: finding.message,
    metadata: {
      version: OCSF_VERSION,
      product: { name: TOOL_NAME, vendor_name: TOOL_NAME, version: toolVersion(), uid: TOOL_NAME, url_string: INFORMATION_URI },
      event_code: finding.ruleId,
      ...cloud ? { profiles: ["cloud"] } : {}
    },
    finding_info: {
      // The fingerprint: stable across runs, so a consumer updates the finding rather than adding one.
      uid: finding.fingerprint,
      title: `${finding.ruleId} ${rule?.docs.summary ?? finding.ruleName}`,
      desc: finding.message,
      types: [ASFF_FINDING_TYPE],
      created_time: time,
      product_uid: TOOL_NAME,
      analytic: { uid: finding.ruleId, name: finding.ruleName, type_id: 1, type: "Rule" }
    },
    resources: [resourceOf(finding)],
    remediation: {
      desc: finding.fix?.description ?? rule?.docs.remediation.console ?? `See ${finding.ruleId} (${finding.ruleName}) for how to fix it.`,
      references: [findingDocsUri(finding.ruleId, rule)].filter((uri) => uri !== void 0)
    },
    ...cloud ? { cloud } : {},
    ...Object.keys(unmapped).length ? { unmapped } : {}
  };
}
function cloudOf(account, region) {
  return {
    provider: "AWS",
    // IAM is global: its resources have no region.
    ...region && region !== GLOBAL_REGION ? { region } : {},
    account: { uid: account, type_id: 10, type: "AWS Account" }
  };
}
function resourceOf(finding) {
  const { location, resource } = finding;
  const name = resource.label ?? resource.id;
  if (location.kind === "live") {
    return {
      uid: location.arn,
      name,
      type: resource.type,
      ...location.partition ? { cloud_partition: location.partition } : {},
      ...location.region && location.region !== GLOBAL_REGION ? { region: location.region } : {},
      data: { account: location.account }
    };
  }
  return {
    // The resource, not the finding's line: every finding of one resource names the same resource.
    uid: `${location.file}/${resource.id}`,
    name,
    type: resource.type,
    data: { file: location.file, line: location.start.line, column: location.start.column, resource_id: resource.id, source: resource.source }
  };
}
function groupBySource(ids) {
  const out = {};
  for (const { source, id } of ids) (out[source] ??= []).push(id);
  return out;
}
export {
  OCSF_VERSION,
  ocsfFinding,
  ocsfReportText
};
