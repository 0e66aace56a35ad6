/**
 * Trust policies of execution roles: SageMaker, and only SageMaker acting for
 * your account, should be able to assume the role. Without `aws:SourceAccount`
 * (or `aws:SourceArn`) SageMaker acting for any account could be made to use
 * it: the confused deputy problem.
 */
import { get } from '../model/value.js';
import { certaintyOf, describeChoices, matchAction, type Match } from './access.js';
import type { IamFinding } from './finding.js';
import { conditionsOf, principalsOf, type PolicyDocument, type PolicyStatement } from './policy.js';

const ASSUME_ACTIONS = ['sts:AssumeRole', 'sts:AssumeRoleWithWebIdentity', 'sts:AssumeRoleWithSAML'];

/** The SageMaker service principal, also as CloudFormation writes it with `${AWS::URLSuffix}`. */
function isSageMakerPrincipal(text: string): boolean {
  const lower = text.toLowerCase();
  return lower === 'sagemaker.amazonaws.com' || lower === 'sagemaker.amazonaws.com.cn' || text === 'sagemaker.${AWS::URLSuffix}';
}

const SOURCE_KEYS = new Set(['aws:sourceaccount', 'aws:sourcearn']);

/** Placeholder values for the confused-deputy condition; SourceAccount alone works for every SageMaker feature. */
const SOURCE_ACCOUNT_CONDITION = { operator: 'StringEquals', key: 'aws:SourceAccount', value: '<account-id>' } as const;

/** Whether some Allow statement lets the SageMaker service assume the role. */
export function trustsSageMaker(trust: PolicyDocument): boolean {
  return assumeStatements(trust).some(({ statement }) =>
    principalsOf(statement.principal).entries.some((e) => e.type === 'Service' && isSageMakerPrincipal(e.pattern.text)),
  );
}

export interface TrustFinding extends IamFinding {
  kind: 'other-principal' | 'no-source-condition';
}

export function analyzeTrust(trust: PolicyDocument): TrustFinding[] {
  const findings: TrustFinding[] = [];
  for (const { statement, match } of assumeStatements(trust)) {
    const conditions = conditionsOf(statement);
    const conditional = conditions.clauses.length > 0 || conditions.unseen.length > 0;
    const hedge = conditional ? ', unless its conditions restrict who' : '';
    if (statement.notPrincipal) {
      findings.push({
        kind: 'other-principal',
        at: statement.notPrincipal,
        certainty: certaintyOf([statement, match], conditional ? ['conditions'] : []),
        message: `the trust policy allows every principal except those in NotPrincipal to assume the role${hedge}${describeChoices([statement, match])}`,
      });
    }
    let trustsSageMakerHere = false;
    for (const { type, pattern } of principalsOf(statement.principal).entries) {
      if (type === 'Service' && isSageMakerPrincipal(pattern.text)) {
        trustsSageMakerHere = true;
        continue;
      }
      const who = pattern.text === '*' ? 'anyone (Principal *)' : `${describeType(type)} ${pattern.text}`;
      findings.push({
        kind: 'other-principal',
        at: pattern.value,
        certainty: certaintyOf([statement, match, pattern], conditional ? ['conditions'] : []),
        message: `the trust policy also lets ${who} assume the role${hedge}${describeChoices([statement, match, pattern])}`,
      });
    }
    if (trustsSageMakerHere && !conditions.clauses.some((c) => SOURCE_KEYS.has(c.keyLower) && !c.negated && !c.ifExists)) {
      findings.push(missingSourceCondition(statement, match));
    }
  }
  return findings;
}

function missingSourceCondition(statement: PolicyStatement, match: Match): TrustFinding {
  const { operator, key, value } = SOURCE_ACCOUNT_CONDITION;
  return {
    kind: 'no-source-condition',
    at: statement.condition ?? get(statement.value, 'Condition'),
    certainty: certaintyOf([statement, match], []),
    message: `the trust policy lets SageMaker assume the role without an aws:SourceAccount or aws:SourceArn condition, so SageMaker acting for another account could use it (confused deputy)${describeChoices([statement, match])}`,
    fix: {
      description: `Only let SageMaker assume the role when it acts for your account: add ${operator} ${key} (replace <account-id>).`,
      edits: [{ target: get(statement.value, 'Condition', operator, key), value }],
    },
  };
}

function describeType(type: string): string {
  switch (type) {
    case 'Service':
      return 'the service';
    case 'Federated':
      return 'the federated identity';
    case 'CanonicalUser':
      return 'the canonical user';
    default:
      return 'the principal';
  }
}

function assumeStatements(trust: PolicyDocument): { statement: PolicyStatement; match: Match }[] {
  const out: { statement: PolicyStatement; match: Match }[] = [];
  for (const statement of trust.statements) {
    if (statement.effect !== 'Allow') continue;
    const match = ASSUME_ACTIONS.map((a) => matchAction(statement, a)).find((m) => m !== undefined);
    if (match) out.push({ statement, match });
  }
  return out;
}
