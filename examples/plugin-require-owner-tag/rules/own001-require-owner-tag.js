// OWN001: written with the same API and model as sagelint's own rules, from `sagelint/rules`.
import { addTags, defineRule, get } from 'sagelint/rules';

const OWNER = 'Owner';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export default defineRule({
  id: 'OWN001',
  name: 'require-owner-tag',
  severity: 'medium',
  appliesTo: ['NotebookInstance', 'Domain', 'Model', 'EndpointConfig', 'Endpoint', 'Pipeline'],
  fixable: true,
  tags: ['governance', 'tagging', 'sagemaker'],
  presets: { recommended: true, reason: 'A resource without an owner is one nobody answers for; every team that installs this plugin wants it run.' },
  docs: {
    summary: 'SageMaker resource does not name its owner by e-mail in an Owner tag',
    description:
      'Reports a notebook instance, Studio domain, model, endpoint configuration, endpoint or pipeline without an `Owner` tag, or whose `Owner` tag is not an e-mail address. A value chosen at deploy time (a parameter) is not judged, nor are tags that cannot be read (an `Fn::If` around `Tags`).',
    risk: 'Findings, cost alerts and incidents about a resource nobody owns go unanswered.',
    guidance: [{ title: 'Best practices for tagging AWS resources', url: 'https://docs.aws.amazon.com/whitepapers/latest/tagging-best-practices/tagging-best-practices.html' }],
    remediation: {
      cloudformation: 'Tags:\n  - Key: Owner\n    Value: team@example.com',
      terraform: 'tags = {\n  Owner = "team@example.com"\n}',
      cli: 'aws sagemaker add-tags --resource-arn <resource-arn> --tags Key=Owner,Value=team@example.com',
    },
  },
  check(resource, { report }) {
    const tags = resource.tags;
    if (!tags || tags.partial) return;
    const tagsValue = get(resource.props, 'Tags');
    if (!tags.known.has(OWNER)) {
      report({
        at: tagsValue,
        message: 'The resource has no Owner tag: say who answers for it, as an e-mail address.',
        fix: addTags(tagsValue, [{ Key: OWNER, Value: '<owner-email>' }], resource),
      });
      return;
    }
    const owner = tags.known.get(OWNER);
    // A `<placeholder>` left by a fix is sagelint's SL001 to report, not a wrong owner.
    if (owner !== undefined && !EMAIL.test(owner) && !/^<.*>$/.test(owner)) {
      report({ at: tagsValue, message: `The Owner tag is '${owner}', not an e-mail address: name a mailbox that answers for the resource.` });
    }
  },
});
