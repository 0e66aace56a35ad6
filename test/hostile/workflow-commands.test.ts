/**
 * Workflow-command injection: text from a pull request's files (file names,
 * logical IDs, parameter names, values, comments, config and baseline
 * contents) must not start a line of a CI log, where GitHub Actions would run
 * `::add-mask::`, a forged `::error` or `##[stop-commands]`, nor carry an
 * escape sequence to the terminal. Every format and every message of the
 * built CLI is checked: no line (split as the runner splits, on CR and LF)
 * starts with `::` after blanks unless sagelint wrote that annotation, no line
 * holds `##[`, and no control character from the input survives.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCliAsync, type CliRun } from '../e2e/cli.js';
import { GOOD_TEMPLATE, workspace } from './workspace.js';

/** A template whose names, values and comments carry the payloads, each of them in a finding, a frame or a fix. */
const HOSTILE_TEMPLATE = `Parameters:
  "Mode\\r::add-mask::param":
    Type: String
    AllowedValues: [Enabled, Disabled]
Resources:
  "Note${'\\e]8;;https://evil.example\\a'}book\\u009b31m":
    Type: AWS::SageMaker::NotebookInstance
    Properties:
      InstanceType: ml.t3.medium
      # ##[stop-commands]token-from-a-comment
      DirectInternetAccess: !Ref "Mode\\r::add-mask::param"
      Tags:
        - Key: owner
          Value: "@org/team \\r::add-mask::tag-value https://evil.example/x"
  "Team@org/team":
    Type: AWS::SageMaker::NotebookInstance
    Properties:
      InstanceType: ml.t3.medium
      DirectInternetAccess: Enabled
`;

const HOSTILE_FILES = {
  'hostile.yaml': HOSTILE_TEMPLATE,
  'evil\n::error file=x,line=1::forged.yaml': GOOD_TEMPLATE,
  '::warning::named.yaml': GOOD_TEMPLATE,
  '##[add-mask]dir/broken\r::add-mask::x.yaml': 'Resources: [\n',
};

/** What sagelint itself writes at the start of a line in the github format: its annotations. */
const OWN_ANNOTATION = /^::(error|warning|notice) file=[^:,\r\n]*(,(line|col|endLine|endColumn|title)=[^:,\r\n]*)*::/;
/** Control characters that must not come through: C0 but tab and line feed, DEL, C1, line separators, bidi overrides. */
// eslint-disable-next-line no-control-regex -- the point of the check
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function expectInert(run: CliRun, format: string): void {
  for (const [stream, text] of [['stdout', run.stdout], ['stderr', run.stderr]] as const) {
    expect(text.match(UNSAFE), `${format} ${stream} holds a control character`).toBeNull();
    // The runner reads a command in a line that starts with :: after blanks, or that holds ##[ anywhere.
    for (const line of text.split(/\r\n|\r|\n/)) {
      const trimmed = line.trimStart();
      if (format === 'github' && stream === 'stdout' && OWN_ANNOTATION.test(trimmed)) continue;
      expect(trimmed.startsWith('::'), `${format} ${stream}: ${JSON.stringify(line)}`).toBe(false);
      expect(line.includes('##['), `${format} ${stream}: ${JSON.stringify(line)}`).toBe(false);
    }
  }
}

// The cases of each block run side by side: they only read their inputs (a dry run fixes a private copy), or write copies and folders of their own.
describe.concurrent('no workflow command nor escape sequence from the inputs reaches the output', { timeout: 120_000 }, () => {
  const dir = workspace(HOSTILE_FILES);
  /** Scans of `dir` run or running, by their arguments: the tests only read them, so one run serves every test of a format. */
  const scans = new Map<string, Promise<CliRun>>();
  const scan = (args: string[]): Promise<CliRun> => {
    const key = JSON.stringify(args);
    const run = scans.get(key) ?? runCliAsync(['scan', '.', ...args], { cwd: dir });
    scans.set(key, run);
    return run;
  };

  it.each([
    ['text', ['--format', 'text']],
    ['text --compact', ['--format', 'text', '--compact']],
    ['text --quiet', ['--format', 'text', '--quiet', '--fail-on', 'medium']],
    ['markdown', ['--format', 'markdown']],
    ['github', ['--format', 'github']],
    ['json', ['--format', 'json']],
    ['sarif', ['--format', 'sarif']],
    ['html', ['--format', 'html']],
  ])('scan --format %s', async (format, args) => {
    const run = await scan(args);
    expect(run.status).toBe(2);
    // The hostile resource is reported (the payloads did reach the report).
    expect(run.stdout).toMatch(/Note|hostile\.yaml/);
    expectInert(run, format);
  });

  it('github annotations keep the toolkit escapes: data and properties on one line each', async () => {
    const run = await scan(['--format', 'github']);
    const annotations = run.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(annotations.length).toBeGreaterThan(3);
    for (const line of annotations) expect(line).toMatch(OWN_ANNOTATION);
    expect(run.stdout).toContain('file=evil%0A%3A%3Aerror file=x%2Cline=1%3A%3Aforged.yaml');
    expect(run.stdout).toContain('file=##\uFF3Badd-mask]dir/broken%0D%3A%3Aadd-mask%3A%3Ax.yaml');
  });

  it('markdown mentions nobody and links nothing from the inputs', async () => {
    const run = await scan(['--format', 'markdown']);
    expect(run.stdout).toMatch(/Team@&#8203;org\/team/);
    expect(run.stdout).not.toMatch(/@(?!&#8203;)/);
    expect(run.stdout).not.toMatch(/https?:\/\/evil/);
  });

  it('fix --dry-run: the diff and the messages', async () => {
    const run = await runCliAsync(['fix', '.', '--dry-run'], { cwd: dir });
    expect(run.stdout).toMatch(/^\+\+\+ b\//m);
    expectInert(run, 'fix --dry-run');
  });

  it('fix: the files it names and the placeholders left', async () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'sagelint-hostile-fix-'));
    cpSync(dir, copy, { recursive: true });
    const run = await runCliAsync(['fix', '.'], { cwd: copy });
    expect(run.stderr).toMatch(/fixed \d+ findings? in evil␊/);
    expectInert(run, 'fix');
  });

  it('baseline: the load errors it prints', async () => {
    const run = await runCliAsync(['baseline', '.', '-o', path.join(mkdtempSync(path.join(tmpdir(), 'sagelint-baseline-')), 'b.json')], { cwd: dir });
    expect(run.stderr).toMatch(/broken/);
    expectInert(run, 'baseline');
  });
});

describe.concurrent('no workflow command from a config or baseline file reaches the error that quotes it', { timeout: 120_000 }, () => {
  it('a config file with a hostile rule ID and file name', async () => {
    const dir = workspace({ 'good.yaml': GOOD_TEMPLATE, '.sagelint.yml': `rules:\n  "SM001\\n::error::from-config\\e[2J":\n    severity: low\n` });
    const run = await runCliAsync(['scan', '.'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/sagelint: /);
    expectInert(run, 'config error');
  });

  it('a config file given by a hostile name that cannot be read', async () => {
    const dir = workspace({ 'good.yaml': GOOD_TEMPLATE });
    const run = await runCliAsync(['scan', '.', '--config', 'missing\n::add-mask::config.yml'], { cwd: dir });
    expect(run.status).toBe(2);
    expectInert(run, 'config error');
  });

  it('a baseline that is not one, quoting its own content', async () => {
    const dir = workspace({ 'good.yaml': GOOD_TEMPLATE });
    writeFileSync(path.join(dir, 'base\n::error::line.json'), '{"version": "\\n::add-mask::x\\u001b[2J", "findings": 3}');
    const run = await runCliAsync(['scan', '.', '--baseline', 'base\n::error::line.json'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/sagelint: /);
    expectInert(run, 'baseline error');
  });
});

describe.concurrent('an internal error whose message quotes an input', { timeout: 120_000 }, () => {
  /** Makes the CLI's output fail as a bug would, with a message that carries a payload. */
  const failingOutput = path.join(mkdtempSync(path.join(tmpdir(), 'sagelint-internal-error-')), 'fail-output.mjs');
  writeFileSync(failingOutput, 'process.stdout.write = () => { throw new Error("boom\\n::error::from-a-template\\u001b[2J"); };\n');
  const run = (env: Record<string, string> = {}) => runCliAsync(['rules'], { env: { NODE_OPTIONS: `--import=${pathToFileURL(failingOutput).href}`, ...env } });

  it('is one inert line', async () => {
    const failed = await run();
    expect(failed.status).toBe(2);
    expect(failed.stderr).toMatch(/^sagelint: internal error: boom␊::error::from-a-template␛\[2J\n/);
    expectInert(failed, 'internal error');
  });

  it('with SAGELINT_DEBUG, shows its stack trace line by line, each line inert', async () => {
    const failed = await run({ SAGELINT_DEBUG: '1' });
    expect(failed.status).toBe(2);
    expect(failed.stderr).toMatch(/^sagelint: internal error: Error: boom\n\uFF1A:error::from-a-template␛\[2J\n {4}at /);
    expectInert(failed, 'internal error with SAGELINT_DEBUG');
  });
});
