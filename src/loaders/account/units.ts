/**
 * A snapshot as loaded units: one per account (references resolve within an
 * account: IAM is global, a notebook's role lives in the same account), with the
 * coverage gaps as notes, so every report says what the audit could not see.
 */
import { LIVE_DIALECT } from '../../core/dialect.js';
import type { Note } from '../../core/finding.js';
import type { LoadedUnit } from '../../core/unit.js';
import { describeGaps, rulesAffectedByGap, type RuleScope } from './coverage.js';
import { mapAccountState } from './model.js';
import { describeNotOffered } from './offered.js';
import { compareText } from './records.js';
import { describeUpgrade, parseSnapshot, SnapshotError, type JobWindow, type Snapshot, type SnapshotScope } from './snapshot.js';

export interface SnapshotUnitOptions {
  /**
   * The rules the scan runs: gaps then name which of them were not evaluated
   * (default: the rules named when the snapshot was collected).
   */
  rules?: readonly RuleScope[];
}

/** `file` is the snapshot's path relative to the scan root, when it was read from one. */
export function snapshotToUnits(snapshot: Snapshot, file?: string, options: SnapshotUnitOptions = {}): LoadedUnit[] {
  const { rules } = options;
  const ids = [...new Set([...snapshot.accounts.map((a) => a.accountId), ...snapshot.coverage.map((g) => g.account)])].sort(compareText);
  const withFile = (message: string): Note => ({ ...(file ? { file } : {}), message });
  return ids.map((id, i) => {
    const account = snapshot.accounts.find((a) => a.accountId === id);
    const mapped = account ? mapAccountState(account, file) : { resources: [], notes: [withFile(`account ${id} could not be read at all; see the coverage gaps`)] };
    // Said once per snapshot, not once per account; the same gap in many places is one line.
    const scope = i === 0 ? describeScope(snapshot.scope).map(withFile) : [];
    const gaps = i === 0 ? describeGaps(snapshot.coverage.map((g) => (rules ? { ...g, rulesAffected: rulesAffectedByGap(g, rules) } : g))).map(withFile) : [];
    const notOffered = i === 0 ? (snapshot.notOffered ?? []).map(describeNotOffered).map(withFile) : [];
    return { files: file ? [file] : [], resources: mapped.resources, errors: [], notes: [...scope, ...gaps, ...notOffered, ...mapped.notes], dialect: LIVE_DIALECT };
  });
}

/**
 * Reads a snapshot file for `sagelint scan`. A file that is not a valid snapshot
 * gives one unit with the error (and where in the file, when known).
 * `root` is the scan root; snapshot locations are ARNs, so nothing is resolved against it.
 */
export function loadSnapshot(root: string, file: string, text: string, options: SnapshotUnitOptions = {}): LoadedUnit[] {
  try {
    return snapshotToUnits(parseSnapshot(text), file, options);
  } catch (err) {
    if (!(err instanceof SnapshotError)) throw err;
    return [{ files: [file], resources: [], errors: [{ file, ...(err.line ? { line: err.line, column: err.column } : {}), message: err.message }], notes: [] }];
  }
}

/** What the collection left out: old jobs, services not asked for, what an older sagelint did not collect. */
function describeScope(scope: SnapshotScope): string[] {
  const services = scope.services && `Only ${scope.services.join(', ')} resources were collected: rules about other services' resources were not evaluated.`;
  return [describeJobWindow(scope.jobs), ...(services ? [services] : []), ...describeUpgrade(scope)];
}

export function describeJobWindow(window: JobWindow): string {
  if (window.allJobs) return 'Jobs: every training, tuning, processing and transform job was collected.';
  const since = window.since ? ` created after ${window.since}` : '';
  return `Jobs: only training, tuning, processing and transform jobs${since}${window.includesRunning ? ', or still running,' : ''} were collected (collect with allJobs for every job).`;
}
