/**
 * Snapshot → model: each collected record becomes a Resource with canonical
 * (CloudFormation) property names, live locations (ARN + API path), tags, and
 * aliases (ARN, physical IDs, name) so the graph links a notebook to its subnet,
 * security groups, role and lifecycle configuration, an endpoint to its config
 * and models, a cluster to its parameter group, a role to its policies.
 *
 * Names are per region and per kind, but references resolve across the whole
 * account: a name becomes an alias only when nothing else in the account bears
 * it, and a reference by a shared name points at the ARN of its target instead.
 */
import type { Note } from '../../engine/finding.js';
import type { Path } from '../../model/location.js';
import type { Resource, ResourceKind } from '../../model/resource.js';
import type { Value } from '../../model/value.js';
import { GLOBAL_REGION } from './coverage.js';
import { cloudFormationLabel, decodeJsonDocument, liveTagSet, LiveValues } from './live-values.js';
import {
  canonicalJob,
  isMonitoringType,
  MONITORING_DEFINITIONS,
  MONITORING_TYPES,
  monitoringScheduleJob,
  PROCESSING_LAYOUT,
  TRAINING_LAYOUT,
  trainingDefinitions,
  type MonitoringType,
} from '../cloudformation/job-shapes.js';
import { MONITORING_DEFINITION_COLLECTIONS, type AccountState, type ApiRecord, type ApiTag, type IamState, type RegionState } from './snapshot.js';
import type { IpPermission } from '@aws-sdk/client-ec2';
import { appendAll } from '../../collections.js';

/** How a record's tags are known: from ListTags (absent = unreadable), inline in the description (absent = none), or not at all. */
type TagSource = 'listed' | 'inline' | 'none';

interface Spec<R> {
  kind: ResourceKind;
  /** The API shape the record is (Resource.type of live resources). */
  type: string;
  arn(record: R, where: Where): string | undefined;
  name?(record: R): string | undefined;
  /** Physical identifiers other resources use to refer to it (sg-…, subnet-…, a domain ID). */
  ids?(record: R): (string | undefined)[];
  /** The canonical properties; a list of parts when the record declares several resources, or none. */
  props(record: R, values: LiveValues, ctx: MappingContext): Value | Part[];
  tags: TagSource;
}

/**
 * One of the resources a record declares: a tuning job declares a job per
 * training definition, identified by the tuning job's ARN and the definition's name.
 */
interface Part {
  props: Value;
  /** Appended to the record's ARN (`<arn>/<suffix>`) to identify the part. */
  suffix?: string;
}

interface Where {
  account: string;
  partition: string;
  region: string;
}

export interface MappedAccount {
  resources: Resource[];
  notes: Note[];
  /** Where each resource's record sits in the snapshot (`accounts[<id>].regions[<region>].<service>.<collection>[<i>]`), by resource ID. */
  recordPaths: Map<string, string>;
}

/** Maps one account of a snapshot; `file` (the snapshot's path) is named in notes. */
export function mapAccountState(account: AccountState, file?: string): MappedAccount {
  const sources = [...iamSources(account), ...account.regions.flatMap((region) => regionSources(account, region))];
  const context = new MappingContext(sources);
  const notes: Note[] = [];
  const resources: Resource[] = [];
  const recordPaths = new Map<string, string>();
  for (const { spec, record, where, path } of sources) {
    const note = (message: string) => notes.push({ ...(file ? { file } : {}), message });
    try {
      const built = buildResources(spec, record, where, context);
      if (built) {
        appendAll(resources, built);
        for (const resource of built) recordPaths.set(resource.id, path);
      } else note(`${path}: the record has no ARN or identifier; it is left out`);
    } catch (err) {
      note(`${path}: the record could not be read (${err instanceof Error ? err.message : String(err)}); it is left out`);
    }
  }
  appendAll(notes, context.notes.map((message) => ({ ...(file ? { file } : {}), message })));
  return { resources, notes, recordPaths };
}

interface Source {
  spec: Spec<never>;
  record: object;
  where: Where;
  /** Where the record sits in the snapshot, for messages. */
  path: string;
}

function sourcesOf<R extends object>(spec: Spec<R>, records: readonly R[] | undefined, where: Where, path: string): Source[] {
  return (records ?? []).map((record, i) => ({ spec: spec as Spec<never>, record, where, path: `${path}[${i}]` }));
}

function regionSources(account: AccountState, state: RegionState): Source[] {
  const where: Where = { account: account.accountId, partition: account.partition, region: state.region };
  const at = `accounts[${account.accountId}].regions[${state.region}]`;
  const { sagemaker: sm, ec2, redshift } = state;
  return [
    ...sourcesOf(NOTEBOOK, sm.notebookInstances, where, `${at}.sagemaker.notebookInstances`),
    ...sourcesOf(LIFECYCLE_CONFIG, sm.notebookLifecycleConfigs, where, `${at}.sagemaker.notebookLifecycleConfigs`),
    ...sourcesOf(DOMAIN, sm.domains, where, `${at}.sagemaker.domains`),
    ...sourcesOf(USER_PROFILE, sm.userProfiles, where, `${at}.sagemaker.userProfiles`),
    ...sourcesOf(MODEL, sm.models, where, `${at}.sagemaker.models`),
    ...sourcesOf(ENDPOINT_CONFIG, sm.endpointConfigs, where, `${at}.sagemaker.endpointConfigs`),
    ...sourcesOf(ENDPOINT, sm.endpoints, where, `${at}.sagemaker.endpoints`),
    ...sourcesOf(TRAINING_JOB, sm.trainingJobs, where, `${at}.sagemaker.trainingJobs`),
    ...sourcesOf(TUNING_JOB, sm.hyperParameterTuningJobs, where, `${at}.sagemaker.hyperParameterTuningJobs`),
    ...sourcesOf(PROCESSING_JOB, sm.processingJobs, where, `${at}.sagemaker.processingJobs`),
    ...sourcesOf(monitoringScheduleSpec(sm), sm.monitoringSchedules, where, `${at}.sagemaker.monitoringSchedules`),
    ...MONITORING_TYPES.flatMap((type) => {
      const collection = MONITORING_DEFINITION_COLLECTIONS[type];
      return sourcesOf(MONITORING_DEFINITION_SPECS[type], sm[collection], where, `${at}.sagemaker.${collection}`);
    }),
    ...sourcesOf(TRANSFORM_JOB, sm.transformJobs, where, `${at}.sagemaker.transformJobs`),
    ...sourcesOf(PIPELINE, sm.pipelines, where, `${at}.sagemaker.pipelines`),
    ...sourcesOf(HYPERPOD_CLUSTER, sm.hyperPodClusters, where, `${at}.sagemaker.hyperPodClusters`),
    ...sourcesOf(SPACE, sm.spaces, where, `${at}.sagemaker.spaces`),
    ...sourcesOf(STUDIO_LIFECYCLE_CONFIG, sm.studioLifecycleConfigs, where, `${at}.sagemaker.studioLifecycleConfigs`),
    ...sourcesOf(WORKFORCE, sm.workforces, where, `${at}.sagemaker.workforces`),
    ...sourcesOf(APP_IMAGE_CONFIG, sm.appImageConfigs, where, `${at}.sagemaker.appImageConfigs`),
    ...sourcesOf(IMAGE, sm.images, where, `${at}.sagemaker.images`),
    ...sourcesOf(VPC, ec2.vpcs, where, `${at}.ec2.vpcs`),
    ...sourcesOf(subnetSpec(ec2.routeTables), ec2.subnets, where, `${at}.ec2.subnets`),
    ...sourcesOf(SECURITY_GROUP, ec2.securityGroups, where, `${at}.ec2.securityGroups`),
    ...sourcesOf(VPC_ENDPOINT, ec2.vpcEndpoints, where, `${at}.ec2.vpcEndpoints`),
    ...sourcesOf(REDSHIFT_CLUSTER, redshift.clusters, where, `${at}.redshift.clusters`),
    ...sourcesOf(REDSHIFT_PARAMETER_GROUP, redshift.parameterGroups, where, `${at}.redshift.parameterGroups`).filter((source) =>
      isUsedOrOwnParameterGroup(source.record as RS<'parameterGroups'>, redshift.clusters),
    ),
    ...sourcesOf(REDSHIFT_SUBNET_GROUP, redshift.subnetGroups, where, `${at}.redshift.subnetGroups`),
    ...sourcesOf(REDSHIFT_SNAPSHOT, redshift.snapshots, where, `${at}.redshift.snapshots`),
    ...sourcesOf(REDSHIFT_EVENT_SUBSCRIPTION, redshift.eventSubscriptions, where, `${at}.redshift.eventSubscriptions`),
  ];
}

function iamSources(account: AccountState): Source[] {
  const iam: IamState | undefined = account.iam;
  if (!iam) return [];
  const where: Where = { account: account.accountId, partition: account.partition, region: GLOBAL_REGION };
  const at = `accounts[${account.accountId}].iam`;
  return [
    ...sourcesOf(IAM_ROLE, iam.roles, where, `${at}.roles`),
    ...sourcesOf(IAM_USER, iam.users, where, `${at}.users`),
    ...sourcesOf(IAM_GROUP, iam.groups, where, `${at}.groups`),
    ...sourcesOf(IAM_POLICY, iam.policies, where, `${at}.policies`),
  ];
}

/** The resources of one record; undefined when it has no ARN. */
function buildResources(spec: Spec<never>, record: object, where: Where, context: MappingContext): Resource[] | undefined {
  const typed = record as never;
  const arn = spec.arn(typed, where);
  if (!arn) return undefined;
  const values = new LiveValues({ arn, ...where });
  const tags = spec.tags === 'none' ? undefined : liveTagSet((record as { Tags?: ApiTag[] }).Tags, values, spec.tags === 'inline');
  const name = spec.name?.(typed);
  const label = tags && cloudFormationLabel(tags);
  const props = spec.props(typed, values, context);
  const parts: Part[] = Array.isArray(props) ? props : [{ props }];
  return parts.map(({ props, suffix }) => ({
    kind: spec.kind,
    id: suffix ? `${arn}/${suffix}` : arn,
    type: spec.type,
    source: 'live',
    loc: values.loc([]),
    props,
    ...(tags ? { tags } : {}),
    suppressions: [],
    // A part answers to its own identity only: the record's ARN and name stand for the whole.
    aliases: suffix
      ? [`${arn}/${suffix}`]
      : [...new Set([arn, ...(spec.ids?.(typed) ?? []).filter((id): id is string => !!id), ...(name && context.isUniqueName(name) ? [name] : [])])],
    ...(label ? { label } : {}),
  }));
}

/** What mapping one record needs from the others: names to resolve references by, and a place for notes. */
class MappingContext {
  private readonly nameCounts = new Map<string, number>();
  private readonly byName = new Map<string, string>();
  /** What the mapping could not take in, said in the unit's notes. */
  readonly notes: string[] = [];

  constructor(sources: readonly Source[]) {
    for (const { spec, record, where } of sources) {
      const name = spec.name?.(record as never);
      const arn = spec.arn(record as never, where);
      if (!name || !arn) continue;
      this.nameCounts.set(name, (this.nameCounts.get(name) ?? 0) + 1);
      this.byName.set(this.key(spec.kind, where.region, name), arn);
    }
  }

  isUniqueName(name: string): boolean {
    return this.nameCounts.get(name) === 1;
  }

  /**
   * A property that names another resource: the name itself when it is an alias
   * (unique in the account), else a reference to the ARN of the resource of that
   * kind in the same region; the plain name when there is no such resource.
   */
  byNameOf(values: LiveValues, kind: ResourceKind, name: unknown, apiPath: Path): Value | undefined {
    if (name === undefined || name === null) return undefined;
    if (typeof name !== 'string') return values.plain(name, apiPath);
    const target = this.byName.get(this.key(kind, values.origin.region, name));
    return target && !this.isUniqueName(name) ? values.ref(target, name, apiPath) : values.scalar(name, apiPath);
  }

  /** A policy document decoded into a value; unknown (and a note) when it cannot be decoded. */
  document(values: LiveValues, document: unknown, apiPath: Path): Value | undefined {
    if (document === undefined || document === null) return undefined;
    const decoded = decodeJsonDocument(document);
    if (decoded) return values.plain(decoded, apiPath);
    this.notes.push(`${values.origin.arn}: the policy document at ${apiPath.join('.')} is neither JSON nor URL-encoded JSON; rules see it as unknown`);
    return values.unknown('the policy document could not be decoded', apiPath);
  }

  private key(kind: ResourceKind, region: string, name: string): string {
    return `${kind}\u0000${region}\u0000${name}`;
  }
}

/** Records whose API names are already CloudFormation's. */
const asIs = (record: object, values: LiveValues): Value => values.record(record);

// ── SageMaker ────────────────────────────────────────────────────────────────

type R<K extends keyof RegionState['sagemaker']> = RegionState['sagemaker'][K][number];

const NOTEBOOK: Spec<R<'notebookInstances'>> = {
  kind: 'NotebookInstance',
  type: 'NotebookInstance',
  arn: (r) => r.NotebookInstanceArn,
  name: (r) => r.NotebookInstanceName,
  tags: 'listed',
  props: (r, v, ctx) =>
    v.record(r, {
      SecurityGroups: undefined,
      SecurityGroupIds: r.SecurityGroups && v.plain(r.SecurityGroups, ['SecurityGroups']),
      NotebookInstanceLifecycleConfigName: undefined,
      LifecycleConfigName: ctx.byNameOf(v, 'NotebookLifecycleConfig', r.NotebookInstanceLifecycleConfigName, ['NotebookInstanceLifecycleConfigName']),
    }),
};

const LIFECYCLE_CONFIG: Spec<R<'notebookLifecycleConfigs'>> = {
  kind: 'NotebookLifecycleConfig',
  type: 'NotebookInstanceLifecycleConfig',
  arn: (r) => r.NotebookInstanceLifecycleConfigArn,
  name: (r) => r.NotebookInstanceLifecycleConfigName,
  tags: 'listed',
  props: asIs,
};

const DOMAIN: Spec<R<'domains'>> = {
  kind: 'Domain',
  type: 'Domain',
  arn: (r) => r.DomainArn,
  name: (r) => r.DomainName,
  ids: (r) => [r.DomainId],
  tags: 'listed',
  props: asIs,
};

const USER_PROFILE: Spec<R<'userProfiles'>> = {
  kind: 'UserProfile',
  type: 'UserProfile',
  arn: (r) => r.UserProfileArn,
  name: (r) => r.UserProfileName,
  tags: 'listed',
  props: asIs,
};

const HYPERPOD_CLUSTER: Spec<R<'hyperPodClusters'>> = {
  kind: 'HyperPodCluster',
  type: 'Cluster',
  arn: (r) => r.ClusterArn,
  name: (r) => r.ClusterName,
  tags: 'listed',
  props: asIs,
};

const SPACE: Spec<R<'spaces'>> = {
  kind: 'Space',
  type: 'Space',
  arn: (r) => r.SpaceArn,
  name: (r) => r.SpaceName,
  tags: 'listed',
  props: asIs,
};

const STUDIO_LIFECYCLE_CONFIG: Spec<R<'studioLifecycleConfigs'>> = {
  kind: 'StudioLifecycleConfig',
  type: 'StudioLifecycleConfig',
  arn: (r) => r.StudioLifecycleConfigArn,
  name: (r) => r.StudioLifecycleConfigName,
  tags: 'listed',
  props: asIs,
};

const WORKFORCE: Spec<R<'workforces'>> = {
  kind: 'Workforce',
  type: 'Workforce',
  arn: (r) => r.WorkforceArn,
  name: (r) => r.WorkforceName,
  tags: 'none',
  props: asIs,
};

const APP_IMAGE_CONFIG: Spec<R<'appImageConfigs'>> = {
  kind: 'AppImageConfig',
  type: 'AppImageConfig',
  arn: (r) => r.AppImageConfigArn,
  name: (r) => r.AppImageConfigName,
  tags: 'listed',
  props: asIs,
};

const IMAGE: Spec<R<'images'>> = {
  kind: 'Image',
  type: 'Image',
  arn: (r) => r.ImageArn,
  name: (r) => r.ImageName,
  tags: 'listed',
  props: (r, v) => v.record(r, { RoleArn: undefined, ImageRoleArn: v.optional(r.RoleArn, ['RoleArn']), Description: undefined, ImageDescription: v.optional(r.Description, ['Description']) }),
};

const MODEL: Spec<R<'models'>> = {
  kind: 'Model',
  type: 'Model',
  arn: (r) => r.ModelArn,
  name: (r) => r.ModelName,
  tags: 'listed',
  props: asIs,
};

/** Production and shadow variants name their models. */
function variantsOf(variants: readonly { ModelName?: string }[] | undefined, key: string, v: LiveValues, ctx: MappingContext): Value | undefined {
  if (!variants) return undefined;
  return v.list(
    variants.map((variant, i) => v.record(variant, { ModelName: ctx.byNameOf(v, 'Model', variant.ModelName, [key, i, 'ModelName']) }, [key, i])),
    [key],
  );
}

const ENDPOINT_CONFIG: Spec<R<'endpointConfigs'>> = {
  kind: 'EndpointConfig',
  type: 'EndpointConfig',
  arn: (r) => r.EndpointConfigArn,
  name: (r) => r.EndpointConfigName,
  tags: 'listed',
  props: (r, v, ctx) =>
    v.record(r, {
      ProductionVariants: variantsOf(r.ProductionVariants, 'ProductionVariants', v, ctx),
      ShadowProductionVariants: variantsOf(r.ShadowProductionVariants, 'ShadowProductionVariants', v, ctx),
    }),
};

const ENDPOINT: Spec<R<'endpoints'>> = {
  kind: 'Endpoint',
  type: 'Endpoint',
  arn: (r) => r.EndpointArn,
  name: (r) => r.EndpointName,
  tags: 'listed',
  props: (r, v, ctx) => v.record(r, { EndpointConfigName: ctx.byNameOf(v, 'EndpointConfig', r.EndpointConfigName, ['EndpointConfigName']) }),
};

/**
 * Jobs take the canonical Job shape the templates get (`job-shapes.ts`): the
 * Describe outputs are the Create request shapes, so the CloudFormation layouts
 * apply as they are, and values stay located in the API record.
 */
const TRAINING_JOB: Spec<R<'trainingJobs'>> = {
  kind: 'Job',
  type: 'TrainingJob',
  arn: (r) => r.TrainingJobArn,
  name: (r) => r.TrainingJobName,
  tags: 'listed',
  props: (r, v) => canonicalJob(v.record(r), 'training', TRAINING_LAYOUT, v.loc([])),
};

/** One job per training definition, as a tuning job in a template. */
const TUNING_JOB: Spec<R<'hyperParameterTuningJobs'>> = {
  kind: 'Job',
  type: 'HyperParameterTuningJob',
  arn: (r) => r.HyperParameterTuningJobArn,
  name: (r) => r.HyperParameterTuningJobName,
  tags: 'listed',
  props: (r, v) =>
    trainingDefinitions(v.record(r)).map(({ definition, suffix }) => ({
      props: canonicalJob(definition, 'tuning', TRAINING_LAYOUT, v.loc([])),
      ...(suffix ? { suffix } : {}),
    })),
};

const PROCESSING_JOB: Spec<R<'processingJobs'>> = {
  kind: 'Job',
  type: 'ProcessingJob',
  arn: (r) => r.ProcessingJobArn,
  name: (r) => r.ProcessingJobName,
  tags: 'listed',
  props: (r, v) => canonicalJob(v.record(r), 'processing', PROCESSING_LAYOUT, v.loc([])),
};

/**
 * A schedule with an inline job definition is that job. One that names a job
 * definition declares none, as in a template: the definition, collected in the
 * same region, is the job. When it is not in the snapshot (its calls failed, or
 * an older snapshot), a note says its jobs were not judged.
 */
function monitoringScheduleSpec(sm: RegionState['sagemaker']): Spec<R<'monitoringSchedules'>> {
  const collected = (name: string | undefined, type: string | undefined) => {
    const types = isMonitoringType(type) ? [type] : MONITORING_TYPES;
    return types.some((t) => sm[MONITORING_DEFINITION_COLLECTIONS[t]].some((d) => d.JobDefinitionName === name));
  };
  return {
    kind: 'Job',
    type: 'MonitoringSchedule',
    arn: (r) => r.MonitoringScheduleArn,
    name: (r) => r.MonitoringScheduleName,
    tags: 'listed',
    props: (r, v, ctx) => {
      const job = monitoringScheduleJob(v.record(r), v.loc([]));
      if (job) return [{ props: job }];
      const config = r.MonitoringScheduleConfig;
      const definition = config?.MonitoringJobDefinitionName;
      if (!collected(definition, config?.MonitoringType ?? r.MonitoringType)) {
        ctx.notes.push(
          `${v.origin.arn}: the monitoring schedule runs the job definition ${definition ?? '(unnamed)'}, which is not in the snapshot; SM020–SM023 do not judge its jobs`,
        );
      }
      return [];
    },
  };
}

/** The API record of a monitoring job definition: the four kinds share their identity fields. */
type JobDefinitionRecord = R<(typeof MONITORING_DEFINITION_COLLECTIONS)[MonitoringType]>;

/**
 * Monitoring job definitions are jobs, as in a template: Describe…JobDefinition
 * returns the shape of `AWS::SageMaker::…JobDefinition`, so its layout applies.
 */
const MONITORING_DEFINITION_SPECS = Object.fromEntries(
  MONITORING_TYPES.map((type): [MonitoringType, Spec<JobDefinitionRecord>] => {
    const { jobType, layout } = MONITORING_DEFINITIONS[type];
    const spec: Spec<JobDefinitionRecord> = {
      kind: 'Job',
      type: `${type}JobDefinition`,
      arn: (r) => r.JobDefinitionArn,
      name: (r) => r.JobDefinitionName,
      tags: 'listed',
      props: (r, v) => canonicalJob(v.record(r), jobType, layout, v.loc([])),
    };
    return [type, spec];
  }),
) as Record<MonitoringType, Spec<JobDefinitionRecord>>;

const TRANSFORM_JOB: Spec<R<'transformJobs'>> = {
  kind: 'TransformJob',
  type: 'TransformJob',
  arn: (r) => r.TransformJobArn,
  name: (r) => r.TransformJobName,
  tags: 'listed',
  props: (r, v, ctx) => v.record(r, { ModelName: ctx.byNameOf(v, 'Model', r.ModelName, ['ModelName']) }),
};

/** DescribePipeline returns the definition as a JSON string; CloudFormation holds it as PipelineDefinition.PipelineDefinitionBody. */
const PIPELINE: Spec<R<'pipelines'>> = {
  kind: 'Pipeline',
  type: 'Pipeline',
  arn: (r) => r.PipelineArn,
  name: (r) => r.PipelineName,
  tags: 'listed',
  props: (r, v) =>
    v.record(r, {
      PipelineDefinition:
        r.PipelineDefinition === undefined ? undefined : v.map([['PipelineDefinitionBody', v.plain(r.PipelineDefinition, ['PipelineDefinition'])]], ['PipelineDefinition']),
    }),
};

// ── EC2 ──────────────────────────────────────────────────────────────────────

type E<K extends keyof RegionState['ec2']> = RegionState['ec2'][K][number];

const ec2Arn = (where: Where, owner: string | undefined, type: string, id: string | undefined) =>
  id && `arn:${where.partition}:ec2:${where.region}:${owner ?? where.account}:${type}/${id}`;

const VPC: Spec<E<'vpcs'>> = {
  kind: 'Vpc',
  type: 'Vpc',
  arn: (r, where) => ec2Arn(where, r.OwnerId, 'vpc', r.VpcId),
  ids: (r) => [r.VpcId],
  tags: 'inline',
  props: asIs,
};

/**
 * Subnets carry the routes of their route table (the explicit association, else
 * the VPC's main table) as `RouteTableId` and `Routes`: live state only, located
 * in the route table, so rules can tell a subnet with an internet route.
 */
function subnetSpec(routeTables: readonly E<'routeTables'>[]): Spec<E<'subnets'>> {
  const tableOf = (subnet: E<'subnets'>) =>
    routeTables.find((t) => t.Associations?.some((a) => a.SubnetId === subnet.SubnetId)) ??
    routeTables.find((t) => t.VpcId === subnet.VpcId && t.Associations?.some((a) => a.Main));
  return {
    kind: 'Subnet',
    type: 'Subnet',
    arn: (r, where) => r.SubnetArn ?? ec2Arn(where, r.OwnerId, 'subnet', r.SubnetId),
    ids: (r) => [r.SubnetId],
    tags: 'inline',
    props: (r, v) => {
      const table = tableOf(r);
      const tableValues = table?.RouteTableId && new LiveValues({ ...v.origin, arn: ec2Arn(v.origin, table.OwnerId, 'route-table', table.RouteTableId)! });
      return v.record(r, {
        RouteTableId: tableValues ? tableValues.plain(table.RouteTableId, ['RouteTableId']) : undefined,
        Routes: tableValues && table.Routes ? tableValues.plain(table.Routes, ['Routes']) : undefined,
      });
    },
  };
}

/** One CloudFormation rule (SecurityGroupIngress/Egress entry) per address range, peer group or prefix list of each API permission. */
function securityGroupRules(permissions: readonly IpPermissionRecord[] | undefined, key: string, v: LiveValues, direction: 'Source' | 'Destination'): Value | undefined {
  if (!permissions) return undefined;
  const rules = permissions.flatMap((permission, i) => {
    const rule = (path: Path, target: [string, string][], from: Record<string, unknown>) =>
      v.map(
        [
          ...(['IpProtocol', 'FromPort', 'ToPort'] as const).map((field) => [field, v.optional(permission[field], [key, i, field])] as const),
          ...target.map(([canonical, api]) => [canonical, v.optional(from[api], [...path, api])] as const),
          ['Description', v.optional(from.Description, [...path, 'Description'])] as const,
        ],
        path,
      );
    const each = <T extends object>(list: readonly T[] | undefined, listKey: string, target: [string, string][]) =>
      (list ?? []).map((entry, j) => rule([key, i, listKey, j], target, entry as Record<string, unknown>));
    return [
      ...each(permission.IpRanges, 'IpRanges', [['CidrIp', 'CidrIp']]),
      ...each(permission.Ipv6Ranges, 'Ipv6Ranges', [['CidrIpv6', 'CidrIpv6']]),
      // CloudFormation names the owner of a peer group only for ingress.
      ...each(permission.UserIdGroupPairs, 'UserIdGroupPairs', [
        [`${direction}SecurityGroupId`, 'GroupId'],
        ...(direction === 'Source' ? ([['SourceSecurityGroupOwnerId', 'UserId']] as [string, string][]) : []),
      ]),
      ...each(permission.PrefixListIds, 'PrefixListIds', [[`${direction}PrefixListId`, 'PrefixListId']]),
    ];
  });
  return v.list(rules, [key]);
}

type IpPermissionRecord = ApiRecord<IpPermission>;

const SECURITY_GROUP: Spec<E<'securityGroups'>> = {
  kind: 'SecurityGroup',
  type: 'SecurityGroup',
  arn: (r, where) => r.SecurityGroupArn ?? ec2Arn(where, r.OwnerId, 'security-group', r.GroupId),
  ids: (r) => [r.GroupId],
  tags: 'inline',
  props: (r, v) =>
    v.record(r, {
      Description: undefined,
      GroupDescription: v.optional(r.Description, ['Description']),
      IpPermissions: undefined,
      SecurityGroupIngress: securityGroupRules(r.IpPermissions, 'IpPermissions', v, 'Source'),
      IpPermissionsEgress: undefined,
      SecurityGroupEgress: securityGroupRules(r.IpPermissionsEgress, 'IpPermissionsEgress', v, 'Destination'),
    }),
};

const VPC_ENDPOINT: Spec<E<'vpcEndpoints'>> = {
  kind: 'VpcEndpoint',
  type: 'VpcEndpoint',
  arn: (r, where) => ec2Arn(where, r.OwnerId, 'vpc-endpoint', r.VpcEndpointId),
  ids: (r) => [r.VpcEndpointId],
  tags: 'inline',
  props: (r, v, ctx) =>
    v.record(r, {
      Groups: undefined,
      SecurityGroupIds: r.Groups && v.list(r.Groups.map((g, i) => v.plain(g.GroupId ?? null, ['Groups', i, 'GroupId'])), ['Groups']),
      PolicyDocument: ctx.document(v, r.PolicyDocument, ['PolicyDocument']),
    }),
};

// ── Redshift ─────────────────────────────────────────────────────────────────

type RS<K extends keyof RegionState['redshift']> = RegionState['redshift'][K][number];

const redshiftArn = (where: Where, type: string, name: string | undefined) => name && `arn:${where.partition}:redshift:${where.region}:${where.account}:${type}:${name}`;

/** CloudFormation's LoggingProperties are present exactly when audit logging is on. */
function loggingProperties(status: RS<'clusters'>['LoggingStatus'], v: LiveValues): Value | undefined {
  if (!status) return v.unknown('the logging status could not be read (DescribeLoggingStatus failed)', ['LoggingStatus']);
  if (!status.LoggingEnabled) return undefined;
  const { LoggingEnabled: _enabled, LastSuccessfulDeliveryTime: _last, LastFailureTime: _failure, LastFailureMessage: _message, ...properties } = status;
  return v.plain(properties, ['LoggingStatus']);
}

const REDSHIFT_CLUSTER: Spec<RS<'clusters'>> = {
  kind: 'RedshiftCluster',
  type: 'Cluster',
  arn: (r, where) => redshiftArn(where, 'cluster', r.ClusterIdentifier),
  ids: (r) => [r.ClusterIdentifier],
  tags: 'inline',
  props: (r, v, ctx) => {
    const group = r.ClusterParameterGroups?.[0];
    return v.record(r, {
      VpcSecurityGroups: undefined,
      VpcSecurityGroupIds: r.VpcSecurityGroups && v.list(r.VpcSecurityGroups.map((g, i) => v.plain(g.VpcSecurityGroupId ?? null, ['VpcSecurityGroups', i, 'VpcSecurityGroupId'])), ['VpcSecurityGroups']),
      // DescribeClusters says Enabled or Disabled where CloudFormation's MultiAZ is a boolean.
      MultiAZ: r.MultiAZ === undefined ? undefined : v.plain(r.MultiAZ.toLowerCase() === 'enabled', ['MultiAZ']),
      // CloudFormation's Port is the endpoint's port.
      Port: r.Endpoint?.Port === undefined ? undefined : v.plain(r.Endpoint.Port, ['Endpoint', 'Port']),
      ClusterParameterGroups: undefined,
      ClusterParameterGroupName: ctx.byNameOf(v, 'RedshiftParameterGroup', group?.ParameterGroupName, ['ClusterParameterGroups', 0, 'ParameterGroupName']),
      IamRoles: r.IamRoles && v.list(r.IamRoles.map((role, i) => v.plain(role.IamRoleArn ?? null, ['IamRoles', i, 'IamRoleArn'])), ['IamRoles']),
      LoggingStatus: undefined,
      LoggingProperties: loggingProperties(r.LoggingStatus, v),
    });
  },
};

/**
 * AWS keeps a default parameter group (`default.redshift-1.0`, …) in every
 * region of every account: it is judged only when a cluster of the region
 * uses it, like any other resource AWS owns. The account's own groups are
 * always judged.
 */
function isUsedOrOwnParameterGroup(group: RS<'parameterGroups'>, clusters: readonly RS<'clusters'>[]): boolean {
  const name = group.ParameterGroupName;
  if (!name?.startsWith('default.')) return true;
  return clusters.some((cluster) => cluster.ClusterParameterGroups?.some((used) => used.ParameterGroupName === name));
}

const REDSHIFT_PARAMETER_GROUP: Spec<RS<'parameterGroups'>> = {
  kind: 'RedshiftParameterGroup',
  type: 'ClusterParameterGroup',
  arn: (r, where) => redshiftArn(where, 'parametergroup', r.ParameterGroupName),
  name: (r) => r.ParameterGroupName,
  tags: 'inline',
  props: (r, v) =>
    v.record(r, {
      Parameters: r.Parameters
        ? v.list(
            r.Parameters.map((p, i) => v.plain({ ParameterName: p.ParameterName, ParameterValue: p.ParameterValue, Source: p.Source }, ['Parameters', i])),
            ['Parameters'],
          )
        : v.unknown('the parameters could not be read (DescribeClusterParameters failed)', ['Parameters']),
    }),
};

/** The subnets stay as DescribeClusterSubnetGroups gives them (each with its Availability Zone); their IDs are CloudFormation's SubnetIds. */
const REDSHIFT_SUBNET_GROUP: Spec<RS<'subnetGroups'>> = {
  kind: 'RedshiftSubnetGroup',
  type: 'ClusterSubnetGroup',
  arn: (r, where) => redshiftArn(where, 'subnetgroup', r.ClusterSubnetGroupName),
  name: (r) => r.ClusterSubnetGroupName,
  tags: 'inline',
  props: (r, v) =>
    v.record(r, {
      SubnetIds: r.Subnets && v.list(r.Subnets.map((s, i) => v.plain(s.SubnetIdentifier ?? null, ['Subnets', i, 'SubnetIdentifier'])), ['Subnets']),
    }),
};

/** A snapshot is named within its cluster: `snapshot:<cluster>/<snapshot>`. */
const REDSHIFT_SNAPSHOT: Spec<RS<'snapshots'>> = {
  kind: 'RedshiftSnapshot',
  type: 'Snapshot',
  arn: (r, where) => r.ClusterIdentifier && r.SnapshotIdentifier && redshiftArn(where, 'snapshot', `${r.ClusterIdentifier}/${r.SnapshotIdentifier}`),
  tags: 'inline',
  props: asIs,
};

const REDSHIFT_EVENT_SUBSCRIPTION: Spec<RS<'eventSubscriptions'>> = {
  kind: 'RedshiftEventSubscription',
  type: 'EventSubscription',
  arn: (r, where) => redshiftArn(where, 'eventsubscription', r.CustSubscriptionId),
  name: (r) => r.CustSubscriptionId,
  tags: 'inline',
  props: (r, v) => v.record(r, { CustSubscriptionId: undefined, SubscriptionName: v.optional(r.CustSubscriptionId, ['CustSubscriptionId']) }),
};

// ── IAM ──────────────────────────────────────────────────────────────────────

type I<K extends keyof IamState> = IamState[K][number];

/** Inline policies as CloudFormation's `Policies`: { PolicyName, PolicyDocument } with the document decoded. */
function inlinePolicies(list: readonly { PolicyName?: string; PolicyDocument?: string }[] | undefined, key: string, v: LiveValues, ctx: MappingContext): Value | undefined {
  if (!list) return undefined;
  return v.list(
    list.map((policy, i) =>
      v.map(
        [
          ['PolicyName', v.optional(policy.PolicyName, [key, i, 'PolicyName'])],
          ['PolicyDocument', ctx.document(v, policy.PolicyDocument, [key, i, 'PolicyDocument'])],
        ],
        [key, i],
      ),
    ),
    [key],
  );
}

function managedPolicyArns(attached: readonly { PolicyArn?: string }[] | undefined, v: LiveValues): Value | undefined {
  if (!attached) return undefined;
  return v.list(
    attached.map((p, i) => v.plain(p.PolicyArn ?? null, ['AttachedManagedPolicies', i, 'PolicyArn'])),
    ['AttachedManagedPolicies'],
  );
}

function permissionsBoundary(boundary: { PermissionsBoundaryArn?: string } | undefined, v: LiveValues): Value | undefined {
  return v.optional(boundary?.PermissionsBoundaryArn, ['PermissionsBoundary', 'PermissionsBoundaryArn']);
}

const IAM_ROLE: Spec<I<'roles'>> = {
  kind: 'IamRole',
  type: 'Role',
  arn: (r) => r.Arn,
  name: (r) => r.RoleName,
  ids: (r) => [r.RoleId],
  tags: 'inline',
  props: (r, v, ctx) =>
    v.record(r, {
      AssumeRolePolicyDocument: ctx.document(v, r.AssumeRolePolicyDocument, ['AssumeRolePolicyDocument']),
      RolePolicyList: undefined,
      Policies: inlinePolicies(r.RolePolicyList, 'RolePolicyList', v, ctx),
      AttachedManagedPolicies: undefined,
      ManagedPolicyArns: managedPolicyArns(r.AttachedManagedPolicies, v),
      PermissionsBoundary: permissionsBoundary(r.PermissionsBoundary, v),
    }),
};

const IAM_USER: Spec<I<'users'>> = {
  kind: 'IamUser',
  type: 'User',
  arn: (r) => r.Arn,
  name: (r) => r.UserName,
  ids: (r) => [r.UserId],
  tags: 'inline',
  props: (r, v, ctx) =>
    v.record(r, {
      UserPolicyList: undefined,
      Policies: inlinePolicies(r.UserPolicyList, 'UserPolicyList', v, ctx),
      AttachedManagedPolicies: undefined,
      ManagedPolicyArns: managedPolicyArns(r.AttachedManagedPolicies, v),
      PermissionsBoundary: permissionsBoundary(r.PermissionsBoundary, v),
      GroupList: undefined,
      Groups: r.GroupList && v.list(r.GroupList.map((group, i) => ctx.byNameOf(v, 'IamGroup', group, ['GroupList', i]) ?? v.plain(null, ['GroupList', i])), ['GroupList']),
    }),
};

const IAM_GROUP: Spec<I<'groups'>> = {
  kind: 'IamGroup',
  type: 'Group',
  arn: (r) => r.Arn,
  name: (r) => r.GroupName,
  ids: (r) => [r.GroupId],
  tags: 'none',
  props: (r, v, ctx) =>
    v.record(r, {
      GroupPolicyList: undefined,
      Policies: inlinePolicies(r.GroupPolicyList, 'GroupPolicyList', v, ctx),
      AttachedManagedPolicies: undefined,
      ManagedPolicyArns: managedPolicyArns(r.AttachedManagedPolicies, v),
    }),
};

/** GetAccountAuthorizationDetails may leave out a policy's name: then it is the ARN's last segment. */
const policyName = (r: I<'policies'>) => r.PolicyName ?? r.Arn?.split('/').pop();

/** The default version's document becomes `PolicyDocument`. */
const IAM_POLICY: Spec<I<'policies'>> = {
  kind: 'IamPolicy',
  type: 'ManagedPolicy',
  arn: (r) => r.Arn,
  name: policyName,
  ids: (r) => [r.PolicyId],
  tags: 'none',
  props: (r, v, ctx) => {
    const versions = r.PolicyVersionList ?? [];
    const index = versions.findIndex((version) => version.IsDefaultVersion || version.VersionId === r.DefaultVersionId);
    const name = policyName(r);
    return v.record(r, {
      PolicyName: undefined,
      ManagedPolicyName: v.optional(name, r.PolicyName ? ['PolicyName'] : ['Arn']),
      PolicyVersionList: undefined,
      PolicyDocument: index < 0 ? undefined : ctx.document(v, versions[index]!.Document, ['PolicyVersionList', index, 'Document']),
    });
  },
};
