import { message, propertyName } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { prop } from '../src/model/resource.js';
import { judge, leaves, type ConcreteValue, type OmittedValue } from '../src/model/value.js';
import { jointCertainty } from './support/value-predicates.js';

export default defineRule({
  id: 'SM093',
  name: 'domain-docker-trusted-accounts',
  severity: 'low',
  appliesTo: ['Domain'],
  fixable: false,
  tags: ['security', 'network', 'supply-chain', 'sagemaker', 'studio'],
  presets: {
    recommended: true,
    reason: "Accounts trusted for Docker widen a VpcOnly domain's image sources and data paths beyond the account that owns it.",
  },
  docs: {
    summary: "A VpcOnly Studio domain lets Docker reach Amazon ECR registries of other accounts",
    description:
      "Reports a Studio domain (`AWS::SageMaker::Domain`, `aws_sagemaker_domain`, live DescribeDomain) with `DomainSettings.DockerSettings.EnableDockerAccess: ENABLED` and `AppNetworkAccessType: VpcOnly` whose `DockerSettings.VpcOnlyTrustedAccounts` names accounts other than the domain's own. In a VpcOnly domain, Docker in the users' spaces works with Amazon ECR registries of the domain's account; every account in `VpcOnlyTrustedAccounts` is added to them. The finding names the accounts so that each one can be checked against the organization's own. In a template, the deploying account is not known: `!Ref AWS::AccountId` and values from parameters without defaults are taken as the domain's own account, every other account ID is reported; in the live audit, the domain's account is left out. Values chosen at deploy time are a possible violation, one severity lower. Docker access itself (and a daemon that runs as root) is SM012's; a domain with `EnableDockerAccess` omitted (`DISABLED`) or `PublicInternetOnly` access is not reported here. There is no automatic fix: which accounts to trust is a decision, and the remediation shows how to narrow the list.",
    risk: "Each trusted account is a registry whose images Studio users can pull and run next to the domain's data and execution role: code the owning account does not review. A registry in another account is also a place data can be written to from inside a VPC that otherwise has no way out. An account outside the organization (a partner's, a personal one, a mistyped ID) makes both a path out of the controls the VpcOnly domain was built to keep.",
    guidance: [
      {
        title: 'DockerSettings (EnableDockerAccess, VpcOnlyTrustedAccounts)',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DockerSettings.html',
      },
      {
        title: 'Local mode support in Amazon SageMaker Studio (Docker access)',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/studio-updated-local.html',
      },
      {
        title: 'Private repository policies in Amazon ECR',
        url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html',
      },
    ],
    remediation: {
      cloudformation: 'DomainSettings:\n  DockerSettings:\n    EnableDockerAccess: ENABLED\n    VpcOnlyTrustedAccounts: []   # or only accounts of your organization that host images\n# or\nDomainSettings:\n  DockerSettings:\n    EnableDockerAccess: DISABLED',
      terraform: 'domain_settings {\n  docker_settings {\n    enable_docker_access      = "ENABLED"\n    vpc_only_trusted_accounts = []   # or only accounts of your organization that host images\n  }\n}',
      cli: 'aws sagemaker update-domain --domain-id <domain-id> --domain-settings-for-update \'{"DockerSettings":{"EnableDockerAccess":"ENABLED","VpcOnlyTrustedAccounts":[]}}\'',
      console: 'SageMaker console → Domains → the domain → Domain settings → Docker: remove the trusted accounts that are not your organization\'s image accounts, then save. Restart running apps so they pick up the change.',
    },
    notes: [
      'Images that users need from other accounts (for example AWS Deep Learning Containers) can be copied or replicated into an ECR repository of an account of your own, which then is the one to trust. Where an outside account must stay trusted, suppress the finding with the reason.',
    ],
  },
  check(domain, { report }) {
    const enabled = prop(domain, 'DomainSettings', 'DockerSettings', 'EnableDockerAccess');
    const docker = judge(enabled, (v) => v.t === 'scalar' && v.v === 'ENABLED');
    if (!docker) return;
    const vpcOnly = judge(prop(domain, 'AppNetworkAccessType'), (v) => v.t === 'scalar' && v.v === 'VpcOnly');
    if (!vpcOnly) return;
    const trusted = prop(domain, 'DomainSettings', 'DockerSettings', 'VpcOnlyTrustedAccounts');
    const ownAccount = domain.loc.kind === 'live' ? domain.loc.account : undefined;
    const outside = (leaf: ConcreteValue | OmittedValue): string[] => otherAccounts(leaf, ownAccount);
    const verdict = judge(trusted, (leaf) => outside(leaf).length > 0);
    if (!verdict) return;
    const accounts = [...new Set(verdict.bad.flatMap((l) => outside(l.value)))];
    const many = accounts.length > 1;
    report({
      at: trusted,
      certainty: jointCertainty(docker, vpcOnly, verdict),
      message: message`${propertyName('DomainSettings.DockerSettings.VpcOnlyTrustedAccounts')} ${verdict.certainty === 'definite' ? 'names' : 'can name'} the account${many ? 's' : ''} ${accounts.join(', ')} while ${propertyName('DomainSettings.DockerSettings.EnableDockerAccess')} ${docker.because} in a VpcOnly domain: Docker in the domain's spaces can use Amazon ECR registries of ${many ? 'those accounts' : 'that account'}, running images this account does not control and giving data a way out of the VPC. Trust only image accounts of your own organization.`,
    });
  },
});

/** The account IDs a trusted-account list names besides the domain's own (unknown and referenced items are taken as its own). */
function otherAccounts(list: ConcreteValue | OmittedValue, ownAccount: string | undefined): string[] {
  if (list.t !== 'list') return [];
  return list.items.flatMap((item) =>
    leaves(item)
      .map((l) => l.value)
      .filter((v): v is Extract<ConcreteValue, { t: 'scalar' }> => v.t === 'scalar' && v.v !== null && String(v.v).trim() !== '')
      .map((v) => String(v.v).trim())
      .filter((account) => account !== ownAccount),
  );
}
