import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findInputFiles, scanRootFor } from './walk.js';

function tree(files: string[]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'sagelint-walk-'));
  for (const f of files) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), 'x: 1\n');
  }
  return root;
}

describe('findInputFiles', () => {
  it('finds templates and Terraform, skipping dependency and VCS folders and other files', async () => {
    const root = tree(['a.yaml', 'b/c.json', 'b/main.tf', 'node_modules/x/t.yaml', '.git/config.json', 'README.md', 'cdk.out/S.template.json', 'file with spaces $(x).yml']);
    const { files, errors } = await findInputFiles(root, ['.'], () => false);
    expect(errors).toEqual([]);
    expect(files.map((f) => f.relative)).toEqual(['a.yaml', 'b/c.json', 'b/main.tf', 'cdk.out/S.template.json', 'file with spaces $(x).yml']);
  });

  it('does not follow symlinks out of the root, and survives loops', async () => {
    const outside = tree(['secret.yaml']);
    const root = tree(['in/t.yaml']);
    symlinkSync(outside, path.join(root, 'escape'));
    symlinkSync(path.join(outside, 'secret.yaml'), path.join(root, 'escape.yaml'));
    symlinkSync(root, path.join(root, 'in/loop'));
    symlinkSync(path.join(root, 'nowhere'), path.join(root, 'broken.yaml'));
    const { files, notes } = await findInputFiles(root, ['.'], () => false);
    expect(files.map((f) => f.relative)).toEqual(['in/t.yaml']);
    expect(notes.map((n) => `${n.file}: ${n.message}`).sort()).toEqual([
      'broken.yaml: broken symbolic link, not followed',
      'escape.yaml: symbolic link points outside the scan root, not followed',
      'escape: symbolic link points outside the scan root, not followed',
    ]);
  });

  it('applies excludes and reports paths that do not exist', async () => {
    const root = tree(['keep.yaml', 'legacy/old.yaml']);
    const { files, errors } = await findInputFiles(root, ['.', 'missing.yaml'], (rel) => rel.startsWith('legacy'));
    expect(files.map((f) => f.relative)).toEqual(['keep.yaml']);
    expect(errors).toEqual([{ file: 'missing.yaml', message: 'cannot read: no such file' }]);
  });

  it('marks files named on the command line as explicit', async () => {
    const root = tree(['a.yaml']);
    const { files } = await findInputFiles(root, ['a.yaml'], () => false);
    expect(files).toMatchObject([{ relative: 'a.yaml', explicit: true }]);
  });
});

describe('scanRootFor', () => {
  it('is the working directory when every path is inside it, else their common ancestor', () => {
    expect(scanRootFor(['infra', 'x/y.yaml'], '/repo')).toBe('/repo');
    expect(scanRootFor(['/data/a/t.yaml', '/data/b'], '/repo')).toBe('/data');
  });
});
