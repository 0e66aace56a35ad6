/**
 * Rule presets, as ESLint's shareable configs: `recommended` (the default: what a
 * security team would gate a merge on), `strict` (every rule) and `security-hub`
 * (the rules with a Security Hub control). Membership is rule metadata
 * (`RuleMeta.presets`), so a new rule cannot leave it out.
 */
import type { Rule, RuleOptions } from '../core/rule.js';
export declare const PRESET_NAMES: readonly ["recommended", "strict", "security-hub"];
export type PresetName = (typeof PRESET_NAMES)[number];
export declare const DEFAULT_PRESET: PresetName;
export declare const PRESET_DESCRIPTIONS: Readonly<Record<PresetName, string>>;
export declare function isPresetName(name: string): name is PresetName;
/** Whether `preset` runs the rule, given the config's rule options (a rule may join `recommended` only once configured). */
export declare function presetHolds(preset: PresetName, rule: Rule, options: Pick<RuleOptions, 'requiredTags'>): boolean;
export declare function securityHubControls(rule: Rule): readonly string[];
/** How a rule's page and docs/presets.md say whether `recommended` holds it. */
export declare function recommendedMembership(rule: Rule): string;
/** The presets holding the rule, as a rule's page lists them. */
export declare function presetsOf(rule: Rule): string[];
