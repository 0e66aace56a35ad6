/**
 * Every report format sagelint writes, by name: the file endings that go with
 * it and how it renders a result. `scan`, `audit`, `merge` and `--output-dir`
 * all go through this table, so a new format is one entry here and its own
 * module. Each renderer is imported when a report is written, so the CLI's
 * start-up (`--help`, which lists the formats) loads none of them.
 */
import type { ScanResult } from '../core/finding.js';
import type { RuleMeta, Severity } from '../core/rule.js';
import type { CoverageGap } from '../core/coverage.js';
import type { AsffOptions } from './asff.js';

/** What a run tells its reports; each format takes what concerns it. */
export interface RenderOptions {
  /** The lowest severity that fails the run: with `quiet`, text leaves out the findings below it. */
  failOn: Severity | 'none';
  /** Text: ANSI colors (the caller turns them off for files, pipes and NO_COLOR). */
  color: boolean;
  /** Text: leave out the findings below `failOn` (they are still counted). */
  quiet: boolean;
  /** Text: one line per finding. */
  compact?: boolean;
  /** SARIF: `automationDetails.id` (the GitHub code scanning category). */
  category?: string;
  /** HTML: an audit's failed API calls, shown as its coverage section. */
  coverage?: readonly CoverageGap[];
  /** ASFF: the account, region, scope and time findings are filed under; OCSF: the time. */
  asff?: AsffOptions;
}

export interface Reporter {
  /** The format's file endings, lower case; the first names its report in an `--output-dir` folder (`sagelint.sarif`). */
  extensions: readonly string[];
  /**
   * Whether an `--output` file with one of the endings is written in this
   * format when no `--format` is given. Not for plain text: `.txt` says
   * nothing of what a file holds, so it gets the default, text.
   */
  inferred: boolean;
  /** Why the result cannot be reported in this format, if it cannot (a usage error, said before anything is written). */
  refusal?(result: ScanResult, options: RenderOptions): Promise<string | undefined>;
  /** The report as pieces of text; the large formats render each finding only when it is written. */
  render(result: ScanResult, rules: readonly RuleMeta[], options: RenderOptions): Promise<Iterable<string>>;
}

const runTimestamp = (options: RenderOptions) => options.asff?.timestamp ?? new Date().toISOString();

/** In the order `--help` lists them. */
export const REPORTERS = {
  text: {
    extensions: ['.txt'],
    inferred: false,
    render: async (result, rules, options) => {
      const { renderText } = await import('./text.js');
      const threshold = options.failOn === 'none' ? 'critical' : options.failOn;
      return [renderText(result, rules, { color: options.color, quiet: options.quiet, compact: options.compact, threshold })];
    },
  },
  json: {
    extensions: ['.json'],
    inferred: true,
    render: async (result, rules) => (await import('./json.js')).jsonReportText(result, rules),
  },
  sarif: {
    extensions: ['.sarif'],
    inferred: true,
    render: async (result, rules, options) => (await import('./sarif.js')).sarifReportText(result, rules, { category: options.category }),
  },
  markdown: {
    extensions: ['.md'],
    inferred: true,
    render: async (result, rules) => [(await import('./markdown.js')).renderMarkdown(result, rules)],
  },
  github: {
    extensions: ['.github.txt'],
    inferred: false,
    render: async (result) => [(await import('./github.js')).renderGithubAnnotations(result)],
  },
  html: {
    extensions: ['.html', '.htm'],
    inferred: true,
    render: async (result, rules, options) => (await import('./html.js')).htmlReportText(result, rules, { coverage: options.coverage }),
  },
  csv: {
    extensions: ['.csv'],
    inferred: true,
    render: async (result, rules) => (await import('./csv.js')).csvReportText(result, rules),
  },
  asff: {
    extensions: ['.asff.json'],
    inferred: true,
    refusal: async (result, options) => (await import('./asff.js')).asffMissingTarget(result, options.asff ?? {}),
    render: async (result, rules, options) => (await import('./asff.js')).asffReportText(result, rules, options.asff ?? { timestamp: runTimestamp(options) }),
  },
  ocsf: {
    extensions: ['.ocsf.json'],
    inferred: true,
    render: async (result, rules, options) => (await import('./ocsf.js')).ocsfReportText(result, rules, { timestamp: runTimestamp(options) }),
  },
} as const satisfies Record<string, Reporter>;

export type OutputFormat = keyof typeof REPORTERS;

export const OUTPUT_FORMATS = Object.keys(REPORTERS) as OutputFormat[];

export function isOutputFormat(name: string): name is OutputFormat {
  return Object.hasOwn(REPORTERS, name);
}

/** The format's report in an `--output-dir` folder. */
export function reportFileName(format: OutputFormat): string {
  return `sagelint${REPORTERS[format].extensions[0]}`;
}

/**
 * The format a file's name says, among `formats`: the longest ending that
 * matches, any case (`x.asff.json` is ASFF, `x.json` JSON); undefined when none does.
 */
export function formatOfFile<F extends OutputFormat>(file: string | undefined, formats: readonly F[]): F | undefined {
  const name = file?.toLowerCase() ?? '';
  let best: { format: F; length: number } | undefined;
  for (const format of formats) {
    const reporter: Reporter = REPORTERS[format];
    if (!reporter.inferred) continue;
    for (const extension of reporter.extensions) {
      if (name.endsWith(extension) && extension.length > (best?.length ?? 0)) best = { format, length: extension.length };
    }
  }
  return best?.format;
}

/** The whole report as one text, for the formats a caller appends or embeds (the job summary). */
export async function renderedText(format: OutputFormat, result: ScanResult, rules: readonly RuleMeta[], options: RenderOptions): Promise<string> {
  return [...(await REPORTERS[format].render(result, rules, options))].join('');
}
