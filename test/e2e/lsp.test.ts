/**
 * `sagelint lsp` driven by a real LSP client over stdio, as an editor drives
 * it: the built CLI (`npm run build`) in a child process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  FileChangeType,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CLI, runCliAsync } from './cli.js';

const NOTEBOOK = `Resources:
  Notebook:
    Type: AWS::SageMaker::NotebookInstance
    Properties:
      InstanceType: ml.t3.medium
      RoleArn: arn:aws:iam::123456789012:role/nb
      DirectInternetAccess: Enabled
`;

const TF_NOTEBOOK = (internet: string) => `resource "aws_sagemaker_notebook_instance" "nb" {
  name                   = "nb"
  role_arn               = "arn:aws:iam::123456789012:role/nb"
  instance_type          = "ml.t3.medium"
  direct_internet_access = ${internet}
}
`;

/** A language client on a server process: every notification kept, waited for by condition. */
class Client {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  private waiters: (() => void)[] = [];
  readonly connection: ProtocolConnection;
  readonly exited: Promise<number | null>;

  constructor(readonly server: ChildProcess) {
    this.connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => this.record(() => this.published.push(params)));
    this.connection.onNotification(ShowMessageNotification.type, (params) => this.record(() => this.messages.push(params)));
    this.connection.listen();
    this.exited = new Promise((resolve) => server.on('exit', (code) => resolve(code)));
  }

  private record(add: () => void): void {
    add();
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** The first diagnostics published for `uri` (since `after` publications) that pass `test`. */
  diagnostics(uri: string, test: (diagnostics: Diagnostic[]) => boolean = () => true, after = 0): Promise<PublishDiagnosticsParams> {
    return this.until(
      () => this.published.slice(after).find((p) => p.uri === uri && test(p.diagnostics)),
      () => `no diagnostics for ${uri} as expected; published: ${JSON.stringify(this.published.filter((p) => p.uri === uri))}`,
    );
  }

  /** What `find` finds once the server has sent it. */
  async until<T>(find: () => T | undefined, failure: () => string): Promise<T> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const found = find();
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(failure());
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 500);
      });
    }
  }

  open(uri: string, text: string, version = 1): void {
    void this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: uri.endsWith('.tf') ? 'terraform' : 'yaml', version, text } });
  }
}

const clients: Client[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) {
    client.connection.dispose();
    client.server.kill();
  }
});

async function startServer(workspace: string, options: string[] = []): Promise<Client> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does)`);
  const server = spawn(process.execPath, [CLI, 'lsp', '--stdio', ...options], { cwd: tmpdir(), stdio: ['pipe', 'pipe', 'inherit'] });
  const client = new Client(server);
  clients.push(client);
  const uri = pathToFileURL(workspace).href;
  const init = await client.connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: uri,
    workspaceFolders: [{ uri, name: 'workspace' }],
    capabilities: { workspace: { workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: false } } },
  });
  expect(init.capabilities.codeActionProvider).toBeTruthy();
  expect(init.serverInfo?.name).toBe('sagelint');
  await client.connection.sendNotification(InitializedNotification.type, {});
  return client;
}

function workspaceDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'sagelint-lsp-'));
}

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);

describe('sagelint lsp', () => {
  it('publishes diagnostics for a notebook template, applies a quick fix and clears its diagnostic', async () => {
    const dir = workspaceDir();
    // The workspace's config: every rule (TG001 too), SM004 is low here, and SM005 is suppressed for this notebook.
    writeFileSync(
      path.join(dir, '.sagelint.yml'),
      'extends: strict\nrules:\n  SM004: low\nsuppressions:\n  - rule: SM005\n    resource: Notebook\n    reason: IMDS is pinned by the platform team\n',
    );
    // The saved file is clean: only the editor's unsaved text has the findings.
    writeFileSync(path.join(dir, 'nb.yaml'), 'Resources: {}\n');
    const client = await startServer(dir);
    const uri = pathToFileURL(path.join(dir, 'nb.yaml')).href;
    client.open(uri, NOTEBOOK);
    const first = await client.diagnostics(uri, (d) => d.length > 0);
    expect(first.version).toBe(1);
    const byCode = new Map(first.diagnostics.map((d) => [d.code, d]));
    expect([...byCode.keys()].sort()).toEqual(['SM001', 'SM002', 'SM003', 'SM004', 'TG001']);
    const sm001 = byCode.get('SM001')!;
    // At the offending value: line 7, `Enabled`.
    expect(sm001.range).toEqual({ start: { line: 6, character: 28 }, end: { line: 6, character: 35 } });
    expect(sm001).toMatchObject({ severity: 1, source: 'sagelint', codeDescription: { href: expect.stringMatching(/docs\/rules\/SM001\.md$/) } });
    expect(sm001.message).toMatch(/DirectInternetAccess is 'Enabled'/);
    // An omitted property: at the resource's logical ID.
    expect(byCode.get('SM003')!.range).toEqual({ start: { line: 1, character: 2 }, end: { line: 1, character: 10 } });
    expect(byCode.get('SM003')!.severity).toBe(2);
    // The config's severity override.
    expect(byCode.get('SM004')!.severity).toBe(3);

    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: sm001.range,
      context: { diagnostics: [sm001] },
    })) as CodeAction[];
    expect(actions.map((a) => a.title)).toEqual(['SM001: Set DirectInternetAccess to Disabled (replaces the resource on deploy)']);
    const [action] = actions;
    expect(action).toMatchObject({ kind: 'quickfix', isPreferred: false, diagnostics: [{ code: 'SM001' }] });
    const edits = action!.edit!.changes![uri]!;
    expect(edits).toEqual([{ range: sm001.range, newText: 'Disabled' }]);

    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 1, NOTEBOOK), edits);
    expect(fixed).toContain('DirectInternetAccess: Disabled');
    const before = client.published.length;
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
    const second = await client.diagnostics(uri, () => true, before);
    expect(second.version).toBe(2);
    expect(codes(second.diagnostics).sort()).toEqual(['SM002', 'SM003', 'SM004', 'TG001']);

    // Omitted properties are located at the resource: each of their fixes is offered there, with the edits and text of `sagelint fix`.
    const sm002 = second.diagnostics.find((d) => d.code === 'SM002')!;
    const atResource = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: sm002.range, context: { diagnostics: [sm002] } })) as CodeAction[];
    expect(atResource.map((a) => a.title.split(':')[0]).sort()).toEqual(['SM002', 'SM003', 'SM004', 'TG001']);
    expect(atResource.find((a) => a.title.startsWith('SM003:'))).toMatchObject({ title: 'SM003: Set RootAccess to Disabled', isPreferred: true });
    const subnet = atResource.find((a) => a.title.startsWith('SM002:'))!;
    expect(subnet).toMatchObject({ isPreferred: false, title: expect.stringMatching(/\(replaces the resource on deploy\); fill in <security-group-id>, <subnet-id>$/) });
    const fixedInEditor = TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 2, fixed), subnet.edit!.changes![uri]!);
    const cliDir = workspaceDir();
    writeFileSync(path.join(cliDir, 'nb.yaml'), fixed);
    // The CLI's fix and the server's shutdown share nothing: they run side by side.
    const cliFix = runCliAsync(['fix', 'nb.yaml', '--rules', 'SM002', '--include', 'replaces'], { cwd: cliDir });

    await client.connection.sendRequest(ShutdownRequest.type);
    await client.connection.sendNotification(ExitNotification.type);
    expect(await client.exited).toBe(0);
    expect((await cliFix).stderr).toContain('applying SM002 Notebook');
    expect(fixedInEditor).toBe(readFileSync(path.join(cliDir, 'nb.yaml'), 'utf8'));
  }, 60_000);

  it('judges a Terraform file with the other files of its folder, and reports broken and hostile files without stopping', async () => {
    const dir = workspaceDir();
    mkdirSync(path.join(dir, 'tf'));
    // On disk, main.tf turns direct internet access off; the editor's text takes it from a local of locals.tf.
    writeFileSync(path.join(dir, 'tf', 'main.tf'), TF_NOTEBOOK('"Disabled"'));
    writeFileSync(path.join(dir, 'tf', 'locals.tf'), 'locals {\n  internet = "Enabled"\n}\n');
    const client = await startServer(dir, ['--max-file-size', '1']);
    const main = pathToFileURL(path.join(dir, 'tf', 'main.tf')).href;
    const locals = pathToFileURL(path.join(dir, 'tf', 'locals.tf')).href;
    client.open(main, TF_NOTEBOOK('local.internet'));
    const mainDiagnostics = await client.diagnostics(main, (d) => d.length > 0);
    // The default preset: TG001 runs only once the config requires tags.
    expect(codes(mainDiagnostics.diagnostics).sort()).toEqual(['SM002', 'SM003', 'SM004', 'SM005']);
    expect(mainDiagnostics.diagnostics.find((d) => d.code === 'SM003')!.range.start).toEqual({ line: 0, character: 0 });
    // The value is written in locals.tf, so its finding is there.
    client.open(locals, 'locals {\n  internet = "Enabled"\n}\n');
    const localsDiagnostics = await client.diagnostics(locals, (d) => d.length > 0);
    expect(localsDiagnostics.diagnostics.map((d) => [d.code, d.range])).toEqual([['SM001', { start: { line: 1, character: 13 }, end: { line: 1, character: 22 } }]]);
    // A local may serve other resources too: as `sagelint fix`, the server offers no edit of it.
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: locals }, range: localsDiagnostics.diagnostics[0]!.range, context: { diagnostics: [] } })) as CodeAction[];
    expect(actions).toEqual([]);

    // A file that does not parse: one diagnostic at its position. A file that is no template: none.
    const broken = pathToFileURL(path.join(dir, 'broken.yaml')).href;
    client.open(broken, 'Resources:\n  Notebook:\n    Type: AWS::SageMaker::NotebookInstance\n    Properties: [unclosed\n');
    const brokenDiagnostics = await client.diagnostics(broken, (d) => d.length > 0);
    expect(brokenDiagnostics.diagnostics).toHaveLength(1);
    expect(brokenDiagnostics.diagnostics[0]).toMatchObject({ severity: 1, source: 'sagelint', message: expect.stringMatching(/^not checked: /) });
    expect(brokenDiagnostics.diagnostics[0]!.range.start.line).toBeGreaterThanOrEqual(3);
    const other = pathToFileURL(path.join(dir, 'package.json')).href;
    client.open(other, '{"name": "x", "version": "1.0.0"}\n');
    expect((await client.diagnostics(other)).diagnostics).toEqual([]);

    // Hostile input: an alias bomb and a file over the size limit (--max-file-size) are refused, and the server goes on.
    const bomb = pathToFileURL(path.join(dir, 'bomb.yaml')).href;
    const levels = Array.from({ length: 12 }, (_, i) => `  l${i + 1}: &l${i + 1} [${Array(10).fill(`*l${i}`).join(', ')}]`).join('\n');
    client.open(bomb, `AWSTemplateFormatVersion: '2010-09-09'\nMetadata:\n  l0: &l0 [lol]\n${levels}\nResources: {}\n`);
    expect((await client.diagnostics(bomb)).diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^not checked: .*alias/i)]);
    const huge = pathToFileURL(path.join(dir, 'huge.yaml')).href;
    client.open(huge, `Resources: {}\n# ${'x'.repeat(1.5 * 1024 * 1024)}\n`);
    expect((await client.diagnostics(huge)).diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/over the 1\.0 MB limit/)]);
    const again = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: main }, range: mainDiagnostics.diagnostics[0]!.range, context: { diagnostics: [] } });
    expect(again).not.toEqual([]);
  }, 60_000);

  it('waits for typing to pause, publishes once for a burst of changes (its last version), and shows notes on their line', async () => {
    const dir = workspaceDir();
    const client = await startServer(dir);
    const uri = pathToFileURL(path.join(dir, 'nb.yaml')).href;
    client.open(uri, NOTEBOOK);
    await client.diagnostics(uri, (d) => d.length > 0);
    const before = client.published.length;
    for (const [version, internet] of [[2, 'Disabled'], [3, 'Enabled'], [4, 'Disabled']] as const) {
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text: NOTEBOOK.replace('Enabled', internet) }] });
    }
    const lastChange = Date.now();
    const last = await client.diagnostics(uri, () => true, before);
    // Not before typing has paused for 200 ms.
    expect(Date.now() - lastChange).toBeGreaterThanOrEqual(190);
    expect(last.version).toBe(4);
    expect(codes(last.diagnostics)).not.toContain('SM001');
    // Nothing else is published for the burst.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(client.published.slice(before).map((p) => p.version)).toEqual([4]);

    // What is not a finding but matters to the author is said on its line: a suppression without a reason is not applied.
    const unjustified = pathToFileURL(path.join(dir, 'sandbox.yaml')).href;
    client.open(unjustified, NOTEBOOK.replace('    Properties:\n', '    Metadata:\n      sagelint:\n        ignore: [{ id: SM001 }]\n    Properties:\n'));
    const noted = await client.diagnostics(unjustified, (d) => d.length > 0);
    expect(noted.diagnostics.filter((d) => d.code === undefined)).toEqual([
      {
        range: { start: { line: 5, character: 8 }, end: { line: 5, character: 31 } },
        severity: 3,
        source: 'sagelint',
        message: 'suppression of SM001 on Notebook has no reason, so it is not applied: add a reason',
      },
    ]);
    expect(codes(noted.diagnostics)).toContain('SM001');
  }, 60_000);

  it('shows a config error on the config file and keeps running; a fixed config is read again', async () => {
    const dir = workspaceDir();
    const config = path.join(dir, '.sagelint.yml');
    writeFileSync(config, 'rules:\n  SM999: off\n');
    const client = await startServer(dir);
    const uri = pathToFileURL(path.join(dir, 'nb.yaml')).href;
    const configUri = pathToFileURL(config).href;
    client.open(uri, NOTEBOOK);
    const shown = await client.diagnostics(configUri, (d) => d.length > 0);
    expect(shown.diagnostics[0]!.message).toMatch(/rules\.SM999: no such rule/);
    const message = await client.until(() => client.messages[0], () => 'no message shown');
    expect(message).toEqual({ type: 1, message: expect.stringMatching(/\.sagelint\.yml: rules\.SM999: no such rule/) });
    expect((await client.diagnostics(uri)).diagnostics).toEqual([]);

    writeFileSync(config, 'rules:\n  SM001: off\n');
    const before = client.published.length;
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
    const judged = await client.diagnostics(uri, (d) => d.length > 0, before);
    expect(codes(judged.diagnostics)).not.toContain('SM001');
    expect(codes(judged.diagnostics)).toContain('SM003');
    expect((await client.diagnostics(configUri, (d) => d.length === 0, before)).diagnostics).toEqual([]);
  }, 60_000);

  it('shows a plugin that failed to load on the config file, still judges files with the other rules, and clears it once the config is fixed', async () => {
    const dir = workspaceDir();
    const config = path.join(dir, '.sagelint.yml');
    writeFileSync(config, 'plugins: [./acme]\n');
    mkdirSync(path.join(dir, 'acme'));
    writeFileSync(path.join(dir, 'acme', 'package.json'), JSON.stringify({ name: 'sagelint-plugin-acme', version: '1.0.0', type: 'module', main: 'index.js' }));
    writeFileSync(path.join(dir, 'acme', 'index.js'), "throw new Error('cannot reach the policy server');\n");
    const client = await startServer(dir);
    const uri = pathToFileURL(path.join(dir, 'nb.yaml')).href;
    const configUri = pathToFileURL(config).href;
    client.open(uri, NOTEBOOK);
    const shown = await client.diagnostics(configUri, (d) => d.length > 0);
    expect(shown.diagnostics).toEqual([
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: 1,
        source: 'sagelint',
        message: expect.stringMatching(/sagelint-plugin-acme.*failed to load, so none of its rules ran: cannot reach the policy server/),
      },
    ]);
    expect(await client.until(() => client.messages[0], () => 'no message shown')).toEqual({ type: 1, message: expect.stringMatching(/\.sagelint\.yml: .*sagelint-plugin-acme.*cannot reach the policy server/) });
    expect(codes((await client.diagnostics(uri, (d) => d.length > 0)).diagnostics)).toContain('SM001');

    // A rescan with the same broken plugin does not announce it again.
    const before = client.published.length;
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
    writeFileSync(config, 'plugins: [./acme]\n# touched\n');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
    await client.diagnostics(uri, (d) => d.length > 0, before);
    expect(client.messages).toHaveLength(1);

    writeFileSync(config, 'rules:\n  SM001: off\n');
    const fixedAt = client.published.length;
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
    expect((await client.diagnostics(configUri, () => true, fixedAt)).diagnostics).toEqual([]);
    expect(codes((await client.diagnostics(uri, (d) => d.length > 0, fixedAt)).diagnostics)).not.toContain('SM001');
    expect(client.messages).toHaveLength(1);
  }, 60_000);
});
