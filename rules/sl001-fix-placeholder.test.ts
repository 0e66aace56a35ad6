import { describe, expect, it } from 'vitest';
import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule, { placeholdersIn, rulesWriting } from './sl001-fix-placeholder.js';

runRuleTests(rule, {
  valid: [
    cfn`
      Resources:
        Notebook:
          Type: AWS::SageMaker::NotebookInstance
          Properties:
            KmsKeyId: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab
            SubnetId: subnet-0123456789abcdef0
    `,
    {
      name: 'angle brackets that no fix writes are not placeholders',
      template: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              Tags: [{ Key: note, Value: 'see <html> and <my-own-thing>' }]
      `,
    },
  ],
  invalid: [
    {
      name: 'each placeholder names the rule whose fix wrote it on that kind of resource',
      template: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              KmsKeyId: <kms-key-arn>
              SubnetId: <subnet-id>
              SecurityGroupIds: [sg-0123, <security-group-id>]
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              KmsKeyId: <kms-key-arn>
              ProductionVariants: []
      `,
      findings: [
        { line: 5, message: /^<kms-key-arn> is a placeholder the SM004 fix left to fill in/, severity: 'critical', resource: 'Notebook' },
        { line: 6, message: /^<subnet-id> is a placeholder the SM002 fix/ },
        { line: 7, column: 35, message: /^<security-group-id> is a placeholder the SM002 fix/ },
        { line: 11, message: /the SM032 fix/, resource: 'Config' },
      ],
      fixed: null,
    },
    {
      name: 'once for a value the job model reaches twice (the canonical VpcConfig is the native NetworkConfig.VpcConfig)',
      template: cfn`
        Resources:
          Quality:
            Type: AWS::SageMaker::DataQualityJobDefinition
            Properties:
              RoleArn: arn:aws:iam::123456789012:role/monitor
              JobResources:
                ClusterConfig: { InstanceCount: 1, InstanceType: ml.m5.large, VolumeSizeInGB: 20, VolumeKmsKeyId: <kms-key-arn> }
              NetworkConfig:
                VpcConfig: { Subnets: [<subnet-id>], SecurityGroupIds: [sg-0a] }
      `,
      findings: [
        { line: 7, message: /^<kms-key-arn> is a placeholder the SM023 fix/, resource: 'Quality' },
        { line: 9, message: /^<subnet-id> is a placeholder the SM020 fix/, resource: 'Quality' },
      ],
      fixed: null,
    },
    {
      name: 'in a state machine definition, once, at the task: as an object and as a DefinitionString',
      template: cfn`
        Resources:
          Flow:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              RoleArn: arn:aws:iam::123456789012:role/sfn
              Definition:
                StartAt: Prep
                States:
                  Prep:
                    Type: Task
                    Resource: arn:aws:states:::sagemaker:createProcessingJob.sync
                    Parameters:
                      RoleArn: arn:aws:iam::123456789012:role/r
                      NetworkConfig: { EnableNetworkIsolation: true, VpcConfig: { Subnets: [<subnet-id>], SecurityGroupIds: [sg-1] } }
                    End: true
          Text:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              RoleArn: arn:aws:iam::123456789012:role/sfn
              DefinitionString: |
                {"StartAt": "Model", "States": {"Model": {"Type": "Task", "End": true,
                  "Resource": "arn:aws:states:::sagemaker:createModel",
                  "Parameters": {"ExecutionRoleArn": "arn:aws:iam::123456789012:role/r",
                    "VpcConfig": {"Subnets": ["<subnet-id>"], "SecurityGroupIds": ["<security-group-id>"]}}}}}
              Tags: [{ Key: owner, Value: <tag-value> }]
      `,
      findings: [
        { line: 14, message: /^<subnet-id> is a placeholder the SM020 fix/, resource: 'Flow/Prep' },
        // The state machine's own values are its own.
        { line: 25, message: /^<tag-value> is a placeholder the TG001 fix/, resource: 'Text' },
        { line: 24, column: 39, message: /^<subnet-id> is a placeholder the SM030 fix/, resource: 'Text/Model' },
        { line: 24, column: 76, message: /^<security-group-id> is a placeholder the SM030 fix/, resource: 'Text/Model' },
      ],
      fixed: null,
    },
    {
      name: 'inside a string, and through a parameter default',
      template: cfn`
        Parameters:
          Key: { Type: String, Default: <kms-key-arn> }
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument: { Statement: [] }
              Policies:
                - PolicyName: data
                  PolicyDocument:
                    Statement:
                      - { Effect: Allow, Action: s3:GetObject, Resource: 'arn:aws:s3:::<bucket-name>/*' }
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              KmsKeyId: !Ref Key
      `,
      findings: [
        { line: 12, message: /^<bucket-name> is a placeholder the SM060 fix/ },
        { line: 16, message: /^<kms-key-arn> is a placeholder the SM011 fix/ },
      ],
      fixed: null,
    },
    {
      name: 'HCL, a placeholder argument at its line, naming the rule',
      hcl: tf`
        resource "aws_sagemaker_notebook_instance" "nb" {
          name          = "nb"
          instance_type = "ml.t3.medium"
          role_arn      = "arn:aws:iam::123456789012:role/r"
          kms_key_id    = "<kms-key-arn>"
        }
      `,
      findings: [{ line: 5, message: /^<kms-key-arn> is a placeholder the SM004 fix left to fill in:/ }],
      fixed: null,
    },
    {
      name: 'HCL, a placeholder of a state machine task once, at the task',
      hcl: tf`
        resource "aws_sfn_state_machine" "flow" {
          name     = "flow"
          role_arn = "arn:aws:iam::123456789012:role/sfn"
          definition = jsonencode({
            StartAt = "Prep"
            States = {
              Prep = {
                Type     = "Task"
                Resource = "arn:aws:states:::sagemaker:createProcessingJob.sync"
                Parameters = {
                  RoleArn       = "arn:aws:iam::123456789012:role/r"
                  NetworkConfig = { VpcConfig = { Subnets = ["<subnet-id>"], SecurityGroupIds = ["sg-1"] } }
                }
                End = true
              }
            }
          })
        }
      `,
      findings: [{ line: 12, resource: 'aws_sfn_state_machine.flow/Prep', message: /^<subnet-id> is a placeholder the SM020 fix left to fill in:/ }],
      fixed: null,
    },
    {
      name: 'HCL, placeholder tag keys once, at the resource',
      hcl: tf`
        resource "aws_sagemaker_model" "m" {
          name               = "m"
          execution_role_arn = "arn:aws:iam::123456789012:role/r"
          tags               = { "<tag-key>" = "<tag-value>" }
        }
      `,
      findings: [{ message: /^<tag-key>, <tag-value> are placeholders the TG001 fix left to fill in:/ }],
      fixed: null,
    },
  ],
});

describe('placeholder attribution', () => {
  it('finds only the placeholders fixes write, each once', () => {
    expect(placeholdersIn('arn:aws:s3:::<bucket-name>/<bucket-name>/<html>')).toEqual(['<bucket-name>']);
  });

  it('falls back to every rule that writes a placeholder on kinds no rule names', () => {
    expect(rulesWriting('<kms-key-arn>', 'Domain')).toEqual(['SM011']);
    expect(rulesWriting('<account-id>', 'Vpc')).toEqual(['SM050', 'SM052', 'SM062']);
  });
});
