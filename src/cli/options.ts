/**
 * The options several commands share, each written once with one help text:
 * how inputs are read (`scan`, `baseline`, `fix`), which rules run (`scan`,
 * `audit`, `baseline`, `fix`), and where reports go and what fails the run
 * (`scan`, `audit`; `merge` takes `--summary` and `--fail-on`). A command's
 * argument type is derived from its builder (`ArgsOf`), so an option and the
 * type its handler reads cannot disagree.
 */
import type { Argv } from 'yargs';
import { PRESET_NAMES } from '../config/presets.js';
import { isComplianceFramework } from '../report/compliance.js';
import { COMPLIANCE_FRAMEWORKS } from '../core/compliance.js';
import { isOutputFormat, OUTPUT_FORMATS, type OutputFormat } from '../report/registry.js';

/**
 * The arguments a command's builder gives its handler; an option without a
 * default is optional, so other callers (the language server, tests) name only
 * what they set.
 */
export type ArgsOf<Builder extends (y: Argv, ...rest: never[]) => unknown> = ReturnType<Builder> extends Argv<infer Args> ? OptionalWhereUndefined<Args> : never;

type OptionalWhereUndefined<T> = {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
} & {
  [K in keyof T as undefined extends T[K] ? never : K]: T[K];
} extends infer Flat
  ? { [K in keyof Flat]: Flat[K] }
  : never;

/** A list option given as `--x a,b`, `--x a b` or `--x "a b"` alike. */
export function listArgument(values: readonly string[]): string[] {
  return values.flatMap((value) => String(value).split(/[\s,]+/)).filter((value) => value !== '');
}

/** `--format a,b` (or repeated): each a known format, each once, in order. */
export function parseFormats(values: string | readonly string[]): OutputFormat[] {
  const formats = listArgument([values].flat());
  for (const format of formats) {
    if (!isOutputFormat(format)) throw new Error(`--format: unknown format ${JSON.stringify(format)}; choose from ${OUTPUT_FORMATS.join(', ')}`);
  }
  return [...new Set(formats as OutputFormat[])];
}

export const FAIL_ON = ['critical', 'high', 'medium', 'low', 'none'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** `--summary FILE`, for `scan`, `audit` and `merge`: one run gives both the report and a job summary. */
export const SUMMARY_OPTION = { type: 'string', describe: 'Also append a Markdown summary of the same findings to this file (e.g. $GITHUB_STEP_SUMMARY)' } as const;

/** How inputs are read and judged: shared by `scan`, `baseline` and `fix`, so the three see the same findings. */
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
export type InputArgs = ArgsOf<typeof inputOptions>;

/**
 * `--preset`, `--rules`, `--skip-rules` and `--config`: which rules run, for
 * `scan`, `audit`, `baseline` and `fix` (whose rules are the fixes it applies).
 * `configFrom` says where the config is looked for when none is named.
 */
export function ruleOptions<T>(y: Argv<T>, { configFrom, appliesFixes = false }: { configFrom: string; appliesFixes?: boolean }) {
  const run = appliesFixes ? 'apply the fixes of' : 'run';
  return y
    .option('preset', {
      choices: PRESET_NAMES,
      describe: "Rule preset: recommended (the default), strict (every rule) or security-hub; replaces the config's extends (see docs/presets.md)",
    })
    .option('rules', { type: 'string', array: true, describe: `Only ${run} these rules (IDs, comma or space separated)` })
    .option('skip-rules', { type: 'string', array: true, describe: `Do not ${run} these rules (IDs, comma or space separated)` })
    .option('config', { alias: 'c', type: 'string', describe: `Config file (default: .sagelint.yml found upward from ${configFrom})` });
}
export type RuleArgs = ArgsOf<typeof ruleOptions>;

/**
 * The reports of `scan` and `audit`: `--format`, `--output` and `--output-dir`
 * (one report to a file or stdout, or one per format into a folder from a
 * single run), what each format needs, the job summary, `--compliance`, and
 * `--fail-on`, which sets the exit code.
 */
export function reportOptions<T>(y: Argv<T>) {
  return y
    .option('format', {
      alias: 'f',
      type: 'string',
      coerce: parseFormats,
      describe: `Output format: ${OUTPUT_FORMATS.join(', ')}; several, comma-separated, with --output-dir (default: from the --output extension; else github annotations under GitHub Actions, else text)`,
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
      describe: "ASFF: the repository findings in templates belong to, part of their Id so that two repositories do not overwrite each other's findings",
      defaultDescription: 'host/owner/repo of GITHUB_REPOSITORY or the origin remote, else the folder name',
      coerce: (scope: string) => {
        // eslint-disable-next-line no-control-regex -- a scope is one printable line
        if (!scope.trim() || scope.length > 256 || /[\u0000-\u001f\u007f]/.test(scope)) throw new Error(`--asff-scope must be one line of 1 to 256 printable characters, not ${JSON.stringify(scope)}`);
        return scope.trim();
      },
    })
    .check((args) => {
      // A string is a usage error, as yargs's own checks give.
      const { format = [], 'output-dir': dir } = args as { format?: OutputFormat[]; 'output-dir'?: string };
      if (format.length > 1 && !dir) return 'several --format values need --output-dir';
      if (format.length === 0 && dir) return '--output-dir needs --format (e.g. --format sarif,html,json)';
      return true;
    })
    .option('summary', SUMMARY_OPTION)
    .option('fail-on', { choices: FAIL_ON, describe: 'Lowest severity that fails the run, exit 1 (default: low, or failOn in the config)' })
    .option('compliance', {
      type: 'string',
      describe: `Run every rule mapped to this framework's controls (--preset narrows them) and add a table of every control (PASSED, FAILED, UNKNOWN, NOT_APPLICABLE) to the text, Markdown, HTML and JSON reports: ${Object.keys(COMPLIANCE_FRAMEWORKS).join(', ')}`,
      coerce: (framework: string) => {
        if (!isComplianceFramework(framework)) throw new Error(`--compliance: unknown framework ${JSON.stringify(framework)}; choose from ${Object.keys(COMPLIANCE_FRAMEWORKS).join(', ')}`);
        return framework;
      },
    })
    .option('category', { type: 'string', describe: 'SARIF automationDetails.id (GitHub code scanning category)' })
    .option('color', { type: 'boolean', default: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR, describe: 'Color text output (--no-color to turn off)' })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Leave out findings below --fail-on (they are still counted)' })
    .option('compact', { type: 'boolean', default: false, describe: 'Text: one line per finding (file:line:col severity rule resource message)' });
}
export type ReportArgs = ArgsOf<typeof reportOptions>;
