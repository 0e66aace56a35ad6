/**
 * Every AWS client of the audit is made here, so that each one is read-only
 * (the guard), bounded (a limiter per service, region and account), retried
 * with the SDK's adaptive mode, timed out, and counted for progress reports.
 */
import { AdaptiveRetryStrategy } from '@smithy/core/retry';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, EndpointV2, FinalizeRequestMiddleware, InitializeMiddleware, MiddlewareStack, Pluggable, RetryErrorInfo, RetryStrategyV2, RetryToken, StandardRetryToken } from '@smithy/types';
import { classifyError, markAnsweredByOtherEndpoint } from './coverage.js';
import { readOnlyGuard } from './guard.js';
import type { Limiter } from './limit.js';
import { attemptOutcome, type AttemptOutcome, type EndpointAttempt } from './offered.js';

export interface CallOutcome {
  /** HTTP attempts made, retries included. */
  attempts: number;
  /** Attempts refused by throttling (or 503) that were then retried. */
  throttlesRetried: number;
  ok: boolean;
}

export interface AuditClientOptions {
  region: string;
  credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** One endpoint for every service (a local AWS API in tests); default: the SDK's, which honours AWS_ENDPOINT_URL. */
  endpoint?: string;
  maxAttempts: number;
  requestTimeoutMs: number;
  connectionTimeoutMs: number;
  limiter: Limiter;
  onCall?: (outcome: CallOutcome) => void;
  /** Called after every HTTP attempt with what it showed of its endpoint (which services a region offers). */
  onAttempt?: (attempt: EndpointAttempt) => void;
  /** The operations the client may call; default: the audit's reads (`readOnlyGuard`). */
  guard?: Pluggable<object, object>;
}

interface AuditClientConfig {
  region: string;
  credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  endpoint?: string;
  retryStrategy: RetryStrategyV2;
  requestHandler: { requestTimeout: number; connectionTimeout: number };
}

/** The endpoint rules' parameters that name a service's standard endpoint in a region (a type, so it fits the SDK's indexed parameters). */
type StandardEndpointParameters = { Region: string; UseFIPS: boolean; UseDualStack: boolean };

export interface GuardableClient {
  // The SDK types each client's stack by its own commands; the middleware here is command-agnostic.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  middlewareStack: MiddlewareStack<any, any>;
  /** The SDK's endpoint rules for the service (a method, so each client's own parameter type fits). */
  config: { endpointProvider(parameters: StandardEndpointParameters): EndpointV2 };
  destroy(): void;
}

export type AuditClientClass<C extends GuardableClient> = new (config: AuditClientConfig) => C;

export function createAuditClient<C extends GuardableClient>(Client: AuditClientClass<C>, options: AuditClientOptions): C {
  const client = new Client({
    region: options.region,
    credentials: options.credentials,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    retryStrategy: new AdaptiveRetriesOfImplementedOperations(async () => options.maxAttempts),
    requestHandler: { requestTimeout: options.requestTimeoutMs, connectionTimeout: options.connectionTimeoutMs },
  });
  client.middlewareStack.use(options.guard ?? readOnlyGuard);
  const attemptLogs = new WeakMap<object, boolean[]>();
  const standard = standardHostname(client, options.region);
  client.middlewareStack.add(boundedCall(options, attemptLogs), { step: 'initialize', priority: 'high', name: 'sagelintBoundedCall' });
  client.middlewareStack.addRelativeTo(attemptRecorder(attemptLogs, standard), {
    relation: 'after',
    toMiddleware: 'retryMiddleware',
    name: 'sagelintAttemptRecorder',
  });
  if (options.onAttempt) {
    client.middlewareStack.addRelativeTo(endpointWitness(standard, options.onAttempt), {
      relation: 'after',
      toMiddleware: 'retryMiddleware',
      name: 'sagelintEndpointWitness',
    });
  }
  return client;
}

/** The DNS name of the service's standard endpoint in the region; undefined when the rules give none. */
export function standardHostname(client: GuardableClient, region: string): string | undefined {
  try {
    return client.config.endpointProvider({ Region: region, UseFIPS: false, UseDualStack: false }).url.hostname;
  } catch {
    return undefined;
  }
}

/** Runs inside the retry loop: tells, for every attempt, where it went and whether that endpoint answered. */
function endpointWitness(standard: string | undefined, onAttempt: (attempt: EndpointAttempt) => void): FinalizeRequestMiddleware<object, object> {
  return (next) => async (args) => {
    const { hostname } = args.request as { hostname?: unknown };
    if (typeof hostname !== 'string') return next(args);
    const report = (outcome: AttemptOutcome) => onAttempt({ hostname, standard: hostname === standard, outcome });
    try {
      const result = await next(args);
      report('answered');
      return result;
    } catch (err) {
      report(attemptOutcome(err, hostname));
      throw err;
    }
  };
}

/**
 * The SDK's adaptive retries, except for an answer saying the endpoint does not
 * implement the operation: a retry gets the same answer, and spends the retry
 * capacity the client's real faults need.
 */
class AdaptiveRetriesOfImplementedOperations extends AdaptiveRetryStrategy {
  override refreshRetryTokenForRetry(token: StandardRetryToken, errorInfo: RetryErrorInfo): Promise<RetryToken> {
    if (classifyError(errorInfo.error).reason === 'unsupported') return Promise.reject(errorInfo.error);
    return super.refreshRetryTokenForRetry(token, errorInfo);
  }
}

/** Waits for a slot of the limiter, then reports how the call went, retries included. */
function boundedCall(options: AuditClientOptions, attemptLogs: WeakMap<object, boolean[]>): InitializeMiddleware<object, object> {
  return (next, context) => (args) =>
    options.limiter.run(async () => {
      const throttled: boolean[] = [];
      attemptLogs.set(context, throttled);
      const report = (ok: boolean) => {
        // The last attempt's failure is the call's outcome, not something retried.
        const retried = ok ? throttled : throttled.slice(0, -1);
        options.onCall?.({ attempts: Math.max(1, throttled.length), throttlesRetried: retried.filter(Boolean).length, ok });
      };
      try {
        const result = await next(args);
        report(true);
        return result;
      } catch (err) {
        report(false);
        throw err;
      }
    });
}

/** Whether a request went to AWS's own endpoint: the standard one, which the SDK's rules never put on loopback (a local AWS API is there). */
function fromAwsEndpoint(hostname: unknown, standard: string | undefined): boolean {
  return typeof hostname === 'string' && hostname === standard && !/^(?:localhost|127(?:\.\d{1,3}){3}|\[?::1\]?)$/i.test(hostname);
}

/**
 * Runs inside the retry loop: sees every attempt, notes whether it was
 * throttled, and marks a failure an endpoint other than the standard one gave.
 */
function attemptRecorder(attemptLogs: WeakMap<object, boolean[]>, standard: string | undefined): FinalizeRequestMiddleware<object, object> {
  return (next, context) => async (args) => {
    const log = attemptLogs.get(context);
    try {
      const result = await next(args);
      log?.push(false);
      return result;
    } catch (err) {
      if (!fromAwsEndpoint((args.request as { hostname?: unknown }).hostname, standard)) markAnsweredByOtherEndpoint(err);
      log?.push(classifyError(err).reason === 'throttled');
      throw err;
    }
  };
}
