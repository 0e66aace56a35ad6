import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.js';
import { selectRules } from '../cli/run-scan.js';
import { ConfigError, configuredRules, EMPTY_CONFIG, parseConfig } from './config.js';
import { PRESET_NAMES, presetHolds, securityHubControls } from './presets.js';

const ids = (rules: readonly { id: string }[]) => rules.map((r) => r.id);
const config = (text: string) => parseConfig(text, 'repo/.sagelint.yml', ALL_RULES);

describe('presets', () => {
  it('strict holds every rule, security-hub those with a Security Hub control, recommended those its metadata says', () => {
    const none = { requiredTags: [] };
    expect(ALL_RULES.filter((r) => presetHolds('strict', r, none))).toEqual(ALL_RULES);
    expect(ids(ALL_RULES.filter((r) => presetHolds('security-hub', r, none)))).toEqual(ids(ALL_RULES.filter((r) => securityHubControls(r).length > 0)));
    expect(ids(ALL_RULES.filter((r) => presetHolds('security-hub', r, none)))).toEqual(expect.arrayContaining(['SM001', 'SM033', 'SM061', 'RS001']));
    const recommended = ids(ALL_RULES.filter((r) => presetHolds('recommended', r, none)));
    expect(recommended).toEqual(expect.arrayContaining(['SM001', 'SM060', 'SM061', 'SM063', 'RS005', 'SL002']));
    for (const id of ['SM033', 'SM062', 'SM064', 'SM065', 'SM066', 'TG001']) expect(recommended).not.toContain(id);
  });

  it('recommended holds TG001 once requiredTags is configured', () => {
    const tg001 = ALL_RULES.find((r) => r.id === 'TG001')!;
    expect(presetHolds('recommended', tg001, { requiredTags: [] })).toBe(false);
    expect(presetHolds('recommended', tg001, { requiredTags: ['owner'] })).toBe(true);
    expect(ids(configuredRules(config('requiredTags: [owner]\n'), ALL_RULES))).toContain('TG001');
  });

  it('every rule gives a reason for its place', () => {
    for (const rule of ALL_RULES) expect(rule.presets.reason.length, rule.id).toBeGreaterThan(30);
  });
});

describe('extends and --preset', () => {
  it('runs the default preset without a config, and the config’s rules settings on top of its preset', () => {
    expect(ids(selectRules(ALL_RULES, EMPTY_CONFIG, {}))).toEqual(ids(ALL_RULES.filter((r) => presetHolds('recommended', r, EMPTY_CONFIG))));
    expect(selectRules(ALL_RULES, config('extends: strict\n'), {})).toEqual(ALL_RULES);
    const tuned = ids(selectRules(ALL_RULES, config('extends: strict\nrules:\n  SM066: off\n'), {}));
    expect(tuned).not.toContain('SM066');
    expect(tuned).toContain('SM065');
    // `on` or a severity turns on a rule the preset leaves out; `enabled: false` with a severity does not.
    const added = ids(selectRules(ALL_RULES, config('rules:\n  SM066: on\n  SM033: high\n  SM062: { enabled: false, severity: high }\n'), {}));
    expect(added).toEqual(expect.arrayContaining(['SM066', 'SM033', 'SM001']));
    expect(added).not.toContain('SM062');
  });

  it('--preset replaces extends, keeps the rules settings, and --rules runs exactly the rules it names', () => {
    const strictWithout = config('extends: security-hub\nrules:\n  SM066: off\n');
    const run = ids(selectRules(ALL_RULES, strictWithout, { preset: 'strict' }));
    expect(run).toEqual(ids(ALL_RULES).filter((id) => id !== 'SM066'));
    expect(ids(selectRules(ALL_RULES, strictWithout, { rules: ['SM066,sm033'] }))).toEqual(['SM033', 'SM066']);
    expect(ids(selectRules(ALL_RULES, EMPTY_CONFIG, { preset: 'strict', 'skip-rules': ['SM066'] }))).not.toContain('SM066');
  });

  it('an unknown preset names the file, its line and the valid presets', () => {
    expect(() => config('# ours\nextends: lax\n')).toThrow(ConfigError);
    expect(() => config('# ours\nextends: lax\n')).toThrow(`repo/.sagelint.yml:2:1: extends: must be one of ${PRESET_NAMES.join(', ')}`);
    expect(() => config('failOn: high\nrulez: {}\n')).toThrow("repo/.sagelint.yml:2:1: config: unknown key 'rulez'");
  });
});
