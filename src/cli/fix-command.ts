/** `sagelint fix [paths..]`: apply every available fix to the files, or show them as a diff. */
import type { CommandModule } from 'yargs';
import { FIX_KINDS, type FixKind } from '../engine/rule.js';
import type { PresetName } from '../engine/presets.js';
import { inputOptions, listArgument, PRESET_OPTION, type InputArgs } from './scan-command.js';

export interface FixArgs extends InputArgs {
  paths: string[];
  preset?: PresetName;
  rules?: string[];
  'skip-rules'?: string[];
  config?: string;
  'dry-run': boolean;
  /** Kinds of fix to apply besides `safe` ones. */
  include?: FixKind[];
}

/** `--include replaces,capacity` (or the option repeated): the costly kinds of fix to apply too. */
function fixKinds(values: string | readonly string[]): FixKind[] {
  const kinds = listArgument(typeof values === 'string' ? [values] : values);
  const unknown = kinds.filter((k) => !(FIX_KINDS as readonly string[]).includes(k));
  if (unknown.length) throw new Error(`--include: unknown kind of fix ${unknown.map((k) => `'${k}'`).join(', ')} (choose from ${FIX_KINDS.join(', ')})`);
  return kinds as FixKind[];
}

export const fixCommand: CommandModule<object, FixArgs> = {
  command: 'fix [paths..]',
  describe: 'Apply the fixes sagelint offers to CloudFormation and Terraform files',
  builder: (y) =>
    inputOptions(y)
      .positional('paths', { type: 'string', array: true, default: ['.'], describe: 'Files or folders to fix' })
      .option('preset', PRESET_OPTION)
      .option('rules', { type: 'string', array: true, describe: 'Apply only the fixes of these rules' })
      .option('skip-rules', { type: 'string', array: true, describe: 'Do not apply the fixes of these rules' })
      .option('config', { alias: 'c', type: 'string', describe: 'Config file (default: .sagelint.yml found upward from the scan root)' })
      .option('dry-run', { type: 'boolean', default: false, describe: 'Print a unified diff, and the kind of each fix, instead of writing files' })
      // One value, not an array: `--include replaces templates/` must leave `templates/` a path to fix.
      .option('include', {
        type: 'string',
        coerce: fixKinds,
        describe: 'Also apply fixes of these kinds (comma-separated): replaces (the resource is replaced), capacity (changes instance counts and cost). Safe fixes always apply',
      }) as never,
  handler: async (args) => {
    const { runFix } = await import('./run-fix.js');
    process.exitCode = await runFix(args);
  },
};
