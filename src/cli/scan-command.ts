/** `sagelint scan <paths..>`: check CloudFormation, CDK output, Terraform and snapshots. */
import type { Argv, CommandModule } from 'yargs';
import { inputOptions, reportOptions, ruleOptions, type ArgsOf } from './options.js';

const scanOptions = (y: Argv) =>
  reportOptions(ruleOptions(inputOptions(y).positional('paths', { type: 'string', array: true, default: ['.'], describe: 'Files or folders to scan' }), { configFrom: 'the scan root' }))
    .option('changed-since', { type: 'string', describe: 'Report only findings introduced since the merge base of this git ref and HEAD (for pull requests)' })
    .option('baseline', { type: 'string', describe: 'Fail only on findings not in this baseline (see `sagelint baseline`)' })
    .option('config-from-ref', { type: 'string', describe: 'Read the config from this git ref (the base branch), not the working tree (trusted mode for pull requests)' })
    .option('baseline-from-ref', { type: 'string', describe: 'Read the baseline (--baseline, default .sagelint-baseline.json) from this git ref, not the working tree' });
export type ScanArgs = ArgsOf<typeof scanOptions>;

export const scanCommand: CommandModule<object, ScanArgs> = {
  command: 'scan [paths..]',
  describe: 'Check templates, Terraform and snapshots under the given paths',
  builder: scanOptions,
  handler: async (args) => {
    const { runScan } = await import('./run-scan.js');
    process.exitCode = await runScan(args);
  },
};

const baselineOptions = (y: Argv) =>
  ruleOptions(inputOptions(y).positional('paths', { type: 'string', array: true, default: ['.'], describe: 'Files or folders to scan' }), { configFrom: 'the scan root' }).option(
    'output',
    { alias: 'o', type: 'string', default: '.sagelint-baseline.json', describe: 'Baseline file to write' },
  );
export type BaselineArgs = ArgsOf<typeof baselineOptions>;

export const baselineCommand: CommandModule<object, BaselineArgs> = {
  command: 'baseline [paths..]',
  describe: 'Record the current findings so later scans fail only on new ones',
  builder: baselineOptions,
  handler: async (args) => {
    const { runBaseline } = await import('./run-scan.js');
    process.exitCode = await runBaseline(args);
  },
};
