/** The work behind `sagelint scan`, loaded only when the command runs. */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { appendFile } from 'node:fs/promises';
import { ConfigError, EMPTY_CONFIG, findConfigFile, loadConfig, type ResolvedConfig } from '../engine/config.js';
import type { ScanResult } from '../engine/finding.js';
import { prepareRules, type Rule, type Severity } from '../engine/rule.js';
import { scan, type ScanOptions } from '../engine/scan.js';
import { scanRootFor } from '../loaders/walk.js';
import { jsonReportText } from '../report/json.js';
import { writeChunks } from '../report/json-stream.js';
import { sarifReportText } from '../report/sarif.js';
import { atOrAbove, isAccepted, summarize, plural } from '../report/summary.js';
import { renderText } from '../report/text.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderGithubAnnotations } from '../report/github.js';
import { changedFiles, onlyFiles } from './changed-files.js';
import { EXIT } from './exit-codes.js';
import { writeOutputFile } from './output-file.js';
import { loadCatalog } from './rules-command.js';
import { listArgument, type BaselineArgs, type InputArgs, type OutputFormat, type ScanArgs } from './scan-command.js';
import { compareWithBaseline, readBaseline, writeBaseline, type BaselineFile } from '../engine/baseline.js';

export interface ScanSetup {
  catalog: readonly Rule[];
  root: string;
  /** The paths to scan, resolved against the working directory. */
  paths: string[];
  config: ResolvedConfig;
  rules: readonly Rule[];
}

/** Catalog, scan root, config and selected rules; a config or usage error is printed and gives undefined. */
export async function prepareScan(args: Pick<ScanArgs, 'paths' | 'config' | 'rules' | 'skip-rules'>): Promise<ScanSetup | undefined> {
  const catalog = await loadCatalog();
  const root = scanRootFor(args.paths);
  try {
    const config = await resolveConfigFor(root, args.config, catalog);
    const rules = selectRules(catalog, config, args);
    // Here rather than only in scan(): audit evaluates account snapshots without scanning.
    await prepareRules(rules);
    return { catalog, root, paths: args.paths.map((p) => path.resolve(p)), config, rules };
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`sagelint: ${err.message}\n`);
    return undefined;
  }
}

export async function runScan(args: ScanArgs): Promise<number> {
  const setup = await prepareScan(args);
  if (!setup) return EXIT.error;
  const { root, config, rules } = setup;
  // A mistyped baseline path or git ref is said before the scan, not after it.
  let baseline: BaselineFile | undefined;
  if (args.baseline) {
    try {
      baseline = await readBaseline(args.baseline);
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      process.stderr.write(`sagelint: ${err.message}\n`);
      return EXIT.error;
    }
  }
  const changed = args['changed-since'] ? changedFiles(root, args['changed-since']) : undefined;
  if (changed && !changed.ok) {
    process.stderr.write(`sagelint: --changed-since ${args['changed-since']}: ${changed.message}\n`);
    return EXIT.error;
  }
  let result = await scan(setup.paths, scanOptionsFor(setup, args));
  if (baseline) result = compareWithBaseline(result, baseline, args.baseline!);
  if (changed) result = onlyFiles(result, changed.files);
  const failOn = args['fail-on'] ?? config.failOn ?? 'low';
  return writeReport(result, rules, { format: args.format, output: args.output, summary: args.summary, failOn, category: args.category, color: args.color, quiet: args.quiet });
}

export interface ReportOptions {
  format?: OutputFormat;
  output?: string;
  /** A file to append the Markdown summary to, from the same result (one scan for a report and a job summary). */
  summary?: string;
  failOn: Severity | 'none';
  category?: string;
  color: boolean;
  quiet: boolean;
}

/** What a scan of the setup reads and judges, from the input options `scan`, `baseline` and `fix` share. */
export function scanOptionsFor({ root, rules, catalog, config }: ScanSetup, args: InputArgs): ScanOptions {
  return {
    root,
    rules,
    catalog,
    config: { ...config, inlineSuppressions: config.inlineSuppressions && args['inline-suppressions'] },
    maxFileBytes: args['max-file-size'] * 1024 * 1024,
    varFiles: args['var-file'],
    jobs: args.jobs ?? availableParallelism(),
  };
}

/** Renders the report to --output or stdout and returns the exit code. */
export async function writeReport(result: ScanResult, rules: readonly Rule[], options: ReportOptions): Promise<number> {
  const format = reportFormat(options.format, options.output);
  const report = render(result, rules, format, options);
  if (options.output) {
    if (!(await writeOutputFile(options.output, () => writeChunks(report, { file: options.output! })))) return EXIT.error;
    if (!options.quiet) process.stderr.write(`sagelint: ${oneLineSummary(result)}; report written to ${options.output}\n`);
  } else {
    await writeChunks(report, { stream: process.stdout });
  }
  const summary = options.summary;
  if (summary && !(await writeOutputFile(summary, () => appendFile(summary, `${renderMarkdown(result, rules)}\n`)))) return EXIT.error;
  return exitCode(result, options.failOn);
}

export async function runBaseline(args: BaselineArgs): Promise<number> {
  const setup = await prepareScan(args);
  if (!setup) return EXIT.error;
  const result = await scan(setup.paths, scanOptionsFor(setup, args));
  let count = 0;
  if (!(await writeOutputFile(args.output, async () => void (count = await writeBaseline(args.output, result))))) return EXIT.error;
  process.stderr.write(`sagelint: baseline of ${plural(count, 'finding')} written to ${args.output}\n`);
  for (const error of result.errors) process.stderr.write(`sagelint: ${error.file}${error.line ? `:${error.line}` : ''}: ${error.message}\n`);
  return result.errors.length ? EXIT.error : EXIT.clean;
}

async function resolveConfigFor(root: string, explicit: string | undefined, catalog: readonly Rule[]): Promise<ResolvedConfig> {
  const file = explicit ? path.resolve(explicit) : findConfigFile(root);
  return file ? loadConfig(file, catalog) : EMPTY_CONFIG;
}

/** --rules, --skip-rules and the config's disabled rules; unknown IDs are a usage error. */
export function selectRules(catalog: readonly Rule[], config: ResolvedConfig, args: Pick<ScanArgs, 'rules' | 'skip-rules'>): Rule[] {
  const ids = (list: string[] | undefined) => listArgument(list ?? []).map((s) => s.toUpperCase());
  const only = ids(args.rules);
  const skip = ids(args['skip-rules']);
  const known = new Set(catalog.map((r) => r.id));
  const unknown = [...only, ...skip].filter((id) => !known.has(id));
  if (unknown.length) throw new ConfigError(`unknown rule ${unknown.join(', ')} (see \`sagelint rules\`)`);
  return catalog.filter((r) => (only.length ? only.includes(r.id) : !config.disabledRules.has(r.id)) && !skip.includes(r.id));
}

/** The format asked for, else the output file's extension's, else GitHub annotations in Actions (to stdout), else text. */
export function reportFormat(format: OutputFormat | undefined, output: string | undefined): OutputFormat {
  return format ?? formatFromExtension(output) ?? (process.env.GITHUB_ACTIONS === 'true' && !output ? 'github' : 'text');
}

function formatFromExtension(output: string | undefined): OutputFormat | undefined {
  const ext = output ? path.extname(output).toLowerCase() : '';
  if (ext === '.sarif') return 'sarif';
  if (ext === '.json') return 'json';
  if (ext === '.md') return 'markdown';
  return undefined;
}

/** The report as pieces of text: JSON and SARIF, which grow largest, are rendered as they are written. */
function render(result: ScanResult, rules: readonly Rule[], format: OutputFormat, options: ReportOptions): Iterable<string> {
  switch (format) {
    case 'json':
      return jsonReportText(result, rules);
    case 'sarif':
      return sarifReportText(result, rules, { category: options.category });
    case 'markdown':
      return [renderMarkdown(result, rules)];
    case 'github':
      return [renderGithubAnnotations(result)];
    case 'text':
      return [renderText(result, rules, { color: options.color && !options.output, quiet: options.quiet, threshold: options.failOn === 'none' ? 'critical' : options.failOn })];
  }
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

