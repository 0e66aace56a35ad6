import { defineRule } from '../src/core/rule.js';
import { GATE_KINDS, prop } from '../src/model/resource.js';
import { stringOf } from '../src/model/value.js';

export default defineRule({
  id: 'SL002',
  name: 'gate-weakened',
  severity: 'high',
  appliesTo: GATE_KINDS,
  fixable: false,
  tags: ['security', 'gate', 'supply-chain'],
  presets: {
    recommended: true,
    reason: 'A pull request that weakens its own gate is the change a security team most needs to review.',
  },
  docs: {
    summary: "A pull request's own sagelint config or baseline weakens the gate that judges it",
    description:
      "In trusted mode (`--config-from-ref`, `--baseline-from-ref`; the GitHub Action's default on pull requests) the config and baseline that judge a pull request come from its base commit, so nothing the pull request writes in its own `.sagelint.yml` or baseline applies to its scan. This rule reports, one finding each, what those files would change about the gate once merged: a suppression they add (`suppressions: [{rule: '*'}]`), an `exclude` pattern, a rule turned off, a rule the base config runs that the pull request's `extends` preset no longer holds (one finding per rule; docs/presets.md), a severity lowered, a higher `failOn`, inline suppressions turned on, a required tag dropped, a plugin added (plugins run code; in trusted mode only the trusted config's are loaded) or dropped, a rules file (`customRules`) dropped, and each finding the working tree's baseline accepts that the base's does not. Each finding is located at the entry that makes the change (the suppression item, the pattern, the rule's setting, the baseline entry), or at the start of the file when the change is an entry the file no longer has. Changes that tighten the gate are not reported. Only the trusted config judges these findings: it may turn SL002 off, change its severity or suppress it, as for any rule; its `exclude` patterns, which choose the inputs to scan, do not apply, and the working tree's config never does. Outside trusted mode the rule reports nothing.",
    risk: "A pull request controls its own checkout. Without this report, a change to `.sagelint.yml` or the baseline that silences a rule, excludes a folder or accepts a new finding is reviewed as a one-line config change, if at all, and after merging it silences the gate for every later pull request, including the findings this one introduces.",
    guidance: [
      {
        title: 'AWS Well-Architected, SEC 11: validate the security properties of applications throughout the development and deployment lifecycle',
        url: 'https://docs.aws.amazon.com/wellarchitected/2023-04-10/framework/sec-11.html',
      },
      {
        title: 'AWS CodeBuild: best practices for builds triggered by pull requests (do not let a pull request change its own build specification)',
        url: 'https://docs.aws.amazon.com/codebuild/latest/userguide/webhooks.html',
      },
    ],
    remediation: {
      config:
        "# .sagelint.yml in the pull request: drop the change, or scope and justify it, and have the\n# base branch's owners merge it on its own (it applies to later pull requests once merged).\nsuppressions:\n  - rule: SM001\n    resource: SandboxNotebook      # one resource, not '*' and not every path\n    reason: Sandbox account without data, reviewed by the platform team\n    expires: 2026-12-31",
      console:
        'Nothing to change in the account: the gate is the repository\'s `.sagelint.yml` and `.sagelint-baseline.json`. Review the change with the base branch\'s owners; a baseline entry is accepted by recording the baseline again (`sagelint baseline`) on the base branch.',
    },
    notes: [
      'A finding is named by what the change is (the pattern, the rule, the suppression, the baseline fingerprint), not by where it is written, so its fingerprint survives reordering; its `propertyPath` and `location.path` are that name (`["exclude","**"]`).',
      'A working tree whose config or baseline cannot be read gets a warning on stderr instead: it is not applied either, and once merged it breaks the gate (exit 2) rather than weakening it.',
    ],
  },
  check(resource, { report }) {
    const ref = JSON.stringify(stringOf(prop(resource, 'TrustedRef')) ?? '');
    const weakenings = prop(resource, 'Weakenings');
    if (weakenings.t !== 'list') return;
    for (const weakening of weakenings.items) {
      const description = stringOf(weakening);
      if (description === undefined) continue;
      report({
        at: weakening,
        message:
          resource.kind === 'SagelintBaseline'
            ? `This baseline ${description}, which the baseline of ${ref} does not: not applied to this scan, but once merged that finding no longer fails the gate.`
            : `This config ${description}, which the config of ${ref} does not: not applied to this scan, but once merged it weakens the gate for every later change.`,
      });
    }
  },
});
