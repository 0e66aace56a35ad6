import { message, propertyName } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { prop } from '../src/model/resource.js';
import { judge } from '../src/model/value.js';
import { isAbsent, itemsOf } from './support/value-predicates.js';

/** CIDRs that admit every address. */
const EVERYWHERE = new Set(['0.0.0.0/0', '::/0']);

export default defineRule({
  id: 'SM089',
  name: 'workforce-any-ip',
  severity: 'medium',
  appliesTo: ['Workforce'],
  fixable: false,
  tags: ['security', 'network', 'sagemaker', 'labeling'],
  presets: {
    recommended: true,
    reason: 'A worker portal open to any IP address exposes labeling data to the internet.',
  },
  docs: {
    summary: "A private labeling workforce's worker portal can be reached from any IP address",
    description:
      'Reports a SageMaker Ground Truth private workforce (`AWS::SageMaker::Workforce`, `aws_sagemaker_workforce`, live ListWorkforces) whose `SourceIpConfig` is omitted or has no `Cidrs` (by default a workforce is not restricted to any addresses), or whose `Cidrs` include `0.0.0.0/0` or `::/0`. Workers then sign in to the labeling portal, and see the data objects of their tasks, from anywhere. A value chosen at deploy time is a possible violation, one severity lower.',
    risk: 'Labeling tasks show workers the raw data being labeled (documents, images, transcripts), often the most sensitive data of an ML project. Without an IP allow list, a stolen worker password opens those tasks from any network, and nothing ties the work to your offices or VPN.',
    guidance: [
      {
        title: 'Private workforce: restrict worker access to tasks to allowable IP addresses',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/sms-workforce-management-private-api-cidr.html',
      },
      { title: 'SourceIpConfig', url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_SourceIpConfig.html' },
    ],
    remediation: {
      cloudformation: 'SourceIpConfig:\n  Cidrs:\n    - <allowed-cidr>',
      terraform: 'source_ip_config {\n  cidrs = ["<allowed-cidr>"]\n}',
      cli: 'aws sagemaker update-workforce --workforce-name <workforce> --source-ip-config Cidrs=<allowed-cidr>',
      console: 'SageMaker console → Ground Truth → Labeling workforces → Private → the workforce: add the allowed IP ranges.',
    },
    notes: [
      'No automatic fix: only you know the address ranges of your workers (offices, VPN egress).',
      'Live workforces are read with ListWorkforces. The moto server used in the integration tests does not implement it, so the live mapping is tested from the SDK response shape.',
    ],
  },
  check(workforce, { report }) {
    const cidrs = prop(workforce, 'SourceIpConfig', 'Cidrs');
    const missing = judge(cidrs, isAbsent);
    if (missing) {
      report({
        at: cidrs,
        certainty: missing.certainty,
        message: message`${propertyName('SourceIpConfig.Cidrs')} ${missing.because}: workers can sign in to the labeling portal, and see their tasks' data, from any IP address. List the address ranges of your workers.`,
      });
      return;
    }
    for (const cidr of itemsOf(cidrs)) {
      const open = judge(cidr, (v) => v.t === 'scalar' && EVERYWHERE.has(String(v.v).trim()));
      if (!open) continue;
      report({
        at: cidr,
        certainty: open.certainty,
        message: message`${propertyName('SourceIpConfig.Cidrs')} ${open.because.replace(/^is /, 'includes ')}: the allow list admits every address, so workers can sign in from anywhere. List the address ranges of your workers instead.`,
      });
    }
  },
});
