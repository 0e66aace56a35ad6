/** `sagelint scan <paths..>`: check CloudFormation, CDK output, Terraform and snapshots. */
import type { Argv, CommandModule } from 'yargs';
import { COMPLIANCE_FRAMEWORKS, isComplianceFramework, type ComplianceFramework } from '../report/compliance.js';
import { PRESET_NAMES, type PresetName } from '../engine/presets.js';

export const OUTPUT_FORMATS = ['text', 'json', 'sarif', 'markdown', 'github', 'html', 'csv', 'asff', 'ocsf'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The file name of each format's report in an --output-dir folder. */
export const REPORT_FILE_NAMES: Readonly<Record<OutputFormat, string>> = {
  text: 'sagelint.txt',
  json: 'sagelint.json',
  sarif: 'sagelint.sarif',
  markdown: 'sagelint.md',
  github: 'sagelint.github.txt',
  html: 'sagelint.html',
  csv: 'sagelint.csv',
  asff: 'sagelint.asff.json',
  ocsf: 'sagelint.ocsf.json',
};

/** `--format a,b` (or repeated): each a known format, each once, in order. */
export function parseFormats(values: string | readonly string[]): OutputFormat[] {
  const formats = listArgument([values].flat());
  for (const format of formats) {
    if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) throw new Error(`--format: unknown format ${JSON.stringify(format)}; choose from ${OUTPUT_FORMATS.join(', ')}`);
  }
  return [...new Set(formats as OutputFormat[])];
}

/**
 * `--format`, `--output` and `--output-dir`, for `scan` and `audit`: one report
 * to a file or stdout, or one per format into a folder from a single run.
 */
export function reportOptions<T>(y: Argv<T>, defaultFormat: string) {
  return y
    .option('format', {
      alias: 'f',
      type: 'string',
      coerce: parseFormats,
      describe: `Output format: ${OUTPUT_FORMATS.join(', ')}; several, comma-separated, with --output-dir (default: ${defaultFormat})`,
    })
    .option('output', { alias: 'o', type: 'string', describe: 'Write the report to this file instead of stdout' })
    .option('output-dir', { type: 'string', describe: 'Write one report per --format into this folder (created if missing), each named sagelint.<ext>' })
    .conflicts('output', 'output-dir')
    .option('asff-account', {
      type: 'string',
      describe: 'ASFF: the AWS account ID (12 digits) to file findings in templates under (audit findings keep their own)',
      coerce: (account: string) => {
        if (!/^\d{12}$/.test(account)) throw new Error(`--asff-account must be a 12-digit AWS account ID, not ${JSON.stringify(account)}`);
        return account;
      },
    })
    .option('asff-region', { type: 'string', describe: 'ASFF: the region to file findings in templates under', defaultDescription: 'AWS_REGION, else AWS_DEFAULT_REGION' })
    .option('asff-scope', {
      type: 'string',
      describe: 'ASFF: the repository findings in templates belong to, part of their Id so that two repositories do not overwrite each other\'s findings',
      defaultDescription: 'host/owner/repo of GITHUB_REPOSITORY or the origin remote, else the folder name',
      coerce: (scope: string) => {
        // eslint-disable-next-line no-control-regex -- a scope is one printable line
        if (!scope.trim() || scope.length > 256 || /[\u0000-\u001f\u007f]/.test(scope)) throw new Error(`--asff-scope must be one line of 1 to 256 printable characters, not ${JSON.stringify(scope)}`);
        return scope.trim();
      },
    })
    .check((args) => {
      // A string is a usage error, as yargs's own checks give.
      const { format = [], 'output-dir': dir } = args as ReportArgs;
      if (format.length > 1 && !dir) return 'several --format values need --output-dir';
      if (format.length === 0 && dir) return '--output-dir needs --format (e.g. --format sarif,html,json)';
      return true;
    });
}
const FAIL_ON = ['critical', 'high', 'medium', 'low', 'none'] as const;

/** How inputs are read and judged: shared by `scan`, `baseline` and `fix`, so the three see the same findings. */
export interface InputArgs {
  'max-file-size': number;
  'inline-suppressions': boolean;
  'var-file'?: string[];
  parameters?: string[];
  jobs?: number;
}

export function inputOptions<T>(y: Argv<T>) {
  return y
    .option('max-file-size', { type: 'number', default: 5, describe: 'Refuse input files larger than this many MB' })
    .option('inline-suppressions', { type: 'boolean', default: true, describe: 'Honour suppressions written in templates (--no-inline-suppressions to ignore them)' })
    .option('var-file', { type: 'string', array: true, describe: 'Terraform variable files to apply' })
    .option('parameters', {
      type: 'string',
      array: true,
      describe: 'CloudFormation parameter files to apply to every template: CLI JSON, CodePipeline template configuration or samconfig.toml (repeatable; later files win)',
    })
    .option('jobs', {
      alias: 'j',
      type: 'number',
      describe: 'Threads that load and check files, this one included (1: no worker threads)',
      defaultDescription: 'available cores; 1 under 4 MB of input',
      coerce: (jobs: number) => {
        if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`--jobs must be a whole number of at least 1, not ${jobs}`);
        return jobs;
      },
    });
}

/** A list option given as `--x a,b`, `--x a b` or `--x "a b"` alike. */
export function listArgument(values: readonly string[]): string[] {
  return values.flatMap((value) => String(value).split(/[\s,]+/)).filter((value) => value !== '');
}

/** `--preset NAME`, wherever rules are selected: replaces the config's `extends`; its `rules` settings still apply on top. */
export const PRESET_OPTION = {
  choices: PRESET_NAMES,
  describe: 'Rule preset: recommended (the default), strict (every rule) or security-hub; replaces the config\'s extends (see docs/presets.md)',
} as const;

/** `--summary FILE`, for `scan` and `audit`: one run gives both the report and a job summary. */
export const SUMMARY_OPTION = { type: 'string', describe: 'Also append a Markdown summary of the same findings to this file (e.g. $GITHUB_STEP_SUMMARY)' } as const;

/** `--quiet` and `--compact`, for `scan` and `audit`. */
export const QUIET_OPTION = { alias: 'q', type: 'boolean', default: false, describe: 'Leave out findings below --fail-on (they are still counted)' } as const;
export const COMPACT_OPTION = { type: 'boolean', default: false, describe: 'Text: one line per finding (file:line:col severity rule resource message)' } as const;

/** `--compliance`, for `scan` and `audit`: only the rules mapped to the framework, and a pass/fail table of its controls. */
export const COMPLIANCE_OPTION = {
  type: 'string',
  describe: `Run every rule mapped to this framework's controls (--preset narrows them) and add a table of every control (PASSED, FAILED, UNKNOWN, NOT_APPLICABLE) to the text, Markdown, HTML and JSON reports: ${Object.keys(COMPLIANCE_FRAMEWORKS).join(', ')}`,
  coerce: (framework: string) => {
    if (!isComplianceFramework(framework)) throw new Error(`--compliance: unknown framework ${JSON.stringify(framework)}; choose from ${Object.keys(COMPLIANCE_FRAMEWORKS).join(', ')}`);
    return framework;
  },
} as const;

export interface ReportArgs {
  format?: OutputFormat[];
  output?: string;
  'output-dir'?: string;
  'asff-account'?: string;
  'asff-region'?: string;
  'asff-scope'?: string;
}

export interface ScanArgs extends InputArgs, ReportArgs {
  paths: string[];
  summary?: string;
  'fail-on'?: (typeof FAIL_ON)[number];
  preset?: PresetName;
  rules?: string[];
  'skip-rules'?: string[];
  config?: string;
  color: boolean;
  quiet: boolean;
  compact: boolean;
  category?: string;
  baseline?: string;
  'changed-since'?: string;
  'config-from-ref'?: string;
  'baseline-from-ref'?: string;
  compliance?: ComplianceFramework;
}

export const scanCommand: CommandModule<object, ScanArgs> = {
  command: 'scan [paths..]',
  describe: 'Check templates, Terraform and snapshots under the given paths',
  builder: (y) =>
    reportOptions(
      inputOptions(y).positional('paths', { type: 'string', array: true, default: ['.'], describe: 'Files or folders to scan' }),
      'from the --output extension; else github annotations under GitHub Actions, else text',
    )
      .option('summary', SUMMARY_OPTION)
      .option('fail-on', { choices: FAIL_ON, describe: 'Lowest severity that fails the run (default: low, or failOn in the config)' })
      .option('preset', PRESET_OPTION)
      .option('rules', { type: 'string', array: true, describe: 'Run only these rules (IDs, comma or space separated)' })
      .option('skip-rules', { type: 'string', array: true, describe: 'Do not run these rules' })
      .option('compliance', COMPLIANCE_OPTION)
      .option('config', { alias: 'c', type: 'string', describe: 'Config file (default: .sagelint.yml found upward from the scan root)' })
      .option('color', { type: 'boolean', default: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR, describe: 'Color text output (--no-color to turn off)' })
      .option('quiet', QUIET_OPTION)
      .option('compact', COMPACT_OPTION)
      .option('category', { type: 'string', describe: 'SARIF automationDetails.id (GitHub code scanning category)' })
      .option('changed-since', { type: 'string', describe: 'Report only findings introduced since the merge base of this git ref and HEAD (for pull requests)' })
      .option('baseline', { type: 'string', describe: 'Fail only on findings not in this baseline (see `sagelint baseline`)' })
      .option('config-from-ref', { type: 'string', describe: 'Read the config from this git ref (the base branch), not the working tree (trusted mode for pull requests)' })
      .option('baseline-from-ref', { type: 'string', describe: 'Read the baseline (--baseline, default .sagelint-baseline.json) from this git ref, not the working tree' }) as never,
  handler: async (args) => {
    const { runScan } = await import('./run-scan.js');
    process.exitCode = await runScan(args);
  },
};


export interface BaselineArgs extends InputArgs {
  paths: string[];
  output: string;
  preset?: PresetName;
  rules?: string[];
  'skip-rules'?: string[];
  config?: string;
}

export const baselineCommand: CommandModule<object, BaselineArgs> = {
  command: 'baseline [paths..]',
  describe: 'Record the current findings so later scans fail only on new ones',
  builder: (y) =>
    inputOptions(y)
      .positional('paths', { type: 'string', array: true, default: ['.'], describe: 'Files or folders to scan' })
      .option('output', { alias: 'o', type: 'string', default: '.sagelint-baseline.json', describe: 'Baseline file to write' })
      .option('preset', PRESET_OPTION)
      .option('rules', { type: 'string', array: true, describe: 'Run only these rules' })
      .option('skip-rules', { type: 'string', array: true, describe: 'Do not run these rules' })
      .option('config', { alias: 'c', type: 'string', describe: 'Config file' }) as never,
  handler: async (args) => {
    const { runBaseline } = await import('./run-scan.js');
    process.exitCode = await runBaseline(args);
  },
};
