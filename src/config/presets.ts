/**
 * Rule presets, as ESLint's shareable configs: `recommended` (the default: what a
 * security team would gate a merge on), `strict` (every rule) and `security-hub`
 * (the rules with a Security Hub control). Membership is rule metadata
 * (`RuleMeta.presets`), so a new rule cannot leave it out.
 */
import type { Rule, RuleOptions } from '../core/rule.js';

export const PRESET_NAMES = ['recommended', 'strict', 'security-hub'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];
export const DEFAULT_PRESET: PresetName = 'recommended';

export const PRESET_DESCRIPTIONS: Readonly<Record<PresetName, string>> = {
  recommended: 'The default: the rules a security team would gate a merge on. Each finding is a concrete exposure or a missing control with a direct fix; guardrail and hygiene rules that report on most code are left to `strict`.',
  strict: 'Every rule.',
  'security-hub': 'The rules with an AWS Security Hub control (`alsoKnownAs` in the rule docs), for parity with what Security Hub reports on the live account.',
};

export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

/** Whether `preset` runs the rule, given the config's rule options (a rule may join `recommended` only once configured). */
export function presetHolds(preset: PresetName, rule: Rule, options: Pick<RuleOptions, 'requiredTags'>): boolean {
  switch (preset) {
    case 'strict':
      return true;
    case 'security-hub':
      return securityHubControls(rule).length > 0;
    case 'recommended': {
      const { recommended } = rule.presets;
      if (typeof recommended === 'boolean') return recommended;
      return options[recommended.whenConfigured].length > 0;
    }
  }
}

export function securityHubControls(rule: Rule): readonly string[] {
  return rule.docs.alsoKnownAs?.['Security Hub'] ?? [];
}

/** How a rule's page and docs/presets.md say whether `recommended` holds it. */
export function recommendedMembership(rule: Rule): string {
  const { recommended } = rule.presets;
  if (typeof recommended === 'boolean') return recommended ? 'yes' : 'no';
  return `when \`${recommended.whenConfigured}\` is configured`;
}

/** The presets holding the rule, as a rule's page lists them. */
export function presetsOf(rule: Rule): string[] {
  return PRESET_NAMES.flatMap((preset) => {
    if (preset === 'recommended' && typeof rule.presets.recommended !== 'boolean') return [`recommended (${recommendedMembership(rule)})`];
    return presetHolds(preset, rule, { requiredTags: [] }) ? [preset] : [];
  });
}
