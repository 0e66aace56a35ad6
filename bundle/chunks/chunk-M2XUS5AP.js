// src/engine/rule.ts
var SEVERITIES = ["critical", "high", "medium", "low"];
function lowerSeverity(severity) {
  const i = SEVERITIES.indexOf(severity);
  return SEVERITIES[Math.min(i + 1, SEVERITIES.length - 1)];
}
var FIX_KINDS = ["safe", "replaces", "capacity"];
async function prepareRules(rules) {
  await Promise.all(rules.map((rule) => rule.prepare?.()));
}
var RuleNotPreparedError = class extends Error {
  constructor(ruleId) {
    super(`rule ${ruleId} was checked before its prepare() hook ran (await prepareRules() before evaluating)`);
    this.ruleId = ruleId;
    this.name = "RuleNotPreparedError";
  }
  ruleId;
};
function defineRule(rule) {
  return rule;
}
function isResource(x) {
  return "kind" in x && "props" in x;
}

export {
  SEVERITIES,
  lowerSeverity,
  FIX_KINDS,
  prepareRules,
  RuleNotPreparedError,
  defineRule,
  isResource
};
