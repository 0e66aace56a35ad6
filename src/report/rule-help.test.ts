import { describe, expect, it } from 'vitest';
import type { RuleMeta } from '../core/rule.js';
import { RULES } from '../../test/helpers/scan-result.js';
import { ruleHelp } from './rule-help.js';

const sm001 = RULES[0]!;

describe('ruleHelp', () => {
  it('renders Markdown with guidance, remediation per input, references and equivalents', () => {
    expect(ruleHelp(sm001).markdown).toBe(`The notebook instance has direct internet access.

The notebook instance has direct internet access. The rule judges the value AWS uses when the property is omitted.

## Risk

An attacker who reaches the resource reaches the data and credentials it holds.

## Remediation

CloudFormation:

\`\`\`yaml
DirectInternetAccess: Disabled
SubnetId: <subnet-id>
\`\`\`

Terraform:

\`\`\`hcl
direct_internet_access = "Disabled"
\`\`\`

AWS CLI:

\`\`\`sh
aws sagemaker create-notebook-instance --direct-internet-access Disabled ...
\`\`\`

Console:

Create a new notebook instance with "Direct internet access" disabled.

The resource must be recreated: DirectInternetAccess cannot be changed on an existing notebook instance.

## References

- [Security in Amazon SageMaker](https://docs.aws.amazon.com/sagemaker/latest/dg/security.html)
- [SM001 documentation](https://github.com/sagelint/sagelint/blob/main/docs/rules/SM001.md)

## Also known as

- Security Hub: SageMaker.1
- checkov: CKV_AWS_122

## Notes

- A notebook outside any VPC always has internet access.`);
  });

  it('renders the same outline as plain text', () => {
    const { text } = ruleHelp(sm001);
    expect(text).toContain('RISK\n\nAn attacker');
    expect(text).toContain('CloudFormation:\n\n    DirectInternetAccess: Disabled\n    SubnetId: <subnet-id>');
    expect(text).toContain('- Security in Amazon SageMaker: https://docs.aws.amazon.com/sagemaker/latest/dg/security.html');
    expect(text).not.toMatch(/[#`[]/);
  });

  it('leaves out sections a rule has nothing for', () => {
    const { markdown } = ruleHelp(RULES[1]!);
    expect(markdown).not.toContain('## Remediation');
    expect(markdown).not.toContain('## Also known as');
    expect(markdown).not.toContain('## Notes');
  });

  it('fences code that itself contains backticks with a longer fence', () => {
    const rule: RuleMeta = { ...sm001, docs: { ...sm001.docs, remediation: { cli: 'echo ```' } } };
    expect(ruleHelp(rule).markdown).toContain('````sh\necho ```\n````');
  });
});
