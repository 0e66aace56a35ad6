import { literal, message, propertyName } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { prop } from '../src/model/resource.js';
import { judge } from '../src/model/value.js';

export default defineRule({
  id: 'SM084',
  name: 'domain-no-source-identity',
  severity: 'low',
  appliesTo: ['Domain'],
  fixable: true,
  tags: ['security', 'logging', 'sagemaker', 'studio'],
  presets: {
    recommended: true,
    reason: 'Without a source identity, CloudTrail cannot say which user acted through a shared execution role.',
  },
  docs: {
    summary: "Studio does not record which user profile acts through a shared execution role",
    description:
      "Reports a domain (CloudFormation, Terraform, live) whose `DomainSettings.ExecutionRoleIdentityConfig` is not `USER_PROFILE_NAME` (omitted means `DISABLED`). With `USER_PROFILE_NAME`, Studio sets the user profile's name as the `sts:SourceIdentity` of every session of the execution role, so CloudTrail names the person behind each call and IAM conditions (`sts:SourceIdentity`, `sagemaker:UserProfileName`-style policies) can tell users apart. A value chosen at deploy time is a possible violation, one severity lower. The fix sets `USER_PROFILE_NAME`; domains update in place.",
    risk: 'Studio users usually share one or a few execution roles. Without a source identity, CloudTrail records only the role session: who read a dataset, created an endpoint or deleted a model cannot be traced to a person, and policies cannot limit one user to their own resources.',
    guidance: [
      {
        title: 'Monitor user resource access from Amazon SageMaker Studio (sts:SourceIdentity)',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/monitor-user-access.html',
      },
      {
        title: 'DomainSettings (ExecutionRoleIdentityConfig)',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DomainSettings.html',
      },
    ],
    remediation: {
      cloudformation: 'DomainSettings:\n  ExecutionRoleIdentityConfig: USER_PROFILE_NAME',
      terraform: 'domain_settings {\n  execution_role_identity_config = "USER_PROFILE_NAME"\n}',
      cli: 'aws sagemaker update-domain --domain-id <domain-id> --domain-settings-for-update \'{"ExecutionRoleIdentityConfig":"USER_PROFILE_NAME"}\'',
      console: 'SageMaker console → Domains → the domain → Domain settings → Edit: turn on "Source identity" (user profile name), then save.',
    },
    notes: ["The execution roles' trust policies must allow sts:SetSourceIdentity for SageMaker, or apps fail to start once the setting is on."],
  },
  check(domain, { report }) {
    const config = prop(domain, 'DomainSettings', 'ExecutionRoleIdentityConfig');
    const verdict = judge(config, (v) => !(v.t === 'scalar' && v.v === 'USER_PROFILE_NAME') && v.t !== 'ref');
    if (!verdict) return;
    report({
      at: config,
      certainty: verdict.certainty,
      message: message`${propertyName('DomainSettings.ExecutionRoleIdentityConfig')} ${verdict.because}: sessions of the execution role carry no source identity, so CloudTrail cannot tell which user profile made a call. Set it to ${literal('USER_PROFILE_NAME')}.`,
      fix: { description: message`Set ${propertyName('DomainSettings.ExecutionRoleIdentityConfig')} to ${literal('USER_PROFILE_NAME')}`, edits: [{ target: config, value: 'USER_PROFILE_NAME' }] },
    });
  },
});
