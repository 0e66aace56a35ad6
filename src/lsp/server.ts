/**
 * `sagelint lsp`: a language server over stdio. Open CloudFormation and
 * Terraform files are scanned from their unsaved text as they change (after a
 * short pause in typing), with the workspace's `.sagelint.yml`, and each
 * finding's fix is offered as a quick fix. A file is judged as `sagelint scan`
 * of its workspace folder judges it: a `.tf` file with the other `.tf` files of
 * its folder (open ones as the editor holds them), a template on its own.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAMES, ConfigError, configFileFor } from '../config/config.js';
import type { LoadError } from '../core/finding.js';
import { exclusionOf, scanOpenFile } from '../pipeline/scan.js';
import { isInputName, isWalkablePath, toRelative } from '../loaders/walk.js';
import { toolVersion } from '../report/tool.js';
import { escapeUntrusted } from '../report/untrusted-text.js';
import { scanOptionsFor, setUpScan, type ScanSetup } from '../cli/run-scan.js';
import type { InputArgs } from '../cli/options.js';
import { DIAGNOSTIC_SOURCE, findingDiagnostic, fixAction, loadErrorDiagnostic, noteDiagnostic, rangesMeet, type FixableFinding } from './diagnostics.js';

/** How long typing must pause before a changed document is scanned again. */
export const DEBOUNCE_MS = 200;

export interface ServerOptions {
  /** `--max-file-size`: files (and unsaved texts) over this many MB are refused, as `scan` refuses them. */
  maxFileSizeMb?: number;
}

/** The result of scanning one version of a document: what was published and the fixes behind it. */
interface Linted {
  version: number;
  diagnostics: Diagnostic[];
  fixes: { finding: FixableFinding; diagnostic: Diagnostic }[];
}

/** A workspace folder's setup (config, rules), or the config error that stops its files from being judged. */
type Setup = { ok: true; setup: ScanSetup } | { ok: false; configFile: string; message: string };

export function startLanguageServer(options: ServerOptions = {}, input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): void {
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(input), new StreamMessageWriter(output));
  // What the editor reads, `sagelint scan` reads with the same options: the size limit, inline suppressions honoured; one thread.
  const inputArgs: InputArgs = { 'max-file-size': options.maxFileSizeMb ?? 5, 'inline-suppressions': true, jobs: 1 };
  const server = new SagelintServer(connection, inputArgs);
  server.listen();
}

class SagelintServer {
  private readonly documents = new TextDocuments(TextDocument);
  private folders: string[] = [];
  private clientReportsFolders = false;
  private clientWatchesFiles = false;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly linted = new Map<string, Linted>();
  /** Scans run one at a time, in the order asked. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly setups = new Map<string, { key: string; setup: Promise<Setup> }>();
  /** Config files with problems shown now (a config that cannot be used, plugins that failed to load), by the text shown: cleared once they load cleanly. */
  private readonly configProblems = new Map<string, string>();

  constructor(
    private readonly connection: Connection,
    private readonly inputArgs: InputArgs,
  ) {}

  listen(): void {
    const { connection, documents } = this;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => {
      // A config saved by another program (git checkout, a formatter) is read again: the client watches for it, if it can.
      if (this.clientWatchesFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: CONFIG_FILE_NAMES.map((name) => ({ globPattern: `**/${name}` })) });
      if (this.clientReportsFolders) {
        connection.workspace.onDidChangeWorkspaceFolders((event) => {
          const removed = new Set(event.removed.map((folder) => folder.uri));
          const added = event.added.filter((folder) => folder.uri.startsWith('file:')).map((folder) => fileURLToPath(folder.uri));
          this.folders = this.folders.filter((folder) => !removed.has(pathToFileURL(folder).href)).concat(added);
          this.rescanAll();
        });
      }
    });
    connection.onDidChangeWatchedFiles((params) => {
      if (params.changes.some((change) => isConfigUri(change.uri))) this.rescanAll();
    });
    documents.onDidChangeContent(({ document }) => {
      if (isConfigUri(document.uri)) return;
      this.schedule(document.uri);
      // The other open files of a Terraform module read this one's text: their findings may change with it.
      const dir = folderOf(document.uri);
      if (document.uri.endsWith('.tf')) for (const other of documents.all()) if (other.uri !== document.uri && other.uri.endsWith('.tf') && folderOf(other.uri) === dir) this.schedule(other.uri);
    });
    documents.onDidSave(({ document }) => {
      if (isConfigUri(document.uri)) this.rescanAll();
    });
    documents.onDidClose(({ document }) => {
      clearTimeout(this.timers.get(document.uri));
      this.timers.delete(document.uri);
      this.linted.delete(document.uri);
      if (!isConfigUri(document.uri)) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    });
    connection.onCodeAction(async (params) => {
      const only = params.context.only;
      if (only && !only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return [];
      const document = documents.get(params.textDocument.uri);
      if (!document) return [];
      const linted = await this.current(document);
      return linted.fixes.filter(({ diagnostic }) => rangesMeet(diagnostic.range, params.range)).map(({ finding, diagnostic }): CodeAction => fixAction(finding, diagnostic, (file) => this.uriOf(document.uri, file)));
    });
    documents.listen(connection);
    connection.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.folders = uris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
    this.clientReportsFolders = params.capabilities.workspace?.workspaceFolders === true;
    this.clientWatchesFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: this.clientReportsFolders } },
      },
      serverInfo: { name: 'sagelint', version: toolVersion() },
    };
  }

  private schedule(uri: string): void {
    this.linted.delete(uri);
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.lint(uri).catch((err: unknown) => this.connection.console.error(escapeUntrusted(`sagelint: could not publish diagnostics: ${err instanceof Error ? err.message : String(err)}`)));
      }, DEBOUNCE_MS),
    );
  }

  /** Everything open is judged again (the config or the workspace folders changed). */
  private rescanAll(): void {
    this.setups.clear();
    for (const document of this.documents.all()) if (!isConfigUri(document.uri)) this.schedule(document.uri);
  }

  /** The scan of the document's current version, made now if the last one is older (a code action must edit the text the editor shows). */
  private async current(document: TextDocument): Promise<Linted> {
    const known = this.linted.get(document.uri);
    if (known?.version === document.version) return known;
    clearTimeout(this.timers.get(document.uri));
    this.timers.delete(document.uri);
    return (await this.lint(document.uri)) ?? { version: document.version, diagnostics: [], fixes: [] };
  }

  private lint(uri: string): Promise<Linted | undefined> {
    const run = this.queue.then(async () => {
      const document = this.documents.get(uri);
      if (!document) return undefined;
      const known = this.linted.get(uri);
      if (known?.version === document.version) return known;
      const linted = await this.scanDocument(document);
      // Only the version scanned is published; a newer one is already scheduled.
      if (this.documents.get(uri)?.version !== document.version) return linted;
      this.linted.set(uri, linted);
      await this.connection.sendDiagnostics({ uri, version: document.version, diagnostics: linted.diagnostics });
      return linted;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async scanDocument(document: TextDocument): Promise<Linted> {
    const linted: Linted = { version: document.version, diagnostics: [], fixes: [] };
    if (!document.uri.startsWith('file:')) return linted;
    const absolute = fileURLToPath(document.uri);
    if (!isInputName(absolute)) return linted;
    const root = this.rootOf(absolute);
    const file = toRelative(root, absolute);
    try {
      const outcome = await this.setupFor(root);
      if (!outcome.ok || !isWalkablePath(file, exclusionOf(outcome.setup.config))) return linted;
      const options = { ...scanOptionsFor(outcome.setup, this.inputArgs), unsaved: this.unsavedTexts(root) };
      const result = await scanOpenFile(file, options);
      const lines = document.getText().split('\n');
      for (const error of result.errors) if (error.file === file) linted.diagnostics.push(loadErrorDiagnostic(error, lines));
      for (const note of result.notes) if (note.file === file && note.line !== undefined) linted.diagnostics.push(noteDiagnostic({ ...note, line: note.line }, lines));
      for (const finding of result.findings) {
        if (finding.suppression || finding.location.kind !== 'source' || finding.location.file !== file) continue;
        const diagnostic = findingDiagnostic(finding, outcome.setup.catalog.find((rule) => rule.id === finding.ruleId));
        linted.diagnostics.push(diagnostic);
        if (finding.fix) linted.fixes.push({ finding: finding as FixableFinding, diagnostic });
      }
    } catch (err) {
      // A bug must not take the server down with it: the file says it was not checked, the log says why.
      const message = err instanceof Error ? err.message : String(err);
      this.connection.console.error(escapeUntrusted(`sagelint: internal error while checking ${file}: ${message}`));
      linted.diagnostics.push({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, source: DIAGNOSTIC_SOURCE, message: escapeUntrusted(`not checked: internal error: ${message}`) });
    }
    return linted;
  }

  /** The workspace folder holding the file (the innermost, when folders nest), else the file's own folder. */
  private rootOf(absolute: string): string {
    const holding = this.folders.filter((folder) => isInside(folder, absolute)).sort((a, b) => b.length - a.length);
    return holding[0] ?? path.dirname(absolute);
  }

  private uriOf(documentUri: string, file: string): string {
    return pathToFileURL(path.join(this.rootOf(fileURLToPath(documentUri)), file)).href;
  }

  /** The text of every open file under `root`, by path relative to it: what the editor shows replaces what is saved. */
  private unsavedTexts(root: string): Map<string, string> {
    const texts = new Map<string, string>();
    for (const document of this.documents.all()) {
      if (!document.uri.startsWith('file:')) continue;
      const absolute = fileURLToPath(document.uri);
      if (isInside(root, absolute)) texts.set(toRelative(root, absolute), document.getText());
    }
    return texts;
  }

  /**
   * The folder's config and rules, read again when its config file changes on
   * disk. A config that cannot be used is shown on the config file and in a
   * message, and no file of the folder is judged until it is fixed, as no
   * scan runs with it.
   */
  private setupFor(root: string): Promise<Setup> {
    const configFile = configFileFor(root);
    const key = configFile ? `${configFile}\0${modifiedAt(configFile)}` : '';
    const cached = this.setups.get(root);
    if (cached?.key === key) return cached.setup;
    const setup = this.loadSetup(root, configFile);
    const entry = { key, setup };
    this.setups.set(root, entry);
    // A failure that is not the config's (a bug) is not kept: the next scan tries again.
    setup.catch(() => this.setups.get(root) === entry && this.setups.delete(root));
    return setup;
  }

  private async loadSetup(root: string, configFile: string | undefined): Promise<Setup> {
    try {
      const setup = await setUpScan({ paths: [root], config: configFile }, root);
      // A plugin that failed to load leaves its rules out of every scan of the folder: the config file says so, as `scan` does.
      if (configFile) await this.showConfigProblems(configFile, setup.extensionErrors);
      return { ok: true, setup };
    } catch (err) {
      if (!(err instanceof ConfigError) || !configFile) throw err;
      const message = err.message.startsWith(`${configFile}: `) ? err.message.slice(configFile.length + 2) : err.message;
      const at = /at line (\d+), column (\d+)/.exec(message);
      await this.showConfigProblems(configFile, [{ message: `config not used, no file is checked until it is fixed: ${message}`, line: at ? Number(at[1]) : undefined, column: at ? Number(at[2]) : undefined }], err.message);
      return { ok: false, configFile, message };
    }
  }

  /**
   * Publishes the config file's problems (none clears them) and pops up a
   * message when they differ from those shown, so that a problem is not
   * announced again on every rescan.
   */
  private async showConfigProblems(configFile: string, problems: Omit<LoadError, 'file'>[], announcement?: string): Promise<void> {
    const shown = this.configProblems.get(configFile);
    const text = problems.map((problem) => problem.message).join('\n');
    if (!text && shown === undefined) return;
    if (text) this.configProblems.set(configFile, text);
    else this.configProblems.delete(configFile);
    await this.connection.sendDiagnostics({
      uri: pathToFileURL(configFile).href,
      diagnostics: problems.map((problem) => {
        const position = { line: Math.max(0, (problem.line ?? 1) - 1), character: Math.max(0, (problem.column ?? 1) - 1) };
        return { range: { start: position, end: position }, severity: DiagnosticSeverity.Error, source: DIAGNOSTIC_SOURCE, message: escapeUntrusted(problem.message) };
      }),
    });
    if (!text || shown === text) return;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more on the config file)` : '';
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: escapeUntrusted(`sagelint: ${announcement ?? `${configFile}: ${problems[0]!.message}${more}`}`) });
  }
}

function isConfigUri(uri: string): boolean {
  return CONFIG_FILE_NAMES.some((name) => uri.endsWith(`/${name}`));
}

function folderOf(uri: string): string {
  return uri.slice(0, uri.lastIndexOf('/'));
}

function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function modifiedAt(file: string): string {
  try {
    const stats = statSync(file);
    return `${stats.mtimeMs}:${stats.size}`;
  } catch {
    return 'missing';
  }
}
