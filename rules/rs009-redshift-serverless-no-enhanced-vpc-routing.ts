import { literal, message, propertyName } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { prop } from '../src/model/resource.js';
import { judge } from '../src/model/value.js';
import { SERVERLESS_LIVE_AUDIT_NOTE, SERVERLESS_SECURITY_HUB, SERVERLESS_WORKGROUP_CFN } from './support/redshift-serverless.js';
import { isFalse } from './support/value-predicates.js';

export default defineRule({
  id: 'RS009',
  name: 'redshift-serverless-no-enhanced-vpc-routing',
  severity: 'medium',
  appliesTo: ['RedshiftServerlessWorkgroup'],
  fixable: true,
  tags: ['security', 'network', 'redshift'],
  presets: {
    recommended: true,
    reason: "Without enhanced VPC routing, COPY and UNLOAD traffic bypasses the VPC's controls.",
  },
  docs: {
    summary: 'Redshift Serverless workgroup does not use enhanced VPC routing',
    description:
      "Reports a Redshift Serverless workgroup whose `EnhancedVpcRouting` is `false` (a boolean or the string 'false'), or omitted: CreateWorkgroup (and the AWS provider for Terraform) then default it to `false`. A value chosen at deploy time is reported one severity lower as a possible violation, naming the choice; a value sagelint cannot see is not reported.",
    risk: "Without enhanced VPC routing, COPY and UNLOAD traffic between the workgroup and Amazon S3 takes the public AWS network instead of your VPC: VPC endpoint policies, security groups, network ACLs and flow logs do not see or restrict it, so data can be loaded from or unloaded to any bucket the workgroup's role can reach.",
    guidance: [
      { title: 'Enhanced VPC routing in Amazon Redshift', url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/enhanced-vpc-routing.html' },
      { title: 'CreateWorkgroup (enhancedVpcRouting)', url: 'https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateWorkgroup.html' },
      SERVERLESS_WORKGROUP_CFN,
      SERVERLESS_SECURITY_HUB,
    ],
    remediation: {
      cloudformation: 'EnhancedVpcRouting: true',
      terraform: 'enhanced_vpc_routing = true',
      cli: 'aws redshift-serverless update-workgroup --workgroup-name <workgroup-name> --enhanced-vpc-routing',
      console: 'Amazon Redshift console → Serverless dashboard → Workgroup configuration → select the workgroup → Network and security → Edit → turn on "Enhanced VPC routing" → Save changes.',
    },
    alsoKnownAs: {
      'Security Hub': ['RedshiftServerless.1'],
      'AWS Config': ['redshift-serverless-workgroup-routes-within-vpc'],
      Steampipe: ['redshiftserverless_workgroup_enhanced_vpc_routing_enabled'],
    },
    notes: [SERVERLESS_LIVE_AUDIT_NOTE],
  },
  check(workgroup, { report }) {
    const routing = prop(workgroup, 'EnhancedVpcRouting');
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
