
// src/core/rule.ts
var SEVERITIES = ["critical", "high", "medium", "low"];
function lowerSeverity(severity) {
  const i = SEVERITIES.indexOf(severity);
  return SEVERITIES[Math.min(i + 1, SEVERITIES.length - 1)];
}
var FIX_KINDS = ["safe", "replaces", "capacity"];
var PLACEHOLDER = /<[a-z0-9][a-z0-9-]*>/g;
function placeholdersWritten(text) {
  return text.includes("<") ? [...text.matchAll(PLACEHOLDER)].map((m) => m[0]) : [];
}
var REGION_VARIABLE = "${AWS::Region}";
function regionName(build) {
  return { "Fn::Sub": build(REGION_VARIABLE) };
}
var preparations = /* @__PURE__ */ new WeakMap();
function prepareRule(rule) {
  if (!rule.prepare) return void 0;
  let preparation = preparations.get(rule);
  if (!preparation) {
    preparation = rule.prepare().catch((error) => {
      preparations.delete(rule);
      throw error;
    });
    preparations.set(rule, preparation);
  }
  return preparation;
}
async function prepareRules(rules) {
  await Promise.all(rules.map(prepareRule));
}
async function prepareRulesFor(rules, kinds) {
  await prepareRules(rules.filter((rule) => rule.prepare && rule.appliesTo.some((kind) => kinds.has(kind))));
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
  placeholdersWritten,
  REGION_VARIABLE,
  regionName,
  prepareRules,
  prepareRulesFor,
  RuleNotPreparedError,
  defineRule,
  isResource
};
