import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { get } from '../../model/value.js';
import { loadTerraformDirectory } from './directory.js';
import { plain, resource } from './testing.js';

const VPC = 'resource "aws_vpc" "v" {\n  cidr_block = "10.0.0.0/16"\n}\n';

describe('reading files safely', () => {
  let base: string;
  let root: string;

  beforeAll(() => {
    base = mkdtempSync(path.join(os.tmpdir(), 'sagelint-tf-'));
    root = path.join(base, 'repo');
    mkdirSync(path.join(root, 'modules', 'real'), { recursive: true });
    mkdirSync(path.join(base, 'outside'));
    writeFileSync(path.join(base, 'outside', 'secret.json'), '{"Statement": []}');
    writeFileSync(path.join(base, 'outside', 'main.tf'), VPC);
    writeFileSync(path.join(root, 'main.tf'), VPC);
    writeFileSync(path.join(root, 'big.tf'), `# ${'x'.repeat(4096)}\n`);
    writeFileSync(path.join(root, 'binary.tf'), Buffer.from([0x72, 0x65, 0x00, 0x01]));
    writeFileSync(path.join(root, 'latin1.tf'), Buffer.from('# caf\xe9\n', 'latin1'));
    writeFileSync(path.join(root, 'modules', 'real', 'main.tf'), VPC);
    symlinkSync(path.join(root, 'modules', 'real'), path.join(root, 'modules', 'linked'));
    symlinkSync(path.join(base, 'outside'), path.join(root, 'escape'));
    symlinkSync(path.join(base, 'outside', 'secret.json'), path.join(root, 'secret.json'));
    writeFileSync(
      path.join(root, 'policy.tf'),
      'module "linked" {\n  source = "./modules/linked"\n}\nresource "aws_iam_policy" "p" {\n  policy = file("secret.json")\n}\n',
    );
  });

  afterAll(() => rmSync(base, { recursive: true, force: true }));

  async function load() {
    return loadTerraformDirectory(root, '.', { maxFileBytes: 1024 });
  }

  it('refuses files over the size limit, binary files and files that are not UTF-8, and loads the rest', async () => {
    const units = await load();
    const unit = units.find((u) => u.files.includes('main.tf'))!;
    expect(unit.errors).toEqual([
      { file: 'big.tf', message: expect.stringMatching(/^file is 5 KB, over the 1 KB limit/) },
      { file: 'binary.tf', line: 1, column: 3, message: 'file contains NUL bytes (binary data?)' },
      { file: 'latin1.tf', line: 1, column: expect.any(Number), message: 'file is not valid UTF-8' },
    ]);
    expect(unit.resources.map((r) => r.id)).toContain('aws_vpc.v');
  });

  it('never follows a symbolic link out of the scan root, and says so', async () => {
    const units = await load();
    const all = units.flatMap((u) => u.resources.map((r) => r.id));
    expect(all).not.toContain('escape');
    expect(units.flatMap((u) => u.files).some((f) => f.startsWith('escape'))).toBe(false);
    expect(units.flatMap((u) => u.notes)).toContainEqual({ file: 'escape', message: 'symbolic link is broken or points outside the scan root, not followed' });
    const unit = units.find((u) => u.files.includes('policy.tf'))!;
    expect(plain(get(resource(unit, 'aws_iam_policy.p').props, 'PolicyDocument'))).toEqual({
      unknown: 'file("secret.json") cannot be read: cannot read file: it is a symbolic link to a place outside the scan root',
    });
  });

  it('refuses a named pipe read by file() instead of blocking the scan on it', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sagelint-tf-fifo-'));
    try {
      execFileSync('mkfifo', [path.join(dir, 'pipe.json')]);
      writeFileSync(path.join(dir, 'main.tf'), 'resource "aws_iam_policy" "p" {\n  policy = file("pipe.json")\n}\n');
      const [unit] = await loadTerraformDirectory(dir, '.', { maxFileBytes: 1024 });
      expect(plain(get(resource(unit!, 'aws_iam_policy.p').props, 'PolicyDocument'))).toEqual({
        unknown: expect.stringMatching(/^file\("pipe\.json"\) cannot be read: .*not a regular file/),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('follows symbolic links that stay inside the scan root', async () => {
    const unit = (await load()).find((u) => u.files.includes('policy.tf'))!;
    expect(resource(unit, 'module.linked.aws_vpc.v').loc).toMatchObject({ file: 'modules/linked/main.tf' });
  });
});
