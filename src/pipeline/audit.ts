/**
 * The steps of `sagelint audit`: collect the accounts' and regions' state
 * (read-only), turn the snapshot into units, judge them as a scan judges
 * templates, move findings onto stack templates when asked, and decide whether
 * the audit read enough to pass (it fails closed).
 */
import { collectAccountState, hidesScope, snapshotToUnits, type CollectOptions, type Snapshot } from '../loaders/account/index.js';
import type { Incompleteness, LoadError, Note, ScanResult } from '../core/finding.js';
import { plural } from '../collections.js';
import { evaluateUnits, type ScanOptions } from './scan.js';
import { locateInTemplates, type StackTemplateIndex } from './stack-templates.js';

/**
 * When coverage gaps fail the audit: `fail-closed` (the default) when a whole
 * account, region or service could not be read, or no account was audited;
 * `any` on every gap; `allow` never (the reports still say INCOMPLETE).
 */
export type GapPolicy = 'fail-closed' | 'any' | 'allow';

export interface AuditOptions {
  /** What to read, and how. */
  collect: CollectOptions;
  /** How the snapshot is judged: the rules, the catalog, the config and the report root. */
  evaluation: Pick<ScanOptions, 'root' | 'rules' | 'catalog' | 'config'>;
  /** Errors known before the audit (plugins that could not be loaded): they are the result's, as a scan's. */
  errors?: readonly LoadError[];
  /** The file the snapshot is saved to, which the units (and so a later `sagelint scan` of it) name. */
  snapshotFile?: string;
  /** Stack templates to report findings on CloudFormation's resources at. */
  templates?: StackTemplateIndex;
  gaps?: GapPolicy;
  /** Called with the collected state before it is judged (to save it). */
  onCollected?: (snapshot: Snapshot) => Promise<void> | void;
}

export interface AuditOutcome {
  snapshot: Snapshot;
  /** The findings as reports show them: located in the stack templates when given, repeated notes collapsed, marked incomplete. */
  result: ScanResult;
  /** The findings on the deployed resources (as Security Hub files them), marked incomplete. */
  live: ScanResult;
  /** What the audit could not read; absent when it read everything it set out to. */
  incomplete?: Incompleteness;
  /** Why the run must fail although its reports are written, by the gap policy. */
  refusal?: string;
}

/** Collects, judges and checks the coverage of one audit; a setup problem (credentials, regions, accounts) throws `AuditSetupError`. */
export async function auditAccounts(options: AuditOptions): Promise<AuditOutcome> {
  const snapshot = await collectAccountState(options.collect);
  await options.onCollected?.(snapshot);
  const { evaluation } = options;
  const units = snapshotToUnits(snapshot, options.snapshotFile, { rules: evaluation.rules });
  const live = await evaluateUnits(evaluation.root, units, evaluation, { errors: [...(options.errors ?? [])], notes: [], files: 0 });
  // Security Hub files a finding under the deployed resource, wherever a template locates it.
  const located = options.templates ? locateInTemplates(live, units, options.templates) : live;
  const incomplete = incompleteness(snapshot);
  const marked = incomplete ? { incomplete } : {};
  const refusal = incompleteRefusal(snapshot, options.gaps ?? 'fail-closed');
  return {
    snapshot,
    result: { ...located, notes: collapseNotes(located.notes), ...marked },
    live: { ...live, ...marked },
    ...marked,
    ...(refusal ? { refusal } : {}),
  };
}

/** What the audit could not read, for every report; undefined when it read everything it set out to. */
export function incompleteness(snapshot: Snapshot): Incompleteness | undefined {
  const gaps = snapshot.coverage;
  if (snapshot.accounts.length > 0 && gaps.length === 0) return undefined;
  const parts: string[] = [];
  if (snapshot.accounts.length === 0) parts.push('no account was audited (an empty organization or shard, or every account refused)');
  if (gaps.length) {
    const scope = gaps.filter(hidesScope).length;
    const detail = [scope ? `${scope} hide a whole account, region or service` : '', gaps.length - scope ? `${gaps.length - scope} a single resource, or an operation the endpoint lacks` : ''];
    parts.push(`${plural(gaps.length, 'coverage gap')} (${detail.filter(Boolean).join(', ')}); findings may be missing, see the coverage notes`);
  }
  return { summary: parts.join('; '), gaps: [...gaps] };
}

/** Why the run must fail although its report is written (see `GapPolicy`); undefined when it may pass. */
export function incompleteRefusal(snapshot: Snapshot, policy: GapPolicy): string | undefined {
  if (policy === 'allow') return undefined;
  const gaps = snapshot.coverage;
  if (policy === 'any' && gaps.length) return `${plural(gaps.length, 'API call')} failed (see the coverage notes); --fail-on-gaps makes any gap an error`;
  if (snapshot.accounts.length === 0) return 'the audit is incomplete: no account was audited; --allow-gaps accepts that';
  const scope = gaps.filter(hidesScope).length;
  if (scope) return `the audit is incomplete: ${plural(scope, 'coverage gap')} hide a whole account, region or service (see the coverage notes); --allow-gaps accepts an incomplete audit`;
  return undefined;
}

/** The same note many times (the same gap or mapping remark in every account) is one note with a count. */
export function collapseNotes(notes: readonly Note[]): Note[] {
  const counts = new Map<string, { note: Note; count: number }>();
  for (const note of notes) {
    const key = [note.file ?? '', note.line ?? '', note.message].join('\u0000');
    const seen = counts.get(key);
    if (seen) seen.count++;
    else counts.set(key, { note, count: 1 });
  }
  return [...counts.values()].map(({ note, count }) => (count === 1 ? note : { ...note, message: `${note.message} (×${count})` }));
}
