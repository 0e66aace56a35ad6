/**
 * Trusted mode for pull requests: the config and the baseline that judge a
 * pull request come from the base branch's git tree, not from the working
 * tree the pull request controls (`--config-from-ref`, `--baseline-from-ref`).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BASELINE_VERSION, baselineAdditions, DEFAULT_BASELINE_FILE, parseBaseline, readBaseline, type BaselineFile } from '../config/baseline.js';
import {
  ConfigError,
  configFileFor,
  type ConfigSource,
  configWeakenings,
  EMPTY_CONFIG,
  findConfigFile,
  loadConfig,
  parseConfig,
  rangeOf,
  type ResolvedConfig,
  type TextRange,
} from '../config/config.js';
import type { Rule } from '../core/rule.js';
import { parseStructuredText } from '../loaders/structured-text.js';
import type { LoadedUnit } from '../core/unit.js';
import { toRelative } from '../loaders/walk.js';
import type { Path, SourceLocation } from '../model/location.js';
import type { Resource, ResourceKind } from '../model/resource.js';
import { get, scalar, type MapValue, type Value } from '../model/value.js';
import type { ScanArgs } from './scan-command.js';
import { fileAtCommit, filesChangedSince, gitTopLevel, resolveCommit, type GitAnswer } from './changed-files.js';

interface AtRef {
  top: string;
  commit: string;
  read(file: string): string | undefined;
}

function atRef(root: string, option: string, ref: string): AtRef {
  const top = gitTopLevel(root);
  const commit = resolveCommit(root, ref);
  if (!commit.ok) throw new ConfigError(`${option} ${JSON.stringify(ref)}: ${commit.message}`);
  if (top === undefined) throw new ConfigError(`${option}: not inside a git repository`);
  const read = (file: string) => orThrow(fileAtCommit(top, commit.value, file), option, ref);
  return { top, commit: commit.value, read };
}

function orThrow<T>(answer: GitAnswer<T>, option: string, ref: string): T {
  if (!answer.ok) throw new ConfigError(`${option} ${JSON.stringify(ref)}: ${answer.message}`);
  return answer.value;
}

/** Where a file of the working tree is in REF's tree, for messages: `REF:path`. */
function label(at: AtRef, ref: string, file: string): string {
  return `${ref}:${path.relative(at.top, file).split(path.sep).join('/')}`;
}

/**
 * The config as REF has it: the `--config` path, else `.sagelint.yml` found
 * upward from the scan root within REF's tree. None there: the defaults, whatever
 * the working tree holds.
 */
export function configFromRef(root: string, ref: string, explicit: string | undefined, catalog: readonly Rule[]): ResolvedConfig {
  const source = configSourceFromRef(root, ref, explicit);
  return source ? parseConfig(source.text, source.label, catalog, source.dir) : EMPTY_CONFIG;
}

/**
 * The trusted config's text as REF has it, with what it names read from REF
 * too: rules files come from REF's tree, and a local plugin folder runs only
 * when the working tree holds it exactly as REF does (the working tree is the
 * pull request's, and a plugin runs code).
 */
export function configSourceFromRef(root: string, ref: string, explicit: string | undefined): ConfigSource | undefined {
  const at = atRef(root, '--config-from-ref', ref);
  const file = configFileAt(at, root, explicit);
  const text = file ? at.read(file) : undefined;
  if (file === undefined || text === undefined) return undefined;
  const where = label(at, ref, file);
  return {
    text,
    label: where,
    dir: path.dirname(file),
    read: (rulesFile) => at.read(rulesFile),
    vetPluginFolder: (folder) => {
      const changed = orThrow(filesChangedSince(at.top, at.commit, folder), '--config-from-ref', ref);
      if (changed.length) {
        throw new ConfigError(
          `${where}: plugin folder ${path.relative(at.top, folder) || '.'} differs from ${ref} in the working tree (${changed.slice(0, 3).join(', ')}${changed.length > 3 ? ', …' : ''}): trusted mode runs no plugin code that the change under review wrote`,
        );
      }
    },
  };
}

/** The config file (absolute path in the working tree) that REF's tree holds for a scan of `root`. */
function configFileAt(at: AtRef, root: string, explicit: string | undefined): string | undefined {
  return explicit ? path.resolve(explicit) : findConfigFile(root, at.top, (candidate) => at.read(candidate) !== undefined);
}

/** The baseline as REF has it; none there: an empty one, so every finding is new. */
export function baselineFromRef(root: string, ref: string, file: string): { baseline: BaselineFile; label: string } {
  const at = atRef(root, '--baseline-from-ref', ref);
  const where = label(at, ref, path.resolve(file));
  const text = at.read(path.resolve(file));
  return { baseline: text === undefined ? { version: BASELINE_VERSION, findings: [] } : parseBaseline(text, where), label: where };
}

/** What the working tree's own config and baseline would change about the trusted gate. */
export interface WorkingTreeGate {
  /** One resource per gate file that weakens the gate (kinds SagelintConfig, SagelintBaseline), for SL002 to report. */
  unit: LoadedUnit;
  /** A gate file of the working tree that cannot be read (and so would break the gate once merged): one warning line each. */
  warnings: string[];
}

/** One weakening as the model holds it: what it does, what names it, and where the file writes it. */
interface LocatedWeakening {
  description: string;
  key: Path;
  range?: TextRange;
}

/**
 * What the working tree's own config and baseline would change about the
 * gate, in trusted mode (where they are not applied): each way they weaken it,
 * located at the entry that does, for the pull request's reviewers.
 */
export async function workingTreeGateChanges(
  root: string,
  args: Pick<ScanArgs, 'config' | 'config-from-ref' | 'baseline' | 'baseline-from-ref' | 'preset'>,
  trusted: { config: ResolvedConfig; baseline?: BaselineFile },
  catalog: readonly Rule[],
): Promise<WorkingTreeGate> {
  const resources: Resource[] = [];
  const warnings: string[] = [];
  const configRef = args['config-from-ref'];
  if (configRef) {
    const file = configFileFor(root, args.config);
    try {
      // Read to compare only: its plugins are never loaded, so rules it configures that only they bring are kept by ID.
      const own = file ? await loadConfig(file, catalog, { unknownRules: 'keep' }) : EMPTY_CONFIG;
      // --preset replaces both files' extends: the gate is what the two would run under it.
      const preset = <T extends ResolvedConfig>(config: T): T => (args.preset ? { ...config, preset: args.preset } : config);
      const changes = configWeakenings(preset(trusted.config), preset(own), catalog).map(({ description, key, at }) => ({ description, key, range: rangeOf(own.ranges, at) }));
      // A working tree without a config drops what the trusted one requires: those changes are located at the file it deleted.
      const where = file ?? configFileAt(atRef(root, '--config-from-ref', configRef), root, undefined);
      if (changes.length && where) resources.push(gateResource('SagelintConfig', 'sagelint config', toRelative(root, where), configRef, changes));
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      warnings.push(`the working tree's config cannot be read: ${JSON.stringify(err.message)}`);
    }
  }
  const baselineRef = args['baseline-from-ref'];
  const file = path.resolve(args.baseline ?? DEFAULT_BASELINE_FILE);
  if (baselineRef && trusted.baseline && existsSync(file)) {
    try {
      const own = await readBaseline(file);
      const added = baselineAdditions(trusted.baseline, own);
      if (added.length) {
        const located = parseStructuredText(await readFile(file, 'utf8'), file);
        const rangeOfEntry = (index: number): TextRange | undefined => {
          const entry = located.ok ? get(located.doc.value, 'findings', index) : undefined;
          return entry && entry.t !== 'omitted' && entry.loc.kind === 'source' ? { start: entry.loc.start, end: entry.loc.end } : undefined;
        };
        const changes = added.map((entry) => ({
          description: `accepts a finding of ${JSON.stringify(entry.ruleId)} on ${JSON.stringify(entry.resource)}`,
          key: ['findings', entry.fingerprint],
          range: rangeOfEntry(own.findings.indexOf(entry)),
        }));
        resources.push(gateResource('SagelintBaseline', 'sagelint baseline', toRelative(root, file), baselineRef, changes));
      }
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      warnings.push(`the working tree's baseline cannot be read: ${JSON.stringify(err.message)}`);
    }
  }
  const files = resources.map((r) => r.id);
  return { unit: { files, resources, errors: [], notes: [] }, warnings };
}

/**
 * A gate file as the model holds it: `TrustedRef` (the ref whose file judges
 * the scan) and `Weakenings`, one string each, located at the entry that
 * makes it; each one's path is its key, so findings keep their fingerprints
 * when entries move.
 */
function gateResource(kind: ResourceKind, type: string, file: string, trustedRef: string, changes: readonly LocatedWeakening[]): Resource {
  const start = { line: 1, column: 1, offset: 0 };
  const at = (range: TextRange | undefined, key: Path): SourceLocation => ({ kind: 'source', file, start: range?.start ?? start, end: range?.end ?? start, path: key });
  const whole = at(undefined, []);
  const weakenings = { t: 'list' as const, items: changes.map((c) => scalar(c.description, at(c.range, c.key))), loc: at(undefined, ['Weakenings']) };
  const props: MapValue = {
    t: 'map',
    entries: new Map<string, Value>([
      ['TrustedRef', scalar(trustedRef, at(undefined, ['TrustedRef']))],
      ['Weakenings', weakenings],
    ]),
    keyLocs: new Map(),
    loc: whole,
  };
  return { kind, id: file, type, source: 'sagelint', loc: whole, props, suppressions: [], aliases: [] };
}
