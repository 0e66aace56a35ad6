/**
 * Every IAM analysis over a table of policy documents: each row states the
 * verdict of every analysis (an analysis a row does not mention must find
 * nothing), so a change in one analysis cannot pass unnoticed elsewhere.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Location, Path } from '../model/location.js';
import { fromPlain } from '../model/plain.js';
import type { Resource } from '../model/resource.js';
import type { Value } from '../model/value.js';
import { analyzeFullAccess } from './full-access.js';
import { analyzeGuardrails, CREATE_ACTIONS, GUARDRAILS } from './guardrails.js';
import { loadIamKnowledge, type IamKnowledge } from './knowledge.js';
import { analyzePassRole } from './pass-role.js';
import { parsePolicyDocument } from './policy.js';
import { analyzePresignedUrl, PRESIGNED_URL_GUARD } from './presigned-url.js';
import { analyzeS3Access } from './s3-access.js';
import type { AttachedPolicy, PolicyScope } from './scope.js';
import { analyzeTagAccess } from './tag-access.js';
import { analyzeTrust } from './trust.js';

let knowledge: IamKnowledge;
beforeAll(async () => {
  knowledge = await loadIamKnowledge();
});

const at = (path: Path): Location => ({ kind: 'source', file: 'policies.yaml', start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 }, path });

/** A statement that exists only for one side of a deploy-time condition. */
interface Conditional {
  onlyWhen: string;
  statement: Record<string, unknown>;
}

type Doc = { Statement: (Record<string, unknown> | Conditional)[] } | string;

/** Builds a document value; `Conditional` items become a choice between the statement and nothing. */
function docValue(doc: Doc, path: Path): Value {
  if (typeof doc === 'string') return { t: 'scalar', v: doc, loc: at(path) };
  const items = doc.Statement.map((s, i): Value => {
    if (!('onlyWhen' in s)) return fromPlain(s, (p) => at([...path, 'Statement', i, ...p]));
    const loc = at([...path, 'Statement', i]);
    const statement = fromPlain(s.statement, (p) => at([...path, 'Statement', i, ...p]));
    const absent: Value = { t: 'omitted', loc, anchor: statement, path: loc.path };
    return { t: 'oneOf', loc, options: [{ value: statement, via: `condition ${s.onlyWhen} is true` }, { value: absent, via: `condition ${s.onlyWhen} is false` }] };
  });
  const statementList: Value = { t: 'list', loc: at([...path, 'Statement']), items };
  return { t: 'map', loc: at(path), entries: new Map([['Statement', statementList]]), keyLocs: new Map([['Statement', at([...path, 'Statement'])]]) };
}

const owner = { kind: 'IamRole', id: 'Role', type: 'AWS::IAM::Role', source: 'cloudformation', loc: at([]), props: fromPlain({}, at), suppressions: [], aliases: [] } as Resource;

function inline(doc: Doc, i: number): AttachedPolicy {
  return { certain: true, via: [], label: `inline policy 'P${i}'`, holder: owner, document: parsePolicyDocument(docValue(doc, ['Policies', i])) };
}

function managed(name: string): AttachedPolicy {
  const arn = `arn:aws:iam::aws:policy/${name}`;
  const found = knowledge.managed.lookup(arn, at(['ManagedPolicyArns', 0]));
  if (found.status !== 'known') throw new Error(found.reason);
  return { certain: true, via: [], label: `AWS managed policy ${name.split('/').pop()}`, document: found.document, attachment: fromPlain(arn, at), awsManaged: found.record };
}

interface Row {
  name: string;
  docs?: Doc[];
  managed?: string[];
  boundary?: Doc;
  expect: Partial<Verdicts>;
}

interface Verdicts {
  s3: string[];
  full: string[];
  passRole: string[];
  guardrails: string[];
  presigned: string[];
  tags: string[];
}

function scopeOf(row: Row): PolicyScope {
  const policies = [...(row.docs ?? []).map(inline), ...(row.managed ?? []).map(managed)];
  const boundary = row.boundary === undefined ? undefined : { ...inline(row.boundary, 99), label: 'permissions boundary' };
  return { owner, policies, boundary, unresolved: [] };
}

function verdictsOf(scope: PolicyScope): Verdicts {
  const { actions } = knowledge;
  const short = (id: string) => id.replace(/^sagemaker:/, '');
  return {
    s3: analyzeS3Access(scope, actions).map((f) => `${f.breadth}:${f.certainty}`),
    full: analyzeFullAccess(scope, actions).map((f) => f.certainty),
    passRole: analyzePassRole(scope, actions).map((f) => f.certainty),
    guardrails: analyzeGuardrails(scope, actions).flatMap((f) => f.missing.map((m) => `${short(m.action)}:${[...m.keys, ...m.doubtful.map((k) => `${k}?`)].map(short).join(',')}`)),
    presigned: analyzePresignedUrl(scope, actions).map((f) => f.certainty),
    tags: analyzeTagAccess(scope, actions).map((f) => f.certainty),
  };
}

const none: Verdicts = { s3: [], full: [], passRole: [], guardrails: [], presigned: [], tags: [] };
const allow = (Action: unknown, Resource: unknown = '*', Condition?: unknown) => ({ Effect: 'Allow', Action, Resource, ...(Condition ? { Condition } : {}) });
const deny = (Action: unknown, Resource: unknown = '*', Condition?: unknown) => ({ Effect: 'Deny', Action, Resource, ...(Condition ? { Condition } : {}) });
const doc = (...statements: (Record<string, unknown> | Conditional)[]): Doc => ({ Statement: statements });

const TRAINING = 'CreateTrainingJob:VpcSubnets,NetworkIsolation,InterContainerTrafficEncryption,VolumeKmsKeyArn';
const NOTEBOOK = 'CreateNotebookInstance:VpcSubnets,DirectInternetAccess,RootAccess,VolumeKmsKeyArn';
const TUNING = 'CreateHyperParameterTuningJob:VpcSubnets,NetworkIsolation,InterContainerTrafficEncryption,VolumeKmsKeyArn';
const PROCESSING = 'CreateProcessingJob:VpcSubnets,NetworkIsolation,InterContainerTrafficEncryption,VolumeKmsKeyArn';
const MODEL = 'CreateModel:VpcSubnets,NetworkIsolation';
const ALL_CREATE = [NOTEBOOK, TRAINING, TUNING, PROCESSING, MODEL];
const SAGEMAKER_ALL = { full: ['definite'], guardrails: ALL_CREATE, presigned: ['definite'], tags: ['definite'] };

const rows: Row[] = [
  // Any S3 bucket
  { name: 's3:* on *', docs: [doc(allow('s3:*'))], expect: { s3: ['every-bucket:definite'] } },
  { name: 'object action on arn:aws:s3:::*', docs: [doc(allow('s3:GetObject', 'arn:aws:s3:::*'))], expect: { s3: ['every-bucket:definite'] } },
  { name: 'object action on every object of every bucket', docs: [doc(allow('s3:GetObject', 'arn:aws:s3:::*/*'))], expect: { s3: ['every-bucket:definite'] } },
  { name: 'bucket action on an object-only pattern reaches no bucket', docs: [doc(allow('s3:ListBucket', 'arn:aws:s3:::*/*'))], expect: {} },
  { name: 'partition pseudo parameter', docs: [doc(allow('s3:Get*', 'arn:${AWS::Partition}:s3:::*'))], expect: { s3: ['every-bucket:definite'] } },
  { name: 'China partition', docs: [doc(allow('s3:PutObject', 'arn:aws-cn:s3:::*'))], expect: { s3: ['every-bucket:definite'] } },
  { name: 'wildcard in the middle of an action', docs: [doc(allow('s3:*Object', '*'))], expect: { s3: ['every-bucket:definite'] } },
  { name: 'single-character wildcard in an action', docs: [doc(allow('s3:Get?bject', '*'))], expect: { s3: ['every-bucket:definite'] } },
  { name: 'action names compare without case', docs: [doc(allow('S3:GETOBJECT', '*'))], expect: { s3: ['every-bucket:definite'] } },
  { name: 'one named bucket', docs: [doc(allow(['s3:GetObject', 's3:PutObject'], 'arn:aws:s3:::my-bucket/*'))], expect: {} },
  { name: 'bucket named by a prefix', docs: [doc(allow('s3:ListBucket', 'arn:aws:s3:::sagemaker-*'))], expect: {} },
  { name: 'bucket per user (policy variable)', docs: [doc(allow('s3:GetObject', 'arn:aws:s3:::${aws:username}/*'))], expect: {} },
  { name: 'wildcard before the name: possible', docs: [doc(allow(['s3:GetObject', 's3:ListBucket'], 'arn:aws:s3:::*sagemaker*'))], expect: { s3: ['open-name:possible'] } },
  { name: 'S3 action without bucket or object resource', docs: [doc(allow('s3:ListAllMyBuckets'))], expect: {} },
  { name: 'unknown S3 action', docs: [doc(allow('s3:NotAnAction'))], expect: {} },
  { name: 'NotResource leaving every bucket', docs: [doc({ Effect: 'Allow', Action: 's3:*', NotResource: 'arn:aws:s3:::secrets/*' })], expect: { s3: ['every-bucket:definite'] } },
  { name: 'NotResource excluding every bucket', docs: [doc({ Effect: 'Allow', Action: 's3:*', NotResource: 'arn:aws:s3:::*' })], expect: {} },
  { name: 'Deny overrides the Allow', docs: [doc(allow('s3:*'), deny('s3:*'))], expect: {} },
  { name: 'Deny in another policy overrides the Allow', docs: [doc(allow('s3:GetObject')), doc(deny('s3:Get*', 'arn:aws:s3:::*'))], expect: {} },
  { name: 'Deny of some actions leaves the others', docs: [doc(allow('s3:*'), deny('s3:PutObject'))], expect: { s3: ['every-bucket:definite'] } },
  { name: 'Deny with a condition: possible', docs: [doc(allow('s3:*'), deny('s3:*', '*', { StringNotEquals: { 'aws:ResourceAccount': '${aws:PrincipalAccount}' } }))], expect: { s3: ['every-bucket:possible'] } },
  { name: 'Deny with NotResource except one bucket', docs: [doc(allow('s3:*'), { Effect: 'Deny', Action: 's3:*', NotResource: ['arn:aws:s3:::data', 'arn:aws:s3:::data/*'] })], expect: {} },
  { name: 'Deny for other networks leaves every bucket reachable', docs: [doc(allow('s3:*'), deny('s3:*', '*', { NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }))], expect: { s3: ['every-bucket:definite'] } },
  { name: 'Allow from one network still reaches every bucket', docs: [doc(allow('s3:GetObject', '*', { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }))], expect: { s3: ['every-bucket:definite'] } },
  { name: 'Allow with a condition on the object: possible', docs: [doc(allow('s3:GetObject', 'arn:aws:s3:::*', { StringEquals: { 's3:ExistingObjectTag/team': 'ml' } }))], expect: { s3: ['every-bucket:possible'] } },
  { name: 'resource that cannot be read is not judged', docs: [doc(allow('s3:*', { 'Fn::ImportValue': 'BucketArn' }))], expect: {} },
  { name: 'statement only under a template condition', docs: [doc({ onlyWhen: 'IsDev', statement: allow('s3:*') })], expect: { s3: ['every-bucket:possible'] } },
  { name: 'Deny only under a template condition: possible', docs: [doc(allow('s3:*'), { onlyWhen: 'IsProd', statement: deny('s3:*') })], expect: { s3: ['every-bucket:possible'] } },
  { name: 'policy as JSON text', docs: ['{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::*/*"}]}'], expect: { s3: ['every-bucket:definite'] } },
  { name: 'policy as URL-encoded JSON text', docs: [encodeURIComponent('{"Statement":[{"Effect":"Allow","Action":["s3:PutObject"],"Resource":["*"]}]}')], expect: { s3: ['every-bucket:definite'] } },
  { name: 'permissions boundary without S3', docs: [doc(allow('s3:*'))], boundary: doc(allow('sagemaker:Describe*')), expect: {} },
  { name: 'permissions boundary with S3', docs: [doc(allow('s3:GetObject'))], boundary: doc(allow('s3:*')), expect: { s3: ['every-bucket:definite'] } },

  // Full access
  { name: 'everything on everything', docs: [doc(allow('*'))], expect: { s3: ['every-bucket:definite'], passRole: ['definite'], ...SAGEMAKER_ALL } },
  { name: 'sagemaker:* on *', docs: [doc(allow('sagemaker:*'))], expect: SAGEMAKER_ALL },
  { name: 'sagemaker:* on every SageMaker ARN', docs: [doc(allow('sagemaker:*', 'arn:aws:sagemaker:*:*:*'))], expect: SAGEMAKER_ALL },
  { name: 'NotAction leaving everything but IAM', docs: [doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })], expect: { s3: ['every-bucket:definite'], ...SAGEMAKER_ALL } },
  { name: 'read-only SageMaker actions', docs: [doc(allow(['sagemaker:Describe*', 'sagemaker:List*']))], expect: {} },
  {
    name: 'sagemaker:* on one team’s notebooks',
    docs: [doc(allow('sagemaker:*', 'arn:aws:sagemaker:*:*:notebook-instance/team-a-*'))],
    expect: { guardrails: [NOTEBOOK], presigned: ['definite'] },
  },
  {
    name: 'sagemaker:* limited by resource tag',
    docs: [doc(allow('sagemaker:*', '*', { StringEquals: { 'aws:ResourceTag/team': 'ml' } }))],
    expect: { full: ['definite'], guardrails: ALL_CREATE, presigned: ['definite'] },
  },
  { name: 'sagemaker:* denied', docs: [doc(allow('sagemaker:*'), deny('sagemaker:*'))], expect: {} },

  // PassRole
  { name: 'PassRole on *', docs: [doc(allow('iam:PassRole'))], expect: { passRole: ['definite'] } },
  { name: 'PassRole to SageMaker only', docs: [doc(allow('iam:PassRole', '*', { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } }))], expect: {} },
  { name: 'PassRole on every role of an account', docs: [doc(allow('iam:PassRole', 'arn:aws:iam::111122223333:role/*'))], expect: { passRole: ['definite'] } },
  { name: 'PassRole on every role of the deploying account', docs: [doc(allow('iam:PassRole', 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/*'))], expect: { passRole: ['definite'] } },
  { name: 'PassRole on named roles', docs: [doc(allow('iam:PassRole', 'arn:aws:iam::*:role/sagemaker-*'))], expect: {} },
  { name: 'PassRole with a negated condition', docs: [doc(allow('iam:PassRole', '*', { StringNotEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } }))], expect: { passRole: ['definite'] } },
  { name: 'PassRole to any service by wildcard', docs: [doc(allow('iam:PassRole', '*', { StringLike: { 'iam:PassedToService': '*' } }))], expect: { passRole: ['definite'] } },
  {
    name: 'PassRole held by a Deny elsewhere',
    docs: [doc(allow('iam:*')), doc(deny('iam:PassRole', '*', { StringNotEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } }))],
    expect: {},
  },

  // Guardrails on Create actions
  { name: 'CreateTrainingJob with no condition', docs: [doc(allow('sagemaker:CreateTrainingJob'))], expect: { guardrails: [TRAINING], tags: ['definite'] } },
  {
    name: 'CreateNotebookInstance with every guardrail in the Allow',
    docs: [
      doc(
        allow('sagemaker:CreateNotebookInstance', '*', {
          Null: { 'sagemaker:VpcSubnets': 'false', 'sagemaker:VolumeKmsKeyArn': 'false' },
          StringEquals: { 'sagemaker:DirectInternetAccess': 'Disabled', 'sagemaker:RootAccess': 'Disabled' },
        }),
      ),
    ],
    expect: { tags: ['definite'] },
  },
  {
    name: 'IfExists does not enforce a value',
    docs: [
      doc(
        allow('sagemaker:CreateNotebookInstance', '*', {
          Null: { 'sagemaker:VpcSubnets': 'false', 'sagemaker:VolumeKmsKeyArn': 'false' },
          StringEquals: { 'sagemaker:RootAccess': 'Disabled' },
          StringEqualsIfExists: { 'sagemaker:DirectInternetAccess': 'Disabled' },
        }),
      ),
    ],
    expect: { guardrails: ['CreateNotebookInstance:DirectInternetAccess'], tags: ['definite'] },
  },
  {
    name: 'guardrail Denies in another policy',
    docs: [
      doc(allow('sagemaker:CreateModel')),
      doc(deny('sagemaker:CreateModel', '*', { BoolIfExists: { 'sagemaker:NetworkIsolation': 'false' } }), deny('sagemaker:Create*', '*', { Null: { 'sagemaker:VpcSubnets': 'true' } })),
    ],
    expect: { tags: ['definite'] },
  },
  {
    name: 'Bool without IfExists misses requests that omit the key',
    docs: [doc(allow('sagemaker:CreateModel', '*', { Null: { 'sagemaker:VpcSubnets': 'false' } }), deny('sagemaker:CreateModel', '*', { Bool: { 'sagemaker:NetworkIsolation': 'false' } }))],
    expect: { guardrails: ['CreateModel:NetworkIsolation'], tags: ['definite'] },
  },
  {
    name: 'a Deny with two clauses fires only when both hold',
    docs: [doc(allow('sagemaker:CreateModel'), deny('sagemaker:CreateModel', '*', { Null: { 'sagemaker:VpcSubnets': 'true' }, BoolIfExists: { 'sagemaker:NetworkIsolation': 'false' } }))],
    expect: { guardrails: [MODEL], tags: ['definite'] },
  },
  {
    name: 'ForAllValues alone is true when the key is absent',
    docs: [doc(allow('sagemaker:CreateProcessingJob', '*', { 'ForAllValues:StringEquals': { 'sagemaker:VpcSubnets': ['subnet-1'] } }))],
    expect: { guardrails: [PROCESSING], tags: ['definite'] },
  },
  { name: 'sagemaker:Create* on *', docs: [doc(allow('sagemaker:Create*'))], expect: { guardrails: ALL_CREATE, presigned: ['definite'], tags: ['definite'] } },
  { name: 'Create action denied outright', docs: [doc(allow('sagemaker:CreateTrainingJob'), deny('sagemaker:CreateTrainingJob'))], expect: {} },
  {
    name: 'deprecated VolumeKmsKey key still enforces',
    docs: [doc(allow('sagemaker:CreateModel', '*', { Null: { 'sagemaker:VpcSubnets': 'false' }, Bool: { 'sagemaker:NetworkIsolation': 'true' } }))],
    expect: { tags: ['definite'] },
  },
  {
    name: 'legacy VolumeKmsKey in a Deny',
    docs: [doc(allow('sagemaker:CreateTrainingJob', '*', { Null: { 'sagemaker:VpcSubnets': 'false' }, Bool: { 'sagemaker:NetworkIsolation': 'true', 'sagemaker:InterContainerTrafficEncryption': 'true' } }), deny('sagemaker:CreateTrainingJob', '*', { Null: { 'sagemaker:VolumeKmsKey': 'true' } }))],
    expect: { tags: ['definite'] },
  },
  {
    name: 'guardrail Deny only under a template condition',
    docs: [doc(allow('sagemaker:CreateModel', '*', { Null: { 'sagemaker:VpcSubnets': 'false' } }), { onlyWhen: 'IsProd', statement: deny('sagemaker:CreateModel', '*', { BoolIfExists: { 'sagemaker:NetworkIsolation': 'false' } }) })],
    expect: { guardrails: ['CreateModel:NetworkIsolation?'], tags: ['definite'] },
  },

  // Presigned notebook URLs
  { name: 'presigned URL from anywhere', docs: [doc(allow('sagemaker:CreatePresignedNotebookInstanceUrl'))], expect: { presigned: ['definite'], tags: ['definite'] } },
  { name: 'presigned URL from an IP range', docs: [doc(allow('sagemaker:CreatePresignedNotebookInstanceUrl', '*', { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }))], expect: { tags: ['definite'] } },
  { name: 'presigned URL through a VPC endpoint', docs: [doc(allow('sagemaker:CreatePresignedNotebookInstanceUrl', '*', { StringEquals: { 'aws:SourceVpce': 'vpce-0abc' } }))], expect: { tags: ['definite'] } },
  { name: 'presigned URL from 0.0.0.0/0', docs: [doc(allow('sagemaker:CreatePresignedNotebookInstanceUrl', '*', { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } }))], expect: { presigned: ['definite'], tags: ['definite'] } },
  {
    name: 'presigned URL held by a Deny',
    docs: [doc(allow('sagemaker:CreatePresignedNotebookInstanceUrl', 'arn:aws:sagemaker:*:*:notebook-instance/*'), deny('sagemaker:CreatePresignedNotebookInstanceUrl', '*', { NotIpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } }))],
    expect: { tags: ['definite'] },
  },

  // Tag-based access
  { name: 'Describe with a resource tag condition', docs: [doc(allow('sagemaker:DescribeNotebookInstance', '*', { StringEquals: { 'sagemaker:ResourceTag/team': 'ml' } }))], expect: {} },
  { name: 'List actions have no resource to tag', docs: [doc(allow('sagemaker:ListNotebookInstances'))], expect: {} },
  { name: 'Create with a request tag condition', docs: [doc(allow('sagemaker:CreateEndpoint', '*', { StringEquals: { 'aws:RequestTag/team': 'ml' } }))], expect: {} },

  // AWS managed policies, by their documents
  { name: 'AmazonS3FullAccess', managed: ['AmazonS3FullAccess'], expect: { s3: ['every-bucket:definite'] } },
  { name: 'AmazonS3ReadOnlyAccess', managed: ['AmazonS3ReadOnlyAccess'], expect: { s3: ['every-bucket:definite'] } },
  {
    name: 'AdministratorAccess',
    managed: ['AdministratorAccess'],
    expect: { s3: ['every-bucket:definite'], full: ['definite'], passRole: ['definite'], guardrails: ALL_CREATE, presigned: ['definite'], tags: ['definite'] },
  },
  {
    name: 'AmazonSageMakerFullAccess',
    managed: ['AmazonSageMakerFullAccess'],
    expect: { s3: ['every-bucket:definite'], full: ['definite'], guardrails: ALL_CREATE, presigned: ['definite'], tags: ['definite'] },
  },
  { name: 'PowerUserAccess', managed: ['PowerUserAccess'], expect: { s3: ['every-bucket:definite'], ...SAGEMAKER_ALL } },
  { name: 'AmazonSageMakerFullAccess guarded by an inline Deny', docs: [doc(deny(['sagemaker:*', 's3:*']))], managed: ['AmazonSageMakerFullAccess'], expect: { full: ['definite'] } },
];

describe('IAM analyses over policy documents', () => {
  it('has a table of at least 60 documents', () => {
    expect(rows.reduce((n, r) => n + (r.docs?.length ?? 0) + (r.managed?.length ?? 0), 0)).toBeGreaterThanOrEqual(60);
  });

  it.each(rows.map((r) => [r.name, r] as const))('%s', (_, row) => {
    expect(verdictsOf(scopeOf(row))).toEqual({ ...none, ...row.expect });
  });
});

describe('trust policies', () => {
  const sagemaker = { Service: 'sagemaker.amazonaws.com' };
  const assume = (Principal: unknown, Condition?: unknown, Action: unknown = 'sts:AssumeRole') => ({ Effect: 'Allow', Principal, Action, ...(Condition ? { Condition } : {}) });
  const sourceAccount = { StringEquals: { 'aws:SourceAccount': '123456789012' } };
  const trustRows: { name: string; doc: Doc; expect: string[] }[] = [
    { name: 'SageMaker for one account', doc: doc(assume(sagemaker, sourceAccount)), expect: [] },
    { name: 'SageMaker for one source ARN', doc: doc(assume(sagemaker, { ArnLike: { 'aws:SourceArn': 'arn:aws:sagemaker:us-east-1:123456789012:*' } })), expect: [] },
    { name: 'SageMaker with no confused-deputy condition', doc: doc(assume(sagemaker)), expect: ['no-source-condition:definite'] },
    { name: 'IfExists does not hold SageMaker to an account', doc: doc(assume(sagemaker, { StringEqualsIfExists: { 'aws:SourceAccount': '123456789012' } })), expect: ['no-source-condition:definite'] },
    { name: 'SageMaker principal written with the URL suffix', doc: doc(assume({ Service: 'sagemaker.${AWS::URLSuffix}' }, sourceAccount)), expect: [] },
    { name: 'SageMaker and EC2', doc: doc(assume({ Service: ['sagemaker.amazonaws.com', 'ec2.amazonaws.com'] }, sourceAccount)), expect: ['other-principal:possible'] },
    { name: 'anyone', doc: doc(assume('*')), expect: ['other-principal:definite'] },
    { name: 'any AWS principal', doc: doc(assume({ AWS: '*' })), expect: ['other-principal:definite'] },
    { name: 'another account', doc: doc(assume({ AWS: 'arn:aws:iam::111122223333:root' })), expect: ['other-principal:definite'] },
    { name: 'NotPrincipal', doc: doc({ Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole' }), expect: ['other-principal:definite'] },
    { name: 'assume by wildcard action', doc: doc(assume(sagemaker, undefined, 'sts:*')), expect: ['no-source-condition:definite'] },
    { name: 'web identity', doc: doc(assume({ Federated: 'cognito-identity.amazonaws.com' }, undefined, 'sts:AssumeRoleWithWebIdentity')), expect: ['other-principal:definite'] },
    { name: 'Deny statements grant nothing', doc: doc({ Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole' }, assume(sagemaker, sourceAccount)), expect: [] },
    { name: 'trust only under a template condition', doc: doc({ onlyWhen: 'Shared', statement: assume({ AWS: 'arn:aws:iam::111122223333:root' }) }), expect: ['other-principal:possible'] },
  ];

  it.each(trustRows.map((r) => [r.name, r] as const))('%s', (_, row) => {
    const trust = parsePolicyDocument(docValue(row.doc, ['AssumeRolePolicyDocument']));
    expect(analyzeTrust(trust).map((f) => `${f.kind}:${f.certainty}`)).toEqual(row.expect);
  });

  it('offers the aws:SourceAccount condition as a fix', () => {
    const trust = parsePolicyDocument(docValue(doc(assume(sagemaker)), ['AssumeRolePolicyDocument']));
    const [finding] = analyzeTrust(trust);
    expect(finding!.message).toMatch(/confused deputy/);
    expect(finding!.fix!.edits).toHaveLength(1);
    const edit = finding!.fix!.edits[0]!;
    expect(edit.value).toBe('<account-id>');
    expect(edit.target).toMatchObject({ t: 'omitted', path: ['AssumeRolePolicyDocument', 'Statement', 0, 'Condition', 'StringEquals', 'aws:SourceAccount'] });
  });
});

describe('findings name what, where and how to fix', () => {
  const scope = (docs: Doc[], managedNames: string[] = []) => scopeOf({ name: '', docs, managed: managedNames, expect: {} });

  it('points any-bucket access at the broad resource and narrows it to a bucket placeholder', () => {
    const [finding] = analyzeS3Access(scope([doc(allow(['s3:GetObject', 's3:ListBucket'], ['arn:aws:s3:::*', 'arn:aws:s3:::logs']))]), knowledge.actions);
    expect(finding!.at.loc.path).toEqual(['Policies', 0, 'Statement', 0, 'Resource', 0]);
    expect(finding!.message).toBe("inline policy 'P0' allows s3:GetObject and s3:ListBucket (List, Read) on every S3 bucket (Resource 'arn:aws:s3:::*')");
    const edits = finding!.fix!.edits;
    expect(edits.map((e) => [e.target.t === 'omitted' ? e.target.path : e.target.loc.path, e.value])).toEqual([
      [['Policies', 0, 'Statement', 0, 'Resource', 0], 'arn:aws:s3:::<bucket-name>'],
      [['Policies', 0, 'Statement', 0, 'Resource', 2], 'arn:aws:s3:::<bucket-name>/*'],
    ]);
  });

  it('names the deploy-time choice a finding depends on', () => {
    const [finding] = analyzeS3Access(scope([doc({ onlyWhen: 'IsDev', statement: allow('s3:*') })]), knowledge.actions);
    expect(finding!.message).toMatch(/when condition IsDev is true$/);
  });

  it('points findings about an AWS managed policy at its ARN, with no edit of the document', () => {
    const findings = analyzeS3Access(scope([], ['AmazonS3FullAccess']), knowledge.actions);
    expect(findings[0]!.at.loc.path).toEqual(['ManagedPolicyArns', 0]);
    expect(findings[0]!.message).toMatch(/^AWS managed policy AmazonS3FullAccess allows/);
    expect(findings[0]!.fix).toBeUndefined();
  });

  it('lists missing guardrail keys per action and appends the Deny statements that enforce them', () => {
    const [finding] = analyzeGuardrails(scope([doc(allow(['sagemaker:CreateModel', 'sagemaker:CreateNotebookInstance'], '*', { Null: { 'sagemaker:VpcSubnets': 'false' } }))]), knowledge.actions);
    expect(finding!.message).toBe(
      "inline policy 'P0' allows sagemaker:CreateNotebookInstance without sagemaker:DirectInternetAccess, sagemaker:RootAccess and sagemaker:VolumeKmsKeyArn; sagemaker:CreateModel without sagemaker:NetworkIsolation",
    );
    expect(finding!.fix!.edits.map((e) => [e.target.t === 'omitted' ? e.target.path : [], e.value])).toEqual([
      [['Policies', 0, 'Statement', 1], { Sid: 'DenyNotebookDirectInternetAccess', Effect: 'Deny', Action: ['sagemaker:CreateNotebookInstance'], Resource: '*', Condition: { StringNotEquals: { 'sagemaker:DirectInternetAccess': 'Disabled' } } }],
      [['Policies', 0, 'Statement', 2], { Sid: 'DenyNotebookRootAccess', Effect: 'Deny', Action: ['sagemaker:CreateNotebookInstance'], Resource: '*', Condition: { StringNotEquals: { 'sagemaker:RootAccess': 'Disabled' } } }],
      [['Policies', 0, 'Statement', 3], { Sid: 'DenyWithoutNetworkIsolation', Effect: 'Deny', Action: ['sagemaker:CreateModel'], Resource: '*', Condition: { BoolIfExists: { 'sagemaker:NetworkIsolation': 'false' } } }],
      [['Policies', 0, 'Statement', 4], { Sid: 'DenyUnencryptedVolumes', Effect: 'Deny', Action: ['sagemaker:CreateNotebookInstance'], Resource: '*', Condition: { Null: { 'sagemaker:VolumeKmsKeyArn': 'true' } } }],
    ]);
  });

  it('puts guardrails for AWS managed grants into one new inline policy', () => {
    const findings = analyzeGuardrails(scope([], ['AmazonSageMakerFullAccess', 'PowerUserAccess']), knowledge.actions);
    expect(findings).toHaveLength(2);
    expect(findings[1]!.fix).toBeUndefined();
    const [edit] = findings[0]!.fix!.edits;
    expect(edit!.target).toMatchObject({ t: 'omitted', path: ['Policies'] });
    const [policy] = edit!.value as { PolicyName: string; PolicyDocument: { Statement: { Sid: string; Action: string[] }[] } }[];
    expect(policy!.PolicyName).toBe('SageMakerCreateGuardrails');
    expect(policy!.PolicyDocument.Statement.map((s) => s.Sid)).toEqual(GUARDRAILS.map((g) => g.sid));
    expect(policy!.PolicyDocument.Statement[0]!.Action).toEqual([...CREATE_ACTIONS]);
  });

  it('adds iam:PassedToService only where PassRole stands alone', () => {
    const [alone] = analyzePassRole(scope([doc(allow('iam:PassRole'))]), knowledge.actions);
    expect(alone!.fix!.edits[0]).toMatchObject({ value: 'sagemaker.amazonaws.com', target: { path: ['Policies', 0, 'Statement', 0, 'Condition', 'StringEquals', 'iam:PassedToService'] } });
    const [mixed] = analyzePassRole(scope([doc(allow(['iam:PassRole', 'iam:GetRole']))]), knowledge.actions);
    expect(mixed!.fix).toBeUndefined();
  });

  it('denies presigned URLs outside an allowed network', () => {
    const [finding] = analyzePresignedUrl(scope([doc(allow('sagemaker:CreatePresignedNotebookInstanceUrl'))]), knowledge.actions);
    expect(finding!.fix!.edits[0]!.value).toEqual(PRESIGNED_URL_GUARD);
  });
});
