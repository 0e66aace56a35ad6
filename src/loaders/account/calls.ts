/**
 * How collectors call AWS: a failed call never throws out of a collector; it
 * becomes a coverage gap with its place (account, region, service, operation)
 * and the rules it leaves unevaluated, and collection goes on.
 */
import { compareText } from './records.js';
import { classifyError, rulesAffectedByGap, type RuleScope } from './coverage.js';
import { type AuditService, type CoverageGap } from '../../core/coverage.js';
import { appendAll } from '../../collections.js';

export interface ServiceScope {
  account: string;
  region: string;
  service: AuditService;
}

/** Collects the gaps of a whole audit. */
export class GapRecorder {
  private readonly gaps: CoverageGap[] = [];

  constructor(
    private readonly rules: readonly RuleScope[],
    private readonly onGap?: (gap: CoverageGap) => void,
  ) {}

  record(scope: ServiceScope, operation: string, err: unknown, resource?: string): void {
    const { reason, error } = classifyError(err);
    const found = { account: scope.account, region: scope.region, service: scope.service, operation, error, reason, ...(resource === undefined ? {} : { resource }) };
    const gap: CoverageGap = { ...found, rulesAffected: rulesAffectedByGap(found, this.rules) };
    this.gaps.push(gap);
    this.onGap?.(gap);
  }

  /** Gaps in a stable order, so that two collections of the same state compare equal. */
  sorted(): CoverageGap[] {
    const key = (g: CoverageGap) => [g.account, g.region, g.service, g.operation, g.resource ?? ''].join('\u0000');
    return [...this.gaps].sort((a, b) => compareText(key(a), key(b)));
  }
}

export interface PagedResult<T> {
  items: T[];
  /** False when a page failed: the items are those read before it. */
  complete: boolean;
}

/** The calls of one service in one region of one account. */
export class ServiceCalls {
  /** Set once the service proved unreachable in this region: later calls are skipped, not each recorded. */
  private unreachable = false;

  constructor(
    readonly scope: ServiceScope,
    private readonly recorder: GapRecorder,
  ) {}

  /** Runs one call; on failure records a gap and yields undefined. */
  async call<T>(operation: string, run: () => Promise<T>, resource?: string): Promise<T | undefined> {
    if (this.unreachable) return undefined;
    try {
      return await run();
    } catch (err) {
      this.fail(operation, err, resource);
      return undefined;
    }
  }

  /** Reads every page of a paginated operation, picking the items of each page. */
  async pages<P, T>(operation: string, pages: () => AsyncIterable<P>, pick: (page: P) => readonly T[] | undefined, resource?: string): Promise<PagedResult<T>> {
    const items: T[] = [];
    if (this.unreachable) return { items, complete: false };
    try {
      for await (const page of pages()) appendAll(items, pick(page) ?? []);
      return { items, complete: true };
    } catch (err) {
      this.fail(operation, err, resource);
      return { items, complete: false };
    }
  }

  private fail(operation: string, err: unknown, resource: string | undefined): void {
    if (this.unreachable) return;
    // An unreachable region stops the whole service there: one gap says so, for every resource.
    this.unreachable = classifyError(err).reason === 'region-unavailable';
    this.recorder.record(this.scope, operation, err, this.unreachable ? undefined : resource);
  }
}
