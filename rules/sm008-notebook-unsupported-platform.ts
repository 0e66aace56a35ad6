import { literal, message, propertyName } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { prop } from '../src/model/resource.js';
import { judge, stringOf, type ConcreteValue, type OmittedValue } from '../src/model/value.js';
import {
  CURRENT_NOTEBOOK_PLATFORM,
  NOTEBOOK_PLATFORMS,
  NOTEBOOK_PLATFORMS_REVIEWED,
  notebookPlatform,
  type NotebookPlatform,
} from './data/notebook-platforms.js';

/** The platform a value names, when AWS no longer supports it. */
function unsupportedPlatform(value: ConcreteValue | OmittedValue): NotebookPlatform | undefined {
  const id = stringOf(value);
  const platform = id === undefined ? undefined : notebookPlatform(id.trim());
  return platform?.supportEnded ? platform : undefined;
}

function describeEnded(platform: NotebookPlatform): string {
  return `${platform.id} (${platform.description}) on ${platform.supportEnded}`;
}

const UNSUPPORTED = NOTEBOOK_PLATFORMS.filter((p) => p.supportEnded);

export default defineRule({
  id: 'SM008',
  name: 'notebook-unsupported-platform',
  severity: 'medium',
  appliesTo: ['NotebookInstance'],
  fixable: true,
  tags: ['security', 'patching', 'sagemaker', 'notebook'],
  presets: {
    recommended: true,
    reason: 'A notebook platform that no longer gets security updates runs known vulnerabilities.',
  },
  docs: {
    summary: 'SageMaker notebook instance runs on a platform AWS no longer supports',
    description: `Reports a notebook instance whose \`PlatformIdentifier\` names a platform AWS no longer supports. Support ended for ${UNSUPPORTED.map(describeEnded).join(', ')}, according to AWS's notebook platform documentation as reviewed on ${NOTEBOOK_PLATFORMS_REVIEWED}. An omitted PlatformIdentifier is not reported: AWS then creates the notebook on ${CURRENT_NOTEBOOK_PLATFORM}. A value chosen at deploy time (a parameter whose AllowedValues include an unsupported platform, one branch of an \`Fn::If\`, a parameter that only has a default) is reported one severity lower as a possible violation, naming the choice. Unknown values and identifiers the list does not know are not reported.`,
    risk: 'A notebook on an unsupported platform receives no operating system or JupyterLab security updates or bug fixes, while it keeps its execution role and its data; AWS no longer lets such a notebook start again once it is stopped.',
    guidance: [
      {
        title: 'Amazon Linux 2 notebook instances (maintenance phase plans)',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-al2.html',
      },
      {
        title: 'AL2023 notebook instances',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-al2023.html',
      },
      {
        title: 'JupyterLab versioning',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-jl.html',
      },
      {
        title: 'Security Hub control SageMaker.8',
        url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-8',
      },
    ],
    remediation: {
      cloudformation: `PlatformIdentifier: ${CURRENT_NOTEBOOK_PLATFORM}`,
      terraform: `platform_identifier = "${CURRENT_NOTEBOOK_PLATFORM}"`,
      cli: `aws sagemaker stop-notebook-instance --notebook-instance-name <name>\naws sagemaker wait notebook-instance-stopped --notebook-instance-name <name>\naws sagemaker update-notebook-instance --notebook-instance-name <name> --platform-identifier ${CURRENT_NOTEBOOK_PLATFORM}\naws sagemaker start-notebook-instance --notebook-instance-name <name>`,
      console: `SageMaker console → Notebook instances → stop the instance → Edit → Platform identifier: ${CURRENT_NOTEBOOK_PLATFORM} → Update, then start it.`,
      recreate:
        'CloudFormation replaces a notebook instance whose PlatformIdentifier changes: save the work on its ML storage volume first. A live Amazon Linux 2 notebook can be moved in place (stop, update, start; the ML volume is kept); an Amazon Linux 1 notebook must be recreated.',
    },
    alsoKnownAs: {
      'Security Hub': ['SageMaker.8'],
      'AWS Config': ['sagemaker-notebook-instance-platform-version'],
      Steampipe: ['sagemaker_notebook_instance_supported_platform_version'],
    },
    notes: [
      'The list of platforms and their end-of-support dates lives in rules/data/notebook-platforms.ts, with its sources and review date; update it when AWS announces a change.',
      `A notebook created from a template that omits PlatformIdentifier keeps the default of its creation date: notebooks created before 2026-05-15 run on an Amazon Linux 2 platform. Scan the live account to see the platform each existing notebook actually runs.`,
      'Amazon Linux 2023 uses dnf instead of yum: check lifecycle configuration scripts before moving a notebook.',
    ],
  },
  check(notebook, { report }) {
    const platform = prop(notebook, 'PlatformIdentifier');
    const verdict = judge(platform, (v) => unsupportedPlatform(v) !== undefined);
    if (!verdict) return;
    const ended = [...new Set(verdict.bad.map((l) => unsupportedPlatform(l.value)!))].map(describeEnded).join(', ');
    report({
      at: platform,
      certainty: verdict.certainty,
      message: message`${propertyName('PlatformIdentifier')} ${verdict.because}: AWS ended support for ${ended}, so the notebook gets no security updates and cannot be started again once stopped. Set ${propertyName('PlatformIdentifier')} to ${literal(CURRENT_NOTEBOOK_PLATFORM)}.`,
      fix: { description: `Move the notebook to ${CURRENT_NOTEBOOK_PLATFORM}`, edits: [{ target: platform, value: CURRENT_NOTEBOOK_PLATFORM }] },
    });
  },
});
