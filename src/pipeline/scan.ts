/**
 * `sagelint scan`: find inputs, load each into units, evaluate rules per unit,
 * and gather one result. One unreadable input never hides another's findings.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import picomatch from 'picomatch';
import type { Finding, LoadError, Note, ScanResult } from '../core/finding.js';
import { evaluateUnit, type EvaluationOptions } from '../engine/evaluate.js';
import { prepareRulesFor, type Rule } from '../core/rule.js';
import type { ResolvedConfig } from '../config/config.js';
import { loadUnitSource, planUnitSources, unitSourceOfFile, type LoadOptions, type UnitSource } from '../loaders/index.js';
import { findInputFiles, type InputFile } from '../loaders/walk.js';
import type { LoadedUnit } from '../core/unit.js';
import type { ResourceKind } from '../model/resource.js';
import { DEFAULT_MAX_FILE_BYTES } from '../loaders/source-text.js';
import type { ParameterAssignment } from '../loaders/cloudformation/repository.js';
import { appendAll } from '../collections.js';
import { StringPool } from '../engine/string-pool.js';

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
  /** CloudFormation parameter values from parameter files. */
  parameters?: ParameterAssignment[];
  today?: Date;
  /**
   * Threads to load and evaluate units with (default 1: everything on this
   * thread); `auto` (the CLI's default) takes one per available core when the
   * input is large enough to be worth them (`jobsForInput`).
   */
  jobs?: number | 'auto';
  /** Texts an editor holds, not yet saved, by path relative to the root: read instead of the files on disk. */
  unsaved?: ReadonlyMap<string, string>;
}

/** What one unit source gives once loaded and evaluated: plain data, whichever thread produced it. */
export interface SourceResult {
  findings: Finding[];
  errors: LoadError[];
  notes: Note[];
  resources: number;
  resourcesByKind: Partial<Record<ResourceKind, number>>;
  resourcesByType: Record<string, number>;
}

export async function scan(paths: string[], options: ScanOptions): Promise<ScanResult> {
  const excluded = exclusionOf(options.config);
  const walk = await findInputFiles(options.root, paths, excluded);
  const loadOptions = loadOptionsOf(options);
  const plan = await planUnitSources(options.root, walk.files, loadOptions, excluded);
  const jobs = options.jobs === 'auto' ? jobsForInput(walk.files) : options.jobs;
  const results = await scanSources(plan.sources, { ...options, jobs }, loadOptions);
  return assembleResult(options.root, results, {
    errors: [...walk.errors, ...plan.errors],
    notes: [...walk.notes, ...plan.notes],
    files: walk.files.length,
  });
}

/**
 * Below this many bytes of input files, the default `--jobs` is one thread.
 * Workers take at most about 30 % of what is left on two cores (one thread
 * already keeps 1.4 cores busy), after a warm-up of about a second and
 * 60-130 MB. The slowest input per byte measured, the real-world corpus
 * (Terraform, templates the fast reader leaves to the `yaml` package, IAM
 * policies), scans about 0.9 MB per second on one thread: 4 MB of it is some
 * 4.4 s of work, of which a worker could save 1.3 s at best, about its
 * warm-up (on that corpus's 2.4 MB a worker made the scan 0.6 s slower). The
 * benchmark's templates scan about six times faster per byte. Above it, the
 * scan still measures its own pace before starting workers (`parallel.ts`).
 */
export const MIN_INPUT_BYTES_FOR_JOBS = 4 * 1024 * 1024;

/**
 * The default `--jobs`: one thread for an input under
 * `MIN_INPUT_BYTES_FOR_JOBS`, else one per available core. File sizes are read
 * only until the threshold is reached.
 */
export function jobsForInput(files: readonly InputFile[], cores = availableParallelism()): number {
  if (cores <= 1) return 1;
  let bytes = 0;
  for (const file of files) {
    bytes += statSync(file.absolute, { throwIfNoEntry: false })?.size ?? 0;
    if (bytes >= MIN_INPUT_BYTES_FOR_JOBS) return cores;
  }
  return 1;
}

/** Whether the config's `exclude` patterns leave out a path relative to the scan root. */
export function exclusionOf(config: Pick<ResolvedConfig, 'exclude'>): (relative: string) => boolean {
  return config.exclude.length ? picomatch(config.exclude, { dot: true }) : () => false;
}

/**
 * One file as an editor holds it (`options.unsaved` gives the texts of open
 * files): judged as a scan judges it, a `.tf` file with the other files of its
 * root module. Not being an input gives an empty result.
 */
export async function scanOpenFile(file: string, options: ScanOptions): Promise<ScanResult> {
  const loadOptions = loadOptionsOf(options);
  const source = await unitSourceOfFile(options.root, file, loadOptions);
  const results = await scanSourcesInOrder(options.root, [source], loadOptions, evaluationOptions(options));
  return assembleResult(options.root, results, { errors: [], notes: [], files: 1 });
}

function loadOptionsOf(options: ScanOptions): LoadOptions {
  return { maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, varFiles: options.varFiles ?? [], parameters: options.parameters, unsaved: options.unsaved };
}

/**
 * Results per source, in source order. Units stream through one at a time (a
 * document is dropped once evaluated), on worker threads when that pays off.
 */
async function scanSources(sources: readonly UnitSource[], options: ScanOptions & { jobs?: number }, loadOptions: LoadOptions): Promise<SourceResult[]> {
  const jobs = Math.max(1, Math.floor(options.jobs ?? 1));
  const pool = new StringPool();
  if (jobs === 1) return scanSourcesInOrder(options.root, sources, loadOptions, evaluationOptions(options), pool);
  const { scanWithJobs } = await import('./parallel.js');
  return scanWithJobs(sources, { ...options, jobs }, loadOptions, pool);
}

/**
 * Loads and evaluates sources one after another, keeping each one's result,
 * not its documents. Each rule is prepared when the first resource it applies
 * to is loaded.
 */
export async function scanSourcesInOrder(
  root: string,
  sources: readonly UnitSource[],
  loadOptions: LoadOptions,
  evaluation: EvaluationOptions,
  pool = new StringPool(),
): Promise<SourceResult[]> {
  const results: SourceResult[] = [];
  for (const source of sources) {
    const units = await loadUnitSource(root, source, loadOptions);
    await prepareRulesFor(evaluation.rules, kindsOf(units));
    results.push(evaluateLoaded(units, evaluation, pool));
  }
  return results;
}

function kindsOf(units: readonly LoadedUnit[]): Set<ResourceKind> {
  const kinds = new Set<ResourceKind>();
  for (const unit of units) for (const resource of unit.resources) kinds.add(resource.kind);
  return kinds;
}

/**
 * The result holds nothing of the documents: findings are built from the
 * pool's strings, errors and notes copied into them. Strings cut from a
 * template's text would otherwise keep that whole text alive for as long as
 * the finding.
 */
function evaluateLoaded(units: readonly LoadedUnit[], evaluation: EvaluationOptions, pool: StringPool): SourceResult {
  const result: SourceResult = { findings: [], errors: [], notes: [], resources: 0, resourcesByKind: {}, resourcesByType: countsByName() };
  for (const unit of units) {
    appendAll(result.errors, pool.copy(unit.errors));
    appendAll(result.notes, pool.copy(unit.notes));
    result.resources += unit.resources.length;
    for (const { kind, type } of unit.resources) {
      result.resourcesByKind[kind] = (result.resourcesByKind[kind] ?? 0) + 1;
      result.resourcesByType[type] = (result.resourcesByType[type] ?? 0) + 1;
    }
    const evaluated = evaluateUnit(unit, evaluation, pool);
    appendAll(result.findings, evaluated.findings);
    appendAll(result.notes, pool.copy(evaluated.notes));
    appendAll(result.errors, pool.copy(evaluated.errors));
  }
  return result;
}

export function evaluationOptions(options: Pick<ScanOptions, 'rules' | 'catalog' | 'config' | 'today'>): EvaluationOptions {
  return evaluationFor(options.rules, options.catalog.map((r) => r.id), options.config, options.today);
}

/** The same from rule IDs known by name only, as a worker thread receives them. */
export function evaluationFor(rules: readonly Rule[], knownRuleIds: Iterable<string>, config: ResolvedConfig, today: Date | undefined): EvaluationOptions {
  return {
    rules,
    knownRuleIds: new Set(knownRuleIds),
    severityOverrides: config.severityOverrides,
    requiredTags: config.requiredTags,
    inlineSuppressions: config.inlineSuppressions,
    externalSuppressions: config.suppressions,
    today,
  };
}

/**
 * Evaluates loaded units (from any loader: templates, Terraform, account
 * snapshots) into one result, preparing the rules that apply to them first.
 */
export async function evaluateUnits(
  root: string,
  units: readonly LoadedUnit[],
  options: Pick<ScanOptions, 'rules' | 'catalog' | 'config' | 'today'>,
  extra: { errors: LoadError[]; notes: Note[]; files: number },
): Promise<ScanResult> {
  await prepareRulesFor(options.rules, kindsOf(units));
  return assembleResult(root, [evaluateLoaded(units, evaluationOptions(options), new StringPool())], extra);
}

function assembleResult(root: string, results: readonly SourceResult[], extra: { errors: LoadError[]; notes: Note[]; files: number }): ScanResult {
  const findings: Finding[] = [];
  const errors = [...extra.errors];
  const notes = [...extra.notes];
  let resources = 0;
  const resourcesByKind: Partial<Record<ResourceKind, number>> = {};
  const resourcesByType = countsByName();
  for (const result of results) {
    for (const finding of result.findings) findings.push(finding);
    appendAll(errors, result.errors);
    appendAll(notes, result.notes);
    resources += result.resources;
    for (const [kind, count] of Object.entries(result.resourcesByKind) as [ResourceKind, number][]) resourcesByKind[kind] = (resourcesByKind[kind] ?? 0) + count;
    for (const [type, count] of Object.entries(result.resourcesByType)) resourcesByType[type] = (resourcesByType[type] ?? 0) + count;
  }
  const stats = { files: extra.files, resources, resourcesByKind, resourcesByType };
  return { root, findings: sortFindings(findings), errors: sortByFile(distinct(errors)), notes: sortByFile(distinct(notes)), stats };
}

/** Counts keyed by names from the inputs (resource types): no key, `__proto__` included, is inherited. */
function countsByName(): Record<string, number> {
  return Object.create(null) as Record<string, number>;
}

/**
 * One of each error or note: units load apart (and on different threads), so
 * a module two Terraform roots share, or a file two CDK stacks read, gives the
 * same error to each.
 */
function distinct<T extends LoadError | Note>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = JSON.stringify([item.file, item.line, 'column' in item ? item.column : undefined, item.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

let collatorCompare: ((a: string, b: string) => number) | undefined;

/**
 * Rule IDs (`SM001`) and fingerprints (hex): letters of one case and digits,
 * which a collator orders as their code units do (digits first, then letters
 * alphabetically), so comparing them needs no collator.
 */
const ONE_CASE_ALPHANUMERIC = [/^[0-9A-Z]*$/, /^[0-9a-z]*$/];

/**
 * Compares as `localeCompare` does. The collator is built at the first
 * comparison that needs it: building it costs milliseconds of start-up, and a
 * scan of one template (the pre-commit case) compares only equal paths, rule
 * IDs and fingerprints.
 */
function compareText(a: string, b: string): number {
  if (a === b) return 0;
  if (ONE_CASE_ALPHANUMERIC.some((pattern) => pattern.test(a) && pattern.test(b))) return a < b ? -1 : 1;
  collatorCompare ??= new Intl.Collator().compare;
  return collatorCompare(a, b);
}

export function sortFindings(findings: Finding[]): Finding[] {
  const key = (f: Finding): [string, number, number] =>
    f.location.kind === 'source' ? [f.location.file, f.location.start.line, f.location.start.column] : [f.location.arn, 0, 0];
  return findings.sort((a, b) => {
    const [fa, la, ca] = key(a);
    const [fb, lb, cb] = key(b);
    return compareText(fa, fb) || la - lb || ca - cb || compareText(a.ruleId, b.ruleId) || compareText(a.fingerprint, b.fingerprint);
  });
}

function sortByFile<T extends { file?: string; line?: number }>(items: T[]): T[] {
  return items.sort((a, b) => compareText(a.file ?? '', b.file ?? '') || (a.line ?? 0) - (b.line ?? 0));
}
