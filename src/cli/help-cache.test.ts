import yargs from 'yargs';
import { describe, expect, it } from 'vitest';
import { withoutHelpCache } from './help-cache.js';

/** A CLI of one command whose handler says whether yargs has rendered the help text by the time the handler's first await resumes. */
async function helpRenderedDuringHandler(patch: boolean): Promise<boolean> {
  let rendered = false;
  const cli = yargs(['run', '--name', 'x'])
    .command({
      command: 'run',
      describe: 'Run',
      builder: (y) => y.option('name', { type: 'string', describe: 'A name' }),
      handler: async () => {
        await Promise.resolve();
        rendered = (cli as unknown as { getInternalMethods(): { getUsageInstance(): { hasCachedHelpMessage(): boolean } } }).getInternalMethods().getUsageInstance().hasCachedHelpMessage();
      },
    })
    .exitProcess(false);
  await (patch ? withoutHelpCache(cli) : cli).parseAsync();
  return rendered;
}

describe('withoutHelpCache', () => {
  it('keeps yargs from rendering the help text of a command that runs', async () => {
    expect(await helpRenderedDuringHandler(false)).toBe(true);
    expect(await helpRenderedDuringHandler(true)).toBe(false);
  });

  it('leaves --help as it was', async () => {
    // With a parse callback yargs hands the help text over instead of printing it.
    const help = (patch: boolean) =>
      new Promise<string>((resolve) => {
        const cli = yargs().command('run', 'Run', (y) => y.option('name', { type: 'string', describe: 'A name' }), () => {});
        (patch ? withoutHelpCache(cli) : cli).parse(['run', '--help'], {}, (_error, _argv, output) => resolve(output));
      });
    expect(await help(true)).toBe(await help(false));
    expect(await help(true)).toMatch(/--name\s+A name/);
  });
});
