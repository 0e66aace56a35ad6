import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.js';
import { applyTextEdits } from '../core/apply-edits.js';
import { evaluateUnit } from './evaluate.js';
import { prepareRules, type Rule } from '../core/rule.js';
import type { LoadedUnit } from '../core/unit.js';
import { memoryUnit } from '../loaders/terraform/testing.js';
import { cfn, loadForTest } from '../../test/rule-tester.js';

const rule = (id: string): Rule => ALL_RULES.find((r) => r.id === id)!;

/** The text after the one fix the rule offers. */
function fixedBy(ruleId: string, unit: LoadedUnit, text: string, resource: string): string {
  const findings = evaluateUnit(unit, { rules: [rule(ruleId)] }).findings.filter((f) => f.resource.id === resource && f.fix);
  expect(findings, `${ruleId} on ${resource}`).toHaveLength(1);
  return applyTextEdits(text, findings[0]!.fix!.edits);
}

beforeAll(() => prepareRules(ALL_RULES));

const PLATFORM = cfn`
  Parameters:
    PrivateSubnetId: { Type: 'AWS::EC2::Subnet::Id' }
  Resources:
    Key:
      Type: AWS::KMS::Key
    Group:
      Type: AWS::EC2::SecurityGroup
      Properties: { GroupDescription: notebooks }
    Hardened:
      Type: AWS::SageMaker::NotebookInstance
      Properties:
        InstanceType: ml.t3.medium
        KmsKeyId: !GetAtt Key.Arn
        SubnetId: !Ref PrivateSubnetId
        SecurityGroupIds: [!Ref Group]
    Scratch:
      Type: AWS::SageMaker::NotebookInstance
      Properties:
        InstanceType: ml.t3.medium
    Model:
      Type: AWS::SageMaker::Model
      Properties:
        ExecutionRoleArn: arn:aws:iam::123456789012:role/m
`;

describe('fixes take values the template already uses', () => {
  const unit = () => loadForTest(PLATFORM);

  it('the KMS key other resources encrypt with', () => {
    expect(fixedBy('SM004', unit(), PLATFORM, 'Scratch')).toContain('      InstanceType: ml.t3.medium\n      KmsKeyId:\n        Fn::GetAtt:\n          - Key\n          - Arn\n');
  });

  it('the subnet parameter and security groups of another SageMaker resource, for one subnet or a list', () => {
    const notebook = fixedBy('SM002', unit(), PLATFORM, 'Scratch');
    expect(notebook).toMatch(/SubnetId:\n\s+Ref: PrivateSubnetId\n/);
    expect(notebook).toMatch(/SecurityGroupIds:\n\s+- Ref: Group\n/);
    const model = fixedBy('SM030', unit(), PLATFORM, 'Model');
    expect(model).toMatch(/VpcConfig:\n\s+SecurityGroupIds:\n\s+- Ref: Group\n\s+Subnets:\n\s+- Ref: PrivateSubnetId\n/);
    expect(model).not.toMatch(/<[a-z-]+>/);
  });

  it('the account ID from AWS::AccountId', () => {
    const role = cfn`
      Resources:
        Role:
          Type: AWS::IAM::Role
          Properties:
            AssumeRolePolicyDocument:
              Statement:
                - { Effect: Allow, Principal: { Service: sagemaker.amazonaws.com }, Action: sts:AssumeRole }
    `;
    const fixed = fixedBy('SM062', loadForTest(role), role, 'Role');
    expect(fixed).toContain('aws:SourceAccount');
    expect(fixed).toMatch(/"?Ref"?: "?AWS::AccountId/);
  });

  it('a placeholder only when nothing fits', () => {
    const alone = cfn`
      Resources:
        Scratch:
          Type: AWS::SageMaker::NotebookInstance
          Properties:
            InstanceType: ml.t3.medium
    `;
    expect(fixedBy('SM004', loadForTest(alone), alone, 'Scratch')).toContain('KmsKeyId: <kms-key-arn>');
  });
});

describe('in Terraform, references of the same module', () => {
  const MAIN = `data "aws_caller_identity" "current" {}

resource "aws_kms_key" "platform" {}

resource "aws_sagemaker_notebook_instance" "hardened" {
  name          = "hardened"
  instance_type = "ml.t3.medium"
  role_arn      = "arn:aws:iam::\${data.aws_caller_identity.current.account_id}:role/r"
  kms_key_id    = aws_kms_key.platform.arn
}

resource "aws_sagemaker_notebook_instance" "scratch" {
  name          = "scratch"
  instance_type = "ml.t3.medium"
  role_arn      = "arn:aws:iam::123456789012:role/r"
}

resource "aws_iam_role" "sagemaker" {
  name = "sagemaker"
  assume_role_policy = jsonencode({
    Statement = [{ Effect = "Allow", Principal = { Service = "sagemaker.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}
`;

  it('the key resource other resources use, and data.aws_caller_identity', async () => {
    const unit = await memoryUnit({ 'main.tf': MAIN });
    expect(fixedBy('SM004', unit, MAIN, 'aws_sagemaker_notebook_instance.scratch')).toContain('  kms_key_id = aws_kms_key.platform.arn\n');
    expect(fixedBy('SM062', await memoryUnit({ 'main.tf': MAIN }), MAIN, 'aws_iam_role.sagemaker')).toContain('data.aws_caller_identity.current.account_id');
  });
});
