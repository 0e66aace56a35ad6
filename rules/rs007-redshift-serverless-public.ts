import { literal, message, propertyName } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { prop } from '../src/model/resource.js';
import { judge } from '../src/model/value.js';
import { SERVERLESS_LIVE_AUDIT_NOTE, SERVERLESS_SECURITY_HUB, SERVERLESS_WORKGROUP_CFN } from './support/redshift-serverless.js';
import { isTrue } from './support/value-predicates.js';

export default defineRule({
  id: 'RS007',
  name: 'redshift-serverless-public',
  severity: 'critical',
  appliesTo: ['RedshiftServerlessWorkgroup'],
  fixable: true,
  tags: ['security', 'network', 'redshift'],
  presets: {
    recommended: true,
    reason: 'A publicly accessible workgroup exposes the warehouse to the internet: a concrete exposure.',
  },
  docs: {
    summary: 'Redshift Serverless workgroup is publicly accessible',
    description:
      "Reports a Redshift Serverless workgroup whose `PubliclyAccessible` is `true` (a boolean or the string 'true'). When omitted AWS uses `false` (CreateWorkgroup; the AWS provider for Terraform also defaults `publicly_accessible` to false), which is not reported. A value chosen at deploy time (a parameter whose AllowedValues include true, one branch of an `Fn::If`, a parameter default that can be overridden) is reported one severity lower as a possible violation, naming the choice; a value sagelint cannot see is not reported.",
    risk: "A publicly accessible workgroup gets an endpoint address that resolves to a public IP: with a security group that admits the internet, anyone can reach the database port and try credentials against the data warehouse, and the data path leaves your VPC's controls.",
    guidance: [
      { title: 'Connecting to Amazon Redshift Serverless from outside the VPC (publicly accessible)', url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-connecting.html' },
      { title: 'CreateWorkgroup (publiclyAccessible)', url: 'https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateWorkgroup.html' },
      SERVERLESS_WORKGROUP_CFN,
      SERVERLESS_SECURITY_HUB,
    ],
    remediation: {
      cloudformation: 'PubliclyAccessible: false',
      terraform: 'publicly_accessible = false',
      cli: 'aws redshift-serverless update-workgroup --workgroup-name <workgroup-name> --no-publicly-accessible',
      console: 'Amazon Redshift console → Serverless dashboard → Workgroup configuration → select the workgroup → Network and security → Edit → clear "Turn on Public Accessible" → Save changes.',
    },
    alsoKnownAs: {
      'Security Hub': ['RedshiftServerless.3'],
      'AWS Config': ['redshift-serverless-workgroup-no-public-access'],
      Steampipe: ['redshiftserverless_workgroup_restrict_public_access'],
    },
    notes: [SERVERLESS_LIVE_AUDIT_NOTE, 'Critical, as RS001 is for provisioned clusters: the exposure is the same.'],
  },
  check(workgroup, { report }) {
    const access = prop(workgroup, 'PubliclyAccessible');
    const verdict = judge(access, isTrue);
    if (!verdict) return;
    report({
      at: access,
      certainty: verdict.certainty,
      message: message`${propertyName('PubliclyAccessible')} ${verdict.because}: the workgroup's endpoint resolves to a public IP address, so the database port is reachable from the internet wherever its security groups allow. Set ${propertyName('PubliclyAccessible')} to ${literal(false)} and connect through the VPC.`,
      fix: { description: message`Set ${propertyName('PubliclyAccessible')} to ${literal(false)}`, edits: [{ target: access, value: false }] },
    });
  },
});
