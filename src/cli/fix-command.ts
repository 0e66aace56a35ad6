/** `sagelint fix [paths..]`: apply every available fix to the files, or show them as a diff. */
import type { CommandModule } from 'yargs';
import { inputOptions, type InputArgs } from './scan-command.js';

export interface FixArgs extends InputArgs {
  paths: string[];
  rules?: string[];
  'skip-rules'?: string[];
  config?: string;
  'dry-run': boolean;
}

export const fixCommand: CommandModule<object, FixArgs> = {
  command: 'fix [paths..]',
  describe: 'Apply the fixes sagelint offers to CloudFormation and Terraform files',
  builder: (y) =>
    inputOptions(y)
      .positional('paths', { type: 'string', array: true, default: ['.'], describe: 'Files or folders to fix' })
      .option('rules', { type: 'string', array: true, describe: 'Apply only the fixes of these rules' })
      .option('skip-rules', { type: 'string', array: true, describe: 'Do not apply the fixes of these rules' })
      .option('config', { alias: 'c', type: 'string', describe: 'Config file (default: .sagelint.yml found upward from the scan root)' })
      .option('dry-run', { type: 'boolean', default: false, describe: 'Print a unified diff instead of writing files' }) as never,
  handler: async (args) => {
    const { runFix } = await import('./run-fix.js');
    process.exitCode = await runFix(args);
  },
};
