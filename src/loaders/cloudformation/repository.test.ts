import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import type { Resource } from '../../model/resource.js';
import { get, type Value } from '../../model/value.js';
import { findInputFiles, type InputFile } from '../walk.js';
import { loadUnitSource, planUnitSources } from '../index.js';
import { readParameterFile } from './parameter-files.js';
import { loadTemplateGroup, namesCanMatch, planTemplateGroups } from './repository.js';

const ROOT = path.resolve(import.meta.dirname, '../../../fixtures/repository');
const OPTIONS = { maxFileBytes: 5 * 1024 * 1024 };

async function walked(root: string, paths = [root]): Promise<InputFile[]> {
  return (await findInputFiles(root, paths, () => false)).files;
}

function resource(resources: readonly Resource[], file: string, id: string): Resource {
  const found = resources.find((r) => r.id === id && r.loc.kind === 'source' && r.loc.file === file);
  if (!found) throw new Error(`no ${id} in ${file}`);
  return found;
}

function fileOf(value: Value): string | undefined {
  return value.loc.kind === 'source' ? value.loc.file : undefined;
}

describe('export and import names', () => {
  it.each([
    ['ml-vpc-id', 'ml-vpc-id', 'same'],
    ['${Network}-private-subnet', '${AWS::StackName}-private-subnet', 'maybe'],
    ['net-private-subnet', '${AWS::StackName}-private-subnet', 'maybe'],
    ['ml-vpc-id', 'ml-subnet-id', undefined],
    ['${Name}', 'ml-vpc-id', undefined],
    ['${?}', '${?}', undefined],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(namesCanMatch(a, b)).toBe(expected);
  });
});

describe('planning linked templates', () => {
  it('groups nested stacks, exporters with their importers, and leaves the rest alone', async () => {
    const { groups } = planTemplateGroups(path.dirname(ROOT), await walked(path.dirname(ROOT), [ROOT]), OPTIONS);
    const names = groups.map((g) => g.map((f) => path.posix.relative('repository', f.relative)).sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
    expect(names).toContainEqual(['nested/main.yaml', 'nested/network.yaml']);
    expect(names).toContainEqual(['exports/endpoints.yaml', 'exports/network.yaml', 'exports/notebook.yaml']);
    expect(names).toContainEqual(['ambiguous/job.yaml', 'ambiguous/network-a.yaml', 'ambiguous/network-b.yaml']);
    expect(names.flat()).not.toContain('parameters/notebook.yaml');
  });

  it('links a template that only exports to the template importing it, whichever the walk meets first', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'sagelint-exports-'));
    const exporter = (name: string) =>
      `Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\nOutputs:\n  VpcId:\n    Value: !Ref Vpc\n    Export:\n      Name: ${name}\n`;
    writeFileSync(path.join(root, 'a-importer.yaml'), 'Resources:\n  Subnet:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: !ImportValue shared-vpc\n      CidrBlock: 10.0.1.0/24\n');
    writeFileSync(path.join(root, 'b-unrelated.yaml'), exporter('other-vpc'));
    writeFileSync(path.join(root, 'z-exporter.yaml'), exporter('shared-vpc'));
    const names = (files: InputFile[]) => planTemplateGroups(root, files, OPTIONS).groups.map((g) => g.map((f) => f.relative));
    const files = await walked(root);
    expect(names(files)).toEqual([['a-importer.yaml', 'z-exporter.yaml']]);
    expect(names([...files].reverse())).toEqual([['z-exporter.yaml', 'a-importer.yaml']]);
    // With no importer in the scan, exports link nothing.
    expect(names(files.filter((f) => f.relative !== 'a-importer.yaml'))).toEqual([]);
  });
});

describe('Service Catalog product templates', () => {
  const portfolio = (url: string) =>
    `Resources:\n  Product:\n    Type: AWS::ServiceCatalog::CloudFormationProduct\n    Properties:\n      ProvisioningArtifactParameters:\n        - Info: { LoadTemplateFromURL: ${url} }\n`;

  it('are scanned as templates, unless the scan excludes them or they lie in a folder the walk skips', async () => {
    const files = await walked(ROOT, [path.join(ROOT, 'catalog')]);
    const products = (isExcluded?: (relative: string) => boolean) => planTemplateGroups(ROOT, files, { ...OPTIONS, isExcluded }).products.map((f) => f.relative);
    expect(products()).toEqual(['catalog/products/notebook.cfn']);
    expect(products(picomatch('catalog/products/**', { dot: true }))).toEqual([]);
    expect(products(picomatch('catalog/products', { dot: true }))).toEqual([]);

    const root = mkdtempSync(path.join(tmpdir(), 'sagelint-products-'));
    mkdirSync(path.join(root, 'node_modules', 'vendor'), { recursive: true });
    writeFileSync(path.join(root, 'node_modules', 'vendor', 'product.cfn'), 'Resources: {}\n');
    writeFileSync(path.join(root, 'portfolio.yaml'), portfolio('node_modules/vendor/product.cfn'));
    expect(planTemplateGroups(root, await walked(root), OPTIONS).products).toEqual([]);
  });
});

describe('loading linked templates', () => {
  async function group(folder: string): Promise<Resource[]> {
    const files = await walked(ROOT, [path.join(ROOT, folder)]);
    return loadTemplateGroup(files.filter((f) => f.relative.endsWith('.yaml')).map((file) => ({ file })), ROOT, OPTIONS).resources;
  }

  it('binds a nested stack to its parent: parameters in, outputs out, each value located where it is used', async () => {
    const resources = await group('nested');
    const notebook = resource(resources, 'nested/main.yaml', 'Notebook');
    const subnet = get(notebook.props, 'SubnetId');
    expect(subnet).toMatchObject({ t: 'ref', target: 'nested/network.yaml#PrivateSubnet', text: 'PrivateSubnet from network.yaml via Network.Outputs.PrivateSubnetId' });
    expect(fileOf(subnet)).toBe('nested/main.yaml');
    const vpc = resource(resources, 'nested/network.yaml', 'VPC');
    expect(get(vpc.props, 'CidrBlock')).toMatchObject({ t: 'scalar', v: '10.20.0.0/16' });
    expect(fileOf(get(vpc.props, 'CidrBlock'))).toBe('nested/network.yaml');
  });

  it('resolves an import to the export of another template, and a deploy-time name to the export it can match', async () => {
    const resources = await group('exports');
    expect(get(resource(resources, 'exports/endpoints.yaml', 'ApiEndpoint').props, 'VpcId')).toMatchObject({ t: 'ref', target: 'exports/network.yaml#VPC', text: 'VPC from network.yaml via Export ml-vpc-id' });
    const subnet = get(resource(resources, 'exports/notebook.yaml', 'Notebook').props, 'SubnetId');
    expect(subnet).toMatchObject({ t: 'unknown', fallback: { value: { t: 'ref', target: 'exports/network.yaml#PrivateSubnet' } } });
  });

  it('reads an SSM-typed parameter from the AWS::SSM::Parameter a template of the group declares', async () => {
    const resources = await group('ssm');
    expect(get(resource(resources, 'ssm/notebook.yaml', 'Notebook').props, 'SubnetId')).toMatchObject({
      t: 'ref',
      target: 'ssm/network.yaml#Subnet',
      text: 'Subnet from network.yaml via SSM parameter /ml/private-subnet',
    });
  });

  it('gives an import with several candidate exports one choice per export, naming each', async () => {
    const resources = await group('ambiguous');
    const item = get(resource(resources, 'ambiguous/job.yaml', 'Model').props, 'VpcConfig', 'Subnets', 0);
    expect(item.t).toBe('oneOf');
    if (item.t !== 'oneOf') return;
    expect(item.options.map((o) => o.via)).toEqual([
      "the export 'ml-subnet' of ambiguous/network-a.yaml is the one imported",
      "the export 'ml-subnet' of ambiguous/network-b.yaml is the one imported",
    ]);
  });

  it('stops at nesting cycles and at the depth limit, and says so', async () => {
    const files = await walked(ROOT, [path.join(ROOT, 'hostile')]);
    const plan = await planUnitSources(ROOT, files, { ...OPTIONS, varFiles: [] });
    const notes = [...plan.notes];
    for (const source of plan.sources) for (const unit of await loadUnitSource(ROOT, source, { ...OPTIONS, varFiles: [] })) notes.push(...unit.notes);
    const messages = notes.map((n) => `${n.file}: ${n.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^hostile\/cycle-b\.yaml: nested stack A nests hostile\/cycle-a\.yaml, which already nests this template/));
    expect(messages).toContainEqual(expect.stringMatching(/^hostile\/deep\/level7\.yaml: nested stack Next is nested more than 8 deep/));
    expect(messages).toContainEqual(expect.stringMatching(/^hostile\/cycle-a\.yaml: nested stack Absolute: TemplateURL '\/etc\/passwd' is outside the scan root, so it is not read/));
  });

  it('notes a template of the group that only CloudFormation reads as YAML, as it does a template alone', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'sagelint-lenient-'));
    writeFileSync(path.join(root, 'network.yaml'), 'Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      Tags: [ { Key: Name,\n      Value: ml } ]\nOutputs:\n  VpcId:\n    Value: !Ref Vpc\n    Export: { Name: ml-vpc }\n');
    writeFileSync(path.join(root, 'app.yaml'), 'Resources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      VpcId: !ImportValue ml-vpc\n');
    const file = (name: string) => ({ file: { absolute: path.join(root, name), relative: name, explicit: false } });
    const unit = loadTemplateGroup([file('app.yaml'), file('network.yaml')], root, OPTIONS);
    expect(unit.errors).toEqual([]);
    expect(unit.notes).toEqual([expect.objectContaining({ file: 'network.yaml', line: 6, message: expect.stringMatching(/^not valid YAML 1\.2 \(a flow collection continues/) })]);
  });

  it('never reads a nested template outside the scan root', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sagelint-nested-'));
    const root = path.join(dir, 'root');
    mkdirSync(root);
    writeFileSync(path.join(dir, 'outside.yaml'), 'Resources:\n  Notebook:\n    Type: AWS::SageMaker::NotebookInstance\n    Properties: { InstanceType: ml.t3.medium }\n');
    writeFileSync(path.join(root, 'main.yaml'), 'Resources:\n  Out:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: ../outside.yaml\n');
    const files = await walked(root);
    const plan = await planUnitSources(root, files, { ...OPTIONS, varFiles: [] });
    const units = (await Promise.all(plan.sources.map((s) => loadUnitSource(root, s, { ...OPTIONS, varFiles: [] })))).flat();
    expect(units.flatMap((u) => u.files)).toEqual(['main.yaml']);
    expect(units.flatMap((u) => u.resources)).toEqual([]);
    expect(plan.notes.map((n) => n.message)).toEqual(["nested stack Out: TemplateURL '../outside.yaml' is outside the scan root, so it is not read and the stack's resources are not checked"]);
  });
});

describe('parameter files', () => {
  const at = (name: string) => path.join(ROOT, 'parameters', name);

  it('reads CloudFormation CLI JSON, CodePipeline template configurations and samconfig.toml', () => {
    expect(readParameterFile(at('cli-enabled.json'))).toEqual({ ok: true, values: { InternetAccess: 'Enabled', Secret: 's3cr3t-value' } });
    expect(readParameterFile(at('pipeline-disabled.json'))).toEqual({ ok: true, values: { InternetAccess: 'Disabled' } });
    expect(readParameterFile(at('samconfig.toml'))).toEqual({ ok: true, values: { InternetAccess: 'Enabled', Secret: 'quoted value' } });
  });

  it('says what is wrong with a file that is none of them', () => {
    expect(readParameterFile(at('bad.json'))).toMatchObject({ ok: false, message: "entry 0 (InternetAccess) has no string ParameterValue" });
    expect(readParameterFile(at('notebook.yaml'))).toMatchObject({ ok: false, message: expect.stringMatching(/^not valid JSON/) });
    expect(readParameterFile(at('bad-syntax.json'))).toMatchObject({ ok: false, message: expect.stringMatching(/^not valid JSON \((?!.*position)/), line: 3, column: 34 });
    const dir = mkdtempSync(path.join(tmpdir(), 'sagelint-params-'));
    writeFileSync(path.join(dir, 'samconfig.toml'), '[default.build.parameters]\ncached = true\n');
    expect(readParameterFile(path.join(dir, 'samconfig.toml'))).toEqual({ ok: false, message: 'no parameter_overrides under [default.deploy.parameters]' });
    writeFileSync(path.join(dir, 'broken.toml'), '[default.deploy.parameters]\nparameter_overrides = "A=1\n');
    expect(readParameterFile(path.join(dir, 'broken.toml'))).toMatchObject({ ok: false, message: expect.stringMatching(/^not valid TOML/), line: 2 });
  });
});
