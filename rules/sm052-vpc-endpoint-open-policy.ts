import { message, propertyName } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { parsePolicyDocument, patternsOf, principalsOf, type Pattern, type PolicyStatement } from '../src/iam/policy.js';
import { ACCOUNT_ENDPOINT_POLICY, isSageMakerService, OWN_ACCOUNT_CONDITION, servicesOf } from '../src/model/network.js';
import { prop } from '../src/model/resource.js';
import { get, judge } from '../src/model/value.js';

/** The patterns of an element that grant everything: `*`, or `<prefix>:*` for actions of the endpoint's service. */
function everything(patterns: Pattern[], servicePrefixes: readonly string[]): Pattern[] {
  return patterns.filter((p) => p.text === '*' || servicePrefixes.some((prefix) => p.text.toLowerCase() === `${prefix}:*`));
}

/** An Allow statement without conditions that grants every action to every principal on every resource. */
function openness(statement: PolicyStatement, servicePrefixes: readonly string[]): Pattern[] | undefined {
  if (statement.effect !== 'Allow' || statement.notAction || statement.notResource || statement.notPrincipal) return undefined;
  if (statement.condition && statement.condition.t !== 'omitted') return undefined;
  const principals = principalsOf(statement.principal).entries.filter((e) => (e.type === '*' || e.type === 'AWS') && e.pattern.text === '*').map((e) => e.pattern);
  const actions = everything(patternsOf(statement.action).items, servicePrefixes);
  const resources = everything(patternsOf(statement.resource).items, []);
  if (principals.length === 0 || actions.length === 0 || resources.length === 0) return undefined;
  return [principals[0]!, actions[0]!, resources[0]!];
}

export default defineRule({
  id: 'SM052',
  name: 'vpc-endpoint-open-policy',
  severity: 'low',
  appliesTo: ['VpcEndpoint'],
  fixable: true,
  tags: ['security', 'network', 'sagemaker', 's3', 'vpc-endpoint'],
  presets: {
    recommended: true,
    reason: 'An endpoint policy that allows every principal and bucket turns the VPC endpoint into an exfiltration path.',
  },
  docs: {
    summary: 'SageMaker or S3 VPC endpoint policy allows everything to everyone',
    description:
      "Reports a VPC endpoint for a SageMaker service or for S3 whose policy has an Allow statement without conditions that grants every action (`*`, or `sagemaker:*` / `s3:*` for the endpoint's service) to every principal (`*` or `{ AWS: '*' }`) on every resource (`*`), at that statement. An omitted `PolicyDocument` is reported too: AWS then attaches the default endpoint policy, which is exactly that statement. The policy may be an object or JSON text; a statement present only under some deploy-time choice is a possible violation, one severity lower. The fix adds a condition that limits the statement (or, when the policy is omitted, a new full-access policy) to principals of your account (`aws:PrincipalAccount`, placeholder `<account-id>`); narrow the actions and resources further where you can.",
    risk: "An open endpoint policy lets any credentials used inside the VPC reach the service through the endpoint, including other accounts' credentials and buckets: malware or an insider in the VPC can copy training data and models to an S3 bucket they own, or drive another account's SageMaker, without the traffic ever leaving the private network where egress controls would see it.",
    guidance: [
      {
        title: 'Control access to VPC endpoints using endpoint policies',
        url: 'https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html',
      },
      {
        title: 'Connect to SageMaker AI within your VPC (endpoint policies for the SageMaker API)',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/interface-vpc-endpoint.html',
      },
      {
        title: 'Gateway endpoints for Amazon S3 (endpoint policies)',
        url: 'https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-s3.html',
      },
    ],
    remediation: {
      cloudformation:
        'PolicyDocument:\n  Version: "2012-10-17"\n  Statement:\n    - Effect: Allow\n      Principal: "*"\n      Action: "*"\n      Resource: "*"\n      Condition:\n        StringEquals:\n          aws:PrincipalAccount: !Ref AWS::AccountId',
      terraform:
        'policy = jsonencode({\n  Version = "2012-10-17"\n  Statement = [{\n    Effect    = "Allow"\n    Principal = "*"\n    Action    = "*"\n    Resource  = "*"\n    Condition = { StringEquals = { "aws:PrincipalAccount" = "<account-id>" } }\n  }]\n})',
      cli: 'aws ec2 modify-vpc-endpoint --vpc-endpoint-id <vpc-endpoint-id> --policy-document file://endpoint-policy.json',
      console: 'VPC console → Endpoints → the endpoint → Policy → Edit policy: choose "Custom" and limit principals, actions and resources.',
    },
    alsoKnownAs: { Steampipe: ['vpc_gateway_endpoint_restrict_public_access'] },
    notes: [
      'An omitted policy is reported on purpose: the default policy grants full access, and no peer fixture checks endpoint policies (the peer corpus has no vpc-endpoint-policy cases).',
      'For S3, limiting `Resource` to your buckets (and the AWS-owned buckets SageMaker images and packages need) is stronger than the account condition alone.',
    ],
  },
  check(endpoint, { report }) {
    const names = servicesOf(endpoint).names.filter((n) => isSageMakerService(n) || n.service === 's3');
    if (names.length === 0) return;
    const prefixes = [...new Set(names.map((n) => (n.service === 's3' ? 's3' : 'sagemaker')))];
    const policy = prop(endpoint, 'PolicyDocument');
    const omitted = judge(policy, (v) => v.t === 'omitted');
    if (omitted) {
      report({
        at: policy,
        certainty: omitted.certainty,
        message: message`${propertyName('PolicyDocument')} ${omitted.because}: AWS attaches the default endpoint policy, which allows every action by every principal on every resource, so any credentials in the VPC (also other accounts') can use ${names[0]!.suffix} through it. Add a policy limited to your account and the actions you need.`,
        fix: policy.t === 'omitted' ? { description: 'Add an endpoint policy limited to your account', edits: [{ target: policy, value: ACCOUNT_ENDPOINT_POLICY }] } : undefined,
      });
    }
    for (const statement of parsePolicyDocument(policy).statements) {
      const open = openness(statement, prefixes);
      if (!open) continue;
      const certain = statement.certain && open.every((p) => p.certain);
      const condition = get(statement.value, 'Condition');
      report({
        at: statement.value,
        certainty: certain ? 'definite' : 'possible',
        message: `${statement.sid ? `Statement ${statement.sid}` : 'A statement'} allows every action to every principal on every resource without a condition: any credentials in the VPC (also other accounts') can use ${names[0]!.suffix} through this endpoint. Limit it to your account (aws:PrincipalAccount) and the actions and resources you need.`,
        // Text policies (JSON strings) cannot take an inserted condition.
        fix: policy.t === 'map' && condition.t === 'omitted' ? { description: 'Limit the statement to principals of your account', edits: [{ target: condition, value: OWN_ACCOUNT_CONDITION }] } : undefined,
      });
    }
  },
});
