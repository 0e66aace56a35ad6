/** The work behind `sagelint scan`, loaded only when the command runs. */
import path from 'node:path';
import { appendFile, mkdir } from 'node:fs/promises';
import { ConfigError, configuredRules, EMPTY_CONFIG, resolveCheckedConfig, workingTreeTop, type ResolvedConfig } from '../config/config.js';
import type { LoadError, ScanResult } from '../core/finding.js';
import type { Rule, Severity } from '../core/rule.js';
import { evaluateUnits, scan, sortFindings, type ScanOptions } from '../pipeline/scan.js';
import type { LoadedUnit } from '../core/unit.js';
import { scanRootFor } from '../loaders/walk.js';
import { writeChunks } from '../report/json-stream.js';
import { atOrAbove, isAccepted, summarize } from '../report/summary.js';
import { plural } from '../collections.js';
import { escapeUntrusted } from '../report/untrusted-text.js';
import { onlyIntroduced, originUrl, scanMergeBase } from './changed-files.js';
import { baselineFromRef, configSourceFromRef, workingTreeGateChanges } from './from-ref.js';
import { rulesOfFramework } from '../report/compliance.js';
import { complianceView } from '../report/compliance-view.js';
import type { AsffOptions } from '../report/asff.js';
import { repositoryFromRemote } from '../report/repository-name.js';
import { formatOfFile, OUTPUT_FORMATS, renderedText, reportFileName, REPORTERS, type OutputFormat, type RenderOptions, type Reporter } from '../report/registry.js';
import { EXIT } from './exit-codes.js';
import { writeOutputFile } from './output-file.js';
import { checkedInput, configInputFor, loadCatalogFor } from './rules-command.js';
import { listArgument, type InputArgs, type ReportArgs } from './options.js';
import type { BaselineArgs, ScanArgs } from './scan-command.js';
import { compareWithBaseline, DEFAULT_BASELINE_FILE, readBaseline, writeBaseline, type BaselineFile } from '../config/baseline.js';
import type { ParameterAssignment } from '../loaders/cloudformation/repository.js';
import { readParameterFile } from '../loaders/cloudformation/parameter-files.js';

export interface ScanSetup {
  catalog: readonly Rule[];
  root: string;
  /** The paths to scan, resolved against the working directory. */
  paths: string[];
  config: ResolvedConfig;
  rules: readonly Rule[];
  /** CloudFormation parameter values from the config's and the command line's parameter files. */
  parameters?: ParameterAssignment[];
  /** Plugins, or rules of plugins, that could not be loaded: reported with the scan's load errors. */
  extensionErrors: LoadError[];
}

type SetupArgs = Pick<ScanArgs, 'paths' | 'config' | 'preset' | 'rules' | 'skip-rules'> & Pick<InputArgs, 'parameters'> & Partial<Pick<ScanArgs, 'config-from-ref' | 'compliance'>>;

/** Catalog, scan root, config and selected rules; a config or usage error is printed and gives undefined. */
export async function prepareScan(args: SetupArgs): Promise<ScanSetup | undefined> {
  try {
    return await setUpScan(args);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`sagelint: ${escapeUntrusted(err.message)}\n`);
    return undefined;
  }
}

/** `prepareScan` for a given scan root (the language server's workspace folder); a config or usage error is a ConfigError. */
export async function setUpScan(args: SetupArgs, root = scanRootFor(args.paths)): Promise<ScanSetup> {
  // In trusted mode the plugins are the trusted config's; the working tree's config never loads any.
  const input = args['config-from-ref'] ? checkedInput(configSourceFromRef(root, args['config-from-ref'], args.config)) : await configInputFor(root, args.config);
  const { rules: catalog, errors: extensionErrors } = await loadCatalogFor(input);
  const config = input ? resolveCheckedConfig(input.checked, input.source.label, catalog, input.source.dir) : EMPTY_CONFIG;
  const selected = selectRules(catalog, config, args);
  // Each rule is prepared (the IAM data loaded) once the scan or audit meets a resource it applies to.
  const rules = args.compliance ? rulesOfFramework(selected, args.compliance) : selected;
  const parameters = readParameterFiles([...(config.parameters ?? []), ...(args.parameters ?? []).map((file) => ({ templates: '**', file: path.resolve(file) }))]);
  return { catalog, root, paths: args.paths.map((p) => path.resolve(p)), config, rules, parameters, extensionErrors };
}

export async function runScan(args: ScanArgs): Promise<number> {
  const setup = await prepareScan(args);
  if (!setup || !(await makeOutputDir(args))) return EXIT.error;
  const { config, rules } = setup;
  // A mistyped baseline path or git ref is said before the scan, not after it.
  let baseline: BaselineFile | undefined;
  let baselineLabel = args.baseline;
  if (args.baseline || args['baseline-from-ref']) {
    try {
      if (args['baseline-from-ref']) ({ baseline, label: baselineLabel } = baselineFromRef(setup.root, args['baseline-from-ref'], args.baseline ?? DEFAULT_BASELINE_FILE));
      else baseline = await readBaseline(args.baseline!);
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      process.stderr.write(`sagelint: ${escapeUntrusted(err.message)}\n`);
      return EXIT.error;
    }
  }
  const gate = await workingTreeGateChanges(setup.root, args, { config, baseline }, setup.catalog);
  for (const warning of gate.warnings) process.stderr.write(`sagelint: warning: ${escapeUntrusted(warning)}\n`);
  const options = scanOptionsFor(setup, args);
  const mergeBase = args['changed-since'] ? await scanMergeBase(args['changed-since'], setup.paths, options) : undefined;
  if (mergeBase && !mergeBase.ok) {
    process.stderr.write(`sagelint: --changed-since ${escapeUntrusted(`${args['changed-since']}: ${mergeBase.message}`)}\n`);
    return EXIT.error;
  }
  let result = withExtensionErrors(await withGateFindings(await scan(setup.paths, options), gate.unit, options), setup);
  if (baseline) result = compareWithBaseline(result, baseline, baselineLabel!);
  if (mergeBase) result = onlyIntroduced(result, mergeBase.value);
  if (args.compliance) result = { ...result, compliance: complianceView(result, setup.catalog, rules, args.compliance) };
  const failOn = args['fail-on'] ?? config.failOn ?? 'low';
  return writeReports(() => result, rules, reportTargets(args, setup.root), { summary: args.summary, failOn, category: args.category, color: args.color, quiet: args.quiet, compact: args.compact });
}

/** Where each report of a run goes: one to --output or stdout, or one per format into --output-dir. */
export interface ReportTarget {
  format: OutputFormat;
  output?: string;
  /** The account, region and time ASFF findings are filed under. */
  asff?: AsffOptions;
}

/** Creates the --output-dir folder, before any work whose report it will hold; false (and said) when it cannot be. */
export async function makeOutputDir(args: ReportArgs): Promise<boolean> {
  const dir = args['output-dir'];
  return !dir || writeOutputFile(dir, async () => void (await mkdir(dir, { recursive: true })));
}

/** `root` is where the scan's files are: the repository the ASFF findings in them belong to. */
export function reportTargets(args: ReportArgs, root: string): ReportTarget[] {
  const dir = args['output-dir'];
  const asff = asffOptions(args, (args.format ?? []).includes('asff') || formatOfFile(args.output, ['asff']) ? root : undefined);
  if (dir) return (args.format ?? []).map((format) => ({ format, output: path.join(dir, reportFileName(format)), asff }));
  return [{ format: reportFormat(args.format?.[0], args.output), output: args.output, asff }];
}

/**
 * One timestamp for the run; the region from the option, else the AWS CLI's
 * environment variables; the scope of the findings in the files under `root`
 * (when given) from the option, else the repository they are in.
 */
export function asffOptions(args: ReportArgs, root?: string): AsffOptions {
  const region = args['asff-region'] || process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || undefined;
  const scope = args['asff-scope'] ?? (root === undefined ? undefined : repositoryScope(root));
  return { account: args['asff-account'], region, timestamp: new Date().toISOString(), ...(scope ? { scope } : {}) };
}

/**
 * The repository the files under `root` are in, as `host/owner/repo`: the
 * GitHub Actions repository, else the `origin` remote, else the name of the
 * working tree's (or the root's) folder.
 */
function repositoryScope(root: string): string {
  const github = process.env.GITHUB_REPOSITORY;
  if (github) return repositoryFromRemote(`${process.env.GITHUB_SERVER_URL || 'https://github.com'}/${github}`) ?? `github.com/${github}`;
  const top = workingTreeTop(root);
  const remote = top ? originUrl(top) : undefined;
  return (remote && repositoryFromRemote(remote)) || path.basename(top ?? root);
}

/**
 * Writes each target's report of the result for its format (an audit's SARIF
 * locates live findings in its snapshot), the summary once, and returns the
 * exit code: an error when any report could not be written.
 */
export async function writeReports(resultFor: (format: OutputFormat) => ScanResult, rules: readonly Rule[], targets: readonly ReportTarget[], options: Omit<ReportOptions, 'format' | 'output'>): Promise<number> {
  const codes: number[] = [];
  for (const [i, target] of targets.entries()) {
    codes.push(await writeReport(resultFor(target.format), rules, { ...options, ...target, summary: i === 0 ? options.summary : undefined }));
  }
  return Math.max(...codes);
}

/**
 * The scan's findings with SL002's on the working tree's own gate files,
 * judged by the trusted config like every finding (its severity, its
 * suppressions), never by the files they are about.
 */
async function withGateFindings(result: ScanResult, unit: LoadedUnit, options: ScanOptions): Promise<ScanResult> {
  if (!unit.resources.length) return result;
  const gate = await evaluateUnits(options.root, [unit], options, { errors: [], notes: [], files: 0 });
  return { ...result, findings: sortFindings(result.findings.concat(gate.findings)), notes: result.notes.concat(gate.notes) };
}

/** The scan's result with the errors of plugins that failed: they fail the run as an unreadable input does. */
export function withExtensionErrors(result: ScanResult, setup: Pick<ScanSetup, 'extensionErrors'>): ScanResult {
  return setup.extensionErrors.length ? { ...result, errors: [...setup.extensionErrors, ...result.errors] } : result;
}

export interface ReportOptions extends RenderOptions {
  format?: OutputFormat;
  output?: string;
  /** A file to append the Markdown summary to, from the same result (one scan for a report and a job summary). */
  summary?: string;
}

/** Parameter files in order (config first, then the command line): one that cannot be read is a usage error naming it. */
function readParameterFiles(files: readonly { templates: string; file: string }[]): ParameterAssignment[] {
  return files.map(({ templates, file }) => {
    const read = readParameterFile(file);
    if (!read.ok) throw new ConfigError(`${file}${read.line ? `:${read.line}:${read.column ?? 1}` : ''}: not a usable parameter file: ${read.message}`);
    return { templates, source: path.basename(file), values: read.values };
  });
}

/** What a scan of the setup reads and judges, from the input options `scan`, `baseline` and `fix` share. */
export function scanOptionsFor({ root, rules, catalog, config, parameters }: ScanSetup, args: InputArgs): ScanOptions {
  return {
    root,
    rules,
    catalog,
    config: { ...config, inlineSuppressions: config.inlineSuppressions && args['inline-suppressions'] },
    maxFileBytes: args['max-file-size'] * 1024 * 1024,
    varFiles: args['var-file'],
    parameters,
    jobs: args.jobs ?? 'auto',
  };
}

/** Renders the report to --output or stdout and returns the exit code. */
export async function writeReport(result: ScanResult, rules: readonly Rule[], options: ReportOptions): Promise<number> {
  const reporter: Reporter = REPORTERS[reportFormat(options.format, options.output)];
  const refusal = await reporter.refusal?.(result, options);
  if (refusal) {
    process.stderr.write(`sagelint: ${refusal}\n`);
    return EXIT.error;
  }
  // Colors are for the terminal, never a file.
  const report = await reporter.render(result, rules, { ...options, color: options.color && !options.output });
  if (options.output) {
    if (!(await writeOutputFile(options.output, () => writeChunks(report, { file: options.output! })))) return EXIT.error;
    if (!options.quiet) process.stderr.write(`sagelint: ${oneLineSummary(result)}; report written to ${escapeUntrusted(options.output)}\n`);
  } else {
    await writeChunks(report, { stream: process.stdout });
  }
  const summary = options.summary;
  if (summary && !(await writeOutputFile(summary, async () => appendFile(summary, `${await renderedText('markdown', result, rules, options)}\n`)))) return EXIT.error;
  return exitCode(result, options.failOn);
}

export async function runBaseline(args: BaselineArgs): Promise<number> {
  const setup = await prepareScan(args);
  if (!setup) return EXIT.error;
  const result = withExtensionErrors(await scan(setup.paths, scanOptionsFor(setup, args)), setup);
  let count = 0;
  if (!(await writeOutputFile(args.output, async () => void (count = await writeBaseline(args.output, result))))) return EXIT.error;
  process.stderr.write(`sagelint: baseline of ${plural(count, 'finding')} written to ${escapeUntrusted(args.output)}\n`);
  for (const error of result.errors) process.stderr.write(`sagelint: ${escapeUntrusted(`${error.file}${error.line ? `:${error.line}` : ''}: ${error.message}`)}\n`);
  return result.errors.length ? EXIT.error : EXIT.clean;
}

/** --rules (which overrides the rest), else the preset (--preset, else the config's) with the config's rules settings; less --skip-rules. Unknown IDs are a usage error. */
export function selectRules(catalog: readonly Rule[], config: ResolvedConfig, args: Pick<ScanArgs, 'preset' | 'rules' | 'skip-rules'> & Partial<Pick<ScanArgs, 'compliance'>>): Rule[] {
  const ids = (list: string[] | undefined) => listArgument(list ?? []).map((s) => s.toUpperCase());
  const only = ids(args.rules);
  const skip = ids(args['skip-rules']);
  const known = new Set(catalog.map((r) => r.id));
  const unknown = [...only, ...skip].filter((id) => !known.has(id));
  if (unknown.length) throw new ConfigError(`unknown rule ${unknown.join(', ')} (see \`sagelint rules\`)`);
  // A compliance view answers for every control of its framework, so it starts from every rule unless --preset narrows it.
  const preset = args.preset ?? (args.compliance ? 'strict' : config.preset);
  const selected = only.length ? catalog.filter((r) => only.includes(r.id)) : configuredRules({ ...config, preset }, catalog);
  return selected.filter((r) => !skip.includes(r.id));
}

/** The format asked for, else the output file's extension's, else GitHub annotations in Actions (to stdout), else text. */
export function reportFormat(format: OutputFormat | undefined, output: string | undefined): OutputFormat {
  return format ?? formatOfFile(output, OUTPUT_FORMATS) ?? (process.env.GITHUB_ACTIONS === 'true' && !output ? 'github' : 'text');
}

function oneLineSummary(result: ScanResult): string {
  const summary = summarize(result);
  return `${plural(summary.active, 'finding')}, ${plural(result.errors.length, 'load error')} in ${plural(result.stats.files, 'file')}`;
}

export function exitCode(result: ScanResult, failOn: Severity | 'none'): number {
  if (result.errors.length > 0) return EXIT.error;
  if (failOn === 'none') return EXIT.clean;
  const failing = result.findings.some((f) => !isAccepted(f) && atOrAbove(f.severity, failOn));
  return failing ? EXIT.findings : EXIT.clean;
}

