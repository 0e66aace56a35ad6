import { literal, message, propertyName } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { prop } from '../src/model/resource.js';
import { judge } from '../src/model/value.js';
import { isTrue } from './support/value-predicates.js';

export default defineRule({
  id: 'RS001',
  name: 'redshift-public',
  severity: 'critical',
  appliesTo: ['RedshiftCluster'],
  fixable: true,
  tags: ['security', 'network', 'redshift'],
  presets: {
    recommended: true,
    reason: 'A publicly accessible cluster exposes the data warehouse to the internet: a concrete exposure.',
  },
  docs: {
    summary: 'Redshift cluster is publicly accessible',
    description:
      "Reports a Redshift cluster whose `PubliclyAccessible` is `true` (a boolean or the string 'true'). When the property is omitted, sagelint judges the value AWS applies today: since 10 January 2025 CreateCluster and RestoreFromClusterSnapshot, and so CloudFormation, default it to `false`, so an omitted property is not reported. Terraform's AWS provider before 6.0 sent `true` when `publicly_accessible` was not set; the Terraform loader expresses that as the default of the omitted value, so such a cluster is reported, and one whose provider version is unknown is reported as a possible violation. A value chosen at deploy time (a parameter whose AllowedValues include true, one branch of an `Fn::If`, a parameter default that can be overridden) is reported one severity lower as a possible violation, naming the choice.",
    risk: 'A publicly accessible cluster gets a public IP address and an endpoint that resolves from the internet: only its security groups stand between the database and anyone who can reach it, so a single overly broad inbound rule exposes the data warehouse to credential guessing, exploitation and data theft.',
    guidance: [
      {
        title: 'Managing clusters in a VPC',
        url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html',
      },
      {
        title: 'Amazon Redshift enhances security by changing default behavior in 2025',
        url: 'https://aws.amazon.com/blogs/security/amazon-redshift-enhances-security-by-changing-default-behavior-in-2025/',
      },
      {
        title: 'AWS::Redshift::Cluster (PubliclyAccessible)',
        url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshift-cluster.html',
      },
    ],
    remediation: {
      cloudformation: 'PubliclyAccessible: false',
      terraform: 'publicly_accessible = false',
      cli: 'aws redshift modify-cluster --cluster-identifier <cluster-id> --no-publicly-accessible',
      console: 'Amazon Redshift console → Provisioned clusters → select the cluster → Actions → Modify publicly accessible setting → turn off "Turn on Publicly accessible" → Save changes.',
    },
    alsoKnownAs: {
      'Security Hub': ['Redshift.1'],
      'AWS Config': ['redshift-cluster-public-access-check'],
      'cdk-nag': [
        'AwsSolutions-RS8',
        'HIPAA.Security-RedshiftClusterPublicAccess',
        'NIST.800.53.R4-RedshiftClusterPublicAccess',
        'NIST.800.53.R5-RedshiftClusterPublicAccess',
        'PCI.DSS.321-RedshiftClusterPublicAccess',
      ],
      checkov: ['CKV_AWS_87', 'CKV_AWS_391'],
      KICS: ['bdf8dcb4-75df-4370-92c4-606e4ae6c4d3', 'af173fde-95ea-4584-b904-bb3923ac4bda', '5c6b727b-1382-4629-8ba9-abd1365e5610'],
      Prowler: ['redshift_cluster_public_access'],
      Steampipe: ['redshift_cluster_prohibit_public_access'],
      ScoutSuite: ['redshift-cluster-publicly-accessible'],
    },
    notes: [
      'An omitted PubliclyAccessible in CloudFormation is not reported: AWS has defaulted it to false for new and restored clusters since 10 January 2025. KICS and checkov still report it, as they assume the pre-2025 default; a cluster created before then from such a template may be public, which an account audit (sagelint audit) shows.',
      'A cluster that must be reached from outside its VPC is better served by a Redshift-managed VPC endpoint, a VPN or AWS PrivateLink than by public access.',
    ],
  },
  check(cluster, { report }) {
    const publiclyAccessible = prop(cluster, 'PubliclyAccessible');
    const verdict = judge(publiclyAccessible, isTrue);
    if (!verdict) return;
    report({
      at: publiclyAccessible,
      certainty: verdict.certainty,
      message: message`${propertyName('PubliclyAccessible')} ${verdict.because}: the cluster gets a public IP address and an endpoint reachable from the internet, guarded only by its security groups. Set ${propertyName('PubliclyAccessible')} to ${literal(false)}.`,
      fix: { description: message`Set ${propertyName('PubliclyAccessible')} to ${literal(false)}`, edits: [{ target: publiclyAccessible, value: false }] },
    });
  },
});
