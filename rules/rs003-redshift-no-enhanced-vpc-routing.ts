import { literal, message, propertyName } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { prop } from '../src/model/resource.js';
import { judge } from '../src/model/value.js';
import { isFalse } from './support/value-predicates.js';

export default defineRule({
  id: 'RS003',
  name: 'redshift-no-enhanced-vpc-routing',
  severity: 'medium',
  appliesTo: ['RedshiftCluster'],
  fixable: true,
  tags: ['security', 'network', 'redshift'],
  presets: {
    recommended: true,
    reason: 'Without enhanced VPC routing, COPY and UNLOAD traffic bypasses the VPC\'s controls.',
  },
  docs: {
    summary: 'Redshift cluster does not use enhanced VPC routing',
    description:
      "Reports a Redshift cluster whose `EnhancedVpcRouting` is `false` (a boolean or the string 'false'), or omitted: AWS then defaults it to `false`. A value chosen at deploy time (a parameter whose AllowedValues include false, one branch of an `Fn::If`, a parameter default that can be overridden) is reported one severity lower as a possible violation, naming the choice. A value sagelint cannot see (an imported value, a parameter without default) is not reported.",
    risk: 'Without enhanced VPC routing, COPY and UNLOAD traffic between the cluster and Amazon S3 (and other data sources) takes the public AWS network instead of your VPC: VPC endpoint policies, security groups, network ACLs and VPC flow logs do not see or restrict it, so data can be loaded from or unloaded to any bucket reachable with the cluster\'s credentials.',
    guidance: [
      {
        title: 'Enhanced VPC routing in Amazon Redshift',
        url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/enhanced-vpc-routing.html',
      },
      {
        title: 'AWS::Redshift::Cluster (EnhancedVpcRouting)',
        url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshift-cluster.html',
      },
    ],
    remediation: {
      cloudformation: 'EnhancedVpcRouting: true',
      terraform: 'enhanced_vpc_routing = true',
      cli: 'aws redshift modify-cluster --cluster-identifier <cluster-id> --enhanced-vpc-routing',
      console: 'Amazon Redshift console → Provisioned clusters → select the cluster → Actions → Modify → Network and security → turn on "Enhanced VPC routing" → Save changes.',
    },
    alsoKnownAs: {
      'Security Hub': ['Redshift.7'],
      'AWS Config': ['redshift-enhanced-vpc-routing-enabled'],
      'cdk-nag': [
        'HIPAA.Security-RedshiftEnhancedVPCRoutingEnabled',
        'NIST.800.53.R5-RedshiftEnhancedVPCRoutingEnabled',
        'PCI.DSS.321-RedshiftEnhancedVPCRoutingEnabled',
      ],
      checkov: ['CKV_AWS_321'],
      Prowler: ['redshift_cluster_enhanced_vpc_routing'],
      Steampipe: ['redshift_cluster_enhanced_vpc_routing_enabled'],
    },
    notes: [
      'Once enhanced VPC routing is on, COPY and UNLOAD need a route to their data: an S3 gateway endpoint for buckets in the same Region, or a NAT gateway for other Regions and services. Add the route before turning the option on, or loads fail.',
      'Redshift Spectrum queries on a cluster with enhanced VPC routing have their own network requirements (see the guidance); check them before turning the option on.',
    ],
  },
  check(cluster, { report }) {
    const routing = prop(cluster, 'EnhancedVpcRouting');
    const verdict = judge(routing, isFalse);
    if (!verdict) return;
    report({
      at: routing,
      certainty: verdict.certainty,
      message: message`${propertyName('EnhancedVpcRouting')} ${verdict.because}: COPY and UNLOAD traffic bypasses your VPC, so endpoint policies, security groups and flow logs neither see nor restrict it. Set ${propertyName('EnhancedVpcRouting')} to ${literal(true)} and give the VPC an S3 gateway endpoint.`,
      fix: { description: message`Set ${propertyName('EnhancedVpcRouting')} to ${literal(true)}`, edits: [{ target: routing, value: true }] },
    });
  },
});
