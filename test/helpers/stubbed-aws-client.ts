/**
 * The audit's own SDK clients (guard, limiter, retries) with their answers
 * stubbed in the middleware, so collectors can be tested on API response
 * shapes a local AWS API does not produce (or cannot be made to fail with).
 */
import type { SerializeMiddleware } from '@smithy/types';
import { createAuditClient, type AuditClientClass, type GuardableClient } from '../../src/loaders/account/clients.js';
import { Limiter } from '../../src/loaders/account/limit.js';

/** An answer by operation: an output, or an error to throw (the n-th call of the operation, counted from 0). */
export type Answer = (input: Record<string, unknown>, call: number) => object;

export class AccessDenied extends Error {
  override name = 'AccessDeniedException';
  readonly $metadata = { httpStatusCode: 400 };
}

export class Throttled extends Error {
  override name = 'ThrottlingException';
  readonly $metadata = { httpStatusCode: 400 };
}

/** A guarded audit client whose requests never leave the process: each operation gets its stubbed answer. */
export function stubbedClient<C extends GuardableClient>(Client: AuditClientClass<C>, answers: Record<string, Answer>, calls: string[], region = 'us-east-1'): C {
  const client = createAuditClient(Client, {
    region,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    endpoint: 'http://127.0.0.1:9',
    maxAttempts: 1,
    requestTimeoutMs: 1000,
    connectionTimeoutMs: 1000,
    limiter: new Limiter(5),
  });
  const counts = new Map<string, number>();
  const stub: SerializeMiddleware<object, object> = (_next, context) => async (args) => {
    const operation = (context.commandName ?? '').replace(/Command$/, '');
    const call = counts.get(operation) ?? 0;
    counts.set(operation, call + 1);
    calls.push(operation);
    // Listings nobody stubbed are empty.
    const output = answers[operation]?.(args.input as Record<string, unknown>, call) ?? {};
    return { output: { $metadata: {}, ...output } as never, response: {} };
  };
  client.middlewareStack.add(stub, { step: 'serialize', priority: 'high', name: 'stubbedAnswers' });
  return client;
}
