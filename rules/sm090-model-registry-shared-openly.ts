import { defineRule } from '../src/core/rule.js';
import { conditionsOf, parsePolicyDocument, principalsOf, type Pattern, type PolicyStatement } from '../src/iam/policy.js';
import { limited } from '../src/iam/requirement.js';
import { prop } from '../src/model/resource.js';
import { get } from '../src/model/value.js';

/**
 * Condition keys that hold a grant to named callers: the organization, an
 * account, a principal or source ARN, or your own network. A restrictive clause
 * on any of them with values that are not `*` limits who the statement admits.
 */
const LIMITING_KEYS = [
  'aws:PrincipalOrgID',
  'aws:PrincipalOrgPaths',
  'aws:PrincipalAccount',
  'aws:PrincipalArn',
  'aws:SourceAccount',
  'aws:SourceArn',
  'aws:SourceOrgID',
  'aws:SourceOrgPaths',
  'aws:SourceVpc',
  'aws:SourceVpce',
].map((key) => limited(key));

/** What the fix adds to a statement open to everyone: only principals of your organization. */
const ORGANIZATION_CONDITION = { StringEquals: { 'aws:PrincipalOrgID': '<organization-id>' } };

/** The account a principal names (`111122223333`, `arn:aws:iam::111122223333:…`); undefined for `*`, services and computed values. */
function accountOf(text: string): string | undefined {
  if (/^\d{12}$/.test(text)) return text;
  return /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(text)?.[1];
}

/** Whether some clause of the statement limits who it admits: 'always', only under some deploy-time choice, or not at all. */
function limitation(statement: PolicyStatement): 'always' | 'sometimes' | 'never' {
  const clauses = conditionsOf(statement).clauses.filter((c) => LIMITING_KEYS.some((r) => r.keys.includes(c.keyLower) && r.allowEnforces(c)));
  if (clauses.some((c) => c.certain)) return 'always';
  return clauses.length > 0 ? 'sometimes' : 'never';
}

interface OpenGrant {
  at: Pattern['value'];
  /** Every principal (`*`, or all but a NotPrincipal), or one other account. */
  who: 'everyone' | string;
  certain: boolean;
}

/** The principals of an Allow statement that reach beyond the group's own account. */
function openGrants(statement: PolicyStatement, ownAccount: string | undefined): OpenGrant[] {
  if (statement.effect !== 'Allow') return [];
  if (statement.notPrincipal) return [{ at: statement.notPrincipal, who: 'everyone', certain: statement.certain }];
  const grants: OpenGrant[] = [];
  for (const { type, pattern } of principalsOf(statement.principal).entries) {
    if (type !== '*' && type !== 'AWS') continue;
    const certain = statement.certain && pattern.certain;
    if (pattern.text === '*') {
      grants.push({ at: pattern.value, who: 'everyone', certain });
      continue;
    }
    // A reference (`${AWS::AccountId}`, a role of the stack) names the stack's own account.
    if (pattern.reference || pattern.text.includes('${')) continue;
    const account = accountOf(pattern.text);
    if (account && account !== ownAccount) grants.push({ at: pattern.value, who: account, certain });
  }
  return grants;
}

export default defineRule({
  id: 'SM090',
  name: 'model-registry-shared-openly',
  severity: 'high',
  appliesTo: ['ModelPackageGroup'],
  fixable: true,
  tags: ['security', 'iam', 'sagemaker', 'model-registry', 'resource-policy'],
  presets: {
    recommended: true,
    reason: 'A model registry open to every AWS account lets anyone read the registered models, or register and approve their own for deployment.',
  },
  docs: {
    summary: 'Model package group resource policy grants access to every principal or to other accounts without a limiting condition',
    description:
      "Reads the resource policy of a SageMaker model package group (`ModelPackageGroupPolicy` of `AWS::SageMaker::ModelPackageGroup`, `resource_policy` of `aws_sagemaker_model_package_group_policy` for a group in scope, live GetModelPackageGroupPolicy), as an object or JSON text. Reports each Allow statement whose principal is everyone (`*`, `{ AWS: '*' }`, or all but a `NotPrincipal`) as a violation, and each principal of another account (an account ID or an IAM or STS ARN that names one) as a possible violation, one severity lower, since only you know whether that account is yours or in your organization. In a template a literal account ID may be the stack's own; a reference (`${AWS::AccountId}`, a role of the stack) is taken as the stack's account, and live, the group's own account is known. A statement with a condition that names who may use it is not reported: `aws:PrincipalOrgID`, `aws:PrincipalOrgPaths`, `aws:PrincipalAccount`, `aws:PrincipalArn`, `aws:SourceAccount`, `aws:SourceArn`, `aws:SourceOrgID`, `aws:SourceOrgPaths`, `aws:SourceVpc` or `aws:SourceVpce`, with a restrictive operator and values other than `*`; such a condition present only under some deploy-time choice makes the finding possible. The fix adds `StringEquals aws:PrincipalOrgID <organization-id>` to a statement open to everyone when the policy is written as an object.",
    risk: "The model registry decides what gets deployed: model package groups hold the versions, their artifact locations and their approval status. Access for every AWS account lets anyone list and read the registered models and, with write actions, register a model of their own or approve one for deployment, so that a pipeline that deploys the latest approved version ships it. A grant to another account is a deliberate share only while that account stays yours.",
    guidance: [
      {
        title: 'Model Registry models, model versions and model groups',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/model-registry-models.html',
      },
      {
        title: 'AWS::SageMaker::ModelPackageGroup (ModelPackageGroupPolicy)',
        url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sagemaker-modelpackagegroup.html',
      },
      {
        title: 'PutModelPackageGroupPolicy',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_PutModelPackageGroupPolicy.html',
      },
      {
        title: 'AWS global condition context keys (aws:PrincipalOrgID)',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalorgid',
      },
    ],
    remediation: {
      cloudformation:
        'ModelPackageGroupPolicy:\n  Version: "2012-10-17"\n  Statement:\n    - Effect: Allow\n      Principal: { AWS: "arn:aws:iam::<consumer-account-id>:root" }\n      Action: [sagemaker:DescribeModelPackageGroup, sagemaker:DescribeModelPackage, sagemaker:ListModelPackages]\n      Resource: "*"\n      Condition:\n        StringEquals:\n          aws:PrincipalOrgID: <organization-id>',
      terraform:
        'resource "aws_sagemaker_model_package_group_policy" "shared" {\n  model_package_group_name = aws_sagemaker_model_package_group.models.model_package_group_name\n  resource_policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::<consumer-account-id>:root" }\n      Action    = ["sagemaker:DescribeModelPackageGroup", "sagemaker:DescribeModelPackage", "sagemaker:ListModelPackages"]\n      Resource  = "*"\n      Condition = { StringEquals = { "aws:PrincipalOrgID" = "<organization-id>" } }\n    }]\n  })\n}',
      cli: 'aws sagemaker put-model-package-group-policy --model-package-group-name <group> --resource-policy file://registry-policy.json',
      console: 'No console editor: update the policy with put-model-package-group-policy, or remove it with delete-model-package-group-policy.',
    },
    notes: [
      'Grants to service principals and to the stack\'s own account are not reported. Actions are not weighed: read access to a registry already discloses where the model artifacts are.',
      'A Terraform `aws_sagemaker_model_package_group_policy` is judged with the group it names; one whose group is not in the scanned code is not judged.',
      'Live groups are listed with ListModelPackageGroups and their policy read with GetModelPackageGroupPolicy. The moto server used in the integration tests lists groups but does not implement GetModelPackageGroupPolicy, so that call is a coverage gap there, and the mapping of its answer is tested from the SDK response shape.',
    ],
  },
  check(group, { report }) {
    const policy = prop(group, 'ModelPackageGroupPolicy');
    const ownAccount = group.loc.kind === 'live' ? group.loc.account : undefined;
    for (const statement of parsePolicyDocument(policy).statements) {
      const limit = limitation(statement);
      if (limit === 'always') continue;
      const name = statement.sid ? `Statement ${statement.sid}` : 'A statement';
      const hedge = limit === 'sometimes' ? ' (a condition limits it only under some deploy-time choices)' : '';
      for (const grant of openGrants(statement, ownAccount)) {
        if (grant.who === 'everyone') {
          const condition = get(statement.value, 'Condition');
          report({
            at: grant.at,
            certainty: grant.certain && limit === 'never' ? 'definite' : 'possible',
            message: `${name} gives every AWS principal access to the model package group without a condition that limits who${hedge}: any account can read its models, or register and approve its own if write actions are allowed. Limit it to your organization (aws:PrincipalOrgID) or name the accounts.`,
            // Text policies (JSON strings) cannot take an inserted condition.
            fix:
              policy.t === 'map' && condition.t === 'omitted'
                ? { description: 'Limit the statement to principals of your organization (replace <organization-id>)', edits: [{ target: condition, value: ORGANIZATION_CONDITION }] }
                : undefined,
          });
        } else {
          report({
            at: grant.at,
            certainty: 'possible',
            message: `${name} gives account ${grant.who} access to the model package group without a condition that limits it to your organization${hedge}. If that account is not yours, make sure the share is meant, and hold it to your organization with aws:PrincipalOrgID.`,
          });
        }
      }
    }
  },
});
