import {
  ruleHelp
} from "./chunk-LCYNXVW4.js";
import "./chunk-4HD3HIA4.js";

// src/docs/rule-catalog.ts
function rulesTable(rules) {
  const rows = rules.map((r) => [r.id, r.severity, r.fixable ? "fix" : "", r.name, r.docs.summary]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i].length), ["ID", "SEVERITY", "FIX", "NAME"][i].length));
  const line = (cells) => cells.map((c, i) => i < 4 ? c.padEnd(widths[i]) : c).join("  ").trimEnd();
  return `${[line(["ID", "SEVERITY", "FIX", "NAME", "SUMMARY"]), ...rows.map(line)].join("\n")}
`;
}
function rulesAsJson(rules) {
  return rules.map(({ check: _check, ...meta }) => meta);
}
function ruleDocPage(rule) {
  const facts = [
    `- **ID:** ${rule.id}`,
    `- **Severity:** ${rule.severity}`,
    `- **Applies to:** ${rule.appliesTo.join(", ")}`,
    `- **Fix offered:** ${rule.fixable ? "yes" : "no"}`
  ];
  return `# ${rule.id} ${rule.name}

${facts.join("\n")}

${ruleHelp(rule).markdown}
`;
}
function rulesMarkdownTable(rules) {
  const rows = rules.map((r) => `| [${r.id}](docs/rules/${r.id}.md) | ${r.name} | ${r.severity} | ${r.fixable ? "yes" : ""} | ${r.docs.summary} |`);
  return ["| ID | name | severity | fix | what is wrong |", "|---|---|---|---|---|", ...rows].join("\n");
}
export {
  ruleDocPage,
  rulesAsJson,
  rulesMarkdownTable,
  rulesTable
};
