import {
  isAccepted,
  plural,
  summarize
} from "./chunk-EN46DBBL.js";
import {
  escapeUntrusted
} from "./chunk-B3SSCLDR.js";
import "./chunk-XAFM57I7.js";
import "./chunk-SEPZZS6X.js";
import "./chunk-YCUEQMVE.js";
import "./chunk-QRP45YQJ.js";
import "./chunk-BQVRSB7W.js";
import "./chunk-GSH24J2R.js";
import "./chunk-23EWYKRM.js";
import "./chunk-QQWMGWWF.js";
import "./chunk-SXKGC4UP.js";
import "./chunk-NJ44LUHS.js";
import "./chunk-ZAROGFVC.js";

// src/report/github.ts
var COMMAND = { critical: "error", high: "error", medium: "warning", low: "notice" };
function renderGithubAnnotations(result) {
  const lines = [];
  for (const f of result.findings) {
    if (isAccepted(f) || f.location.kind !== "source") continue;
    const { file, start, end } = f.location;
    const props = [`file=${property(file)}`, `line=${start.line}`, `col=${start.column}`, `endLine=${end.line}`];
    if (end.line === start.line) props.push(`endColumn=${end.column}`);
    props.push(`title=${property(`${f.ruleId} ${f.ruleName}`)}`);
    lines.push(`::${COMMAND[f.severity]} ${props.join(",")}::${data(`${f.message} [${f.resource.id}]`)}`);
  }
  for (const e of result.errors) {
    const where = [`file=${property(e.file)}`, ...e.line ? [`line=${e.line}`] : [], ...e.column ? [`col=${e.column}`] : []];
    lines.push(`::error ${where.join(",")},title=sagelint could not read this file::${data(e.message)}`);
  }
  const summary = summarize(result);
  lines.push(`sagelint: ${plural(summary.active, "finding")}, ${plural(summary.errors, "load error")} in ${plural(summary.files, "file")}`);
  return `${lines.join("\n")}
`;
}
function data(text) {
  return escapeUntrusted(text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}
function property(text) {
  return data(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
export {
  renderGithubAnnotations
};
