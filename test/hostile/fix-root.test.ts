/**
 * `sagelint fix` on a pull request's files stays inside the scan root: links
 * in the root (absolute, or relative through the root's own name, which
 * points outside a copy of the root) are never written through, by a dry run
 * (whose passes run on a private copy) or by a real run.
 */
import { lstatSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliAsync } from '../e2e/cli.js';
import { workspace } from './workspace.js';

/** Three safe fixes that insert at the same point: they need a second pass, which a dry run makes on a copy. */
const NOTEBOOK = `Resources:
  Notebook:
    Type: AWS::SageMaker::NotebookInstance
    Properties:
      InstanceType: ml.t3.medium
      DirectInternetAccess: Disabled
`;
const RULES = ['--rules', 'SM003', 'SM005', 'TG001'];

/** A root holding nb.yaml, and links to it: one absolute, one relative through the root's own folder name. */
function rootWithLinks(): string {
  const dir = workspace({ 'nb.yaml': NOTEBOOK });
  symlinkSync(path.join(dir, 'nb.yaml'), path.join(dir, 'absolute.yaml'));
  symlinkSync(path.join('..', path.basename(dir), 'nb.yaml'), path.join(dir, 'relative.yaml'));
  return dir;
}

// Each case fixes a root of its own.
describe.concurrent('fix never writes through a link', { timeout: 120_000 }, () => {
  it('--dry-run leaves every real file unchanged, and says which links it refused', async () => {
    const dir = rootWithLinks();
    const run = await runCliAsync(['fix', '.', ...RULES, '--dry-run'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'nb.yaml'), 'utf8')).toBe(NOTEBOOK);
    expect(run.stderr).toMatch(/absolute\.yaml is a symbolic link, which sagelint fix never writes through/);
    expect(run.stderr).toMatch(/relative\.yaml is a symbolic link/);
    // The diff is of the real file alone, with all three fixes.
    expect(run.stdout).toContain('+++ b/nb.yaml');
    expect(run.stdout).not.toContain('absolute.yaml');
    expect(run.stdout).toContain('+      RootAccess: Disabled');
    expect(run.stdout).toContain('+        MinimumInstanceMetadataServiceVersion: "2"');
  });

  it('a real run fixes the file itself and leaves the links as links, not written through', async () => {
    const dir = rootWithLinks();
    const run = await runCliAsync(['fix', '.', ...RULES], { cwd: dir });
    const fixed = readFileSync(path.join(dir, 'nb.yaml'), 'utf8');
    // Each fix once: a write through a link would have applied it a second time.
    expect(fixed.match(/RootAccess: Disabled/g)).toHaveLength(1);
    expect(fixed.match(/MinimumInstanceMetadataServiceVersion/g)).toHaveLength(1);
    for (const link of ['absolute.yaml', 'relative.yaml']) expect(lstatSync(path.join(dir, link)).isSymbolicLink()).toBe(true);
    expect(run.stderr).toMatch(/absolute\.yaml is a symbolic link/);
  });
});
