/**
 * The audit is read-only by construction: every AWS client it creates carries
 * this middleware, which refuses any operation that is not a List, Describe,
 * Get or BatchGet call before the request is even serialized, so nothing can
 * leave the process that could change an account.
 */
import type { InitializeMiddleware, Pluggable } from '@smithy/types';

const READ_ONLY_PREFIXES = ['List', 'Describe', 'Get', 'BatchGet'] as const;

/** Not read-only by name, but needed to reach member accounts and to learn who we are. */
const ALLOWED_OPERATIONS = new Set(['AssumeRole', 'GetCallerIdentity']);

/**
 * Read-only by name, yet they hand out credentials or secrets; an audit never
 * needs them.
 */
const REFUSED_OPERATIONS = new Set([
  'GetClusterCredentials',
  'GetClusterCredentialsWithIAM',
  'GetPasswordData',
  'GetSessionToken',
  'GetFederationToken',
  'GetAccessKeyInfo',
]);

export function isReadOnlyOperation(operation: string): boolean {
  if (REFUSED_OPERATIONS.has(operation)) return false;
  if (ALLOWED_OPERATIONS.has(operation)) return true;
  // The prefix must be followed by the start of a word: "Gets" or "Listen" are not reads.
  return READ_ONLY_PREFIXES.some((prefix) => operation.startsWith(prefix) && /^[A-Z]/.test(operation.slice(prefix.length)));
}

export class ReadOnlyViolationError extends Error {
  override readonly name = 'ReadOnlyViolationError';

  constructor(
    readonly service: string,
    readonly operation: string,
  ) {
    super(`${service}:${operation} was refused: sagelint audit only calls List, Describe and Get operations`);
  }
}

export const READ_ONLY_GUARD_NAME = 'sagelintReadOnlyGuard';

function guardMiddleware(): InitializeMiddleware<object, object> {
  return (next, context) => async (args) => {
    const service = (context.clientName ?? 'unknown').replace(/Client$/, '');
    // A command without a name cannot be proven harmless.
    const operation = (context.commandName ?? '').replace(/Command$/, '');
    if (!isReadOnlyOperation(operation)) throw new ReadOnlyViolationError(service, operation || '(unnamed command)');
    return next(args);
  };
}

/** Add to a client with `client.middlewareStack.use(readOnlyGuard)`. */
export const readOnlyGuard: Pluggable<object, object> = {
  applyToStack(stack) {
    stack.add(guardMiddleware(), { step: 'initialize', priority: 'high', name: READ_ONLY_GUARD_NAME });
  },
};
