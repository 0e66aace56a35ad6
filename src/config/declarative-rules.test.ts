import { describe, expect, it } from 'vitest';
import { compileRuleFile } from './declarative-rules.js';
import { ConfigError } from './config.js';
import { cfn, runRuleTests } from '../plugin-api/rule-tester.js';

const origin = { name: 'org-rules.yml' };
const compile = (text: string) => compileRuleFile(text, '/repo/org-rules.yml', origin);

const [imds, instanceType, kms, ownerTag] = compile(cfn`
  rules:
    - id: ORG001
      name: notebook-imdsv2
      severity: high
      summary: Notebooks must require IMDSv2
      resources: [NotebookInstance]
      property: InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion
      mustBe: '2'
      message: Set it to 2.
    - id: ORG002
      name: notebook-instance-type
      severity: low
      summary: Notebooks use an approved instance type
      resources: [NotebookInstance]
      property: InstanceType
      mustBeOneOf: [ml.t3.medium, ml.t3.large]
    - id: ORG003
      name: model-kms
      severity: medium
      summary: Notebooks name a KMS key
      resources: [NotebookInstance]
      property: KmsKeyId
      mustBePresent: true
    - id: ORG004
      name: owner-tag
      severity: low
      summary: Owner tag required
      requireTag: Owner
`);

runRuleTests(imds!, {
  valid: [
    cfn`
      Resources:
        Notebook:
          Type: AWS::SageMaker::NotebookInstance
          Properties:
            InstanceMetadataServiceConfiguration:
              MinimumInstanceMetadataServiceVersion: '2'
    `,
    {
      name: 'an imported value is not judged',
      template: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceMetadataServiceConfiguration:
                MinimumInstanceMetadataServiceVersion: !ImportValue imds-version
      `,
    },
  ],
  invalid: [
    {
      name: "omitted: judged by AWS's default, as the built-in rules do",
      template: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceType: ml.t3.medium
      `,
      findings: [{ line: 2, severity: 'high', message: "InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion is omitted and defaults to '1': rule ORG001 says it must be '2'. Set it to 2." }],
    },
    {
      name: 'a parameter that may choose the bad value: possible, one severity lower',
      template: cfn`
        Parameters:
          Imds: { Type: String, AllowedValues: ['1', '2'] }
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceMetadataServiceConfiguration:
                MinimumInstanceMetadataServiceVersion: !Ref Imds
      `,
      findings: [{ line: 8, certainty: 'possible', severity: 'medium', message: /can be '1' when parameter Imds is '1'/ }],
    },
    {
      name: 'a known bad value, fixed in place',
      template: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceMetadataServiceConfiguration:
                MinimumInstanceMetadataServiceVersion: '1'
      `,
      findings: [{ line: 6, column: 48 }],
      fixed: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceMetadataServiceConfiguration:
                MinimumInstanceMetadataServiceVersion: "2"
      `,
    },
  ],
});

runRuleTests(instanceType!, {
  valid: [cfn`
    Resources:
      Notebook:
        Type: AWS::SageMaker::NotebookInstance
        Properties:
          InstanceType: ml.t3.large
  `],
  invalid: [
    {
      template: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceType: ml.p4d.24xlarge
      `,
      findings: [{ line: 5, message: "InstanceType is 'ml.p4d.24xlarge': rule ORG002 says it must be 'ml.t3.medium' or 'ml.t3.large'." }],
      fixed: null,
    },
  ],
});

runRuleTests(kms!, {
  valid: [cfn`
    Resources:
      Notebook:
        Type: AWS::SageMaker::NotebookInstance
        Properties:
          KmsKeyId: alias/notebooks
  `],
  invalid: [
    {
      template: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceType: ml.t3.medium
      `,
      findings: [{ line: 2, message: 'KmsKeyId is omitted: rule ORG003 says it must be set.' }],
    },
  ],
});

runRuleTests(ownerTag!, {
  valid: [
    cfn`
      Resources:
        Model:
          Type: AWS::SageMaker::Model
          Properties:
            Tags: [{ Key: Owner, Value: ml-platform }]
    `,
    {
      name: 'tags that cannot be read are not judged',
      template: cfn`
        Parameters:
          Env: { Type: String }
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Resources:
          Endpoint:
            Type: AWS::SageMaker::Endpoint
            Properties:
              Tags: !If [IsProd, [{ Key: Team, Value: ml }], !Ref AWS::NoValue]
      `,
    },
  ],
  invalid: [
    {
      template: cfn`
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              Tags:
                - { Key: Team, Value: ml }
      `,
      findings: [{ line: 6, message: 'Tags lack Owner, which rule ORG004 requires.' }],
      fixed: cfn`
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              Tags:
                - { Key: Team, Value: ml }
                - Key: Owner
                  Value: <value>
      `,
    },
  ],
});

describe('declarative rule files', () => {
  it('are rules from their file: origin and docs as sagelint shows them', () => {
    expect(imds!.origin).toEqual(origin);
    expect(imds!.fixable).toBe(true);
    expect(instanceType!.fixable).toBe(false);
    expect(imds!.docs.description).toMatch(/omitted property is judged by the value AWS then uses/);
    expect(ownerTag!.appliesTo).toContain('NotebookInstance');
  });

  const problem = (text: string) => {
    try {
      compile(text);
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      return (err as Error).message;
    }
    throw new Error('compiled');
  };

  it('name file, line and column of what the schema refuses', () => {
    const base = 'rules:\n  - id: ORG001\n    name: x\n    severity: high\n    summary: s\n';
    expect(problem(`${base}    resources: [NotebookInstance]\n    property: RootAccess\n    mustBe: Disabled\n    mustbe: Enabled\n`)).toBe("/repo/org-rules.yml:2:5: rules.0: unknown key 'mustbe'");
    expect(problem(`${base}    resources: [Notebook]\n    property: RootAccess\n    mustBe: Disabled\n`)).toMatch(/^\/repo\/org-rules\.yml:6:17: rules\.0\.resources\.0: must be one of NotebookInstance, /);
    expect(problem(base.replace('severity: high', 'severity: urgent') + '    requireTag: Owner\n')).toBe('/repo/org-rules.yml:4:15: rules.0.severity: must be one of critical, high, medium, low');
    expect(problem(`${base}    severity: low\n`)).toBe('/repo/org-rules.yml:6:5: Map keys must be unique');
    expect(problem(`${base}    resources: [NotebookInstance]\n    property: RootAccess\n`)).toBe(
      '/repo/org-rules.yml:2:5: rules.0: give exactly one requirement: property with resources and one of mustBe, mustBeOneOf or mustBePresent; or requireTag',
    );
    expect(problem('rules:\n  - id: [unclosed\n')).toMatch(/^\/repo\/org-rules\.yml:3:1: /);
  });
});
