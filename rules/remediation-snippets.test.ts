/**
 * Each rule's CloudFormation remediation, as its doc page shows it, fixes what
 * the rule reports (as ESLint checks the examples in its rule docs): pasted into
 * a resource the rule reports, every alternative of the snippet (alternatives
 * are separated by a comment line at column 0: "# or", "# Processing jobs:")
 * leaves the rule nothing to report there. A rule whose snippet is not a
 * resource's properties names the reason in SNIPPETS_NOT_PASTED.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { isMap, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { ALL_RULES } from './index.js';
import { prepareRules } from '../src/core/rule.js';
import { findingsOf } from '../src/plugin-api/rule-tester.js';

interface SnippetCase {
  /** The resource's type and properties that the rule reports. */
  type: string;
  bad: string;
  /** Where the snippet's keys go, under the resource (default: its Properties). */
  at?: string[];
  /** IAM statements: the snippet's statements replace the policy's, or are added to them (guardrails). */
  statements?: 'replace' | 'append';
  /** Which alternatives of the snippet fit this resource (default: all). */
  alternatives?: number[];
  /** Other resources of the template (the transform job that names the model). */
  beside?: string;
}

const TRUST = 'AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: sagemaker.amazonaws.com }, Action: sts:AssumeRole }] }';
const userPolicy = (statements: string) => `Policies:\n  - PolicyName: access\n    PolicyDocument:\n      Version: '2012-10-17'\n      Statement:\n${statements.replace(/^/gm, '        ')}`;
const STATEMENTS_AT = ['Properties', 'Policies', '0', 'PolicyDocument', 'Statement'];
const STEP = (resource: string, parameters: string) =>
  `RoleArn: arn:aws:iam::123456789012:role/states\nDefinition:\n  StartAt: Step\n  States:\n    Step:\n      Type: Task\n      Resource: arn:aws:states:::sagemaker:${resource}.sync\n      Parameters:\n${parameters.replace(/^/gm, '        ')}\n      End: true`;
const STEP_AT = ['Properties', 'Definition', 'States', 'Step', 'Parameters'];
const TRAINING = 'TrainingJobName: churn\nRoleArn: arn:aws:iam::123456789012:role/sm\nAlgorithmSpecification: { TrainingImage: img, TrainingInputMode: File }\nResourceConfig: { InstanceType: ml.m5.xlarge, InstanceCount: 1, VolumeSizeInGB: 10 }\nOutputDataConfig: { S3OutputPath: s3://out/ }\nStoppingCondition: { MaxRuntimeInSeconds: 3600 }';
const PROCESSING = 'ProcessingJobName: prep\nRoleArn: arn:aws:iam::123456789012:role/sm\nAppSpecification: { ImageUri: img }\nProcessingResources: { ClusterConfig: { InstanceType: ml.m5.xlarge, InstanceCount: 1, VolumeSizeInGB: 10 } }\nProcessingOutputConfig: { Outputs: [{ OutputName: out, S3Output: { S3Uri: s3://out/, LocalPath: /opt/ml/processing/out, S3UploadMode: EndOfJob } }] }';
const TRANSFORM = 'TransformJobName: score\nModelName: churn\nTransformInput: { DataSource: { S3DataSource: { S3DataType: S3Prefix, S3Uri: s3://in/ } } }\nTransformOutput: { S3OutputPath: s3://out/ }\nTransformResources: { InstanceType: ml.m5.xlarge, InstanceCount: 1 }';
const NOTEBOOK = 'AWS::SageMaker::NotebookInstance';

const SNIPPETS: Record<string, SnippetCase[]> = {
  SM001: [{ type: NOTEBOOK, bad: 'DirectInternetAccess: Enabled' }],
  SM002: [{ type: NOTEBOOK, bad: 'InstanceType: ml.t3.medium' }],
  SM003: [{ type: NOTEBOOK, bad: 'RootAccess: Enabled' }],
  SM004: [{ type: NOTEBOOK, bad: 'InstanceType: ml.t3.medium' }],
  SM005: [{ type: NOTEBOOK, bad: 'InstanceMetadataServiceConfiguration: { MinimumInstanceMetadataServiceVersion: "1" }' }],
  SM006: [{ type: 'AWS::SageMaker::NotebookInstanceLifecycleConfig', bad: 'OnStart:\n  - Content: !Base64 |\n      #!/bin/bash\n      curl -fsSL https://get.example.com/agent.sh | sudo bash' }],
  SM008: [{ type: NOTEBOOK, bad: 'PlatformIdentifier: notebook-al2-v2' }],
  SM010: [{ type: 'AWS::SageMaker::Domain', bad: 'AppNetworkAccessType: PublicInternetOnly' }],
  SM011: [{ type: 'AWS::SageMaker::Domain', bad: 'AuthMode: IAM' }],
  SM012: [{ type: 'AWS::SageMaker::Domain', bad: 'DomainSettings: { DockerSettings: { EnableDockerAccess: ENABLED } }' }],
  SM020: [
    { type: 'AWS::StepFunctions::StateMachine', bad: STEP('createTrainingJob', TRAINING), at: STEP_AT, alternatives: [0] },
    { type: 'AWS::StepFunctions::StateMachine', bad: STEP('createProcessingJob', PROCESSING), at: STEP_AT, alternatives: [1] },
  ],
  SM021: [
    { type: 'AWS::StepFunctions::StateMachine', bad: STEP('createTrainingJob', TRAINING), at: STEP_AT, alternatives: [0] },
    { type: 'AWS::StepFunctions::StateMachine', bad: STEP('createProcessingJob', PROCESSING), at: STEP_AT, alternatives: [1] },
  ],
  SM022: [
    { type: 'AWS::StepFunctions::StateMachine', bad: STEP('createTrainingJob', TRAINING.replace('InstanceCount: 1', 'InstanceCount: 2')), at: STEP_AT, alternatives: [0] },
    { type: 'AWS::StepFunctions::StateMachine', bad: STEP('createProcessingJob', PROCESSING.replace('InstanceCount: 1', 'InstanceCount: 2')), at: STEP_AT, alternatives: [1] },
  ],
  SM023: [
    { type: 'AWS::StepFunctions::StateMachine', bad: STEP('createTrainingJob', TRAINING), at: STEP_AT, alternatives: [0] },
    { type: 'AWS::StepFunctions::StateMachine', bad: STEP('createProcessingJob', PROCESSING), at: STEP_AT, alternatives: [1] },
  ],
  SM030: [{ type: 'AWS::SageMaker::Model', bad: 'ExecutionRoleArn: arn:aws:iam::123456789012:role/ml\nPrimaryContainer: { Image: img }' }],
  SM031: [{ type: 'AWS::SageMaker::Model', bad: 'ExecutionRoleArn: arn:aws:iam::123456789012:role/ml\nPrimaryContainer: { Image: img }' }],
  SM032: [{ type: 'AWS::SageMaker::EndpointConfig', bad: 'ProductionVariants: [{ VariantName: main, ModelName: churn, InstanceType: ml.m5.large, InitialInstanceCount: 2 }]\nDataCaptureConfig: { EnableCapture: true, InitialSamplingPercentage: 10, DestinationS3Uri: s3://capture/, CaptureOptions: [{ CaptureMode: Input }] }' }],
  SM033: [{ type: 'AWS::SageMaker::EndpointConfig', bad: 'ProductionVariants: [{ VariantName: main, ModelName: churn, InstanceType: ml.m5.large, InitialInstanceCount: 1 }]' }],
  SM040: [{ type: 'AWS::SageMaker::Model', bad: 'ModelName: churn\nExecutionRoleArn: arn:aws:iam::123456789012:role/ml\nPrimaryContainer: { Image: img }', beside: `Scoring:\n  Type: AWS::StepFunctions::StateMachine\n  Properties:\n${STEP('createTransformJob', TRANSFORM).replace(/^/gm, '    ')}` }],
  SM041: [{ type: 'AWS::StepFunctions::StateMachine', bad: STEP('createTransformJob', TRANSFORM), at: STEP_AT }],
  SM051: [{ type: 'AWS::EC2::VPCEndpoint', bad: 'VpcId: vpc-1\nVpcEndpointType: Interface\nServiceName: !Sub com.amazonaws.${AWS::Region}.sagemaker.api\nPrivateDnsEnabled: false' }],
  SM052: [{ type: 'AWS::EC2::VPCEndpoint', bad: 'VpcId: vpc-1\nServiceName: !Sub com.amazonaws.${AWS::Region}.s3' }],
  SM060: [{ type: 'AWS::IAM::Role', bad: `${TRUST}\n${userPolicy('- Effect: Allow\n  Action: s3:*\n  Resource: "*"')}` }],
  SM061: [{ type: 'AWS::IAM::Role', bad: `${TRUST}\nManagedPolicyArns: [arn:aws:iam::aws:policy/AmazonSageMakerFullAccess]` }],
  SM062: [{ type: 'AWS::IAM::Role', bad: 'AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: sagemaker.amazonaws.com }, Action: sts:AssumeRole }] }' }],
  SM063: [{ type: 'AWS::IAM::User', bad: userPolicy('- Effect: Allow\n  Action: iam:PassRole\n  Resource: "*"'), at: STATEMENTS_AT, statements: 'replace' }],
  SM064: [{ type: 'AWS::IAM::User', bad: userPolicy('- Effect: Allow\n  Action: [sagemaker:CreateNotebookInstance, sagemaker:CreateTrainingJob, sagemaker:CreateModel]\n  Resource: "*"'), at: STATEMENTS_AT, statements: 'append' }],
  SM065: [{ type: 'AWS::IAM::User', bad: userPolicy('- Effect: Allow\n  Action: sagemaker:CreatePresignedNotebookInstanceUrl\n  Resource: "*"'), at: STATEMENTS_AT, statements: 'append' }],
  SM066: [{ type: 'AWS::IAM::User', bad: userPolicy('- Effect: Allow\n  Action: [sagemaker:DescribeNotebookInstance, sagemaker:StopNotebookInstance]\n  Resource: "*"'), at: STATEMENTS_AT, statements: 'replace' }],
  SM070: [{ type: 'AWS::SageMaker::Model', bad: 'ExecutionRoleArn: arn:aws:iam::123456789012:role/ml\nPrimaryContainer:\n  Image: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/churn:1' }],
  SM071: [{ type: 'AWS::SageMaker::FeatureGroup', bad: 'OfflineStoreConfig: { S3StorageConfig: { S3Uri: s3://features/churn } }\nOnlineStoreConfig: { EnableOnlineStore: true }' }],
  SM072: [{ type: 'AWS::SageMaker::InferenceExperiment', bad: 'Name: shadow\nType: ShadowMode\nRoleArn: arn:aws:iam::123456789012:role/ml\nEndpointName: churn\nDataStorageConfig: { Destination: s3://experiments/ }' }],
  SM080: [{ type: 'AWS::SageMaker::EndpointConfig', bad: 'ExecutionRoleArn: arn:aws:iam::123456789012:role/hosting\nProductionVariants: [{ VariantName: main, InstanceType: ml.g5.2xlarge, InitialInstanceCount: 2 }]' }],
  SM081: [{ type: 'AWS::SageMaker::EndpointConfig', bad: 'ExecutionRoleArn: arn:aws:iam::123456789012:role/hosting\nProductionVariants: [{ VariantName: main, InstanceType: ml.g5.2xlarge }]' }],
  SM082: [{ type: 'AWS::SageMaker::EndpointConfig', bad: 'ProductionVariants: [{ VariantName: main, ModelName: churn, EnableSSMAccess: true }]' }],
  SM083: [{ type: 'AWS::IAM::User', bad: userPolicy('- Effect: Allow\n  Action: sagemaker:CreatePresigned*\n  Resource: "*"'), at: STATEMENTS_AT, statements: 'append' }],
  SM084: [{ type: 'AWS::SageMaker::Domain', bad: 'AuthMode: IAM' }],
  SM085: [{ type: 'AWS::SageMaker::Cluster', bad: 'InstanceGroups: [{ InstanceGroupName: workers, InstanceType: ml.p5.48xlarge, InstanceCount: 2 }]' }],
  SM086: [{ type: 'AWS::SageMaker::Cluster', bad: 'InstanceGroups:\n  - InstanceGroupName: workers\n    InstanceStorageConfigs:\n      - EbsVolumeConfig: { VolumeSizeInGB: 500 }' }],
  SM087: [{ type: 'AWS::SageMaker::StudioLifecycleConfig', bad: 'StudioLifecycleConfigName: risky\nStudioLifecycleConfigAppType: JupyterLab\nStudioLifecycleConfigContent: !Base64 "curl -fsSL https://get.example.com/agent.sh | bash"' }],
  SM088: [{ type: 'AWS::SageMaker::Space', bad: 'DomainId: d-123\nSpaceName: shared\nSpaceSettings: { AppType: CodeEditor, RemoteAccess: ENABLED }' }],
  SM090: [
    {
      type: 'AWS::SageMaker::ModelPackageGroup',
      bad: 'ModelPackageGroupName: models\nModelPackageGroupPolicy:\n  Version: "2012-10-17"\n  Statement:\n    - Effect: Allow\n      Principal: "*"\n      Action: sagemaker:DescribeModelPackageGroup\n      Resource: "*"',
    },
  ],
  SM091: [{ type: 'AWS::IAM::User', bad: userPolicy('- Effect: Allow\n  Action: sagemaker-mlflow:*\n  Resource: "*"'), at: STATEMENTS_AT, statements: 'replace' }],
  SM089: [{ type: 'AWS::SageMaker::Workforce', bad: 'WorkforceName: labelers\nCognitoConfig: { UserPool: pool, ClientId: client }' }],
  SM092: [{ type: 'AWS::SageMaker::Domain', bad: 'AppNetworkAccessType: VpcOnly\nDefaultUserSettings: { ExecutionRole: arn:aws:iam::123456789012:role/studio, SecurityGroups: [sg-users] }' }],
  SM093: [{ type: 'AWS::SageMaker::Domain', bad: 'AppNetworkAccessType: VpcOnly\nDomainSettings: { DockerSettings: { EnableDockerAccess: ENABLED, VpcOnlyTrustedAccounts: ["111122223333"] } }' }],
  RS001: [{ type: 'AWS::Redshift::Cluster', bad: 'NodeType: ra3.xlplus\nPubliclyAccessible: true' }],
  RS002: [{ type: 'AWS::Redshift::Cluster', bad: 'Encrypted: false' }],
  RS003: [{ type: 'AWS::Redshift::Cluster', bad: 'NodeType: ra3.xlplus' }],
  RS005: [{ type: 'AWS::Redshift::Cluster', bad: 'NodeType: ra3.xlplus' }],
  RS006: [{ type: 'AWS::Redshift::Cluster', bad: 'NodeType: ra3.xlplus' }],
  RS007: [{ type: 'AWS::RedshiftServerless::Workgroup', bad: 'WorkgroupName: analytics\nPubliclyAccessible: true' }],
  RS008: [{ type: 'AWS::RedshiftServerless::Namespace', bad: 'NamespaceName: analytics' }],
  RS009: [{ type: 'AWS::RedshiftServerless::Workgroup', bad: 'WorkgroupName: analytics' }],
  RS010: [{ type: 'AWS::RedshiftServerless::Namespace', bad: 'NamespaceName: analytics' }],
  RS011: [
    { type: 'AWS::Redshift::Cluster', bad: 'MasterUsername: awsuser' },
    { type: 'AWS::RedshiftServerless::Namespace', bad: 'AdminUsername: admin' },
  ],
  RS012: [{ type: 'AWS::Redshift::Cluster', bad: 'AllowVersionUpgrade: false' }],
  RS013: [{ type: 'AWS::Redshift::Cluster', bad: 'AutomatedSnapshotRetentionPeriod: 0' }],
  RS015: [{ type: 'AWS::Redshift::Cluster', bad: 'NodeType: ra3.xlplus\nMultiAZ: false' }],
  RS016: [{ type: 'AWS::RedshiftServerless::Workgroup', bad: 'WorkgroupName: analytics\nConfigParameters: [{ ParameterKey: require_ssl, ParameterValue: "false" }]' }],
  RS017: [
    { type: 'AWS::Redshift::Cluster', bad: 'DBName: dev' },
    { type: 'AWS::RedshiftServerless::Namespace', bad: 'NamespaceName: analytics\nDbName: dev' },
  ],
  RS018: [
    {
      type: 'AWS::Redshift::ClusterSubnetGroup',
      bad: 'Description: warehouse\nSubnetIds: [!Ref PrivateSubnetA]',
      beside: ['A', 'B'].map((zone) => `PrivateSubnet${zone}:\n  Type: AWS::EC2::Subnet\n  Properties: { VpcId: vpc-1, CidrBlock: 10.0.${zone === 'A' ? 1 : 2}.0/24, AvailabilityZone: eu-west-1${zone.toLowerCase()} }`).join('\n'),
    },
  ],
  TG001: [{ type: NOTEBOOK, bad: 'InstanceType: ml.t3.medium' }],
  SL001: [{ type: NOTEBOOK, bad: 'KmsKeyId: <kms-key-arn>' }],
};

/** Rules whose snippet is not properties of the reported resource, and what shows it works instead. */
const SNIPPETS_NOT_PASTED: Record<string, string> = {
  SM007: "the snippet is the ingress of the notebook's security group (another resource); the rule table's fixed cases cover it",
  SM050: 'the snippet adds VPC endpoint resources beside the VPC; the rule table adds them to a VPC and expects no finding',
  RS014: "the snippet is the ingress of the cluster's security group (another resource); the rule table's fixed cases cover it",
  RS004: "the snippet is a parameter group resource that the cluster names; the rule table's valid cases cover it",
  SL002: 'the rule judges the sagelint config, and its remediation is config, not CloudFormation',
};

/** The snippet's alternatives: its text split at comment lines that start at column 0. */
function alternativesOf(snippet: string): string[] {
  const parts: string[][] = [[]];
  for (const line of snippet.split('\n')) {
    if (line.startsWith('#')) {
      if (parts.at(-1)!.length) parts.push([]);
    } else parts.at(-1)!.push(line);
  }
  return parts.map((lines) => lines.join('\n')).filter((text) => text.trim());
}

function parsed(text: string): Document {
  // CloudFormation's short-form tags (!Ref, !Sub) stay as they are written: only the rule's loader reads them.
  const doc = parseDocument(text, { customTags: [], strict: false, logLevel: 'silent' });
  if (doc.errors.length) throw new Error(doc.errors.map((e) => e.message).join('; '));
  return doc;
}

/** The template of `bad`, with the snippet pasted in at its place when one is given. */
function pasted(testCase: SnippetCase, snippet?: string): string {
  const properties = testCase.bad.replace(/^/gm, '      ');
  const beside = testCase.beside ? `${testCase.beside.replace(/^/gm, '  ')}\n` : '';
  const template = parsed(`Resources:\n  Subject:\n    Type: ${testCase.type}\n    Properties:\n${properties}\n${beside}`);
  if (snippet === undefined) return template.toString();
  const at = ['Resources', 'Subject', ...(testCase.at ?? ['Properties'])].map((key) => (/^\d+$/.test(key) ? Number(key) : key));
  const contents = parsed(snippet).contents as Node;
  if (testCase.statements) {
    if (!isSeq(contents)) throw new Error('the snippet is not a list of statements');
    const existing = template.getIn(at, true);
    if (testCase.statements === 'append' && isSeq(existing)) for (const item of contents.items) existing.items.push(item);
    else template.setIn(at, contents);
  } else {
    if (!isMap(contents)) throw new Error('the snippet is not a map of properties');
    for (const pair of contents.items) template.setIn([...at, String(pair.key)], pair.value);
  }
  return template.toString();
}

describe('remediation snippets in the rule docs', () => {
  beforeAll(() => prepareRules(ALL_RULES));

  it('cover every rule with a CloudFormation remediation, or name why not', () => {
    const withSnippet = ALL_RULES.filter((rule) => rule.docs.remediation.cloudformation).map((rule) => rule.id);
    expect(withSnippet.filter((id) => !SNIPPETS[id] && !SNIPPETS_NOT_PASTED[id])).toEqual([]);
    expect(Object.keys(SNIPPETS).filter((id) => !withSnippet.includes(id))).toEqual([]);
  });

  for (const rule of ALL_RULES) {
    const cases = SNIPPETS[rule.id];
    const snippet = rule.docs.remediation.cloudformation;
    if (!cases || !snippet) continue;
    cases.forEach((testCase, index) => {
      it(`${rule.id} (${testCase.type}${cases.length > 1 ? ` #${index + 1}` : ''}): the snippet clears the finding`, () => {
        const options = { requiredTags: ['<tag-key>'] };
        const before = findingsOf(rule, pasted(testCase), options);
        expect(before.length, 'the resource without the snippet must be reported').toBeGreaterThan(0);
        const alternatives = alternativesOf(snippet);
        for (const [number, alternative] of alternatives.entries()) {
          if (testCase.alternatives && !testCase.alternatives.includes(number)) continue;
          const template = pasted(testCase, alternative);
          expect(findingsOf(rule, template, options).map((f) => f.message), `alternative ${number + 1} of ${alternatives.length}:\n${template}`).toEqual([]);
        }
      });
    });
  }
});
