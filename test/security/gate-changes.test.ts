/** What a pull request's own config changes about the gate, as trusted mode reports it. */
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.js';
import { baselineAdditions } from '../../src/config/baseline.js';
import { configWeakenings, resolveConfig } from '../../src/config/config.js';

const config = (data: object) => resolveConfig(data, '.sagelint.yml', ALL_RULES);

describe('configWeakenings', () => {
  it.each([
    [{}, { suppressions: [{ rule: '*', reason: 'reviewed' }] }, ['adds a suppression of every rule']],
    [{}, { suppressions: [{ rule: 'SM001', path: 'infra/**', reason: 'reviewed' }] }, ['adds a suppression of "SM001" (path "infra/**")']],
    [
      { suppressions: [{ rule: 'SM001', reason: 'reviewed', expires: '2026-01-01' }] },
      { suppressions: [{ rule: 'SM001', reason: 'reviewed again', expires: '2030-01-01' }] },
      ['adds a suppression of "SM001" (until "2030-01-01")'],
    ],
    [{}, { exclude: ['**'] }, ['excludes "**"']],
    [{}, { exclude: ['a\n::error::forged'] }, ['excludes "a\\n::error::forged"']],
    [{}, { rules: { SM001: 'off' } }, ['turns off SM001']],
    [{}, { rules: { SM001: 'low' } }, ['lowers SM001 from high to low']],
    [{ rules: { SM003: 'low' } }, { rules: { SM003: 'medium' } }, []],
    [{}, { failOn: 'none' }, ['raises failOn from low to none']],
    [{ failOn: 'high' }, { failOn: 'critical' }, ['raises failOn from high to critical']],
    [{ inlineSuppressions: false }, {}, ['turns inline suppressions on']],
    [{ requiredTags: ['owner'] }, {}, ['no longer requires the tag "owner"']],
  ])('%j → %j', (base, head, expected) => {
    expect(configWeakenings(config(base), config(head), ALL_RULES).map((w) => w.description)).toEqual(expected);
  });

  it('reports each rule a weaker preset drops, located at extends', () => {
    const dropped = configWeakenings(config({ extends: 'strict' }), config({ extends: 'recommended' }), ALL_RULES);
    const strictOnly = ALL_RULES.filter((r) => r.presets.recommended !== true).map((r) => r.id);
    expect(strictOnly).toEqual(expect.arrayContaining(['SM033', 'SM066', 'TG001']));
    expect(dropped.map((w) => w.description)).toEqual(strictOnly.map((id) => `no longer runs ${id} (extends "recommended" instead of "strict")`));
    expect(dropped.every((w) => JSON.stringify(w.at) === '["extends"]')).toBe(true);
    // The default preset is recommended: dropping extends weakens a strict base the same way.
    expect(configWeakenings(config({ extends: 'strict' }), config({}), ALL_RULES).map((w) => w.key)).toEqual(dropped.map((w) => w.key));
    // security-hub holds only the rules with a Security Hub control: switching to it drops the recommended ones without one.
    const withoutControl = ALL_RULES.filter((r) => r.presets.recommended === true && !r.docs.alsoKnownAs?.['Security Hub']?.length).map((r) => r.id);
    expect(withoutControl.length).toBeGreaterThan(0);
    const toSecurityHub = configWeakenings(config({}), config({ extends: 'security-hub' }), ALL_RULES).map((w) => w.description);
    expect(toSecurityHub).toEqual(expect.arrayContaining(withoutControl.map((id) => `no longer runs ${id} (extends "security-hub" instead of "recommended")`)));
  });

  it('reports a rule the base turns on by name that the head no longer does', () => {
    expect(configWeakenings(config({ rules: { SM066: 'on' } }), config({}), ALL_RULES).map((w) => w.description)).toEqual([
      'no longer runs SM066 (no longer turned on in its rules; "recommended" does not hold it)',
    ]);
    // A rule off in the head that the base does not run at all changes nothing.
    expect(configWeakenings(config({}), config({ rules: { SM066: 'off' } }), ALL_RULES)).toEqual([]);
    // A severity given to a rule the base does not run turns it on: not a lowering.
    expect(configWeakenings(config({}), config({ rules: { SM062: 'low' } }), ALL_RULES)).toEqual([]);
  });

  it('says nothing of changes that tighten the gate', () => {
    const base = config({ rules: { SM001: 'off', SM003: 'low' }, exclude: ['vendor/**'], suppressions: [{ rule: 'SM002', reason: 'reviewed' }], failOn: 'high' });
    const head = config({ extends: 'strict', rules: { SM003: 'critical' }, failOn: 'low', requiredTags: ['owner'], inlineSuppressions: false });
    expect(configWeakenings(base, head, ALL_RULES)).toEqual([]);
  });
});

describe('baselineAdditions', () => {
  it('gives the entries only the working tree accepts', () => {
    const entry = (fingerprint: string) => ({ fingerprint, ruleId: 'SM001', resource: 'Nb' });
    expect(baselineAdditions({ version: 1, findings: [entry('a')] }, { version: 1, findings: [entry('a'), entry('b')] })).toEqual([entry('b')]);
  });
});
