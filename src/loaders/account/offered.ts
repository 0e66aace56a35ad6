/**
 * Services a region does not offer. AWS gives a service no endpoint in a
 * region where it does not run it (Redshift Serverless in some regions, any
 * service in a region launched before it): the DNS name of its standard
 * endpoint does not exist, and every call fails as an unreachable region's
 * would. Such a failure stays a coverage gap unless the run itself proves the
 * service is absent, by evidence gathered on every HTTP attempt:
 *
 * - every attempt to the service in the region went to its standard endpoint
 *   (the name the SDK's endpoint rules give, no custom endpoint) and was told
 *   that name does not exist (ENOTFOUND from getaddrinfo, for that very name);
 * - another service's standard endpoint in the same region gave an AWS
 *   answer, so DNS and the network to that region work (an offline machine
 *   gets ENOTFOUND for every name);
 * - the same service's standard endpoint gave an AWS answer in another region,
 *   so its names are not blocked on the way (a DNS filter);
 * - no proxy is configured in the environment, which would resolve names itself.
 *
 * Anything else (a timeout, a refused connection, EAI_AGAIN, a custom endpoint,
 * an answer that is not AWS's) leaves the gap, and the audit fails closed.
 */
import type { AuditService, CoverageGap } from '../../core/coverage.js';
import { compareText } from './records.js';

/** What one HTTP attempt showed about its endpoint. */
export type AttemptOutcome = 'answered' | 'name-not-found' | 'failed';

export interface EndpointAttempt {
  /** The DNS name the request was sent to. */
  hostname: string;
  /** Whether that is the service's standard endpoint for the region, as the SDK's endpoint rules name it. */
  standard: boolean;
  outcome: AttemptOutcome;
}

/** A service the run proved is not offered in a region, with its evidence. */
export interface NotOfferedService {
  region: string;
  service: AuditService;
  /** The standard endpoint's DNS name, which does not exist. */
  endpoint: string;
  /** Another service whose standard endpoint in the region answered. */
  regionAnsweredBy: string;
  /** Another region where the service's standard endpoint answered. */
  serviceAnsweredIn: string;
}

interface SeenAttempts {
  /** Standard endpoint names that did not resolve. */
  namesNotFound: Set<string>;
  /** An AWS answer from the standard endpoint. */
  answered: boolean;
  /** Any attempt that was not a missing name at the standard endpoint. */
  otherwise: boolean;
}

/** The environment variables Node, curl and many SDKs read a proxy from (any case). */
const PROXY_VARIABLES = new Set(['https_proxy', 'http_proxy', 'all_proxy']);

/** Whether the environment configures a proxy: a proxy resolves names itself, so a lookup here proves nothing. */
export function environmentProxy(env: NodeJS.ProcessEnv): boolean {
  return Object.entries(env).some(([name, value]) => PROXY_VARIABLES.has(name.toLowerCase()) && !!value?.trim());
}

/** Sorts an attempt: an AWS answer, the name of the endpoint not existing, or any other failure. */
export function attemptOutcome(err: unknown, hostname: string): AttemptOutcome {
  const e = (typeof err === 'object' && err !== null ? err : {}) as { code?: unknown; syscall?: unknown; hostname?: unknown; $fault?: unknown; $metadata?: { httpStatusCode?: unknown } };
  if (e.code === 'ENOTFOUND' && e.syscall === 'getaddrinfo' && e.hostname === hostname) return 'name-not-found';
  // The SDK marks an error it decoded from an AWS response with `$fault`; a body it could not decode has none.
  if (e.$fault !== undefined && typeof e.$metadata?.httpStatusCode === 'number') return 'answered';
  return 'failed';
}

/** The evidence of one audit run, by region and service. */
export class EndpointEvidence {
  private readonly seen = new Map<string, Map<string, SeenAttempts>>();

  /** `proxied`: a proxy is configured, so no missing name is taken as proof. */
  constructor(private readonly proxied: boolean) {}

  note(region: string, service: string, attempt: EndpointAttempt): void {
    const byService = this.seen.get(region) ?? new Map<string, SeenAttempts>();
    this.seen.set(region, byService);
    const seen = byService.get(service) ?? { namesNotFound: new Set<string>(), answered: false, otherwise: false };
    byService.set(service, seen);
    if (attempt.standard && attempt.outcome === 'name-not-found') {
      seen.namesNotFound.add(attempt.hostname);
      return;
    }
    seen.otherwise = true;
    if (attempt.standard && attempt.outcome === 'answered') seen.answered = true;
  }

  /** The proof that the service is not offered in the region, or undefined when there is any doubt. */
  notOffered(region: string, service: AuditService): NotOfferedService | undefined {
    if (this.proxied) return undefined;
    const seen = this.seen.get(region)?.get(service);
    if (!seen || seen.otherwise || seen.namesNotFound.size !== 1) return undefined;
    const regionAnsweredBy = [...(this.seen.get(region) ?? [])]
      .filter(([other, s]) => other !== service && s.answered)
      .map(([other]) => other)
      .sort(compareText)[0];
    const serviceAnsweredIn = [...this.seen]
      .filter(([other, byService]) => other !== region && byService.get(service)?.answered)
      .map(([other]) => other)
      .sort(compareText)[0];
    if (!regionAnsweredBy || !serviceAnsweredIn) return undefined;
    return { region, service, endpoint: [...seen.namesNotFound][0]!, regionAnsweredBy, serviceAnsweredIn };
  }

  /**
   * Parts the gaps: an unreachable-region gap of a service proved not offered
   * there is no gap; every other gap stays.
   */
  settle(gaps: readonly CoverageGap[]): { gaps: CoverageGap[]; notOffered: NotOfferedService[] } {
    const notOffered = new Map<string, NotOfferedService>();
    const kept = gaps.filter((gap) => {
      const proof = gap.reason === 'region-unavailable' ? this.notOffered(gap.region, gap.service) : undefined;
      if (proof) notOffered.set(`${proof.region}\u0000${proof.service}`, proof);
      return !proof;
    });
    return { gaps: kept, notOffered: [...notOffered.values()].sort((a, b) => compareText(a.region, b.region) || compareText(a.service, b.service)) };
  }
}

/** One line for a report, with the evidence. */
export function describeNotOffered(n: NotOfferedService): string {
  return (
    `Not offered: ${n.service} is not offered in ${n.region} — the DNS name of its endpoint, ${n.endpoint}, does not exist, ` +
    `while ${n.regionAnsweredBy} answered in ${n.region} and ${n.service} answered in ${n.serviceAnsweredIn}; there is nothing of it to read there, and this is no coverage gap.`
  );
}
