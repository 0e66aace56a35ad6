/** `sagelint merge FILES..`: combine JSON or SARIF reports (e.g. of `audit --shard i/n`) into one. */
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import type { Argv, CommandModule } from 'yargs';
import type { ScanResult } from '../core/finding.js';
import type { JsonRule } from '../report/json.js';
import { formatOfFile, renderedText } from '../report/registry.js';
import { EXIT } from './exit-codes.js';
import { FAIL_ON, SUMMARY_OPTION, type ArgsOf } from './options.js';

/** JSON and SARIF are merged as such; text and Markdown are rendered from merged JSON. */
const MERGE_FORMATS = ['json', 'sarif', 'text', 'markdown'] as const;

const mergeOptions = (y: Argv) =>
  y
    .positional('files', { type: 'string', array: true, demandOption: true, describe: 'Reports to merge, all JSON or all SARIF' })
    .option('output', { alias: 'o', type: 'string', describe: 'Write the merged report here instead of stdout' })
    .option('format', {
      alias: 'f',
      choices: MERGE_FORMATS,
      describe: 'Output format (default: from the --output extension, else that of the inputs); text and markdown need JSON inputs',
    })
    .option('summary', SUMMARY_OPTION)
    .option('fail-on', { choices: FAIL_ON, default: 'none' as const, describe: 'Lowest severity of a merged finding that fails the run, exit 1' })
    .option('allow-gaps', { type: 'boolean', default: false, describe: 'Exit 0 or 1 even when an input is an incomplete audit (default: exit 2)' });
export type MergeArgs = ArgsOf<typeof mergeOptions>;

export const mergeCommand: CommandModule<object, MergeArgs> = {
  command: 'merge <files..>',
  describe: 'Combine JSON reports, or SARIF reports, into one (e.g. the shards of an audit); findings in several are kept once',
  builder: mergeOptions,
  handler: async (args) => {
    process.exitCode = await runMerge(args);
  },
};

async function runMerge(args: MergeArgs): Promise<number> {
  const { classifyReport, jsonReportToScanResult, mergeJsonReports, mergeSarifLogs, MergeError, sarifHasFailingResults, sarifIsIncomplete } = await import('../report/merge.js');
  const { writeOutputFile } = await import('./output-file.js');
  const { escapeUntrusted, inertJson } = await import('../report/untrusted-text.js');
  try {
    const inputs = [];
    for (const file of args.files) {
      let data: unknown;
      try {
        data = JSON.parse(await readFile(file, 'utf8'));
      } catch (err) {
        throw new MergeError(`${file}: cannot read: ${(err as Error).message}`);
      }
      inputs.push(classifyReport(file, data));
    }
    const kinds = new Set(inputs.map((i) => i.kind));
    if (kinds.size !== 1) throw new MergeError('merge JSON reports with JSON reports, and SARIF with SARIF');
    const inputKind = inputs[0]!.kind;
    const format = args.format ?? formatOfFile(args.output, MERGE_FORMATS) ?? inputKind;
    if (format !== inputKind && inputKind === 'sarif') throw new MergeError(`a ${format} report is made from JSON reports: merge SARIF into SARIF`);
    if (format === 'sarif' && inputKind === 'json') throw new MergeError('a SARIF report is made from SARIF reports: merge JSON into JSON, text or markdown');
    if (args.summary && inputKind === 'sarif') throw new MergeError('--summary is made from JSON reports');

    let text: string;
    let failing: boolean;
    let incomplete: boolean;
    if (inputKind === 'json') {
      const merged = mergeJsonReports(inputs.map((i) => (i.kind === 'json' ? i.report : undefined)).filter((r) => r !== undefined));
      const result = jsonReportToScanResult(merged);
      const { exitCode } = await import('./run-scan.js');
      failing = exitCode(result, args['fail-on']) === EXIT.findings;
      incomplete = merged.incomplete === true;
      const human = (as: 'text' | 'markdown') => renderHuman(as, result, merged.rules, args);
      text = format === 'json' ? `${inertJson(JSON.stringify(merged, null, 2))}\n` : await human(format as 'text' | 'markdown');
      const summary = args.summary;
      if (summary && !(await writeOutputFile(summary, async () => appendFile(summary, `${await human('markdown')}\n`)))) {
        return EXIT.error;
      }
    } else {
      const merged = mergeSarifLogs(inputs.map((i) => (i.kind === 'sarif' ? i.log : undefined)).filter((l) => l !== undefined));
      failing = args['fail-on'] !== 'none' && sarifHasFailingResults(merged, args['fail-on']);
      incomplete = sarifIsIncomplete(merged);
      text = `${inertJson(JSON.stringify(merged, null, 2))}\n`;
    }
    const output = args.output;
    if (!output) process.stdout.write(text);
    else if (!(await writeOutputFile(output, () => writeFile(output, text)))) return EXIT.error;
    if (incomplete && !args['allow-gaps']) {
      process.stderr.write('sagelint: a merged report is an incomplete audit (see its INCOMPLETE line and coverage notes); --allow-gaps accepts that\n');
      return EXIT.error;
    }
    return failing ? EXIT.findings : EXIT.clean;
  } catch (err) {
    if (!(err instanceof MergeError)) throw err;
    process.stderr.write(`sagelint: ${escapeUntrusted(err.message)}\n`);
    return EXIT.error;
  }
}

/** Text or Markdown of a merged report: sagelint's rules from its catalog (with their remediation), the others (plugins') as the reports describe them. */
async function renderHuman(format: 'text' | 'markdown', result: ScanResult, reported: readonly JsonRule[], args: MergeArgs): Promise<string> {
  const { loadCatalog } = await import('./rules-command.js');
  const { reportedRuleMeta } = await import('../report/merge.js');
  const own = new Map((await loadCatalog()).map((rule) => [rule.id, rule]));
  const rules = reported.map((rule) => (!rule.origin && own.get(rule.id)) || reportedRuleMeta(rule));
  // Colors only on a terminal, as `scan` gives them.
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && !args.output;
  return renderedText(format, result, rules, { failOn: args['fail-on'], color, quiet: false });
}
