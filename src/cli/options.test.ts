import type { Argv, CommandModule } from 'yargs';
import { describe, expect, it } from 'vitest';
import { auditCommand } from './audit-command.js';
import { fixCommand } from './fix-command.js';
import { mergeCommand } from './merge-command.js';
import { parseFormats } from './options.js';
import { baselineCommand, scanCommand } from './scan-command.js';

/** The options a command's builder declares, with their settings less functions (coerce closures differ per call). */
function declaredOptions(command: CommandModule<object, never>): Map<string, Record<string, unknown>> {
  const options = new Map<string, Record<string, unknown>>();
  const recorder: Argv = new Proxy({} as Argv, {
    get: (_, method) =>
      (...args: unknown[]) => {
        if (method === 'option' || method === 'positional') {
          const settings = Object.entries(args[1] as object).filter(([, value]) => typeof value !== 'function');
          options.set(args[0] as string, Object.fromEntries(settings));
        }
        return recorder;
      },
  });
  (command.builder as (y: Argv) => Argv)(recorder);
  return options;
}

const COMMANDS = { scan: scanCommand, audit: auditCommand, baseline: baselineCommand, fix: fixCommand, merge: mergeCommand } as Record<string, CommandModule<object, never>>;
const OPTIONS = Object.fromEntries(Object.entries(COMMANDS).map(([name, command]) => [name, declaredOptions(command)]));

/** The option as each of the commands declares it. */
const across = (option: string, commands: string[]) => commands.map((name) => OPTIONS[name]!.get(option));

describe('options shared by commands', () => {
  it.each(['preset', 'rules', 'skip-rules'])('--%s is one option for scan, audit and baseline', (option) => {
    const [first, ...rest] = across(option, ['scan', 'audit', 'baseline']);
    expect(first).toBeDefined();
    for (const other of rest) expect(other).toEqual(first);
  });

  it('fix selects rules as the others do, its help saying they are the fixes it applies', () => {
    expect(OPTIONS.fix!.get('preset')).toEqual(OPTIONS.scan!.get('preset'));
    expect(OPTIONS.fix!.get('rules')).toEqual({ ...OPTIONS.scan!.get('rules'), describe: 'Only apply the fixes of these rules (IDs, comma or space separated)' });
    expect(OPTIONS.fix!.get('skip-rules')).toEqual({ ...OPTIONS.scan!.get('skip-rules'), describe: 'Do not apply the fixes of these rules (IDs, comma or space separated)' });
  });

  it('--config says where each command looks for the config', () => {
    expect(across('config', ['scan', 'baseline', 'fix']).map((o) => o?.describe)).toEqual(Array(3).fill('Config file (default: .sagelint.yml found upward from the scan root)'));
    expect(OPTIONS.audit!.get('config')).toEqual({ ...OPTIONS.scan!.get('config'), describe: 'Config file (default: .sagelint.yml found upward from --source-root, else from the working directory)' });
  });

  it('scan and audit declare every report option alike', () => {
    const reportOptions = ['format', 'output', 'output-dir', 'asff-account', 'asff-region', 'asff-scope', 'summary', 'fail-on', 'compliance', 'category', 'color', 'quiet', 'compact'];
    for (const option of reportOptions) {
      const [scan, audit] = across(option, ['scan', 'audit']);
      expect(scan, option).toBeDefined();
      expect(audit, option).toEqual(scan);
    }
  });

  it('merge takes --summary and the --fail-on choices of scan, with its own default', () => {
    expect(OPTIONS.merge!.get('summary')).toEqual(OPTIONS.scan!.get('summary'));
    expect(OPTIONS.merge!.get('fail-on')!.choices).toEqual(OPTIONS.scan!.get('fail-on')!.choices);
    expect(OPTIONS.merge!.get('fail-on')!.default).toBe('none');
  });

  it('scan, baseline and fix read inputs alike', () => {
    for (const option of ['max-file-size', 'inline-suppressions', 'var-file', 'parameters', 'jobs']) {
      const [scan, ...rest] = across(option, ['scan', 'baseline', 'fix']);
      expect(scan, option).toBeDefined();
      for (const other of rest) expect(other, option).toEqual(scan);
    }
  });
});

describe('parseFormats', () => {
  it('takes the registry formats, comma-separated or repeated, each once', () => {
    expect(parseFormats(['sarif,html', 'json', 'sarif'])).toEqual(['sarif', 'html', 'json']);
    expect(() => parseFormats('sarif,pdf')).toThrow('--format: unknown format "pdf"; choose from text, json, sarif, markdown, github, html, csv, asff, ocsf');
  });
});
