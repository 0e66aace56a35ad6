import {
  isAccepted,
  summarize
} from "./chunk-53XGZ73Z.js";
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
import "./chunk-2I7KX7CV.js";
import "./chunk-OA4DYJ3R.js";
import "./chunk-5QBVJ72F.js";
import "./chunk-E2XCQX3P.js";
import {
  plural
} from "./chunk-CAGW7M4A.js";
import "./chunk-RM4BNA5F.js";

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
