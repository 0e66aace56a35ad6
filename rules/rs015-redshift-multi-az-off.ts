import { message, propertyName } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { prop } from '../src/model/resource.js';
import { judge, leaves, stringOf } from '../src/model/value.js';
import { isFalse } from './support/value-predicates.js';

export default defineRule({
  id: 'RS015',
  name: 'redshift-multi-az-off',
  severity: 'low',
  appliesTo: ['RedshiftCluster'],
  fixable: false,
  tags: ['availability', 'redshift'],
  presets: {
    recommended: false,
    reason: 'Availability, not security: Multi-AZ doubles the compute a cluster pays for and needs RA3 nodes, a choice for production warehouses only. Run `strict` or `security-hub` to hold clusters to it.',
  },
  docs: {
    summary: 'Redshift cluster is not deployed across Availability Zones (Multi-AZ off)',
    description:
      "Reports a provisioned Redshift cluster whose `MultiAZ` is `false` or omitted: CreateCluster (and the AWS provider for Terraform, `multi_az`) then default it to `false`. The live audit reads DescribeClusters' `MultiAZ` (`Enabled` / `Disabled`). A value chosen at deploy time is reported one severity lower as a possible violation; a value sagelint cannot see is not reported. When the node type is known and is not RA3, the message says so: only RA3 clusters can be Multi-AZ. No fix is offered: turning Multi-AZ on doubles the cluster's compute and needs an RA3 node type, a decision for whoever pays for the cluster, and a change a template edit alone cannot make safe.",
    risk: 'A single-AZ cluster is unavailable for as long as its Availability Zone is impaired, and recovering it means relocating or restoring from a snapshot: queries, loads and everything that depends on the warehouse stop meanwhile.',
    guidance: [
      { title: 'Multi-AZ deployment in Amazon Redshift', url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/managing-cluster-multi-az.html' },
      { title: 'CreateCluster (MultiAZ)', url: 'https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateCluster.html' },
      { title: 'Security Hub CSPM controls for Amazon Redshift (Redshift.18)', url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html' },
    ],
    remediation: {
      cloudformation: 'NodeType: ra3.xlplus   # an RA3 node type\nMultiAZ: true',
      terraform: 'node_type = "ra3.xlplus" # an RA3 node type\nmulti_az  = true',
      cli: 'aws redshift modify-cluster --cluster-identifier <cluster-id> --multi-az',
      console: 'Amazon Redshift console → Provisioned clusters → select the cluster → Actions → Activate Multi-AZ (RA3 clusters only).',
    },
    alsoKnownAs: {
      'Security Hub': ['Redshift.18'],
      'AWS Config': ['redshift-cluster-multi-az-enabled'],
      Prowler: ['redshift_cluster_multi_az_enabled'],
      Steampipe: ['redshift_cluster_multiple_az_enabled'],
    },
    notes: [
      'Low severity, as SM033 for single-instance endpoints: the rule is about availability. Security Hub rates Redshift.18 medium.',
      'moto, which the live tests run against, does not return `MultiAZ` in DescribeClusters, so its clusters read as omitted (`false`), which they are.',
    ],
  },
  check(cluster, { report }) {
    const multiAz = prop(cluster, 'MultiAZ');
    const verdict = judge(multiAz, isFalse);
    if (!verdict) return;
    const nodeTypes = leaves(prop(cluster, 'NodeType')).map((leaf) => stringOf(leaf.value));
    const notRa3 = nodeTypes.length > 0 && nodeTypes.every((type) => type !== undefined && !type.toLowerCase().startsWith('ra3.'));
    const action = notRa3 ? message`Move the cluster to an RA3 node type (only RA3 clusters can be Multi-AZ) and turn ${propertyName('MultiAZ')} on` : message`Turn ${propertyName('MultiAZ')} on for clusters that must stay available`;
    report({
      at: multiAz,
      certainty: verdict.certainty,
      message: message`${propertyName('MultiAZ')} ${verdict.because}: the cluster runs in one Availability Zone and is down for as long as that zone is impaired. ${action}.`,
    });
  },
});
