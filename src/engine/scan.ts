/**
 * `sagelint scan`: find inputs, load each into units, evaluate rules per unit,
 * and gather one result. One unreadable input never hides another's findings.
 */
import picomatch from 'picomatch';
import type { Finding, LoadError, Note, ScanResult } from './finding.js';
import { evaluateUnit, type EvaluationOptions } from './evaluate.js';
import type { Rule } from './rule.js';
import type { ResolvedConfig } from './config.js';
import { loadInputFiles } from '../loaders/index.js';
import { findInputFiles } from '../loaders/walk.js';
import type { LoadedUnit } from '../loaders/types.js';
import { DEFAULT_MAX_FILE_BYTES } from '../loaders/source-text.js';

export interface ScanOptions {
  root: string;
  /** The rules to run (already filtered by --rules/--skip-rules and the config). */
  rules: readonly Rule[];
  /** Every rule in the catalog (to recognise suppressions of rules that did not run). */
  catalog: readonly Rule[];
  config: ResolvedConfig;
  maxFileBytes?: number;
  /** Terraform variable files named on the command line. */
  varFiles?: string[];
  today?: Date;
}

export async function scan(paths: string[], options: ScanOptions): Promise<ScanResult> {
  const excluded = options.config.exclude.length ? picomatch(options.config.exclude, { dot: true }) : () => false;
  const walk = await findInputFiles(options.root, paths, excluded);
  const loaded = await loadInputFiles(options.root, walk.files, {
    maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    varFiles: options.varFiles ?? [],
  });
  return evaluateUnits(options.root, loaded.units, options, {
    errors: [...walk.errors, ...loaded.errors],
    notes: [...walk.notes, ...loaded.notes],
    files: walk.files.length,
  });
}

export function evaluationOptions(options: Pick<ScanOptions, 'rules' | 'catalog' | 'config' | 'today'>): EvaluationOptions {
  return {
    rules: options.rules,
    knownRuleIds: new Set(options.catalog.map((r) => r.id)),
    severityOverrides: options.config.severityOverrides,
    requiredTags: options.config.requiredTags,
    inlineSuppressions: options.config.inlineSuppressions,
    externalSuppressions: options.config.suppressions,
    today: options.today,
  };
}

/** Evaluates loaded units (from any loader: templates, Terraform, account snapshots) into one result. */
export function evaluateUnits(
  root: string,
  units: readonly LoadedUnit[],
  options: Pick<ScanOptions, 'rules' | 'catalog' | 'config' | 'today'>,
  extra: { errors: LoadError[]; notes: Note[]; files: number },
): ScanResult {
  const evaluation = evaluationOptions(options);
  const findings: Finding[] = [];
  const errors = [...extra.errors];
  const notes = [...extra.notes];
  let resources = 0;
  for (const unit of units) {
    errors.push(...unit.errors);
    notes.push(...unit.notes);
    resources += unit.resources.length;
    const result = evaluateUnit(unit, evaluation);
    findings.push(...result.findings);
    notes.push(...result.notes);
  }
  return { root, findings: sortFindings(findings), errors: sortByFile(errors), notes: sortByFile(notes), stats: { files: extra.files, resources } };
}

export function sortFindings(findings: Finding[]): Finding[] {
  const key = (f: Finding): [string, number, number] =>
    f.location.kind === 'source' ? [f.location.file, f.location.start.line, f.location.start.column] : [f.location.arn, 0, 0];
  return findings.sort((a, b) => {
    const [fa, la, ca] = key(a);
    const [fb, lb, cb] = key(b);
    return fa.localeCompare(fb) || la - lb || ca - cb || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint);
  });
}

function sortByFile<T extends { file?: string; line?: number }>(items: T[]): T[] {
  return items.sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0));
}
