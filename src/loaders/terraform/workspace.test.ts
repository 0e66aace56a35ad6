import { describe, expect, it } from 'vitest';
import { memoryAccess } from './file-access.js';
import { terraformParser } from './hcl-parser.js';
import { UnitState, Workspace } from './workspace.js';

const MODULE = 'resource "aws_sagemaker_model" "m" {\n  name = "m"\n}\n';

async function unitOf(files: Record<string, string>, rootDir: string): Promise<UnitState> {
  return new UnitState(new Workspace(await terraformParser(), memoryAccess(files)), rootDir);
}

describe('parses kept across workspaces', () => {
  it('parses a module that several root modules call once, and again when its text changes', async () => {
    const dev = await unitOf({ 'envs/dev/main.tf': '', 'modules/m/main.tf': MODULE }, 'envs/dev');
    const prod = await unitOf({ 'envs/prod/main.tf': '', 'modules/m/main.tf': MODULE }, 'envs/prod');
    const first = dev.parse('modules/m/main.tf');
    expect(first).toBeDefined();
    expect(prod.parse('modules/m/main.tf')).toBe(first);
    const edited = await unitOf({ 'envs/qa/main.tf': '', 'modules/m/main.tf': MODULE.replace('"m"\n', '"m2"\n') }, 'envs/qa');
    const reparsed = edited.parse('modules/m/main.tf');
    expect(reparsed).not.toBe(first);
    expect(reparsed?.text).toContain('"m2"');
  });

  it("keeps a root module's own files and a module's syntax error too, for the next workspace that reads them", async () => {
    const broken = 'locals {\n  x =\n}\n';
    const a = await unitOf({ 'root/main.tf': MODULE, 'modules/bad/main.tf': broken }, 'root');
    const b = await unitOf({ 'root/main.tf': MODULE, 'modules/bad/main.tf': broken }, 'root');
    expect(b.parse('root/main.tf')).toBe(a.parse('root/main.tf'));
    a.parse('modules/bad/main.tf');
    b.parse('modules/bad/main.tf');
    expect(a.errors).toEqual(b.errors);
    expect(b.errors).toEqual([{ file: 'modules/bad/main.tf', line: 2, column: 3, message: 'invalid HCL syntax: unexpected `x =`' }]);
  });
});
