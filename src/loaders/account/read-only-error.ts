/** The refusal of the audit's read-only guard (guard.ts), apart so that coverage can recognise it without importing the guard's allowlist. */
export class ReadOnlyViolationError extends Error {
  override readonly name = 'ReadOnlyViolationError';

  constructor(
    readonly service: string,
    readonly operation: string,
  ) {
    super(`${service}:${operation} was refused: sagelint audit only calls the read operations its collectors need (see docs/security.md)`);
  }
}
