/** `sagelint merge FILES..`: combine JSON or SARIF reports (e.g. of `audit --shard i/n`) into one. */
import { readFile, writeFile } from 'node:fs/promises';
import type { CommandModule } from 'yargs';
import { EXIT } from './exit-codes.js';

export const mergeCommand: CommandModule<object, { files: string[]; output?: string }> = {
  command: 'merge <files..>',
  describe: 'Combine JSON reports, or SARIF reports, into one (e.g. the shards of an audit)',
  builder: (y) =>
    y
      .positional('files', { type: 'string', array: true, describe: 'Reports to merge, all JSON or all SARIF' })
      .option('output', { alias: 'o', type: 'string', describe: 'Write the merged report here instead of stdout' }) as never,
  handler: async (args) => {
    const { classifyReport, mergeJsonReports, mergeSarifLogs, MergeError } = await import('../report/merge.js');
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
      const merged = inputs.every((i) => i.kind === 'json')
        ? mergeJsonReports(inputs.map((i) => i.report))
        : mergeSarifLogs(inputs.map((i) => (i.kind === 'sarif' ? i.log : undefined)).filter((l) => l !== undefined));
      const text = `${inertJson(JSON.stringify(merged, null, 2))}\n`;
      const output = args.output;
      if (!output) process.stdout.write(text);
      else if (!(await writeOutputFile(output, () => writeFile(output, text)))) process.exitCode = EXIT.error;
    } catch (err) {
      if (!(err instanceof MergeError)) throw err;
      process.stderr.write(`sagelint: ${escapeUntrusted(err.message)}\n`);
      process.exitCode = EXIT.error;
    }
  },
};
