
// src/report/tool.ts
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var TOOL_NAME = "sagelint";
var INFORMATION_URI = "https://github.com/sagelint/sagelint";
var RULE_DOCS_BASE = `${INFORMATION_URI}/blob/main/docs/rules/`;
function ruleHelpUri(ruleId) {
  return `${RULE_DOCS_BASE}${encodeURIComponent(ruleId)}.md`;
}
function ruleDocsUri(rule) {
  return rule.origin ? rule.origin.homepage : ruleHelpUri(rule.id);
}
function findingDocsUri(ruleId, rule) {
  return rule ? ruleDocsUri(rule) : ruleHelpUri(ruleId);
}
var cachedVersion;
function toolVersion() {
  cachedVersion ??= findOwnVersion(dirname(fileURLToPath(import.meta.url)));
  return cachedVersion;
}
function findOwnVersion(startDir) {
  for (let dir = startDir; ; dir = dirname(dir)) {
    const manifest = readManifest(join(dir, "package.json"));
    if (manifest?.name === TOOL_NAME && typeof manifest.version === "string") return manifest.version;
    if (dirname(dir) === dir) return "0.0.0";
  }
}
function readManifest(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return void 0;
  }
}

export {
  TOOL_NAME,
  INFORMATION_URI,
  ruleHelpUri,
  ruleDocsUri,
  findingDocsUri,
  toolVersion
};
