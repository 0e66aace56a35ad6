import { literal, message, propertyName } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { isSageMakerService, servicesOf } from '../src/model/network.js';
import type { ResourceGraph } from '../src/model/graph.js';
import { prop, type Resource } from '../src/model/resource.js';
import { get, judge, stringOf, type Value } from '../src/model/value.js';
import { isBoolean, jointCertainty } from './support/value-predicates.js';

/**
 * The labels private DNS would serve before the region, from the service's
 * suffix: `sagemaker.api` → `api.sagemaker.` (`api.sagemaker.<region>.amazonaws.com`),
 * `notebook` → `notebook.` (`notebook.<region>.sagemaker.aws`).
 */
function hostPrefixOf(suffix: string): string {
  return `${suffix.split('.').reverse().join('.')}.`;
}

/**
 * AWS's pattern for endpoints shared from a central VPC: private DNS off, and
 * a Route 53 private hosted zone for the service's host name, associated with
 * the endpoint's VPC, holding an alias record to the endpoint. A name serves
 * the service when the record's or the zone's name starts with its host name.
 */
function servedByPrivateZone(graph: ResourceGraph, endpoint: Resource, suffix: string): boolean {
  const prefix = hostPrefixOf(suffix);
  const serves = (value: Value) => (stringOf(value) ?? '').toLowerCase().startsWith(prefix);
  const vpcs = new Set(graph.resolve(prop(endpoint, 'VpcId')));
  return graph.referrers(endpoint, 'RecordSet').some(({ from: record, via }) => {
    if (!via.loc.path.includes('AliasTarget')) return false;
    return graph.resolve(prop(record, 'HostedZoneId')).some((zone) => {
      if (zone.kind !== 'HostedZone' || !(serves(prop(record, 'Name')) || serves(prop(zone, 'Name')))) return false;
      const associations = prop(zone, 'VPCs');
      const zoneVpcs = associations.t === 'list' ? associations.items.flatMap((a) => graph.resolve(get(a, 'VPCId'))) : [];
      return zoneVpcs.some((vpc) => vpcs.has(vpc));
    });
  });
}

export default defineRule({
  id: 'SM051',
  name: 'vpc-endpoint-private-dns-off',
  severity: 'low',
  appliesTo: ['VpcEndpoint'],
  fixable: true,
  tags: ['security', 'network', 'sagemaker', 'vpc-endpoint'],
  presets: {
    recommended: true,
    reason: 'An interface endpoint without private DNS is bypassed by the SDKs, which keep calling the public endpoint.',
  },
  docs: {
    summary: 'SageMaker interface endpoint without private DNS',
    description:
      "Reports an interface VPC endpoint for a SageMaker service (`…sagemaker.api`, `…sagemaker.runtime`, `aws.sagemaker.<region>.notebook`, `…studio`, and other `sagemaker.*` services such as Feature Store) whose `PrivateDnsEnabled` is `false`, or omitted: CloudFormation and Terraform then create the endpoint without private DNS (the EC2 API and console turn it on by default; live endpoints report their actual setting). Gateway endpoints have no private DNS and are not checked. A service name or setting chosen at deploy time makes the finding possible, one severity lower. An endpoint shared from a central VPC the way AWS documents it is not reported: private DNS off, and a Route 53 private hosted zone for the service's host name (`api.sagemaker.<region>.amazonaws.com`, …), associated with the endpoint's VPC, holding an alias record (`AliasTarget`) to the endpoint; in Terraform, an `aws_route53_zone` with a `vpc` block and an `aws_route53_record` whose `alias` names the endpoint's `dns_entry`.",
    risk: "Without private DNS, SageMaker's public host names (api.sagemaker.<region>.amazonaws.com, runtime.sagemaker…, the notebook and Studio URLs) still resolve to public addresses inside the VPC: SDKs, the CLI and browsers keep using the public endpoints through a NAT gateway or fail, and only clients configured with the endpoint-specific DNS name use the endpoint and its policy.",
    guidance: [
      {
        title: 'Connect to SageMaker AI within your VPC (interface endpoints)',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/interface-vpc-endpoint.html',
      },
      {
        title: 'Access an AWS service using an interface VPC endpoint (private DNS)',
        url: 'https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html',
      },
    ],
    remediation: {
      cloudformation: 'PrivateDnsEnabled: true',
      terraform: 'private_dns_enabled = true',
      cli: 'aws ec2 modify-vpc-endpoint --vpc-endpoint-id <vpc-endpoint-id> --private-dns-enabled',
      console: 'VPC console → Endpoints → the endpoint → Actions → Modify private DNS name → Enable for this endpoint.',
    },
    notes: [
      'Private DNS needs the VPC attributes enableDnsSupport and enableDnsHostnames set to true.',
      'The peer corpus KICS query for SQS endpoints checks those VPC attributes instead; sagelint checks the endpoint setting for SageMaker services.',
    ],
  },
  check(endpoint, { report, graph }) {
    const services = servicesOf(endpoint).names.filter(isSageMakerService);
    if (services.length === 0) return;
    const interfaceType = judge(prop(endpoint, 'VpcEndpointType'), (v) => stringOf(v) === 'Interface');
    if (!interfaceType) return;
    const dns = prop(endpoint, 'PrivateDnsEnabled');
    const verdict = judge(dns, (v) => isBoolean(v, false));
    if (!verdict) return;
    if (services.every((service) => servedByPrivateZone(graph, endpoint, service.suffix))) return;
    const service = services[0]!.suffix;
    report({
      at: dns,
      certainty: jointCertainty(interfaceType, verdict),
      message: message`${propertyName('PrivateDnsEnabled')} ${verdict.because}: inside the VPC, SageMaker's public host names for ${service} keep resolving to public addresses, so SDKs and browsers bypass this endpoint and its policy. Set it to ${literal(true)}.`,
      fix: { description: message`Set ${propertyName('PrivateDnsEnabled')} to ${literal(true)}`, edits: [{ target: dns, value: true }] },
    });
  },
});
