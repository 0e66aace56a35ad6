import {
  CONTROL_COLUMNS,
  controlRows,
  describeControlCounts
} from "./chunk-OXUOKFFV.js";
import {
  byResource,
  bySeverity,
  isAccepted,
  summarize
} from "./chunk-53XGZ73Z.js";
import {
  incompleteBanner
} from "./chunk-IFGQ4GK5.js";
import {
  findingDocsUri
} from "./chunk-BHUSQXRU.js";
import {
  describeComplianceIds
} from "./chunk-IS4SSPBS.js";
import {
  escapeUntrusted
} from "./chunk-EMSR244R.js";
import "./chunk-RBAF7ELO.js";
import "./chunk-ALV6TOFD.js";
import "./chunk-DPRLNSSC.js";
import "./chunk-MFTJGUDJ.js";
import "./chunk-HCU2I2RT.js";
import "./chunk-BOC5ET7R.js";
import "./chunk-DEZCBU7F.js";
import {
  SEVERITIES
} from "./chunk-2I7KX7CV.js";
import "./chunk-OA4DYJ3R.js";
import "./chunk-5QBVJ72F.js";
import "./chunk-E2XCQX3P.js";
import {
  plural
} from "./chunk-CAGW7M4A.js";
import "./chunk-RM4BNA5F.js";

// src/report/markdown.ts
var SEVERITY_ICON = { critical: "🟣", high: "🔴", medium: "🟠", low: "🔵" };
function renderMarkdown(result, rules, options = {}) {
  const summary = summarize(result);
  const active = bySeverity(result.findings.filter((f) => !isAccepted(f)));
  const rulesById = new Map(rules.map((r) => [r.id, r]));
  const out = ["## sagelint", ""];
  const banner = incompleteBanner(result);
  if (banner) out.push(`> ⚠️ **${escape(banner)}**`, "");
  if (active.length === 0) {
    out.push(`✅ No findings in ${plural(summary.files, "file")} (${plural(summary.resources, "resource")}).`);
  } else {
    const counts = SEVERITIES.filter((s) => summary.bySeverity[s]).map((s) => `${SEVERITY_ICON[s]} ${summary.bySeverity[s]} ${s}`);
    out.push(`**${plural(active.length, "finding")}** in ${plural(summary.files, "file")} (${plural(summary.resources, "resource")} checked): ${counts.join(" · ")}.`);
    out.push("", "| rule | findings | controls |", "|---|---|---|");
    for (const [ruleId, count] of countByRule(active)) {
      const rule = rulesById.get(ruleId);
      const docs = findingDocsUri(ruleId, rule);
      out.push(`| ${docs ? `[${escape(ruleId)}](${docs})` : escape(ruleId)} ${escape(rule?.name ?? "")} | ${count} | ${escape(describeComplianceIds(rule))} |`);
    }
    const top = options.top ?? 10;
    out.push("", `### Top findings`, "", "| | rule | where | what |", "|---|---|---|---|");
    for (const f of active.slice(0, top)) out.push(`| ${SEVERITY_ICON[f.severity]} | ${escape(f.ruleId)} | ${escape(where(f))} | ${escape(firstSentence(f.message))} |`);
    out.push("", `<details><summary>All ${plural(active.length, "finding")}</summary>`, "");
    for (const findings of byResource(active)) {
      const { resource } = findings[0];
      out.push(`- **${escape(resource.id)}** (${escape(resource.type)})`);
      for (const f of findings) out.push(`  - ${SEVERITY_ICON[f.severity]} **${escape(f.ruleId)}** ${codeSpan(where(f))}: ${escape(f.message)}`);
    }
    out.push("", "</details>");
  }
  if (result.compliance) out.push("", ...complianceTable(result.compliance));
  const extras = [
    summary.suppressed ? `${summary.suppressed} suppressed` : "",
    result.baseline ? `${summary.unchanged} in the baseline, ${summary.absent} fixed since` : "",
    summary.errors ? `⚠️ ${plural(summary.errors, "input")} could not be read` : ""
  ].filter(Boolean);
  if (extras.length) out.push("", extras.join(" · "));
  if (result.errors.length) {
    out.push("", "<details><summary>Load errors</summary>", "");
    for (const e of result.errors) out.push(`- ${codeSpan([e.file, e.line, e.column].filter((p) => p !== void 0).join(":"))}: ${escape(e.message)}`);
    out.push("", "</details>");
  }
  return `${out.join("\n")}
`;
}
var CONTROL_ICON = { FAILED: "❌", UNKNOWN: "❔", PASSED: "✅", NOT_APPLICABLE: "➖" };
function complianceTable(view) {
  const status = CONTROL_COLUMNS.indexOf("status");
  const rows = controlRows(view).map((row) => row.map((cell, i) => i === status ? `${CONTROL_ICON[cell]} ${cell}` : escape(cell)));
  return [`### ${escape(describeControlCounts(view))}`, "", `| ${CONTROL_COLUMNS.join(" | ")} |`, `|${CONTROL_COLUMNS.map(() => "---").join("|")}|`, ...rows.map((row) => `| ${row.join(" | ")} |`)];
}
function countByRule(findings) {
  const counts = /* @__PURE__ */ new Map();
  for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
function where(f) {
  return f.location.kind === "source" ? `${f.location.file}:${f.location.start.line}` : f.location.arn;
}
function firstSentence(message) {
  const end = message.search(/[.:](\s|$)/);
  return end === -1 ? message : message.slice(0, end);
}
function escape(text) {
  return escapeUntrusted(text).replace(/&/g, "&amp;").replace(/[\\`*_~[\]<>|#!]/g, (c) => `\\${c}`).replace(/@/g, "@&#8203;").replace(/:\/\//g, ":&#8203;//").replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}&#8203;.`);
}
function codeSpan(text) {
  const inert = escapeUntrusted(text);
  const fence = "`".repeat(Math.max(0, ...(inert.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  const pad = /^[`\s]|[`\s]$/.test(inert) ? " " : "";
  return `${fence}${pad}${inert}${pad}${fence}`;
}
export {
  renderMarkdown
};
