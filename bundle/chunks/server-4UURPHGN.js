import {
  scanOptionsFor,
  setUpScan
} from "./chunk-5HJ3VE3X.js";
import "./chunk-QGYNGPBX.js";
import "./chunk-VISZIEAE.js";
import "./chunk-4CSTNXJU.js";
import "./chunk-IDRQLRQN.js";
import "./chunk-OXUOKFFV.js";
import "./chunk-53XGZ73Z.js";
import {
  findingDocsUri,
  toolVersion
} from "./chunk-BHUSQXRU.js";
import "./chunk-IS4SSPBS.js";
import {
  CONFIG_FILE_NAMES,
  ConfigError,
  configFileFor
} from "./chunk-I47XARTC.js";
import "./chunk-RKEFTAZU.js";
import {
  escapeUntrusted
} from "./chunk-EMSR244R.js";
import {
  exclusionOf,
  scanOpenFile
} from "./chunk-RBAF7ELO.js";
import "./chunk-ALV6TOFD.js";
import {
  editsAsApplied,
  isInputName,
  isWalkablePath,
  toRelative
} from "./chunk-DPRLNSSC.js";
import "./chunk-MFTJGUDJ.js";
import "./chunk-HCU2I2RT.js";
import "./chunk-BOC5ET7R.js";
import "./chunk-DEZCBU7F.js";
import "./chunk-2I7KX7CV.js";
import "./chunk-OA4DYJ3R.js";
import "./chunk-5QBVJ72F.js";
import "./chunk-E2XCQX3P.js";
import "./chunk-CAGW7M4A.js";
import "./chunk-RM4BNA5F.js";

// src/lsp/server.ts
import { statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  CodeActionKind as CodeActionKind2,
  createConnection,
  DiagnosticSeverity as DiagnosticSeverity2,
  DidChangeWatchedFilesNotification,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocuments,
  TextDocumentSyncKind
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";

// src/lsp/diagnostics.ts
import { CodeActionKind, DiagnosticSeverity } from "vscode-languageserver/node";
var DIAGNOSTIC_SOURCE = "sagelint";
var SEVERITY = {
  critical: DiagnosticSeverity.Error,
  high: DiagnosticSeverity.Error,
  medium: DiagnosticSeverity.Warning,
  low: DiagnosticSeverity.Information
};
function rangeBetween(start, end) {
  return { start: { line: start.line - 1, character: start.column - 1 }, end: { line: end.line - 1, character: end.column - 1 } };
}
function findingDiagnostic(finding, rule) {
  if (finding.location.kind !== "source") throw new Error(`finding ${finding.ruleId} on ${finding.resource.id} is not in a file`);
  return {
    range: rangeBetween(finding.location.start, finding.location.end),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    ...docsLink(findingDocsUri(finding.ruleId, rule)),
    source: DIAGNOSTIC_SOURCE,
    // Messages quote the template (IDs, values): one inert line, as every other output shows them.
    message: escapeUntrusted(finding.message)
  };
}
function loadErrorDiagnostic(error, lines) {
  const line = (error.line ?? 1) - 1;
  const start = error.line === void 0 ? 0 : (error.column ?? 1) - 1;
  const end = Math.max(start, lines[line]?.replace(/\r$/, "").length ?? start);
  return {
    range: { start: { line, character: start }, end: { line, character: end } },
    severity: DiagnosticSeverity.Error,
    source: DIAGNOSTIC_SOURCE,
    message: escapeUntrusted(`not checked: ${error.message}`)
  };
}
function noteDiagnostic(note, lines) {
  const line = note.line - 1;
  const text = lines[line]?.replace(/\r$/, "") ?? "";
  return {
    range: { start: { line, character: text.length - text.trimStart().length }, end: { line, character: text.length } },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    message: escapeUntrusted(note.message)
  };
}
var COST = {
  safe: "",
  replaces: " (replaces the resource on deploy)",
  capacity: " (changes capacity and cost)"
};
function fixAction(finding, diagnostic, uriOf) {
  const { fix } = finding;
  const changes = {};
  for (const edit of editsAsApplied(fix.edits)) (changes[uriOf(edit.file)] ??= []).push({ range: rangeBetween(edit.start, edit.end), newText: edit.text });
  const placeholders = fix.placeholders.length ? `; fill in ${fix.placeholders.join(", ")}` : "";
  return {
    title: escapeUntrusted(`${finding.ruleId}: ${fix.description.replace(/\.$/, "")}${COST[fix.kind]}${placeholders}`),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: fix.kind === "safe" && fix.placeholders.length === 0,
    edit: { changes }
  };
}
function rangesMeet(a, b) {
  const before = (p, q) => p.line < q.line || p.line === q.line && p.character < q.character;
  return !before(a.end, b.start) && !before(b.end, a.start);
}
function docsLink(href) {
  return href === void 0 ? {} : { codeDescription: { href } };
}

// src/lsp/server.ts
var DEBOUNCE_MS = 200;
function startLanguageServer(options = {}, input = process.stdin, output = process.stdout) {
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(input), new StreamMessageWriter(output));
  const inputArgs = { "max-file-size": options.maxFileSizeMb ?? 5, "inline-suppressions": true, jobs: 1 };
  const server = new SagelintServer(connection, inputArgs);
  server.listen();
}
var SagelintServer = class {
  constructor(connection, inputArgs) {
    this.connection = connection;
    this.inputArgs = inputArgs;
  }
  connection;
  inputArgs;
  documents = new TextDocuments(TextDocument);
  folders = [];
  clientReportsFolders = false;
  clientWatchesFiles = false;
  timers = /* @__PURE__ */ new Map();
  linted = /* @__PURE__ */ new Map();
  /** Scans run one at a time, in the order asked. */
  queue = Promise.resolve();
  setups = /* @__PURE__ */ new Map();
  /** Config files with problems shown now (a config that cannot be used, plugins that failed to load), by the text shown: cleared once they load cleanly. */
  configProblems = /* @__PURE__ */ new Map();
  listen() {
    const { connection, documents } = this;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => {
      if (this.clientWatchesFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: CONFIG_FILE_NAMES.map((name) => ({ globPattern: `**/${name}` })) });
      if (this.clientReportsFolders) {
        connection.workspace.onDidChangeWorkspaceFolders((event) => {
          const removed = new Set(event.removed.map((folder) => folder.uri));
          const added = event.added.filter((folder) => folder.uri.startsWith("file:")).map((folder) => fileURLToPath(folder.uri));
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
      const dir = folderOf(document.uri);
      if (document.uri.endsWith(".tf")) {
        for (const other of documents.all()) if (other.uri !== document.uri && other.uri.endsWith(".tf") && folderOf(other.uri) === dir) this.schedule(other.uri);
      }
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
      if (only && !only.some((kind) => CodeActionKind2.QuickFix.startsWith(kind))) return [];
      const document = documents.get(params.textDocument.uri);
      if (!document) return [];
      const linted = await this.current(document);
      return linted.fixes.filter(({ diagnostic }) => rangesMeet(diagnostic.range, params.range)).map(({ finding, diagnostic }) => fixAction(finding, diagnostic, (file) => this.uriOf(document.uri, file)));
    });
    documents.listen(connection);
    connection.listen();
  }
  initialize(params) {
    const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.folders = uris.filter((uri) => uri.startsWith("file:")).map((uri) => fileURLToPath(uri));
    this.clientReportsFolders = params.capabilities.workspace?.workspaceFolders === true;
    this.clientWatchesFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind2.QuickFix] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: this.clientReportsFolders } }
      },
      serverInfo: { name: "sagelint", version: toolVersion() }
    };
  }
  schedule(uri) {
    this.linted.delete(uri);
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.lint(uri).catch((err) => this.connection.console.error(escapeUntrusted(`sagelint: could not publish diagnostics: ${err instanceof Error ? err.message : String(err)}`)));
      }, DEBOUNCE_MS)
    );
  }
  /** Everything open is judged again (the config or the workspace folders changed). */
  rescanAll() {
    this.setups.clear();
    for (const document of this.documents.all()) if (!isConfigUri(document.uri)) this.schedule(document.uri);
  }
  /** The scan of the document's current version, made now if the last one is older (a code action must edit the text the editor shows). */
  async current(document) {
    const known = this.linted.get(document.uri);
    if (known?.version === document.version) return known;
    clearTimeout(this.timers.get(document.uri));
    this.timers.delete(document.uri);
    return await this.lint(document.uri) ?? { version: document.version, diagnostics: [], fixes: [] };
  }
  lint(uri) {
    const run = this.queue.then(async () => {
      const document = this.documents.get(uri);
      if (!document) return void 0;
      const known = this.linted.get(uri);
      if (known?.version === document.version) return known;
      const linted = await this.scanDocument(document);
      if (this.documents.get(uri)?.version !== document.version) return linted;
      this.linted.set(uri, linted);
      await this.connection.sendDiagnostics({ uri, version: document.version, diagnostics: linted.diagnostics });
      return linted;
    });
    this.queue = run.catch(() => void 0);
    return run;
  }
  async scanDocument(document) {
    const linted = { version: document.version, diagnostics: [], fixes: [] };
    if (!document.uri.startsWith("file:")) return linted;
    const absolute = fileURLToPath(document.uri);
    if (!isInputName(absolute)) return linted;
    const root = this.rootOf(absolute);
    const file = toRelative(root, absolute);
    try {
      const outcome = await this.setupFor(root);
      if (!outcome.ok || !isWalkablePath(file, exclusionOf(outcome.setup.config))) return linted;
      const options = { ...scanOptionsFor(outcome.setup, this.inputArgs), unsaved: this.unsavedTexts(root) };
      const result = await scanOpenFile(file, options);
      const lines = document.getText().split("\n");
      for (const error of result.errors) if (error.file === file) linted.diagnostics.push(loadErrorDiagnostic(error, lines));
      for (const note of result.notes) if (note.file === file && note.line !== void 0) linted.diagnostics.push(noteDiagnostic({ ...note, line: note.line }, lines));
      for (const finding of result.findings) {
        if (finding.suppression || finding.location.kind !== "source" || finding.location.file !== file) continue;
        const diagnostic = findingDiagnostic(finding, outcome.setup.catalog.find((rule) => rule.id === finding.ruleId));
        linted.diagnostics.push(diagnostic);
        if (finding.fix) linted.fixes.push({ finding, diagnostic });
      }
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.connection.console.error(escapeUntrusted(`sagelint: internal error while checking ${file}: ${message}`));
      linted.diagnostics.push({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity2.Error, source: DIAGNOSTIC_SOURCE, message: escapeUntrusted(`not checked: internal error: ${message}`) });
    }
    return linted;
  }
  /** The workspace folder holding the file (the innermost, when folders nest), else the file's own folder. */
  rootOf(absolute) {
    const holding = this.folders.filter((folder) => isInside(folder, absolute)).sort((a, b) => b.length - a.length);
    return holding[0] ?? path.dirname(absolute);
  }
  uriOf(documentUri, file) {
    return pathToFileURL(path.join(this.rootOf(fileURLToPath(documentUri)), file)).href;
  }
  /** The text of every open file under `root`, by path relative to it: what the editor shows replaces what is saved. */
  unsavedTexts(root) {
    const texts = /* @__PURE__ */ new Map();
    for (const document of this.documents.all()) {
      if (!document.uri.startsWith("file:")) continue;
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
  setupFor(root) {
    const configFile = configFileFor(root);
    const key = configFile ? `${configFile}\0${modifiedAt(configFile)}` : "";
    const cached = this.setups.get(root);
    if (cached?.key === key) return cached.setup;
    const setup = this.loadSetup(root, configFile);
    const entry = { key, setup };
    this.setups.set(root, entry);
    setup.catch(() => this.setups.get(root) === entry && this.setups.delete(root));
    return setup;
  }
  async loadSetup(root, configFile) {
    try {
      const setup = await setUpScan({ paths: [root], config: configFile }, root);
      if (configFile) await this.showConfigProblems(configFile, setup.extensionErrors);
      return { ok: true, setup };
    } catch (err) {
      if (!(err instanceof ConfigError) || !configFile) throw err;
      const message = err.message.startsWith(`${configFile}: `) ? err.message.slice(configFile.length + 2) : err.message;
      const at = /at line (\d+), column (\d+)/.exec(message);
      await this.showConfigProblems(configFile, [{ message: `config not used, no file is checked until it is fixed: ${message}`, line: at ? Number(at[1]) : void 0, column: at ? Number(at[2]) : void 0 }], err.message);
      return { ok: false, configFile, message };
    }
  }
  /**
   * Publishes the config file's problems (none clears them) and pops up a
   * message when they differ from those shown, so that a problem is not
   * announced again on every rescan.
   */
  async showConfigProblems(configFile, problems, announcement) {
    const shown = this.configProblems.get(configFile);
    const text = problems.map((problem) => problem.message).join("\n");
    if (!text && shown === void 0) return;
    if (text) this.configProblems.set(configFile, text);
    else this.configProblems.delete(configFile);
    await this.connection.sendDiagnostics({
      uri: pathToFileURL(configFile).href,
      diagnostics: problems.map((problem) => {
        const position = { line: Math.max(0, (problem.line ?? 1) - 1), character: Math.max(0, (problem.column ?? 1) - 1) };
        return { range: { start: position, end: position }, severity: DiagnosticSeverity2.Error, source: DIAGNOSTIC_SOURCE, message: escapeUntrusted(problem.message) };
      })
    });
    if (!text || shown === text) return;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more on the config file)` : "";
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: escapeUntrusted(`sagelint: ${announcement ?? `${configFile}: ${problems[0].message}${more}`}`) });
  }
};
function isConfigUri(uri) {
  return CONFIG_FILE_NAMES.some((name) => uri.endsWith(`/${name}`));
}
function folderOf(uri) {
  return uri.slice(0, uri.lastIndexOf("/"));
}
function isInside(dir, file) {
  const relative = path.relative(dir, file);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}
function modifiedAt(file) {
  try {
    const stats = statSync(file);
    return `${stats.mtimeMs}:${stats.size}`;
  } catch {
    return "missing";
  }
}
export {
  DEBOUNCE_MS,
  startLanguageServer
};
