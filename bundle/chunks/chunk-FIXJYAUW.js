import {
  escapeUntrusted
} from "./chunk-EMSR244R.js";
import {
  addToGroup
} from "./chunk-CAGW7M4A.js";

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

export {
  painter,
  codeFrame,
  markedFrame
};
