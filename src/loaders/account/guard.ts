/**
 * The audit is read-only by construction: every AWS client it creates carries
 * this middleware, which refuses any operation sagelint does not call before
 * the request is even serialized, so nothing can leave the process that could
 * change an account or hand out credentials. The allowlist is the table the
 * audit's IAM policy is derived from, so a Get that issues tokens
 * (sts:GetWebIdentityToken, redshift:GetClusterCredentials, …) or an
 * operation a future SDK adds is refused, whatever its name.
 */
import type { InitializeMiddleware, Pluggable } from '@smithy/types';
import { AUDIT_OPERATIONS, SECURITY_HUB_IMPORT_OPERATIONS } from './policy.js';
import { ReadOnlyViolationError } from './read-only-error.js';

export { ReadOnlyViolationError };

/** Calls that reach accounts rather than read resources: who we are, member accounts, the organization's list. */
const ACCOUNT_OPERATIONS = {
  sts: ['GetCallerIdentity', 'AssumeRole'],
  organizations: ['ListAccounts'],
} as const;

/** `service:Operation` pairs, with IAM action prefixes as service names. */
const ALLOWED_OPERATIONS: ReadonlySet<string> = new Set(
  Object.entries({ ...AUDIT_OPERATIONS, ...ACCOUNT_OPERATIONS }).flatMap(([service, operations]) => operations.map((operation) => `${service}:${operation}`)),
);

/** SDK clients whose name is not their service's IAM action prefix. */
const ACTION_PREFIX_OF_CLIENT: Readonly<Record<string, string>> = { resourcegroupstaggingapi: 'tag', redshiftserverless: 'redshift-serverless' };

/**
 * Whether sagelint calls this operation of this service. `service` is the IAM
 * action prefix or the SDK client's name (`SageMaker`, `IAM`, `STS`,
 * `ResourceGroupsTaggingAPI`, `RedshiftServerless`): case is ignored.
 */
export function isAllowedOperation(service: string, operation: string): boolean {
  const name = service.toLowerCase();
  return ALLOWED_OPERATIONS.has(`${ACTION_PREFIX_OF_CLIENT[name] ?? name}:${operation}`);
}

export const READ_ONLY_GUARD_NAME = 'sagelintReadOnlyGuard';

function guardMiddleware(allowed: (service: string, operation: string) => boolean): InitializeMiddleware<object, object> {
  return (next, context) => async (args) => {
    const service = (context.clientName ?? 'unknown').replace(/Client$/, '');
    // A command without a name cannot be proven harmless.
    const operation = (context.commandName ?? '').replace(/Command$/, '');
    if (!allowed(service, operation)) throw new ReadOnlyViolationError(service, operation || '(unnamed command)');
    return next(args);
  };
}

/** Add to a client with `client.middlewareStack.use(readOnlyGuard)`. */
export const readOnlyGuard: Pluggable<object, object> = {
  applyToStack(stack) {
    stack.add(guardMiddleware(isAllowedOperation), { step: 'initialize', priority: 'high', name: READ_ONLY_GUARD_NAME });
  },
};

/**
 * The one write sagelint makes, and only under `audit --security-hub`:
 * securityhub:BatchImportFindings. Its clients carry this guard instead,
 * which refuses every other operation (reads included) the same way.
 */
export function isSecurityHubImport(service: string, operation: string): boolean {
  return service.toLowerCase() === 'securityhub' && (SECURITY_HUB_IMPORT_OPERATIONS.securityhub as readonly string[]).includes(operation);
}

export const securityHubImportGuard: Pluggable<object, object> = {
  applyToStack(stack) {
    stack.add(guardMiddleware(isSecurityHubImport), { step: 'initialize', priority: 'high', name: READ_ONLY_GUARD_NAME });
  },
};
