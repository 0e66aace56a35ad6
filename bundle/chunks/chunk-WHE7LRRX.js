import {
  sortFindings
} from "./chunk-FBRRTEAV.js";
import {
  SEVERITIES
} from "./chunk-M2XUS5AP.js";
import {
  addToGroup
} from "./chunk-MAXDAXTO.js";

// src/report/compliance.ts
var COMPLIANCE_SOURCES = ["Security Hub", "AWS Config", "checkov", "cdk-nag"];
function complianceIds(rule) {
  const known = rule?.docs.alsoKnownAs ?? {};
  return COMPLIANCE_SOURCES.flatMap(
    (source) => (known[source] ?? []).map((id) => ({ source, id, tag: `${source.toLowerCase().replace(/\s+/g, "-")}/${id}` }))
  );
}
function describeComplianceIds(rule) {
  const bySource = /* @__PURE__ */ new Map();
  for (const { source, id } of complianceIds(rule)) bySource.set(source, [...bySource.get(source) ?? [], id]);
  return [...bySource].map(([source, ids]) => `${source} ${ids.join(", ")}`).join("; ");
}

// src/report/summary.ts
function atOrAbove(severity, threshold) {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}
function bySeverity(findings) {
  return sortFindings([...findings]).sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}
function byResource(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const { location, resource } = finding;
    const where = location.kind === "source" ? location.file : `${location.account}/${location.region}/${location.arn}`;
    addToGroup(groups, JSON.stringify([where, resource.type, resource.id]), finding);
  }
  return [...groups.values()];
}
function isSuppressed(finding) {
  return finding.suppression !== void 0;
}
function isAccepted(finding) {
  return isSuppressed(finding) || finding.baselineState === "unchanged";
}
function summarize(result) {
  const bySeverity2 = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  let suppressed = 0;
  let unchanged = 0;
  for (const finding of result.findings) {
    if (isSuppressed(finding)) suppressed++;
    else if (finding.baselineState === "unchanged") unchanged++;
    else bySeverity2[finding.severity]++;
  }
  return {
    active: result.findings.length - suppressed - unchanged,
    suppressed,
    unchanged,
    absent: result.baseline?.absent.length ?? 0,
    bySeverity: bySeverity2,
    errors: result.errors.length,
    notes: result.notes.length,
    files: result.stats.files,
    resources: result.stats.resources
  };
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

// src/report/incomplete.ts
function incompleteBanner(result) {
  return result.incomplete && `INCOMPLETE: ${result.incomplete.summary}`;
}

export {
  complianceIds,
  describeComplianceIds,
  atOrAbove,
  bySeverity,
  byResource,
  isAccepted,
  summarize,
  plural,
  incompleteBanner
};
