import { cfn, runRuleTests } from 'sagelint/testing';
import rule from '../rules/own001-require-owner-tag.js';

runRuleTests(rule, {
  valid: [
    cfn`
      Resources:
        Notebook:
          Type: AWS::SageMaker::NotebookInstance
          Properties:
            InstanceType: ml.t3.medium
            Tags:
              - { Key: Owner, Value: ml-platform@example.com }
    `,
    {
      name: 'an owner chosen at deploy time is not judged',
      template: cfn`
        Parameters:
          Owner: { Type: String }
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              Tags:
                - { Key: Owner, Value: !Ref Owner }
      `,
    },
  ],
  invalid: [
    {
      name: 'no tags at all: the fix adds the Owner tag',
      template: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceType: ml.t3.medium
      `,
      findings: [{ line: 2, message: /has no Owner tag/, severity: 'medium' }],
      fixed: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceType: ml.t3.medium
              Tags:
                - Key: Owner
                  Value: <owner-email>
      `,
    },
    {
      name: 'an owner that is not an e-mail address',
      template: cfn`
        Resources:
          Endpoint:
            Type: AWS::SageMaker::Endpoint
            Properties:
              EndpointConfigName: config
              Tags:
                - { Key: Owner, Value: bob }
      `,
      findings: [{ line: 7, message: "The Owner tag is 'bob', not an e-mail address: name a mailbox that answers for the resource." }],
      fixed: null,
    },
  ],
});
