import { joinText, message, propertyName, REGION, SCOPE, type Text } from '../src/core/dialect.js';
import { defineRule, regionName, REGION_VARIABLE, type Fix, type ResourceAddition, type RuleContext } from '../src/core/rule.js';
import type { ResourceGraph } from '../src/model/graph.js';
import {
  ACCOUNT_ENDPOINT_POLICY,
  attachedOf,
  attachmentsOf,
  endpointsOf,
  internetPath,
  namingFor,
  serviceNameFor,
  routeTablesOf,
  servicesOf,
  tenantsOf,
  vpcsNamedBy,
  vpcsOf,
  VPC_TENANT_KINDS,
  type EndpointService,
  type Naming,
} from '../src/model/network.js';
import { prop, propertyPathOf, type Resource } from '../src/model/resource.js';
import { isFullyKnown, judge, leaves, stringOf, type Value } from '../src/model/value.js';
import { jobKind } from './job-common.js';

type Service = Exclude<EndpointService, 'other'>;

/** An endpoint the VPC needs, why, whether it is needed in every deployment, and whether AWS documents it as optional. */
interface Need {
  service: Service;
  why: string;
  certain: boolean;
  /** Only for convenience (the Studio UI from inside the VPC): named, but never the reason for a finding. */
  optional?: boolean;
}

const SHOWN_NAMES = 3;

/** The endpoint policy of the remediation snippets: the one the fix writes, held to your account (SM052). */
const POLICY_YAML = ['    PolicyDocument:', "      Version: '2012-10-17'", '      Statement:', "        - { Effect: Allow, Principal: '*', Action: '*', Resource: '*', Condition: { StringEquals: { aws:PrincipalAccount: <account-id> } } }"];
const POLICY_HCL = [
  '  policy              = jsonencode({',
  '    Version   = "2012-10-17"',
  '    Statement = [{ Effect = "Allow", Principal = "*", Action = "*", Resource = "*", Condition = { StringEquals = { "aws:PrincipalAccount" = "<account-id>" } } }]',
  '  })',
];

/** An `AWS::EC2::VPCEndpoint` ready to paste into a template's Resources, named as the fix names it. */
function endpointYaml(service: Service): string {
  const placement =
    service === 's3' ? ['    RouteTableIds: [<route-table-id>]'] : ['    PrivateDnsEnabled: true', '    SubnetIds: [<subnet-id>]', '    SecurityGroupIds: [<security-group-id>]'];
  return [
    `${ADDED_IDS[service]}:`,
    '  Type: AWS::EC2::VPCEndpoint',
    '  Properties:',
    '    VpcId: <vpc-id>',
    `    ServiceName: !Sub ${serviceNameFor(service, '${AWS::Region}', false)}`,
    `    VpcEndpointType: ${service === 's3' ? 'Gateway' : 'Interface'}`,
    ...placement,
    ...POLICY_YAML,
  ].join('\n');
}

/** The Terraform names of the snippets' blocks: what the fix names them (`aws_vpc_endpoint.sagemaker_api`). */
const TERRAFORM_NAMES: Readonly<Record<Service, string>> = {
  'sagemaker.api': 'sagemaker_api',
  'sagemaker.runtime': 'sagemaker_runtime',
  notebook: 'sagemaker_notebook',
  studio: 'sagemaker_studio',
  s3: 's3',
};

/** The same as a Terraform `aws_vpc_endpoint` block. */
function endpointHcl(service: Service): string {
  const placement =
    service === 's3' ? ['  route_table_ids     = ["<route-table-id>"]'] : ['  private_dns_enabled = true', '  subnet_ids          = ["<subnet-id>"]', '  security_group_ids  = ["<security-group-id>"]'];
  return [
    `resource "aws_vpc_endpoint" "${TERRAFORM_NAMES[service]}" {`,
    '  vpc_id              = "<vpc-id>"',
    `  service_name        = "${serviceNameFor(service, '<region>', false)}"`,
    `  vpc_endpoint_type   = "${service === 's3' ? 'Gateway' : 'Interface'}"`,
    ...placement,
    ...POLICY_HCL,
    '}',
  ].join('\n');
}

function describeTenant(resource: Resource): string {
  switch (resource.kind) {
    case 'NotebookInstance':
      return `notebook ${resource.id}`;
    case 'Domain':
      return `domain ${resource.id}`;
    case 'Model':
      return `model ${resource.id}`;
    default:
      return `${jobKind(resource)} ${resource.id}`;
  }
}

function listed(resources: readonly Resource[]): string {
  const names = resources.slice(0, SHOWN_NAMES).map(describeTenant);
  const rest = resources.length - names.length;
  return rest > 0 ? `${names.join(', ')} and ${rest} more` : names.join(', ');
}

/** A Studio domain that can be VpcOnly sends all Studio traffic through the VPC. */
function vpcOnly(domain: Resource) {
  return judge(prop(domain, 'AppNetworkAccessType'), (v) => stringOf(v) === 'VpcOnly');
}

/**
 * Whether a tenant's SageMaker traffic can pass through its VPC, and how surely.
 * A PublicInternetOnly domain (the default) sends only its EFS traffic there:
 * the rest goes through a VPC SageMaker manages, so it needs no endpoints.
 */
function usesVpcForSageMaker(tenant: Resource): 'definite' | 'possible' | undefined {
  if (tenant.kind !== 'Domain') return 'definite';
  const access = prop(tenant, 'AppNetworkAccessType');
  // What is not known to be PublicInternetOnly (a custom resource's attribute, an unknown) may be VpcOnly.
  const verdict = judge(access, (v) => v.t !== 'omitted' && stringOf(v) !== 'PublicInternetOnly');
  if (!verdict) return isFullyKnown(access) ? undefined : 'possible';
  return verdict.bad.every((leaf) => stringOf(leaf.value) === 'VpcOnly') ? verdict.certainty : 'possible';
}

/** A notebook reaches S3 through its VPC unless SageMaker gives it direct internet access. */
function notebookUsesVpc(notebook: Resource) {
  return judge(prop(notebook, 'DirectInternetAccess'), (v) => stringOf(v) === 'Disabled');
}

function needsOf(graph: ResourceGraph, vpc: Resource, tenants: readonly Resource[]): Need[] {
  const needs: Need[] = [
    { service: 'sagemaker.api', why: 'SageMaker API calls', certain: true },
    { service: 'sagemaker.runtime', why: 'endpoint invocations', certain: true },
  ];
  const notebooks = tenants.filter((t) => t.kind === 'NotebookInstance');
  if (notebooks.length > 0) needs.push({ service: 'notebook', why: `${listed(notebooks)} in the VPC`, certain: true });
  const domains = tenants.filter((t) => t.kind === 'Domain').flatMap((domain) => {
    const verdict = vpcOnly(domain);
    return verdict ? [{ domain, verdict }] : [];
  });
  if (domains.length > 0) {
    needs.push({
      service: 'studio',
      why: `to open Studio from inside the VPC for VpcOnly ${listed(domains.map((d) => d.domain))}`,
      certain: domains.some((d) => d.verdict.certainty === 'definite'),
      optional: true,
    });
  }
  const s3Users = tenants.filter((t) => t.kind !== 'NotebookInstance' || notebookUsesVpc(t));
  if (s3Users.length > 0) {
    const reach = internetPath(graph, vpc, [...new Set(s3Users.flatMap((t) => attachedOf(graph, t, 'Subnet')))]);
    if (reach !== 'yes') {
      const route = reach === 'no' ? 'no route to the internet' : 'no known route to the internet';
      needs.push({ service: 's3', why: `${listed(s3Users)} with ${route}`, certain: reach === 'no' });
    }
  }
  return needs;
}

/** What the endpoint of each service is called when the fix adds it, canonically: each input derives its own name (Terraform: `sagemaker_api`). */
const ADDED_IDS: Readonly<Record<Service, string>> = {
  'sagemaker.api': 'SageMakerApiEndpoint',
  'sagemaker.runtime': 'SageMakerRuntimeEndpoint',
  notebook: 'SageMakerNotebookEndpoint',
  studio: 'SageMakerStudioEndpoint',
  s3: 'S3Endpoint',
};

/** Every endpoint the rule asks for, in the order the remediation lists them. */
const SERVICES = Object.keys(ADDED_IDS) as Service[];

/** The service name of an endpoint as a message gives it: the deploying region in the input's words when no region is known. */
function serviceNameText(service: Service, naming: Naming): Text {
  if (naming.region) return serviceNameFor(service, naming.region, naming.china);
  const [before, after] = serviceNameFor(service, REGION_VARIABLE, naming.china).split(REGION_VARIABLE);
  return message`${before!}${REGION}${after!}`;
}

/**
 * One `AWS::EC2::VPCEndpoint` per missing service, after the VPC: interface
 * endpoints with private DNS in the tenants' subnets and security groups, S3
 * as a gateway on the VPC's route tables; placeholders where the code names none.
 */
function addEndpoints({ graph, canReference }: RuleContext, vpc: Resource, tenants: readonly Resource[], missing: readonly Need[], naming: Naming): Fix {
  const refsOr = (resources: readonly Resource[], placeholder: string) => {
    const named = [...new Set(resources)].filter(canReference);
    return named.length ? named.map((r) => ({ Ref: r.id })) : [placeholder];
  };
  const subnets = refsOr(tenants.flatMap((t) => attachedOf(graph, t, 'Subnet')), '<subnet-id>');
  const securityGroups = refsOr(tenants.flatMap((t) => attachedOf(graph, t, 'SecurityGroup')), '<security-group-id>');
  const routeTables = refsOr(routeTablesOf(graph, vpc), '<route-table-id>');
  const additions = missing.map(({ service }): ResourceAddition => {
    const { region, china } = naming;
    const name = region ? serviceNameFor(service, region, china) : regionName((deployed) => serviceNameFor(service, deployed, china));
    const placement =
      service === 's3'
        ? { VpcEndpointType: 'Gateway', RouteTableIds: routeTables }
        : { VpcEndpointType: 'Interface', PrivateDnsEnabled: true, SubnetIds: subnets, SecurityGroupIds: securityGroups };
    return {
      near: vpc,
      id: ADDED_IDS[service],
      type: 'AWS::EC2::VPCEndpoint',
      // The endpoint's policy is held to the account, so the fix does not open what SM052 then reports.
      properties: { VpcId: { Ref: vpc.id }, ServiceName: name, ...placement, PolicyDocument: ACCOUNT_ENDPOINT_POLICY },
    };
  });
  return { description: `Add VPC endpoints to ${vpc.id} for ${missing.map((m) => m.service).join(', ')}`, edits: [], additions };
}

// ── VPCs of other templates ──────────────────────────────────────────────────

function fileOf(resource: Resource): string | undefined {
  return resource.loc.kind === 'source' ? resource.loc.file : undefined;
}

/**
 * How a tenant reaches a VPC: whether it does in every deployment (not only for
 * one of several candidate exports or parameter values), and, for a tenant of
 * another template, where it is and the chain that leads to the VPC
 * (`notebook N in notebook.yaml: subnet S from network.yaml via Export ml-subnet`).
 */
function placement(graph: ResourceGraph, tenant: Resource, vpc: Resource): { certain: boolean; text?: string } {
  const leadingLeaves = attachmentsOf(tenant)
    .flatMap(itemsOf)
    .flatMap((value) => leaves(value))
    .filter((leaf) => vpcsNamedBy(graph, leaf.value).includes(vpc));
  const certain = leadingLeaves.some((leaf) => leaf.certain);
  if (fileOf(tenant) === fileOf(vpc)) return { certain };
  const chains = [...new Set(leadingLeaves.flatMap((leaf) => (leaf.value.t === 'ref' && leaf.value.text.includes(' via ') ? [leaf.value.text] : [])))];
  const via = [...new Set(leadingLeaves.filter((leaf) => !leaf.certain).flatMap((leaf) => leaf.via))];
  const how = [...chains, ...via.map((v) => `if ${v}`)].join(', ');
  return { certain, text: `${describeTenant(tenant)} in ${fileOf(tenant)}${how ? `: ${how}` : ''}` };
}

// ── VPCs the code does not declare ───────────────────────────────────────────

/**
 * Notes, for a SageMaker resource whose VPC is not in the graph, each value
 * that should lead to it: its own subnet, security group or VPC ID, or the
 * `VpcId` of a subnet or security group it uses. Such a VPC cannot be judged.
 */
function noteUnresolvedVpc(tenant: Resource, { graph, note }: RuleContext): void {
  if (!usesVpcForSageMaker(tenant) || vpcsOf(graph, tenant).length > 0) return;
  for (const value of attachmentsOf(tenant).flatMap(itemsOf)) {
    const holders = graph.resolve(value).filter((r) => r.kind === 'Subnet' || r.kind === 'SecurityGroup');
    const unresolved: { at: Value; via: Text }[] = holders.length
      ? holders.map((h) => ({ at: prop(h, 'VpcId'), via: message`the ${propertyName('VpcId', { of: h })} of ${h.kind === 'Subnet' ? 'subnet' : 'security group'} ${h.id}` }))
      : [{ at: value, via: lastKey(tenant, value) }];
    for (const { at, via } of unresolved) {
      if (at.t === 'omitted') continue;
      note({ at, message: message`the VPC of ${describeTenant(tenant)} is not in ${SCOPE} (${via}: ${describeUnresolved(at)}): its endpoints cannot be checked from ${SCOPE}; ${decidingInput(at)}` });
    }
  }
}

const AUDIT = '`sagelint audit` of the account it is deployed in judges it';

/** The input that would let a scan judge the VPC, from what keeps it unknown. */
export function decidingInput(value: Value): string {
  const reasons = value.t === 'unknown' ? [value.reason] : value.t === 'oneOf' ? value.options.map((o) => o.via) : [];
  for (const reason of reasons) {
    const parameter = /^parameter (\S+) (?:has no default|can be set at deploy time|is ')/.exec(reason);
    if (parameter) return `a parameter file giving ${parameter[1]} (--parameters, or parameters: in .sagelint.yml) decides it`;
    if (/ is read from SSM /.test(reason)) return `the SSM parameter's value decides it, which only the account holds: ${AUDIT}`;
    const imported = /^imported from another stack's export (.+)$/.exec(reason);
    if (imported) return `no scanned template exports ${imported[1]}: scanning the template that does, with this one, decides it`;
    const variable = /^(var\.\S+)/.exec(reason);
    if (variable) return `a variable file giving ${variable[1]} (--var-file, or terraform.tfvars) decides it`;
    const module = /^(module\.\S+) is not checked/.exec(reason);
    if (module) return `\`terraform init\` (so that the source of ${module[1]} can be read) decides it`;
  }
  if (value.t === 'ref') return `its value is known only once the stack is deployed: ${AUDIT}`;
  return `the VPC is declared outside the scanned code: ${AUDIT}`;
}

/** The items of a list, or the value itself; nothing when omitted. */
function itemsOf(value: Value): Value[] {
  if (value.t === 'omitted') return [];
  return value.t === 'list' ? [...value.items] : [value];
}

/** The property a value stands at, in the input's words, without the properties around it. */
function lastKey(tenant: Resource, value: Value): Text {
  const path = propertyPathOf(tenant, value);
  const last = path.findLastIndex((k) => typeof k === 'string');
  if (last < 0) return 'its network settings';
  return message`${propertyName(path.slice(0, last + 1), { of: tenant, below: path.slice(0, last) })}`;
}

/** Why a value names no resource in scope, in the words of the loader that read it. */
function describeUnresolved(value: Value): string {
  switch (value.t) {
    case 'unknown':
      return value.reason;
    case 'oneOf':
      return `set at deploy time (${value.options.map((o) => o.via).join('; ')})`;
    case 'ref':
      // The target is declared (the loader made a reference of it) but is no kind the model holds: a custom resource, say.
      return `${value.text} is an attribute of a resource sagelint does not model, such as a custom resource`;
    case 'scalar':
      return `${JSON.stringify(value.v)} is declared elsewhere`;
    default:
      return 'not a reference sagelint can follow';
  }
}

export default defineRule({
  id: 'SM050',
  name: 'vpc-missing-sagemaker-endpoints',
  severity: 'medium',
  appliesTo: ['Vpc', ...VPC_TENANT_KINDS],
  fixable: true,
  tags: ['security', 'network', 'sagemaker', 'vpc-endpoint'],
  presets: {
    recommended: true,
    reason: 'Without the SageMaker interface endpoints, traffic of a VPC-only deployment leaves the VPC or fails: the network control the other rules rely on.',
  },
  docs: {
    summary: 'VPC that hosts SageMaker resources lacks the VPC endpoints they need',
    description:
      "For each VPC that hosts SageMaker resources (notebook instances through `SubnetId`, Studio domains that can be `VpcOnly` through `VpcId`/`SubnetIds`, models and jobs through `VpcConfig` subnets or security groups, wherever declared), lists the VPC endpoints it lacks, in one finding at the VPC: the SageMaker API (`com.amazonaws.<region>.sagemaker.api`) and runtime (`…sagemaker.runtime`) always; the notebook endpoint (`aws.sagemaker.<region>.notebook`) when notebooks attach; and S3 (`com.amazonaws.<region>.s3`, gateway or interface) when jobs, models, notebooks without direct internet access or VpcOnly domains have no route to the internet. Those are required; the Studio endpoint (`aws.sagemaker.<region>.studio`), which AWS documents as optional (it serves the Studio UI to browsers inside the VPC), is named for `VpcOnly` domains as optional when a finding is reported, and is never the reason for one. A route to the internet is a default route (`0.0.0.0/0`, `::/0`) to a NAT gateway, transit gateway, instance or network interface in one of the VPC's route tables (for live accounts, the route table of the resources' subnets); a VPC declared without such a route has none. An endpoint counts by its `ServiceName`, including `!Sub com.amazonaws.${AWS::Region}.…` and FIPS variants; China regions use the `cn.com.amazonaws` prefix. Missing names are given with the region of the live VPC or of the template's other endpoints, else `${AWS::Region}`. A VPC that is not in scope (a parameter, an import, a Terraform variable or data source, an ID written literally) is not judged: a note names each such value instead (\"the VPC of notebook X is not in the template (the VpcId of subnet Y: parameter VpcId has no default)…\"), at the value, so the endpoints can be checked where that VPC is declared, and says which input would decide it (a parameter file, a variable file, `terraform init`, the template that exports it, or an audit of the account). A VPC declared in another template of the scan root (a nested stack, a stack whose export the tenant imports, another stack of a CDK cloud assembly) is judged where it is declared, with its endpoints from any template, and the finding names each tenant of another file and the chain that leads to it (`subnet S from network.yaml via Export ml-subnet`); a tenant that reaches the VPC only for one of several candidate exports or parameter values makes the finding possible. A need that depends on a deploy-time choice (a domain that can be VpcOnly, an unknown route), or an endpoint whose service name cannot be read, makes the finding possible, one severity lower.",
    risk: 'Without interface endpoints, calls from the VPC to SageMaker (starting jobs, reading notebook URLs, invoking endpoints) and to S3 (training data, model artifacts) leave the VPC through a NAT gateway and the internet, outside your endpoint policies, or fail where the VPC has no internet route: a private VPC then pushes teams to open one.',
    guidance: [
      {
        title: 'Connect to SageMaker AI within your VPC (interface endpoints)',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/interface-vpc-endpoint.html',
      },
      {
        title: 'Connect to a notebook instance through a VPC interface endpoint',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/notebook-interface-endpoint.html',
      },
      {
        title: 'Connect to SageMaker Studio through an interface VPC endpoint',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/studio-interface-endpoint.html',
      },
      {
        title: 'Give SageMaker training jobs access to resources in your Amazon VPC (S3 endpoint)',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/train-vpc.html',
      },
    ],
    remediation: {
      cloudformation: SERVICES.map(endpointYaml).join('\n'),
      terraform: SERVICES.map(endpointHcl).join('\n'),
      cli: 'aws ec2 create-vpc-endpoint --vpc-id <vpc-id> --vpc-endpoint-type Interface --service-name com.amazonaws.<region>.sagemaker.api --subnet-ids <subnet-id> --security-group-ids <security-group-id> --private-dns-enabled\naws ec2 create-vpc-endpoint --vpc-id <vpc-id> --vpc-endpoint-type Gateway --service-name com.amazonaws.<region>.s3 --route-table-ids <route-table-id>',
      console: 'VPC console → Endpoints → Create endpoint: choose "AWS services", the service name, the VPC, private subnets in each Availability Zone and a security group that allows HTTPS from the SageMaker resources; enable private DNS names.',
    },
    alsoKnownAs: {
      'AWS Config': ['service-vpc-endpoint-enabled', 'vpc-endpoint-enabled'],
    },
    notes: [
      'Subnet associations of route tables are not traced in templates: any default route to a NAT gateway (or transit gateway, instance, network interface) in one of the VPC\'s route tables counts as an internet path for all of its subnets. An internet gateway alone does not, since SageMaker network interfaces get no public IP addresses.',
      'A `PublicInternetOnly` domain, the default, sends only its EFS traffic through its VPC; the rest goes through a VPC SageMaker manages, so it needs no endpoints in its own and is neither judged nor noted (SM010 reports its internet access).',
      'Models and VpcOnly domains also need S3 (model artifacts, Studio assets), so they count with jobs and notebooks for the S3 endpoint.',
      'The fix adds one `AWS::EC2::VPCEndpoint` per missing service right after the VPC (CloudFormation; `!Ref`/`!Sub` short forms in YAML) or one `resource "aws_vpc_endpoint"` block after the VPC block (Terraform): interface endpoints with private DNS in the subnets and security groups the SageMaker resources use, the S3 gateway endpoint on the VPC\'s route tables, each with an endpoint policy held to your account (`aws:PrincipalAccount`, as SM052 asks); `<subnet-id>`, `<security-group-id>`, `<route-table-id>` and `<account-id>` placeholders where the code names none. Service names use `${AWS::Region}` in CloudFormation; Terraform has no region value unless a data source declares one, so they use the region of the other endpoints, else a `<region>` placeholder to fill in. New names never collide with existing ones (a number is appended). Live VPCs get the CLI and console remediation only.',
    ],
  },
  check(resource, context) {
    if (resource.kind !== 'Vpc') return noteUnresolvedVpc(resource, context);
    const { graph, report } = context;
    const vpc = resource;
    const tenants = tenantsOf(graph, vpc).filter(usesVpcForSageMaker);
    if (tenants.length === 0) return;
    const endpoints = endpointsOf(graph, vpc).map(servicesOf);
    const present = new Set(endpoints.flatMap((e) => e.names.map((n) => n.service)));
    const unreadable = endpoints.some((e) => e.unreadable);
    const missingAll = needsOf(graph, vpc, tenants).filter((need) => !present.has(need.service));
    const missing = missingAll.filter((need) => !need.optional);
    if (missing.length === 0) return;
    const naming = namingFor(graph, vpc);
    const describe = (needs: readonly Need[]) => joinText(needs.map((m) => message`${serviceNameText(m.service, naming)} (${m.why})`), ', ');
    const optional = missingAll.filter((need) => need.optional);
    const alsoOptional = optional.length ? message` It also has none for ${describe(optional)}, which AWS documents as optional.` : '';
    const placements = tenants.map((t) => placement(graph, t, vpc));
    const certainTenant = tenants.some((t, i) => placements[i]!.certain && usesVpcForSageMaker(t) === 'definite');
    const elsewhere = placements.flatMap((p) => (p.text ? [p.text] : []));
    report({
      at: vpc,
      certainty: !unreadable && certainTenant && missing.some((m) => m.certain) ? 'definite' : 'possible',
      message: message`VPC ${vpc.id} hosts ${listed(tenants)}${elsewhere.length ? ` (${elsewhere.join('; ')})` : ''} but has no VPC endpoint for ${describe(missing)}: calls to these services leave the VPC over the internet, or fail where it has no route out. Add the endpoints (interface endpoints with private DNS; a gateway endpoint for S3).${alsoOptional}`,
      fix: addEndpoints(context, vpc, tenants, missing, naming),
    });
  },
});
