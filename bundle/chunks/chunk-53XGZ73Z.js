import {
  sortFindings
} from "./chunk-RBAF7ELO.js";
import {
  SEVERITIES
} from "./chunk-2I7KX7CV.js";
import {
  addToGroup
} from "./chunk-CAGW7M4A.js";

// src/report/summary.ts
function atOrAbove(severity, threshold) {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}
function bySeverity(findings) {
  return sortFindings([...findings]).sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}
function byResource(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding of findings) addToGroup(groups, resourceKey(finding), finding);
  return [...groups.values()];
}
function resourceKey({ location, resource }) {
  const where = location.kind === "source" ? location.file : `${location.account}/${location.region}/${location.arn}`;
  return JSON.stringify([where, resource.type, resource.id]);
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

export {
  atOrAbove,
  bySeverity,
  byResource,
  resourceKey,
  isSuppressed,
  isAccepted,
  summarize
};
