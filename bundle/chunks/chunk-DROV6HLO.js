import {
  SourceFiles
} from "./chunk-7EEGRARM.js";
import {
  CONTROL_COLUMNS,
  controlRows,
  describeControlCounts
} from "./chunk-ROUOIPCF.js";
import {
  atOrAbove,
  byResource,
  bySeverity,
  isAccepted,
  plural,
  summarize
} from "./chunk-VBB4KITS.js";
import {
  incompleteBanner
} from "./chunk-FZCBQZ7J.js";
import {
  describeComplianceIds
} from "./chunk-MF34MBFI.js";
import {
  escapeUntrusted
} from "./chunk-B3SSCLDR.js";
import {
  SEVERITIES
} from "./chunk-M2XUS5AP.js";
import {
  describeLocation
} from "./chunk-23EWYKRM.js";
import {
  addToGroup,
  appendAll
} from "./chunk-4SJZ32UT.js";

// src/report/ansi.ts
var CODES = {
  bold: [1, 22],
  dim: [2, 22],
  underline: [4, 24],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39]
};
function painter(color) {
  if (!color) return (text) => text;
  return (text, ...styles) => text === "" ? text : styles.reduce((styled, style) => `\x1B[${CODES[style][0]}m${styled}\x1B[${CODES[style][1]}m`, text);
}

// src/report/code-frame.ts
var MAX_MARKED_LINES = 4;
var MAX_WIDTH = 120;
var LEAD_BEFORE_RANGE = 20;
var ELLIPSIS = "…";
function codeFrame(lines, start, end, options) {
  return markedFrame(lines, [{ start, end }], options);
}
function markedFrame(lines, marks, options) {
  const { paint, contextLines } = options;
  const spans = marks.filter((mark) => mark.start.line >= 1 && mark.start.line <= lines.length).map((mark) => {
    const endLine = Math.min(Math.max(mark.end.line, mark.start.line), lines.length);
    const lastMarked = Math.min(endLine, mark.start.line + MAX_MARKED_LINES - 1);
    const cut = endLine > lastMarked;
    return { mark, lastMarked, cut, first: Math.max(1, mark.start.line - contextLines), last: cut ? lastMarked : Math.min(lines.length, endLine + contextLines) };
  }).sort((a, b) => a.first - b.first || a.last - b.last);
  if (spans.length === 0) return void 0;
  const stretches = [];
  for (const span of spans) {
    const current = stretches.at(-1);
    if (current && span.first <= current.last + 1) {
      current.spans.push(span);
      current.last = Math.max(current.last, span.last);
    } else {
      stretches.push({ spans: [span], last: span.last });
    }
  }
  const width = String(stretches.reduce((widest, stretch) => Math.max(widest, stretch.last), 0)).length;
  const blankGutter = paint(`  ${" ".repeat(width)} |`, "dim");
  const ellipsis = `${blankGutter} ${paint(ELLIPSIS, "dim")}`;
  const marking = /* @__PURE__ */ new Map();
  for (const span of spans) {
    for (let n = span.mark.start.line; n <= span.lastMarked; n++) addToGroup(marking, n, span);
  }
  const frame = [];
  stretches.forEach(({ spans: stretch, last }, index) => {
    if (index > 0) frame.push(ellipsis);
    const first = stretch[0].first;
    const lead = stretch[0].mark.start;
    const shift = lead.column - 1 > MAX_WIDTH - LEAD_BEFORE_RANGE ? lead.column - 1 - LEAD_BEFORE_RANGE : 0;
    for (let n = first; n <= last; n++) {
      const line = escapeUntrusted(lines[n - 1]);
      const covering = marking.get(n) ?? [];
      const visible = clip(line, shift);
      const gutter = `${covering.length ? paint(">", "red", "bold") : " "} ${paint(`${String(n).padStart(width)} |`, "dim")}`;
      frame.push(`${gutter} ${visible.text}`.trimEnd());
      const caretGroups = /* @__PURE__ */ new Map();
      for (const { mark } of covering) {
        const from = n === mark.start.line ? mark.start.column : firstNonBlankColumn(line);
        const to = Math.max(n === mark.end.line ? mark.end.column : line.length + 1, from + 1);
        const group = caretGroups.get(`${from}:${to}`) ?? { from, to, labels: [] };
        if (mark.label && n === mark.start.line && !group.labels.includes(mark.label)) group.labels.push(mark.label);
        caretGroups.set(`${from}:${to}`, group);
      }
      for (const { from, to, labels } of [...caretGroups.values()].sort((a, b) => a.from - b.from || a.to - b.to)) {
        const carets = caretLine(visible, from, to);
        const label = labels.length ? ` ${paint(escapeUntrusted(labels.join(", ")), "red")}` : "";
        if (carets) frame.push(`${blankGutter} ${carets.indent}${paint(carets.caret, "red", "bold")}${label}`);
      }
    }
    if (stretch.some((s) => s.cut && s.last === last)) frame.push(ellipsis);
  });
  return frame;
}
function clip(line, shift) {
  const body = line.slice(shift, shift + MAX_WIDTH);
  const lead = shift > 0 ? ELLIPSIS : "";
  const tail = line.length > shift + MAX_WIDTH ? ELLIPSIS : "";
  return { text: `${lead}${body}${tail}`, shift, lead: lead.length };
}
function caretLine(visible, from, to) {
  const start = Math.max(from - 1 - visible.shift, 0) + visible.lead;
  const end = Math.min(to - 1 - visible.shift + visible.lead, visible.text.length + 1);
  if (end <= start) return void 0;
  const indent = visible.text.slice(0, start).replace(/[^\t]/g, " ");
  return { indent, caret: "^".repeat(end - start) };
}
function firstNonBlankColumn(line) {
  const index = line.search(/\S/);
  return index === -1 ? 1 : index + 1;
}

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
  painter,
  codeFrame,
  renderText
};
