import { describe, expect, it } from 'vitest';
import { fixtureUnit, memoryUnit, resource } from './testing.js';

describe('inline suppressions', () => {
  it('reads comments above a resource and above its attributes, keeping where each is written', async () => {
    const nb = resource(await fixtureUnit('notebook'), 'aws_sagemaker_notebook_instance.research');
    expect(nb.suppressions).toEqual([
      { ruleId: 'SM004', reason: 'the team key is attached by a later pipeline step', loc: expect.objectContaining({ file: 'main.tf', start: expect.objectContaining({ line: 9, column: 1 }) }) },
      { ruleId: 'SM003', reason: 'data scientists install system packages', loc: expect.objectContaining({ start: expect.objectContaining({ line: 19, column: 3 }) }) },
    ]);
  });

  it('accepts // comments, several rule IDs, stacked comment lines, and a missing reason', async () => {
    const unit = await memoryUnit({
      'main.tf': [
        '// sagelint:ignore SM001, sm002 - reviewed with security',
        '# sagelint:ignore SM007',
        '# an ordinary comment',
        'resource "aws_sagemaker_notebook_instance" "nb" {',
        '  instance_type = "ml.t3.medium" # sagelint:ignore SM003 trailing comments do not count',
        '}',
      ].join('\n'),
    });
    const found = resource(unit, 'aws_sagemaker_notebook_instance.nb').suppressions.map((s) => [s.ruleId, s.reason, s.loc.kind === 'source' && s.loc.start.line]);
    expect(found).toEqual([
      ['SM007', undefined, 2],
      ['SM001', 'reviewed with security', 1],
      ['SM002', 'reviewed with security', 1],
    ]);
  });

  it('gives the suppressions of an attachment to the resource it attaches to', async () => {
    const unit = await memoryUnit({
      'main.tf': [
        'resource "aws_iam_role" "r" {',
        '  name = "r"',
        '}',
        '# sagelint:ignore SM061 the lab account needs it',
        'resource "aws_iam_role_policy_attachment" "a" {',
        '  role       = aws_iam_role.r.name',
        '  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"',
        '}',
      ].join('\n'),
    });
    expect(resource(unit, 'aws_iam_role.r').suppressions.map((s) => s.ruleId)).toEqual(['SM061']);
  });
});
