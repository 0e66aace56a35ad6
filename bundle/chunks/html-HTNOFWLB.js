import {
  codeFrame,
  painter
} from "./chunk-FIXJYAUW.js";
import {
  jsonFinding,
  jsonReport,
  jsonRule
} from "./chunk-3WNP7R3D.js";
import {
  SourceFiles
} from "./chunk-QN43GF2S.js";
import {
  LazyList,
  jsonChunks
} from "./chunk-IDRQLRQN.js";
import {
  CONTROL_COLUMNS,
  controlRows,
  describeControlCounts
} from "./chunk-OXUOKFFV.js";
import {
  isAccepted,
  summarize
} from "./chunk-53XGZ73Z.js";
import {
  TOOL_NAME
} from "./chunk-BHUSQXRU.js";
import "./chunk-IS4SSPBS.js";
import {
  inertHtml
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

// src/report/html.ts
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
var SEVERITY_COLOR = { critical: "#7b2cbf", high: "#c0392b", medium: "#d68910", low: "#2e86c1" };
var plainPaint = painter(false);
var assets;
function pageAssets() {
  if (assets) return assets;
  const script = readFileSync(new URL("./html-client.js", import.meta.url), "utf8");
  const style = readFileSync(new URL("./html-report.css", import.meta.url), "utf8");
  const contentSecurityPolicy = [
    "default-src 'none'",
    `script-src '${cspHash(script)}'`,
    `style-src '${cspHash(style)}'`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'"
  ].join("; ");
  assets = { script, style, contentSecurityPolicy };
  return assets;
}
function* htmlReportText(result, rules, options = {}) {
  const active = groupedFindings(result.findings.filter((f) => !isAccepted(f)));
  const files = new SourceFiles(result.root);
  const contextLines = options.contextLines ?? 2;
  const findings = new LazyList(active, (f) => htmlFinding(f, files, contextLines), true);
  const data = { ...jsonReport(result, rules, options, findings), rules: rules.map(htmlRule) };
  const { script, style, contentSecurityPolicy } = pageAssets();
  const live = active.some((f) => f.location.kind === "live") || options.coverage !== void 0;
  yield `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${inertHtml(contentSecurityPolicy)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${inertHtml(`${TOOL_NAME} ${live ? "audit" : "scan"} report`)}</title>
<style>${style}</style>
</head>
<body>
`;
  yield summarySection(result, live);
  if (options.coverage) yield coverageSection(result, active, options.coverage);
  if (result.compliance) yield complianceSection(result.compliance);
  yield findingsSection(active);
  yield problemsSection(result);
  yield '<script type="application/json" id="report-data">';
  for (const chunk of jsonChunks(data)) yield escapeScriptJson(chunk);
  yield `</script>
<script>${script}</script>
</body>
</html>
`;
}
function groupedFindings(findings) {
  const groupOrder = /* @__PURE__ */ new Map();
  for (const f of findings) if (!groupOrder.has(groupOf(f))) groupOrder.set(groupOf(f), groupOrder.size);
  return findings.map((finding, index) => ({ finding, index, severity: SEVERITIES.indexOf(finding.severity), group: groupOrder.get(groupOf(finding)) })).sort((a, b) => a.severity - b.severity || a.group - b.group || a.index - b.index).map((entry) => entry.finding);
}
function groupOf({ location }) {
  if (location.kind === "source") return location.file;
  const service = location.arn.split(":")[2] || "unknown service";
  return `account ${location.account} · ${location.region} · ${service}`;
}
function htmlFinding(finding, files, contextLines) {
  const { location } = finding;
  const lines = location.kind === "source" ? files.lines(location.file) : void 0;
  const frame = lines && location.kind === "source" ? codeFrame(lines, location.start, location.end, { contextLines, paint: plainPaint }) : void 0;
  return { ...jsonFinding(finding), group: groupOf(finding), ...frame ? { frame } : {} };
}
function htmlRule(rule) {
  const { cli, console, recreate } = rule.docs.remediation;
  return { ...jsonRule(rule), remediation: { ...cli ? { cli } : {}, ...console ? { console } : {}, ...recreate ? { recreate } : {} } };
}
function summarySection(result, live) {
  const summary = summarize(result);
  const extras = [
    summary.suppressed ? `${summary.suppressed} suppressed` : "",
    result.baseline ? `${summary.unchanged} in the baseline, ${summary.absent} fixed since` : "",
    summary.errors ? plural(summary.errors, "load error") : "",
    summary.notes ? plural(summary.notes, "note") : ""
  ].filter(Boolean);
  const scope = live ? `${plural(summary.resources, "resource")} audited` : `${plural(summary.files, "file")} and ${plural(summary.resources, "resource")} scanned`;
  return `<header>
<h1>${inertHtml(`${TOOL_NAME} ${live ? "audit" : "scan"} report`)}</h1>
<p class="meta">${inertHtml(result.root)} · ${inertHtml(scope)}</p>
</header>
<section id="summary" aria-label="Summary">
<p id="total" data-count="${summary.active}"><strong>${inertHtml(summary.active ? plural(summary.active, "finding") : "No findings")}</strong>${extras.length ? ` · ${inertHtml(extras.join(" · "))}` : ""}</p>
${severityChart(summary.bySeverity)}
</section>
`;
}
function severityChart(bySeverity) {
  const max = Math.max(1, ...SEVERITIES.map((s) => bySeverity[s]));
  const rowHeight = 26;
  const barWidth = 360;
  const rows = SEVERITIES.map((s, i) => {
    const y = i * rowHeight;
    const width = Math.round(bySeverity[s] / max * barWidth);
    return `<g class="bar" data-severity="${s}" data-count="${bySeverity[s]}"><text x="0" y="${y + 17}">${s}</text><rect x="80" y="${y + 4}" width="${width}" height="18" fill="${SEVERITY_COLOR[s]}"></rect><text x="${88 + width}" y="${y + 17}">${bySeverity[s]}</text></g>`;
  });
  return `<svg id="severity-chart" role="img" aria-label="Findings by severity" width="520" height="${rowHeight * SEVERITIES.length}" viewBox="0 0 520 ${rowHeight * SEVERITIES.length}">${rows.join("")}</svg>`;
}
function coverageSection(result, active, gaps) {
  const places = /* @__PURE__ */ new Map();
  const place = (key) => places.get(key) ?? places.set(key, { findings: 0, gaps: 0 }).get(key);
  for (const f of active) place(groupOf(f)).findings++;
  for (const g of gaps) place(`account ${g.account} · ${g.region} · ${g.service}`).gaps++;
  const maxFindings = Math.max(1, ...[...places.values()].map((p) => p.findings));
  const rows = [...places].sort(([a], [b]) => a.localeCompare(b)).map(
    ([key, p]) => `<tr${p.gaps ? ' class="has-gaps"' : ""}><td>${inertHtml(key)}</td><td class="num">${p.findings}</td><td><svg class="meter" width="120" height="10" aria-hidden="true"><rect width="${Math.round(p.findings / maxFindings * 120)}" height="10"></rect></svg></td><td class="num">${p.gaps}</td></tr>`
  );
  const notEvaluated = [...new Set(gaps.flatMap((g) => g.rulesAffected))].sort();
  const gapRows = gaps.map(
    (g) => `<tr><td>${inertHtml(`${g.account} · ${g.region}`)}</td><td>${inertHtml(`${g.service}:${g.operation}`)}${g.resource ? `<br><span class="dim">${inertHtml(g.resource)}</span>` : ""}</td><td>${inertHtml(g.reason)}</td><td>${inertHtml(g.error)}</td><td>${inertHtml(g.rulesAffected.join(", "))}</td></tr>`
  );
  return `<section id="coverage" aria-label="Coverage">
<h2>Coverage</h2>
<p>${inertHtml(gaps.length ? `${plural(gaps.length, "API call")} failed: ${notEvaluated.length ? `not (fully) evaluated: ${notEvaluated.join(", ")}` : "no rule was left unevaluated"}.` : `Every API call succeeded (${plural(result.stats.resources, "resource")} audited).`)}</p>
<table class="coverage"><thead><tr><th>account · region · service</th><th>findings</th><th></th><th>gaps</th></tr></thead><tbody>${rows.join("")}</tbody></table>
${gapRows.length ? `<h3>Gaps</h3><table class="gaps"><thead><tr><th>where</th><th>call</th><th>reason</th><th>error</th><th>rules not evaluated</th></tr></thead><tbody>${gapRows.join("")}</tbody></table>` : ""}
</section>
`;
}
function complianceSection(view) {
  const numeric = /* @__PURE__ */ new Set(["checked", "failed"]);
  const status = CONTROL_COLUMNS.indexOf("status");
  const rows = controlRows(view).map(
    (row) => `<tr data-control="${inertHtml(row[0])}" data-status="${inertHtml(row[status])}">${row.map((cell, i) => `<td${numeric.has(CONTROL_COLUMNS[i]) ? ' class="num"' : i === status ? ` class="control-status status-${inertHtml(cell)}"` : ""}>${inertHtml(cell)}</td>`).join("")}</tr>`
  );
  return `<section id="compliance" aria-label="Compliance">
<h2>Compliance</h2>
<p>${inertHtml(describeControlCounts(view))}.</p>
<table class="compliance"><thead><tr>${CONTROL_COLUMNS.map((c) => `<th${numeric.has(c) ? ' class="num"' : ""}>${c}</th>`).join("")}</tr></thead><tbody>${rows.join("")}</tbody></table>
</section>
`;
}
function findingsSection(active) {
  const rules = [...new Set(active.map((f) => f.ruleId))].sort();
  const groups = [...new Set(active.map(groupOf))];
  const options = (values) => values.map((v) => `<option value="${inertHtml(v)}">${inertHtml(v)}</option>`).join("");
  const severityToggles = SEVERITIES.map(
    (s) => `<label class="sev-toggle sev-${s}"><input type="checkbox" name="severity" value="${s}" checked> ${s}</label>`
  ).join("");
  return `<section id="findings" aria-label="Findings">
<h2>Findings</h2>
<form id="filters" class="filters" role="search">
<fieldset><legend>Severity</legend>${severityToggles}</fieldset>
<label>Rule <select id="rule-filter"><option value="">all rules</option>${options(rules)}</select></label>
<label>File or resource <select id="group-filter"><option value="">all</option>${options(groups)}</select></label>
<label>Search <input type="search" id="search" placeholder="rule, message, resource, file…" autocomplete="off"></label>
</form>
<p id="status" aria-live="polite">${inertHtml(plural(active.length, "finding"))}</p>
<div id="finding-list"><noscript>The findings list needs JavaScript; the same findings are in the JSON report.</noscript></div>
<button type="button" id="more" hidden>Show more</button>
</section>
`;
}
function problemsSection(result) {
  const parts = [];
  if (result.errors.length) {
    const items = result.errors.map((e) => `<li><code>${inertHtml([e.file, e.line, e.column].filter((p) => p !== void 0).join(":"))}</code> ${inertHtml(e.message)}</li>`);
    parts.push(`<section id="errors"><h2>Load errors</h2><ul>${items.join("")}</ul></section>`);
  }
  if (result.notes.length) {
    const items = result.notes.map((n) => `<li>${n.file ? `<code>${inertHtml([n.file, n.line].filter((p) => p !== void 0).join(":"))}</code> ` : ""}${inertHtml(n.message)}</li>`);
    parts.push(`<section id="notes"><h2>Notes</h2><ul>${items.join("")}</ul></section>`);
  }
  return parts.join("\n");
}
function escapeScriptJson(json) {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function cspHash(text) {
  return `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
}
export {
  escapeScriptJson,
  groupOf,
  htmlReportText
};
