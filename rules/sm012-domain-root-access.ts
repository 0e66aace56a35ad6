import { literal, message, propertyName } from '../src/core/dialect.js';
import { defineRule, type RuleContext } from '../src/core/rule.js';
import { prop, type Resource } from '../src/model/resource.js';
import { judge } from '../src/model/value.js';
import { jointCertainty } from './support/value-predicates.js';

/** Where each kind keeps the settings of its users. */
const USER_SETTINGS: Record<string, string> = { Domain: 'DefaultUserSettings', UserProfile: 'UserSettings' };

export default defineRule({
  id: 'SM012',
  name: 'domain-root-access',
  severity: 'low',
  appliesTo: ['Domain', 'UserProfile'],
  fixable: true,
  tags: ['security', 'privilege', 'sagemaker', 'studio'],
  presets: {
    recommended: true,
    reason: 'Root in Studio apps lets users change their environment and reach the credentials of its role.',
  },
  docs: {
    summary: 'SageMaker Studio grants users privileges beyond their own apps (root Docker daemon, RStudio administrator)',
    description:
      "Studio has no switch like a notebook instance's `RootAccess`: users run as `sagemaker-user` with sudo inside their app containers, and SageMaker remaps container user IDs to unprivileged IDs on the host. The API exposes two settings that go beyond that, and this rule reports them. (1) On a domain, `DomainSettings.DockerSettings.EnableDockerAccess: ENABLED` (default `DISABLED`) while `DockerSettings.RootlessDocker` is not `ENABLED`: every user of the domain can drive a Docker daemon that runs as root on the instance of their space. `RootlessDocker` exists in the SageMaker API (live state, Terraform) but not in CloudFormation, so in a template Docker access alone is reported. (2) On a domain's `DefaultUserSettings` or a user profile's `UserSettings`, `RStudioServerProAppSettings.UserGroup: R_STUDIO_ADMIN` (default `R_STUDIO_USER`): the user administers the domain's RStudio server, with access to the administrative dashboard and other users' sessions. A profile that omits the setting inherits the domain's, which is checked on the domain. Values chosen at deploy time are reported one severity lower as possible violations; unknown values are not reported.",
    risk: "A Docker daemon that runs as root is a privileged service on the space's instance: whoever can drive it starts containers with the daemon's privileges, outside the user-ID remapping that otherwise keeps Studio users unprivileged on the host, from images pulled wherever the network allows. Rootless Docker removes the root daemon altogether. An RStudio administrator can see and manage every RStudio user's sessions. Both widen what one compromised Studio user can reach, the way root access does on a notebook instance (SM003).",
    guidance: [
      {
        title: 'Access control and SageMaker Studio notebooks (run-as users, user remapping)',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/security-access-control-studio-nb.html',
      },
      {
        title: 'Local mode support in Amazon SageMaker Studio (Docker access)',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/studio-updated-local.html',
      },
      {
        title: 'DockerSettings (EnableDockerAccess, RootlessDocker)',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DockerSettings.html',
      },
      {
        title: 'RStudioServerProAppSettings (UserGroup)',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_RStudioServerProAppSettings.html',
      },
    ],
    remediation: {
      cloudformation:
        'DomainSettings:\n  DockerSettings:\n    EnableDockerAccess: DISABLED\nDefaultUserSettings:   # UserSettings on a user profile\n  RStudioServerProAppSettings:\n    UserGroup: R_STUDIO_USER',
      terraform:
        'domain_settings {\n  docker_settings {\n    enable_docker_access = "DISABLED"\n  }\n}\ndefault_user_settings {   # user_settings on aws_sagemaker_user_profile\n  r_studio_server_pro_app_settings {\n    user_group = "R_STUDIO_USER"\n  }\n}',
      cli: 'aws sagemaker update-domain --domain-id <domain-id> --domain-settings-for-update \'{"DockerSettings":{"EnableDockerAccess":"DISABLED"}}\'\n# or keep Docker but without a root daemon:\naws sagemaker update-domain --domain-id <domain-id> --domain-settings-for-update \'{"DockerSettings":{"EnableDockerAccess":"ENABLED","RootlessDocker":"ENABLED"}}\'\n# RStudio settings cannot be updated: recreate the user profile\naws sagemaker delete-user-profile --domain-id <domain-id> --user-profile-name <user>\naws sagemaker create-user-profile --domain-id <domain-id> --user-profile-name <user> --user-settings \'{"RStudioServerProAppSettings":{"UserGroup":"R_STUDIO_USER"}}\'',
      console:
        'SageMaker console → Domains → the domain → Domain settings: turn off Docker access (or use rootless Docker). For RStudio, create the user profile again with the RStudio user group set to User. Docker changes apply to apps created afterwards: restart running apps.',
      recreate:
        'A user profile\'s RStudioServerProAppSettings cannot be updated: CloudFormation replaces the profile, and a live profile must be recreated. Docker settings and the domain\'s DefaultUserSettings are updated in place.',
    },
    notes: [
      'Custom images declare their run-as user in an AppImageConfig (KernelGatewayImageConfig.FileSystemConfig.DefaultUid, where 0 is root); AppImageConfig is not part of the model, so images that run as root are not reported. SageMaker remaps container root to an unprivileged host user in any case.',
      'CustomPosixUserConfig cannot grant root: AWS accepts only Uid ≥ 10000 and Gid ≥ 1001.',
      'Docker access is often enabled deliberately for SageMaker local mode; suppress the finding with a reason, or use RootlessDocker where the API allows it.',
    ],
  },
  check(resource, context) {
    if (resource.kind === 'Domain') checkDockerAccess(resource, context);
    checkRStudioAdmin(resource, context);
  },
});

function checkDockerAccess(domain: Resource, { report }: RuleContext): void {
  const enabled = prop(domain, 'DomainSettings', 'DockerSettings', 'EnableDockerAccess');
  const dockerVerdict = judge(enabled, (v) => v.t === 'scalar' && v.v === 'ENABLED');
  const rootlessVerdict = judge(prop(domain, 'DomainSettings', 'DockerSettings', 'RootlessDocker'), (v) => !(v.t === 'scalar' && v.v === 'ENABLED'));
  if (!dockerVerdict || !rootlessVerdict) return;
  report({
    at: enabled,
    certainty: jointCertainty(dockerVerdict, rootlessVerdict),
    message: message`${propertyName('DomainSettings.DockerSettings.EnableDockerAccess')} ${dockerVerdict.because} and ${propertyName('DomainSettings.DockerSettings.RootlessDocker', { below: 'DomainSettings.DockerSettings' })} is not ENABLED: every Studio user of the domain can drive a Docker daemon that runs as root on their space's instance. Set ${propertyName('DomainSettings.DockerSettings.EnableDockerAccess', { below: 'DomainSettings.DockerSettings' })} to ${literal('DISABLED')}, or use rootless Docker.`,
    fix: { description: message`Set ${propertyName('DomainSettings.DockerSettings.EnableDockerAccess')} to ${literal('DISABLED')}`, edits: [{ target: enabled, value: 'DISABLED' }] },
  });
}

function checkRStudioAdmin(resource: Resource, { report }: RuleContext): void {
  const settings = USER_SETTINGS[resource.kind]!;
  const group = prop(resource, settings, 'RStudioServerProAppSettings', 'UserGroup');
  const verdict = judge(group, (v) => v.t === 'scalar' && v.v === 'R_STUDIO_ADMIN');
  if (!verdict) return;
  const replaces = resource.kind === 'UserProfile' ? ' (replaces the user profile)' : '';
  report({
    at: group,
    certainty: verdict.certainty,
    message: message`${propertyName(`${settings}.RStudioServerProAppSettings.UserGroup`)} ${verdict.because}: the user administers the domain's RStudio server and can reach other users' sessions. Set it to ${literal('R_STUDIO_USER')} and grant administration to named profiles only.`,
    fix: { description: message`Set ${propertyName(`${settings}.RStudioServerProAppSettings.UserGroup`)} to ${literal('R_STUDIO_USER')}${replaces}`, edits: [{ target: group, value: 'R_STUDIO_USER' }] },
  });
}
