import {
  markedFrame,
  painter
} from "./chunk-FIXJYAUW.js";
import {
  SourceFiles
} from "./chunk-QN43GF2S.js";
import {
  CONTROL_COLUMNS,
  controlRows,
  describeControlCounts
} from "./chunk-OXUOKFFV.js";
import {
  atOrAbove,
  byResource,
  bySeverity,
  isAccepted,
  summarize
} from "./chunk-53XGZ73Z.js";
import {
  incompleteBanner
} from "./chunk-IFGQ4GK5.js";
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
import {
  describeLocation
} from "./chunk-DEZCBU7F.js";
import {
  SEVERITIES
} from "./chunk-2I7KX7CV.js";
import "./chunk-OA4DYJ3R.js";
import "./chunk-5QBVJ72F.js";
import "./chunk-E2XCQX3P.js";
import {
  appendAll,
  plural
} from "./chunk-CAGW7M4A.js";
import "./chunk-RM4BNA5F.js";

// src/report/text.ts
var SEVERITY_STYLE = {
  critical: ["magenta", "bold"],
  high: ["red", "bold"],
  medium: ["yellow"],
  low: ["blue"]
};
var INDENT = "  ";
var safe = escapeUntrusted;
function renderText(result, rules, options = {}) {
  const paint = painter(options.color ?? true);
  const rulesById = new Map(rules.map((rule) => [rule.id, rule]));
  const active = result.findings.filter((f) => !isAccepted(f));
  const threshold = options.quiet ? options.threshold ?? "low" : "low";
  const shown = bySeverity(active.filter((f) => atOrAbove(f.severity, threshold)));
  const hidden = active.length - shown.length;
  const summary = summaryLine(result, paint, hidden ? `${hidden} below ${threshold} not shown` : void 0);
  if (options.compact) {
    return joinBlocks([[...shown.map((f) => compactLine(f, paint)), ...result.errors.map((e) => compactErrorLine(e, paint))], [summary], incompleteBlock(result, paint)]);
  }
  const context = { files: new SourceFiles(result.root), rulesById, paint, contextLines: options.contextLines ?? 2 };
  const blocks = [];
  if (shown.length) blocks.push([summary]);
  blocks.push(incompleteBlock(result, paint));
  for (const findings of byResource(shown)) blocks.push(resourceBlock(findings, context));
  if (result.errors.length) blocks.push([paint("Load errors", "bold", "underline"), ...result.errors.map((e) => INDENT + errorLine(e, paint))]);
  if (result.notes.length) blocks.push([paint("Notes", "bold", "underline"), ...result.notes.map((n) => INDENT + noteLine(n, paint))]);
  if (result.compliance) blocks.push(complianceBlock(result.compliance, paint));
  blocks.push([summary], incompleteBlock(result, paint));
  return joinBlocks(blocks);
}
function resourceBlock(findings, context) {
  const { paint } = context;
  const lines = [];
  findings.forEach((finding, i) => {
    if (i > 0) lines.push("");
    lines.push(headline(finding, paint), ...findingDetails(finding, context).map((line) => line ? INDENT + line : line));
  });
  const first = findings[0];
  lines.push("", INDENT + paint(`resource: ${safe(describeResource(first))}`, "dim"));
  if (first.location.kind === "source") {
    const source = context.files.lines(first.location.file);
    const labelled = findings.length > 1;
    const marks = findings.flatMap(({ location, ruleId }) => location.kind === "source" ? [{ start: location.start, end: location.end, label: labelled ? ruleId : void 0 }] : []);
    const frame = source && markedFrame(source, marks, { contextLines: context.contextLines, paint });
    if (frame) lines.push(...frame.map((line) => INDENT.repeat(2) + line));
  }
  return lines;
}
function findingDetails(finding, context) {
  const { paint } = context;
  const rule = context.rulesById.get(finding.ruleId);
  const lines = [safe(finding.message)];
  if (finding.fix) {
    const { description, placeholders } = finding.fix;
    lines.push(`${paint("fix:", "green", "bold")} ${safe(description)}`);
    if (placeholders.length) lines.push(`${paint("fill in:", "green")} ${safe(placeholders.join(", "))}`);
  } else if (finding.location.kind === "live") {
    lines.push(...liveRemediation(rule, paint));
  }
  const controls = describeComplianceIds(rule);
  if (controls) lines.push(paint(`controls: ${controls}`, "dim"));
  return lines;
}
function liveRemediation(rule, paint) {
  const remediation = rule?.docs.remediation;
  const steps = remediation?.cli ?? remediation?.console;
  if (!steps) return [];
  const lines = [paint(remediation?.cli ? "remediation (AWS CLI):" : "remediation (console):", "green", "bold")];
  appendAll(lines, steps.replace(/\n+$/, "").split("\n").map((line) => INDENT + line));
  if (remediation?.recreate) lines.push(paint(`recreate: ${remediation.recreate}`, "yellow"));
  return lines;
}
function headline(finding, paint) {
  const severity = paint(finding.severity.toUpperCase().padEnd(8), ...SEVERITY_STYLE[finding.severity]);
  const possible = finding.certainty === "possible" ? paint(" (possible)", "dim") : "";
  return `${severity} ${paint(safe(finding.ruleId), "bold")} ${safe(finding.ruleName)}${possible}  ${paint(safe(describeLocation(finding.location)), "cyan")}`;
}
function compactLine(finding, paint) {
  const possible = finding.certainty === "possible" ? " (possible)" : "";
  const parts = [paint(safe(describeLocation(finding.location)), "cyan"), paint(finding.severity, ...SEVERITY_STYLE[finding.severity]), safe(finding.ruleId), safe(finding.resource.id)];
  return `${parts.join(" ")} ${safe(finding.message)}${possible}`;
}
function compactErrorLine(error, paint) {
  const place = [error.file, error.line ?? 1, error.column ?? 1].join(":");
  return `${paint(safe(place), "cyan")} ${paint("error", "red", "bold")} load-error - ${safe(error.message)}`;
}
function describeResource({ resource, location }) {
  if (location.kind === "live") {
    const alias = resource.id === location.arn ? "" : ` ${resource.id}`;
    return `${resource.type}${alias} in account ${location.account}, region ${location.region}`;
  }
  return `${resource.id} (${[resource.type, resource.label].filter(Boolean).join(", ")})`;
}
function errorLine(error, paint) {
  const place = [error.file, error.line, error.line === void 0 ? void 0 : error.column].filter((part) => part !== void 0).join(":");
  return `${paint(safe(place), "cyan")}  ${paint("error", "red", "bold")} ${safe(error.message)}`;
}
function noteLine(note, paint) {
  const place = [note.file, note.file === void 0 ? void 0 : note.line].filter((part) => part !== void 0).join(":");
  const message = safe(note.message);
  return place ? `${paint(safe(place), "cyan")}  ${message}` : message;
}
function summaryLine(result, paint, hiddenNote) {
  const summary = summarize(result);
  const bySeverity2 = SEVERITIES.map((s) => paint(`${summary.bySeverity[s]} ${s}`, ...summary.bySeverity[s] ? SEVERITY_STYLE[s] : ["dim"]));
  const parts = [
    summary.active ? `${plural(summary.active, "finding")} (${bySeverity2.join(", ")})` : "no findings",
    ...summary.suppressed ? [`${summary.suppressed} suppressed`] : [],
    ...result.baseline ? [`${summary.unchanged} in the baseline, ${summary.absent} fixed since`] : [],
    ...hiddenNote ? [hiddenNote] : [],
    ...summary.errors ? [paint(plural(summary.errors, "load error"), "red")] : [],
    ...summary.notes ? [plural(summary.notes, "note")] : [],
    `${plural(summary.files, "file")} and ${plural(summary.resources, "resource")} scanned`
  ];
  return `${paint("Summary:", "bold")} ${parts.join("; ")}.`;
}
var CONTROL_STYLE = { FAILED: ["red", "bold"], UNKNOWN: ["yellow"], PASSED: ["green"], NOT_APPLICABLE: ["dim"] };
function complianceBlock(view, paint) {
  const rows = [CONTROL_COLUMNS.map((c) => c.toUpperCase()), ...controlRows(view)];
  const widths = CONTROL_COLUMNS.map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const status = CONTROL_COLUMNS.indexOf("status");
  const line = (row, i) => INDENT + row.map((cell, column) => {
    const padded = column === row.length - 1 ? cell : cell.padEnd(widths[column]);
    return i > 0 && column === status ? paint(padded, ...CONTROL_STYLE[cell]) : padded;
  }).join("  ").trimEnd();
  return [paint(`Compliance: ${describeControlCounts(view)}`, "bold", "underline"), ...rows.map(line)];
}
function incompleteBlock(result, paint) {
  const banner = incompleteBanner(result);
  return banner ? [paint(safe(banner), "red", "bold")] : [];
}
function joinBlocks(blocks) {
  return `${blocks.filter((block) => block.length).map((block) => block.join("\n")).join("\n\n")}
`;
}
export {
  renderText
};
