/**
 * What one load shares across its units (each file read and parsed once, each
 * load error and note given once), and what one unit gathers besides resources.
 */
import path from 'node:path';
import type { Parser } from 'web-tree-sitter';
import type { LoadError, Note } from '../../core/finding.js';
import { PositionMap, type SourceText } from '../source-text.js';
import type { HclFile } from './hcl-ast.js';
import { parseHclWith } from './hcl-parser.js';
import { inDir, type FileAccess } from './file-access.js';
import type { PositionsOf } from './json-document.js';
import { EvaluationBudget, limitError, type EvaluationLimitExceeded } from './budget.js';
import { RecentParses } from '../recent-parses.js';

type ParseOutcome = { file?: HclFile; error?: LoadError };

/**
 * Kept across workspaces: each root module loads in a workspace of its own
 * (planning, a plan's locator and every root have theirs), and the roots of a
 * repository often call the same modules, which stay the most recently used.
 */
const recentParses = new RecentParses<ParseOutcome>(2 * 1024 * 1024);

/** Parsed files and file texts shared by every unit of one load, so each file is read and parsed once. */
export class Workspace {
  private readonly parsed = new Map<string, ParseOutcome>();
  private readonly positions = new Map<string, PositionMap>();
  private readonly texts = new Map<string, SourceText>();
  /** Files whose load error was already given to a unit (a module used by several roots reports once). */
  readonly reported = new Set<string>();
  /** Notes already given to a unit, for the same reason. */
  readonly noted = new Set<string>();

  constructor(
    readonly parser: Parser,
    readonly access: FileAccess,
  ) {}

  /** `.tf` files of a directory, or undefined when there are none. */
  terraformFiles(dir: string): string[] | undefined {
    const listing = this.access.list(dir);
    const files = listing?.files.filter((f) => f.endsWith('.tf')).map((f) => inDir(dir, f));
    return files && files.length ? files : undefined;
  }

  parse(file: string): ParseOutcome {
    let outcome = this.parsed.get(file);
    if (!outcome) {
      const read = this.readText(file);
      if (!read.ok) outcome = { error: loadError(file, read) };
      else outcome = recentParses.get(file, read.text) ?? this.parseText(file, read.text);
      this.parsed.set(file, outcome);
    }
    return outcome;
  }

  private parseText(file: string, text: string): ParseOutcome {
    const parsed = parseHclWith(this.parser, text, file);
    const outcome = parsed.ok ? { file: parsed.file } : { error: parsed.error };
    recentParses.set(file, text, outcome);
    return outcome;
  }

  /** A file's text, read once per workspace (`file()` and `templatefile()` may name the same file many times). */
  readText(file: string): SourceText {
    let read = this.texts.get(file);
    if (!read) {
      read = this.access.read(file);
      if (read.ok) this.positions.set(file, new PositionMap(read.text));
      this.texts.set(file, read);
    }
    return read;
  }

  readonly positionsOf: PositionsOf = (file) => this.positions.get(file);
}

/** What one root module's load gathers besides resources. */
export class UnitState {
  readonly files = new Set<string>();
  readonly budget = new EvaluationBudget();
  readonly errors: LoadError[] = [];
  readonly notes: Note[] = [];

  constructor(
    readonly workspace: Workspace,
    /** The root module's directory, relative to the scan root. */
    readonly rootDir: string,
  ) {}

  /** Module sources already noted as not checked: one note per source, not per call. */
  readonly uncheckedSources = new Set<string>();
  private installed: ReadonlyMap<string, string> | undefined;

  /**
   * Where `terraform init` put the root's registry and git modules, by module
   * key (`networking`, `networking.subnets`), from `.terraform/modules/modules.json`;
   * empty before init.
   */
  installedModules(): ReadonlyMap<string, string> {
    this.installed ??= readInstalledModules(this.workspace, this.rootDir);
    return this.installed;
  }

  private readonly limitsReported = new Set<EvaluationLimitExceeded>();

  /** The load error of an exceeded limit, given once however many evaluations it stopped (a spent budget stops every later one). */
  limitExceeded(err: EvaluationLimitExceeded, fallbackFile: string): void {
    if (this.limitsReported.has(err)) return;
    this.limitsReported.add(err);
    this.errors.push(limitError(err, fallbackFile));
  }

  note(note: Note): void {
    const key = `${note.file}:${note.line}:${note.message}`;
    if (this.workspace.noted.has(key)) return;
    this.workspace.noted.add(key);
    this.notes.push(note);
  }

  /** Parses a file of the unit; its load error is reported by the first unit that meets it. */
  parse(file: string): HclFile | undefined {
    this.files.add(file);
    const outcome = this.workspace.parse(file);
    if (outcome.error && !this.workspace.reported.has(file)) {
      this.workspace.reported.add(file);
      this.errors.push(outcome.error);
    }
    return outcome.file;
  }
}

function readInstalledModules(workspace: Workspace, rootDir: string): ReadonlyMap<string, string> {
  const installed = new Map<string, string>();
  const manifest = workspace.access.list(path.posix.join(rootDir, '.terraform/modules'))?.files.includes('modules.json')
    ? workspace.readText(path.posix.join(rootDir, '.terraform/modules/modules.json'))
    : undefined;
  if (!manifest?.ok) return installed;
  let modules: unknown;
  try {
    modules = (JSON.parse(manifest.text) as { Modules?: unknown }).Modules;
  } catch {
    return installed;
  }
  if (!Array.isArray(modules)) return installed;
  for (const entry of modules as { Key?: unknown; Dir?: unknown }[]) {
    // The root module itself has the empty key; a Dir is relative to the root (where init ran).
    if (typeof entry?.Key === 'string' && entry.Key && typeof entry.Dir === 'string') installed.set(entry.Key, entry.Dir);
  }
  return installed;
}

export function loadError(file: string, failed: { message: string; line?: number; column?: number }): LoadError {
  const { message, line, column } = failed;
  return line === undefined ? { file, message } : { file, line, column, message };
}

