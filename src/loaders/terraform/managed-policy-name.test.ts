import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../../rules/index.js';
import { evaluateUnit } from '../../engine/evaluate.js';
import { prepareRules } from '../../core/rule.js';
import { memoryUnit } from './testing.js';

const IAM_RULES = ALL_RULES.filter((r) => ['SM060', 'SM061', 'SM064', 'SM065', 'SM066'].includes(r.id));

/** An execution role with an AWS managed policy attached through `data "aws_iam_policy"`, which names it by `lookup`. */
function roleWithPolicy(lookup: string): Record<string, string> {
  return {
    'main.tf': `
resource "aws_iam_role" "execution" {
  name = "execution"
  assume_role_policy = jsonencode({
    Statement = [{ Effect = "Allow", Principal = { Service = "sagemaker.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

data "aws_iam_policy" "sagemaker" {
  ${lookup}
}

resource "aws_iam_role_policy_attachment" "sagemaker" {
  role       = aws_iam_role.execution.name
  policy_arn = data.aws_iam_policy.sagemaker.arn
}
`,
  };
}

async function findings(lookup: string): Promise<string[]> {
  const unit = await memoryUnit(roleWithPolicy(lookup));
  return evaluateUnit(unit, { rules: IAM_RULES })
    .findings.map((f) => `${f.ruleId} ${f.certainty} ${f.message}`)
    .sort();
}

describe('data "aws_iam_policy" attached to an execution role', () => {
  beforeAll(() => prepareRules(IAM_RULES));

  it('resolves an AWS managed policy by name as it does by ARN', async () => {
    const byName = await findings('name = "AmazonSageMakerFullAccess"');
    expect(byName.map((f) => f.split(' ')[0])).toEqual(expect.arrayContaining(['SM060', 'SM061']));
    expect(byName).toEqual(await findings('arn = "arn:aws:iam::aws:policy/AmazonSageMakerFullAccess"'));
  });

  it('leaves a policy name AWS does not publish (a customer managed policy) to be read when Terraform plans', async () => {
    const unit = await memoryUnit(roleWithPolicy('name = "team-sagemaker-policy"'));
    const result = evaluateUnit(unit, { rules: IAM_RULES });
    expect(result.findings).toEqual([]);
    expect(result.notes.map((n) => n.message)).toContain('SM060, SM061, SM064, SM065, SM066: the policy ARN is decided at deploy time: its statements are not judged');
  });
});
