/**
 * The normalized resource model. Every loader (CloudFormation, Terraform, live
 * account) emits these; rules see nothing else.
 *
 * Property names are canonical: CloudFormation's property names (which match the
 * SageMaker, EC2, IAM and Redshift API shapes), so one rule reads every input.
 */
import type { Location, Path } from './location.js';
import { type Value } from './value.js';
export declare const RESOURCE_KINDS: readonly ["NotebookInstance", "NotebookLifecycleConfig", "Domain", "UserProfile", "Model", "EndpointConfig", "Endpoint", "Job", "TransformJob", "Pipeline", "FeatureGroup", "InferenceExperiment", "HyperPodCluster", "Space", "StudioLifecycleConfig", "Workforce", "AppImageConfig", "Image", "ModelPackageGroup", "StateMachine", "SecurityGroup", "SecurityGroupIngress", "Vpc", "Subnet", "VpcEndpoint", "RedshiftCluster", "RedshiftParameterGroup", "RedshiftSubnetGroup", "RedshiftEventSubscription", "RedshiftSnapshot", "RedshiftServerlessNamespace", "RedshiftServerlessWorkgroup", "IamRole", "IamUser", "IamGroup", "IamPolicy", "RouteTable", "Route", "HostedZone", "RecordSet"];
/**
 * sagelint's own gate files in the working tree, in trusted mode (the config
 * and baseline that judge a pull request come from its base): each such
 * resource holds the ways its file would weaken the trusted gate. Not
 * infrastructure, so not among RESOURCE_KINDS.
 */
export declare const GATE_KINDS: readonly ["SagelintConfig", "SagelintBaseline"];
export type ResourceKind = (typeof RESOURCE_KINDS)[number] | (typeof GATE_KINDS)[number];
/** The SageMaker kinds (not the network, IAM and Redshift ones around them). */
export declare const SAGEMAKER_KINDS: readonly ResourceKind[];
/**
 * Canonical shapes of the kinds that have no single CloudFormation type:
 *
 * - `Job` (training, tuning training definitions, processing, monitoring job
 *   definitions, wherever declared): the CreateTrainingJob request shape —
 *   `JobType` ('training' | 'tuning' | 'processing' | 'data-quality' |
 *   'model-quality' | 'model-bias' | 'model-explainability'), `RoleArn`,
 *   `VpcConfig { Subnets, SecurityGroupIds }`, `EnableNetworkIsolation`,
 *   `EnableInterContainerTrafficEncryption`, `ResourceConfig { InstanceCount,
 *   VolumeKmsKeyId }`, `OutputDataConfig { KmsKeyId }`.
 * - `TransformJob`: the CreateTransformJob request shape — `ModelName`,
 *   `TransformResources { InstanceCount, VolumeKmsKeyId }`, `TransformOutput { KmsKeyId }`.
 * - `Model` declared outside `AWS::SageMaker::Model` (Step Functions createModel,
 *   pipeline Model steps, live DescribeModel): the CreateModel request shape.
 */
export type SourceFormat = 'cloudformation' | 'terraform' | 'terraform-plan' | 'live' | 'sagelint';
/** An in-source request to silence a rule on this resource. */
export interface InlineSuppression {
    ruleId: string;
    /** Absent or empty reasons are themselves reported. */
    reason?: string;
    loc: Location;
}
/** Tags as the loader could read them. */
export interface TagSet {
    /** Tag keys whose presence is certain, with their values where known. */
    known: ReadonlyMap<string, string | undefined>;
    /** Some tags come from something unresolvable (a parameter list, a variable map). */
    partial: boolean;
    loc: Location;
    /**
     * The resource's own tags where an input writes them outside the properties
     * (Terraform's `tags` argument), located there at the canonical path `Tags`:
     * what a finding about the tags points at, when the `Tags` property is omitted.
     */
    written?: Value;
}
export interface Resource {
    kind: ResourceKind;
    /** Logical ID, Terraform address, or ARN: the identity used in messages and fingerprints. */
    id: string;
    /** Native type: `AWS::SageMaker::NotebookInstance`, `aws_sagemaker_notebook_instance`, an API shape name. */
    type: string;
    source: SourceFormat;
    /** Where the resource is declared (the logical ID key, the block header, the ARN). */
    loc: Location;
    /** Canonical properties, as a map value. */
    props: Value;
    /** Undefined when the resource type cannot carry tags. */
    tags?: TagSet;
    suppressions: InlineSuppression[];
    /** Other names the resource answers to: physical IDs, names, ARNs (for live references). */
    aliases: string[];
    /** Human context: a CDK construct path, a Terraform module path, a stack name. */
    label?: string;
    /** The CloudFormation condition that decides whether it exists at all. */
    condition?: string;
    /**
     * The Terraform root module (its directory) whose module call declares this
     * resource, when the module lies outside that root, so that several roots may
     * call it: findings name the instance (`envs/dev → module.net.aws_vpc.main`).
     */
    root?: string;
}
/** How findings name a resource: its identity, prefixed with the root module that instantiates it when several may. */
export declare function instanceName(resource: Pick<Resource, 'id' | 'root'>): string;
/** A property of a resource, with AWS's default filled in when it is omitted. */
export declare function prop(resource: Resource, ...path: (string | number)[]): Value;
/**
 * Where a value stands inside the resource's properties (`['VpcConfig',
 * 'Subnets']`), as its source names it; the full path when it stands
 * elsewhere (a value read from another resource).
 */
export declare function propertyPathOf(resource: Resource, value: Value): Path;
