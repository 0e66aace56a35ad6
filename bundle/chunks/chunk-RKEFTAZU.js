
// src/config/presets.ts
var PRESET_NAMES = ["recommended", "strict", "security-hub"];
var DEFAULT_PRESET = "recommended";
var PRESET_DESCRIPTIONS = {
  recommended: "The default: the rules a security team would gate a merge on. Each finding is a concrete exposure or a missing control with a direct fix; guardrail and hygiene rules that report on most code are left to `strict`.",
  strict: "Every rule.",
  "security-hub": "The rules with an AWS Security Hub control (`alsoKnownAs` in the rule docs), for parity with what Security Hub reports on the live account."
};
function presetHolds(preset, rule, options) {
  switch (preset) {
    case "strict":
      return true;
    case "security-hub":
      return securityHubControls(rule).length > 0;
    case "recommended": {
      const { recommended } = rule.presets;
      if (typeof recommended === "boolean") return recommended;
      return options[recommended.whenConfigured].length > 0;
    }
  }
}
function securityHubControls(rule) {
  return rule.docs.alsoKnownAs?.["Security Hub"] ?? [];
}
function recommendedMembership(rule) {
  const { recommended } = rule.presets;
  if (typeof recommended === "boolean") return recommended ? "yes" : "no";
  return `when \`${recommended.whenConfigured}\` is configured`;
}
function presetsOf(rule) {
  return PRESET_NAMES.flatMap((preset) => {
    if (preset === "recommended" && typeof rule.presets.recommended !== "boolean") return [`recommended (${recommendedMembership(rule)})`];
    return presetHolds(preset, rule, { requiredTags: [] }) ? [preset] : [];
  });
}

export {
  PRESET_NAMES,
  DEFAULT_PRESET,
  PRESET_DESCRIPTIONS,
  presetHolds,
  securityHubControls,
  recommendedMembership,
  presetsOf
};
