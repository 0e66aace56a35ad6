import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.js';
import { EMPTY_CONFIG } from '../config/config.js';
import { scanOpenFile, type ScanOptions } from './scan.js';

const NOTEBOOK = (internet: string) => `Resources:
  Notebook:
    Type: AWS::SageMaker::NotebookInstance
    Properties:
      InstanceType: ml.t3.medium
      DirectInternetAccess: ${internet}
`;

const TF_NOTEBOOK = (internet: string) => `resource "aws_sagemaker_notebook_instance" "nb" {
  name                   = "nb"
  role_arn               = "arn:aws:iam::123456789012:role/nb"
  instance_type          = "ml.t3.medium"
  direct_internet_access = ${internet}
}
`;

describe('scanOpenFile: a file as an editor holds it', () => {
  let root: string;
  const options = (unsaved: Record<string, string>, maxFileBytes?: number): ScanOptions => ({
    root,
    rules: ALL_RULES.filter((r) => r.id === 'SM001'),
    catalog: ALL_RULES,
    config: EMPTY_CONFIG,
    maxFileBytes,
    unsaved: new Map(Object.entries(unsaved)),
  });

  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'sagelint-open-'));
    writeFileSync(path.join(root, 'nb.yaml'), NOTEBOOK('Disabled'));
    mkdirSync(path.join(root, 'tf'));
    writeFileSync(path.join(root, 'tf', 'main.tf'), TF_NOTEBOOK('"Disabled"'));
    writeFileSync(path.join(root, 'tf', 'locals.tf'), 'locals {\n  internet = "Enabled"\n}\n');
  });

  it('judges the unsaved text of a template, not the saved file, and a template not saved yet', async () => {
    const edited = await scanOpenFile('nb.yaml', options({ 'nb.yaml': NOTEBOOK('Enabled') }));
    expect(edited.findings.map((f) => [f.ruleId, f.location.kind === 'source' && f.location.start.line])).toEqual([['SM001', 6]]);
    const saved = await scanOpenFile('nb.yaml', options({}));
    expect(saved.findings).toEqual([]);
    const unsavedNew = await scanOpenFile('new.yaml', options({ 'new.yaml': NOTEBOOK('Enabled') }));
    expect(unsavedNew.findings.map((f) => f.ruleId)).toEqual(['SM001']);
  });

  it('judges a .tf file with the other .tf files of its folder, its unsaved text replacing its file', async () => {
    const result = await scanOpenFile('tf/main.tf', options({ 'tf/main.tf': TF_NOTEBOOK('local.internet') }));
    // The value comes from the sibling on disk, and is located where it is written.
    expect(result.findings.map((f) => [f.ruleId, f.location.kind === 'source' && `${f.location.file}:${f.location.start.line}`])).toEqual([['SM001', 'tf/locals.tf:2']]);
    expect((await scanOpenFile('tf/main.tf', options({}))).findings).toEqual([]);
    // A .tf file not saved yet joins the module too.
    const added = await scanOpenFile('tf/extra.tf', options({ 'tf/main.tf': TF_NOTEBOOK('local.internet'), 'tf/extra.tf': '# nothing yet\n' }));
    expect(added.findings.map((f) => f.ruleId)).toEqual(['SM001']);
  });

  it('holds unsaved text to the size limit and checks of a file, and skips what is not a template', async () => {
    const big = await scanOpenFile('nb.yaml', options({ 'nb.yaml': NOTEBOOK('Enabled') }, 64));
    expect(big.findings).toEqual([]);
    expect(big.errors).toEqual([{ file: 'nb.yaml', message: expect.stringMatching(/over the 1 KB limit/) }]);
    const binary = await scanOpenFile('nb.yaml', options({ 'nb.yaml': 'Resources:\0' }));
    expect(binary.errors.map((e) => e.message)).toEqual(['file contains NUL bytes (binary data?)']);
    const broken = await scanOpenFile('nb.yaml', options({ 'nb.yaml': 'Resources:\n  Notebook: [unclosed\n' }));
    expect(broken.errors).toHaveLength(1);
    expect(broken.errors[0]).toMatchObject({ file: 'nb.yaml', line: expect.any(Number) });
    const notTemplate = await scanOpenFile('package.json', options({ 'package.json': '{"name": "x", "version": ' }));
    expect(notTemplate).toMatchObject({ findings: [], errors: [] });
  });
});
