import type { Finding } from '../../src/core/finding.js';

/** Fingerprints given to more than one finding, with what shares them. */
export function sharedFingerprints(findings: readonly Finding[]): Record<string, string[]> {
  const byFingerprint = new Map<string, string[]>();
  for (const f of findings) {
    const where = f.location.kind === 'source' ? `${f.location.file}:${f.location.start.line}` : f.location.arn;
    byFingerprint.set(f.fingerprint, [...(byFingerprint.get(f.fingerprint) ?? []), `${f.ruleId} ${f.resource.id} ${where}`]);
  }
  return Object.fromEntries([...byFingerprint].filter(([, shared]) => shared.length > 1));
}
