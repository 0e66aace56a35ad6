/** Suppressions written in the config file: by rule, path glob and resource, with a reason and an expiry date. */
import picomatch from 'picomatch';
import type { Finding, Note, Suppression } from '../core/finding.js';

export interface ExternalSuppression {
  rule: string;
  /** Glob relative to the scan root; absent = every file. */
  path?: string;
  /** Resource identity (logical ID, Terraform address, ARN); absent = every resource. */
  resource?: string;
  reason: string;
  /** YYYY-MM-DD: from that day on the suppression no longer applies. */
  expires?: string;
  /** Where it is written, for the SARIF justification and messages. */
  source: string;
}

export interface SuppressionMatch {
  suppression?: Suppression;
  /** Set when the only matching suppression has expired. */
  expired?: Note;
}

export function matchExternalSuppression(finding: Finding, suppressions: readonly ExternalSuppression[], today: Date): SuppressionMatch {
  let expired: Note | undefined;
  for (const s of suppressions) {
    if (!matches(s, finding)) continue;
    if (s.expires && isExpired(s.expires, today)) {
      expired ??= {
        message: `suppression of ${s.rule}${s.resource ? ` on ${s.resource}` : ''} in ${s.source} expired on ${s.expires}; the finding is reported again`,
      };
      continue;
    }
    return { suppression: { kind: 'external', justification: s.reason, source: s.source } };
  }
  return { expired };
}

function matches(s: ExternalSuppression, finding: Finding): boolean {
  if (s.rule !== finding.ruleId && s.rule !== '*') return false;
  if (s.resource && s.resource !== finding.resource.id) return false;
  if (s.path) {
    const file = finding.location.kind === 'source' ? finding.location.file : undefined;
    if (!file || !matcherFor(s.path)(file)) return false;
  }
  return true;
}

/**
 * Suppressions stay plain data (they cross to worker threads); their globs are
 * compiled once per thread here, not once per finding.
 */
const matchers = new Map<string, (file: string) => boolean>();

function matcherFor(glob: string): (file: string) => boolean {
  let matcher = matchers.get(glob);
  if (!matcher) matchers.set(glob, (matcher = picomatch(glob, { dot: true })));
  return matcher;
}

function isExpired(expires: string, today: Date): boolean {
  return today.toISOString().slice(0, 10) >= expires;
}
