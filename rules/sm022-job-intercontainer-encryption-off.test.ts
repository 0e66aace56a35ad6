import { cfn, runRuleTests } from '../test/rule-tester.js';
import { TRAINING_STEP } from '../test/terraform-modules.js';
import rule from './sm022-job-intercontainer-encryption-off.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'a single-instance job has no traffic between instances',
      template: cfn`
        Resources:
          Quality:
            Type: AWS::SageMaker::DataQualityJobDefinition
            Properties:
              JobResources:
                ClusterConfig: { InstanceCount: 1, InstanceType: ml.m5.large, VolumeSizeInGB: 20 }
              NetworkConfig:
                EnableInterContainerTrafficEncryption: false
      `,
    },
    {
      name: 'a distributed training task with encryption',
      template: cfn`
        Resources:
          Machine:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              Definition:
                StartAt: Train
                States:
                  Train:
                    Type: Task
                    Resource: arn:aws:states:::sagemaker:createTrainingJob.sync
                    Parameters:
                      EnableInterContainerTrafficEncryption: true
                      ResourceConfig: { InstanceCount: 4, InstanceType: ml.p3.16xlarge, VolumeSizeInGB: 100 }
                    End: true
      `,
    },
    {
      name: 'encryption set from the execution input is not judged',
      template: cfn`
        Resources:
          Machine:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              Definition:
                StartAt: Train
                States:
                  Train:
                    Type: Task
                    Resource: arn:aws:states:::sagemaker:createTrainingJob.sync
                    Parameters:
                      EnableInterContainerTrafficEncryption.$: $.encrypt
                      ResourceConfig: { InstanceCount: 4 }
                    End: true
      `,
    },
    {
      name: 'HCL, a two-instance pipeline training step with encryption',
      hcl: TRAINING_STEP.protected,
    },
  ],
  invalid: [
    {
      name: 'processing job on two instances without NetworkConfig',
      template: cfn`
        Resources:
          Prep:
            Type: AWS::SageMaker::ProcessingJob
            Properties:
              ProcessingResources:
                ClusterConfig: { InstanceCount: 2, InstanceType: ml.m5.xlarge, VolumeSizeInGB: 30 }
      `,
      findings: [
        {
          line: 2,
          severity: 'medium',
          message:
            /^NetworkConfig\.EnableInterContainerTrafficEncryption is omitted and defaults to false and ProcessingResources\.ClusterConfig\.InstanceCount is 2: traffic between the processing job's instances/,
        },
      ],
      fixed: cfn`
        Resources:
          Prep:
            Type: AWS::SageMaker::ProcessingJob
            Properties:
              ProcessingResources:
                ClusterConfig: { InstanceCount: 2, InstanceType: ml.m5.xlarge, VolumeSizeInGB: 30 }
              NetworkConfig:
                EnableInterContainerTrafficEncryption: true
      `,
    },
    {
      name: 'explicitly off on a distributed monitoring job',
      template: cfn`
        Resources:
          Explain:
            Type: AWS::SageMaker::ModelExplainabilityJobDefinition
            Properties:
              JobResources:
                ClusterConfig: { InstanceCount: 3, InstanceType: ml.m5.large, VolumeSizeInGB: 20 }
              NetworkConfig:
                EnableInterContainerTrafficEncryption: false
      `,
      findings: [{ line: 8, column: 48, message: /is false and JobResources\.ClusterConfig\.InstanceCount is 3/ }],
      fixed: cfn`
        Resources:
          Explain:
            Type: AWS::SageMaker::ModelExplainabilityJobDefinition
            Properties:
              JobResources:
                ClusterConfig: { InstanceCount: 3, InstanceType: ml.m5.large, VolumeSizeInGB: 20 }
              NetworkConfig:
                EnableInterContainerTrafficEncryption: true
      `,
    },
    {
      name: 'an instance count chosen by a parameter: possible',
      template: cfn`
        Parameters:
          Instances: { Type: Number, AllowedValues: [1, 4] }
        Resources:
          Quality:
            Type: AWS::SageMaker::ModelQualityJobDefinition
            Properties:
              JobResources:
                ClusterConfig: { InstanceCount: !Ref Instances, InstanceType: ml.m5.large, VolumeSizeInGB: 20 }
      `,
      findings: [{ line: 4, certainty: 'possible', severity: 'low', message: /InstanceCount can be 4 when parameter Instances is '4'/ }],
    },
    {
      name: 'an instance count taken from the execution input: possible',
      template: cfn`
        Resources:
          Machine:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              Definition:
                StartAt: Train
                States:
                  Train:
                    Type: Task
                    Resource: arn:aws:states:::sagemaker:createTrainingJob.sync
                    Parameters:
                      ResourceConfig: { InstanceCount.$: $.instances, InstanceType: ml.p3.2xlarge }
                    End: true
      `,
      findings: [{ line: 8, certainty: 'possible', message: /ResourceConfig\.InstanceCount\.\$ is not known \(set when the workflow runs, from \$\.instances\)/ }],
    },
    {
      name: 'a heterogeneous cluster of two instance groups',
      template: cfn`
        Resources:
          Pipeline:
            Type: AWS::SageMaker::Pipeline
            Properties:
              PipelineName: p
              RoleArn: arn:aws:iam::123456789012:role/p
              PipelineDefinition:
                PipelineDefinitionBody: |
                  {"Steps": [{"Name": "Train", "Type": "Training", "Arguments": {
                    "ResourceConfig": {"InstanceGroups": [
                      {"InstanceGroupName": "data", "InstanceType": "ml.c5.xlarge", "InstanceCount": 1},
                      {"InstanceGroupName": "gpu", "InstanceType": "ml.p3.2xlarge", "InstanceCount": 1}]},
                    "EnableInterContainerTrafficEncryption": false}}]}
      `,
      findings: [{ line: 13, column: 54, message: /is false and its instance groups run more than one instance/ }],
    },
    {
      name: 'HCL, a two-instance pipeline training step with encryption off',
      hcl: TRAINING_STEP.off,
      findings: [{ line: 16, column: 49, severity: 'medium', message: /InstanceCount is 2/ }],
    },
    {
      name: 'HCL, omitted: defaults to false',
      hcl: TRAINING_STEP.bare,
      findings: [{ line: 8, column: 14, message: /defaults to false/ }],
    },
  ],
});
