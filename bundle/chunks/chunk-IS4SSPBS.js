
// src/core/compliance.ts
var COMPLIANCE_FRAMEWORKS = { "security-hub": "Security Hub", "aws-config": "AWS Config" };
var CONTROL_STATUSES = ["FAILED", "UNKNOWN", "PASSED", "NOT_APPLICABLE"];

// src/report/compliance.ts
var COMPLIANCE_SOURCES = ["Security Hub", "AWS Config", "checkov", "cdk-nag"];
function isComplianceFramework(name) {
  return Object.hasOwn(COMPLIANCE_FRAMEWORKS, name);
}
function frameworkSlug(source) {
  return source.toLowerCase().replace(/\s+/g, "-");
}
function complianceSourceOfSlug(slug) {
  return COMPLIANCE_SOURCES.find((source) => frameworkSlug(source) === slug);
}
function complianceIds(rule) {
  const known = rule?.docs.alsoKnownAs ?? {};
  return COMPLIANCE_SOURCES.flatMap(
    (source) => (known[source] ?? []).map((id) => ({ source, id, tag: `${frameworkSlug(source)}/${id}` }))
  );
}
function describeComplianceIds(rule) {
  const bySource = /* @__PURE__ */ new Map();
  for (const { source, id } of complianceIds(rule)) bySource.set(source, [...bySource.get(source) ?? [], id]);
  return [...bySource].map(([source, ids]) => `${source} ${ids.join(", ")}`).join("; ");
}
function equivalentFrameworks(rules) {
  const named = new Set(rules.flatMap((rule) => Object.keys(rule.docs.alsoKnownAs ?? {})));
  const peers = [...named].filter((name) => !COMPLIANCE_SOURCES.includes(name)).sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" }));
  return [...COMPLIANCE_SOURCES.filter((source) => named.has(source)), ...peers];
}
function rulesOfFramework(rules, framework) {
  return rules.filter((rule) => (rule.docs.alsoKnownAs?.[COMPLIANCE_FRAMEWORKS[framework]] ?? []).length > 0);
}

export {
  COMPLIANCE_FRAMEWORKS,
  CONTROL_STATUSES,
  isComplianceFramework,
  complianceSourceOfSlug,
  complianceIds,
  describeComplianceIds,
  equivalentFrameworks,
  rulesOfFramework
};
