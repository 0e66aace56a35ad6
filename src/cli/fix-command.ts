/** `sagelint fix [paths..]`: apply every available fix to the files, or show them as a diff. */
import type { Argv, CommandModule } from 'yargs';
import { FIX_KINDS, type FixKind } from '../core/rule.js';
import { inputOptions, listArgument, ruleOptions, type ArgsOf } from './options.js';

/** `--include replaces,capacity` (or the option repeated): the costly kinds of fix to apply too. */
function fixKinds(values: string | readonly string[]): FixKind[] {
  const kinds = listArgument(typeof values === 'string' ? [values] : values);
  const unknown = kinds.filter((k) => !(FIX_KINDS as readonly string[]).includes(k));
  if (unknown.length) throw new Error(`--include: unknown kind of fix ${unknown.map((k) => `'${k}'`).join(', ')} (choose from ${FIX_KINDS.join(', ')})`);
  return kinds as FixKind[];
}

const fixOptions = (y: Argv) =>
  ruleOptions(inputOptions(y).positional('paths', { type: 'string', array: true, default: ['.'], describe: 'Files or folders to fix' }), {
    configFrom: 'the scan root',
    appliesFixes: true,
  })
    .option('dry-run', { type: 'boolean', default: false, describe: 'Print a unified diff, and the kind of each fix, instead of writing files' })
    // One value, not an array: `--include replaces templates/` must leave `templates/` a path to fix.
    .option('include', {
      type: 'string',
      coerce: fixKinds,
      describe: 'Also apply fixes of these kinds (comma-separated): replaces (the resource is replaced), capacity (changes instance counts and cost). Safe fixes always apply',
    });
/** `include`: the kinds of fix to apply besides `safe` ones. */
export type FixArgs = ArgsOf<typeof fixOptions>;

export const fixCommand: CommandModule<object, FixArgs> = {
  command: 'fix [paths..]',
  describe: 'Apply the fixes sagelint offers to CloudFormation and Terraform files',
  builder: fixOptions,
  handler: async (args) => {
    const { runFix } = await import('./run-fix.js');
    process.exitCode = await runFix(args);
  },
};
