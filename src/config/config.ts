/**
 * `.sagelint.yml`: which rules run and how severe they are, required tags, path
 * excludes and suppressions. Found upward from the scan root, or named with
 * --config; validated against a JSON schema so mistakes are caught, not ignored.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { ErrorObject } from 'ajv';
import { CONFIG_SCHEMA } from './config-schema.js';
import { SEVERITIES, type Rule, type Severity } from '../core/rule.js';
import { DEFAULT_PRESET, presetHolds, type PresetName } from './presets.js';
import type { ExternalSuppression } from '../engine/suppressions.js';
import type { Path, Position } from '../model/location.js';
import { PositionMap } from '../loaders/source-text.js';

export const CONFIG_FILE_NAMES = ['.sagelint.yml', '.sagelint.yaml'];

type RuleSetting = 'off' | 'on' | Severity | { enabled?: boolean; severity?: Severity };

export interface ConfigFile {
  /** The preset the `rules` settings apply on top of (default `recommended`). */
  extends?: PresetName;
  rules?: Record<string, RuleSetting>;
  requiredTags?: string[];
  exclude?: string[];
  suppressions?: { rule: string; path?: string; resource?: string; reason: string; expires?: string }[];
  failOn?: Severity | 'none';
  inlineSuppressions?: boolean;
  /** CloudFormation parameter files per template glob: `"cfn/*.yaml": params/prod.json` (or a list of files). */
  parameters?: Record<string, string | string[]>;
  plugins?: string[];
  customRules?: string[];
}

export interface ResolvedConfig {
  /** The file it came from, if any. */
  file?: string;
  /** `extends`, else the default preset. */
  preset: PresetName;
  /** Rules the `rules` settings turn on (`on`, a severity, `enabled: true`), whether or not the preset holds them. */
  enabledRules: Set<string>;
  disabledRules: Set<string>;
  severityOverrides: Record<string, Severity>;
  requiredTags: string[];
  exclude: string[];
  suppressions: ExternalSuppression[];
  failOn?: Severity | 'none';
  inlineSuppressions: boolean;
  /** Parameter files (absolute paths) and the template glob each applies to, in the order written. */
  parameters?: { templates: string; file: string }[];
  /** Plugins as the file names them (folders relative to it, or package names), in order. */
  plugins?: string[];
  /** Declarative rule files (absolute paths), in order. */
  customRules?: string[];
  /** Where the file writes each of its entries, so that a report can point at one (absent for the defaults). */
  ranges?: ConfigRanges;
}

export interface TextRange {
  start: Position;
  end: Position;
}

/**
 * The text range of each entry of a config file, by its path (as JSON:
 * `["exclude",0]`, `["rules","SM001"]`, `[]` for the whole document): a list
 * item, or a map entry from its key to the end of its value. Plain data, so a
 * config still crosses to worker threads.
 */
export type ConfigRanges = Readonly<Record<string, TextRange>>;

/** The range `ranges` records for `at`, else for its nearest recorded ancestor. */
export function rangeOf(ranges: ConfigRanges | undefined, at: Path): TextRange | undefined {
  for (let depth = at.length; depth >= 0; depth--) {
    const range = ranges?.[JSON.stringify(at.slice(0, depth))];
    if (range) return range;
  }
  return undefined;
}

export class ConfigError extends Error {}

/** A config's text before it is resolved, from a file or from a git tree. */
export interface ConfigSource {
  text: string;
  /** How messages name it: its path, or `REF:path` for a trusted config. */
  label: string;
  /** The folder its relative paths start from (in the working tree). */
  dir: string;
  /** Reads a file it names as data (a rules file); default: from the working tree. */
  read?: (file: string) => string | undefined;
  /** Throws a ConfigError when a local plugin folder must not run (trusted mode: the working tree changed it). */
  vetPluginFolder?: (folder: string) => void;
}

/** What to do with rule IDs the catalog does not know: an error, except when reading a config only to compare it. */
export interface ConfigReading {
  unknownRules?: 'error' | 'keep';
}

export const EMPTY_CONFIG: ResolvedConfig = {
  preset: DEFAULT_PRESET,
  enabledRules: new Set(),
  disabledRules: new Set(),
  severityOverrides: {},
  requiredTags: [],
  exclude: [],
  suppressions: [],
  inlineSuppressions: true,
};

/**
 * The working tree's top folder: the nearest folder upward holding `.git` (a
 * folder, or the file of a linked worktree or submodule). Found on disk rather
 * than by running git, so a plain scan starts no process in the folders it reads.
 */
export function workingTreeTop(dir: string): string | undefined {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    if (existsSync(path.join(current, '.git'))) return current;
    if (path.dirname(current) === current) return undefined;
  }
}

/**
 * Finds the config upward from `startDir`, never above `topDir` (the
 * repository's top folder, or the scan root outside git): a file above it is
 * not the project's and may be anyone's. `exists` lets the search run over a
 * git tree instead of the working tree.
 */
export function findConfigFile(startDir: string, topDir: string, exists: (file: string) => boolean = existsSync): string | undefined {
  const top = path.resolve(topDir);
  for (let dir = path.resolve(startDir); ; dir = path.dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (exists(candidate)) return candidate;
    }
    if (dir === top || path.dirname(dir) === dir || path.relative(top, dir).startsWith('..')) return undefined;
  }
}

/** The config a scan of `root` reads: the one named, else the nearest upward within the working tree. */
export function configFileFor(root: string, explicit?: string): string | undefined {
  return explicit ? path.resolve(explicit) : findConfigFile(root, workingTreeTop(root) ?? root);
}

export async function loadConfig(file: string, rules: readonly Rule[], reading: ConfigReading = {}): Promise<ResolvedConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`${file}: cannot read config: ${(err as Error).message}`);
  }
  return parseConfig(text, file, rules, path.dirname(file), reading);
}

/** A config's text, read from a file or a git tree; `file` names it in messages. */
export function parseConfig(text: string, file: string, rules: readonly Rule[], dir = path.dirname(file), reading: ConfigReading = {}): ResolvedConfig {
  return resolveCheckedConfig(checkConfig(text, file), file, rules, dir, reading);
}

/**
 * A config parsed and held to the schema, before its rule IDs are checked:
 * what it asks to load besides sagelint's rules (`plugins`, `customRules`) is
 * read from it, and its rule settings may name the rules those bring.
 */
export interface CheckedConfig {
  data: ConfigFile;
  ranges: ConfigRanges;
}

/** Parses a config's text and checks it against the schema; `file` names it in messages. */
export function checkConfig(text: string, file: string): CheckedConfig {
  const doc = parseDocument(text, { prettyErrors: true });
  const error = doc.errors[0];
  if (error) throw new ConfigError(`${file}: ${error.message.split('\n')[0]}`);
  const ranges = entryRanges(doc.contents, text);
  return { data: validConfigData(doc.toJS() ?? {}, file, ranges), ranges };
}

/** A checked config resolved against the catalog (its own plugins' rules included); `dir` as for `resolveConfig`. */
export function resolveCheckedConfig({ data, ranges }: CheckedConfig, file: string, rules: readonly Rule[], dir = path.dirname(file), reading: ConfigReading = {}): ResolvedConfig {
  return { ...resolveValidConfig(data, file, rules, dir, reading), ranges };
}

/** The ranges of the document, its top-level entries and the entries one level below them (all a config has). */
function entryRanges(contents: Node | null, text: string): ConfigRanges {
  const positions = new PositionMap(text);
  const ranges: Record<string, TextRange> = {};
  const record = (at: Path, start: number | undefined, end: number | undefined) => {
    if (start === undefined || end === undefined) return;
    // A block collection's range takes in the line break after it: the entry ends on its last line.
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    ranges[JSON.stringify(at)] = { start: positions.at(start), end: positions.at(end) };
  };
  const children = (node: unknown, at: Path, depth: number) => {
    if (depth > 2) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const value = pair.value as Node | null;
        record([...at, key], pair.key.range?.[0], value?.range?.[1] ?? pair.key.range?.[1]);
        children(value, [...at, key], depth + 1);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        record([...at, index], (item as Node | null)?.range?.[0], (item as Node | null)?.range?.[1]);
        children(item, [...at, index], depth + 1);
      });
    }
  };
  // The document as a whole (for an entry it lacks) is pointed at by its first line.
  const first = contents?.range?.[0] ?? 0;
  record([], first, text.indexOf('\n', first) === -1 ? text.length : text.indexOf('\n', first));
  children(contents, [], 1);
  return ranges;
}

/** `dir` is the folder the file's relative paths start from: its own, or the working tree's for a config read from git; `ranges` (from `parseConfig`) lets a schema error name the line it is on. */
export function resolveConfig(data: unknown, file: string, rules: readonly Rule[], dir = path.dirname(file), reading: ConfigReading = {}, ranges?: ConfigRanges): ResolvedConfig {
  return resolveValidConfig(validConfigData(data, file, ranges), file, rules, dir, reading);
}

/** `data` if the schema holds it to be a config, else a ConfigError naming every problem (with its line, when `ranges` are known). */
function validConfigData(data: unknown, file: string, ranges: ConfigRanges | undefined): ConfigFile {
  // Required here, not imported: a scan without a config never loads the validator (it adds to every start-up).
  const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
  const validate = new Ajv({ allErrors: true, strict: false }).compile<ConfigFile>(CONFIG_SCHEMA);
  if (!validate(data)) throw new ConfigError((validate.errors ?? []).map((error) => `${file}${lineOf(error, ranges)}: ${describeSchemaError(error)}`).join('; '));
  return data;
}

function resolveValidConfig(data: ConfigFile, file: string, rules: readonly Rule[], dir: string, reading: ConfigReading): ResolvedConfig {
  const ids = rules.map((r) => r.id);
  const known = reading.unknownRules === 'keep' ? { has: () => true } : new Set(ids);
  const enabledRules = new Set<string>();
  const disabledRules = new Set<string>();
  const severityOverrides: Record<string, Severity> = {};
  for (const [id, setting] of Object.entries(data.rules ?? {})) {
    if (!known.has(id)) throw new ConfigError(`${file}: rules.${id}: no such rule (see \`sagelint rules\`)`);
    const { enabled, severity } = typeof setting === 'string' ? settingFromString(setting) : setting;
    // As in ESLint, a rule given a severity runs, whether or not the preset holds it.
    if (enabled === false) disabledRules.add(id);
    else if (enabled === true || severity) enabledRules.add(id);
    if (severity) severityOverrides[id] = severity;
  }
  for (const s of data.suppressions ?? []) {
    if (s.rule !== '*' && !known.has(s.rule)) throw new ConfigError(`${file}: suppressions: no such rule ${s.rule}`);
  }
  return {
    file,
    preset: data.extends ?? DEFAULT_PRESET,
    enabledRules,
    disabledRules,
    severityOverrides,
    requiredTags: data.requiredTags ?? [],
    exclude: data.exclude ?? [],
    suppressions: (data.suppressions ?? []).map((s) => ({ ...s, source: path.basename(file) })),
    failOn: data.failOn,
    inlineSuppressions: data.inlineSuppressions ?? true,
    // Parameter files are named relative to the config file, like everything it names.
    parameters: Object.entries(data.parameters ?? {}).flatMap(([templates, files]) =>
      (Array.isArray(files) ? files : [files]).map((f) => ({ templates, file: path.resolve(dir, f) })),
    ),
    plugins: data.plugins ?? [],
    customRules: (data.customRules ?? []).map((f) => path.resolve(dir, f)),
  };
}

function settingFromString(setting: string): { enabled?: boolean; severity?: Severity } {
  if (setting === 'off') return { enabled: false };
  if (setting === 'on') return { enabled: true };
  return { severity: setting as Severity };
}

/** `:line:column` of the entry an error is about (an unknown key: that key), when the text's ranges are known. */
function lineOf(error: ErrorObject, ranges: ConfigRanges | undefined): string {
  const at = error.instancePath.split('/').slice(1).map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment.replace(/~1/g, '/').replace(/~0/g, '~')));
  const range = rangeOf(ranges, error.keyword === 'additionalProperties' ? [...at, String(error.params.additionalProperty)] : at);
  return range ? `:${range.start.line}:${range.start.column}` : '';
}

/** The rules a config runs: its preset's, those its `rules` turn on, less those they turn off (before --rules and --skip-rules). */
export function configuredRules(config: ResolvedConfig, rules: readonly Rule[]): Rule[] {
  return rules.filter((rule) => !config.disabledRules.has(rule.id) && (config.enabledRules.has(rule.id) || presetHolds(config.preset, rule, config)));
}

function describeSchemaError(error: ErrorObject): string {
  const where = error.instancePath ? error.instancePath.slice(1).replace(/\//g, '.') : 'config';
  if (error.keyword === 'additionalProperties') return `${where}: unknown key '${String(error.params.additionalProperty)}'`;
  if (error.keyword === 'enum') return `${where}: must be one of ${(error.params.allowedValues as unknown[]).join(', ')}`;
  return `${where}: ${error.message ?? 'is invalid'}`;
}


/** One way a config weakens the gate another config sets. */
export interface GateWeakening {
  /** What it does, e.g. `excludes "**"`; values from the file are quoted as JSON, so none starts a line of a log. */
  description: string;
  /** Names the change by what it is, not where it is written (`["exclude","**"]`), so it stays the same when entries move. */
  key: Path;
  /** The entry of the config's document that makes the change (`["exclude",2]`); `[]`: the document as a whole. */
  at: Path;
}

/**
 * How `head` (the working tree's config, in a pull request) weakens the gate
 * that `base` (the base branch's) sets: suppressions, excludes and disabled
 * rules it adds, rules the base runs that its preset no longer holds, severities it lowers, a higher failOn, inline suppressions
 * turned on, required tags dropped.
 */
export function configWeakenings(base: ResolvedConfig, head: ResolvedConfig, rules: readonly Rule[]): GateWeakening[] {
  const changes: GateWeakening[] = [];
  const quote = (value: unknown) => JSON.stringify(value);
  const suppressionKey = (s: Pick<ExternalSuppression, 'rule' | 'path' | 'resource' | 'expires'>) => JSON.stringify([s.rule, s.path ?? null, s.resource ?? null, s.expires ?? null]);
  const baseSuppressions = new Set(base.suppressions.map(suppressionKey));
  head.suppressions.forEach((s, index) => {
    if (baseSuppressions.has(suppressionKey(s))) return;
    const scope = [s.path && `path ${quote(s.path)}`, s.resource && `resource ${quote(s.resource)}`, s.expires && `until ${quote(s.expires)}`].filter(Boolean);
    const description = `adds a suppression of ${s.rule === '*' ? 'every rule' : quote(s.rule)}${scope.length ? ` (${scope.join(', ')})` : ''}`;
    changes.push({ description, key: ['suppressions', suppressionKey(s)], at: ['suppressions', index] });
  });
  head.exclude.forEach((pattern, index) => {
    if (!base.exclude.includes(pattern)) changes.push({ description: `excludes ${quote(pattern)}`, key: ['exclude', pattern], at: ['exclude', index] });
  });
  const baseRuns = new Set(configuredRules(base, rules).map((r) => r.id));
  for (const id of [...head.disabledRules].filter((id) => baseRuns.has(id)).sort()) changes.push({ description: `turns off ${id}`, key: ['rules', id, 'enabled'], at: ['rules', id] });
  // A rule the base runs that the head no longer does without turning it off by name: another preset, or
  // a rules setting dropped that turned it on. (Dropped required tags, which stop TG001, are reported below.)
  const headRuns = new Set(configuredRules(head, rules).map((r) => r.id));
  for (const rule of rules.filter((r) => baseRuns.has(r.id) && !headRuns.has(r.id) && !head.disabledRules.has(r.id))) {
    if (head.preset !== base.preset) {
      changes.push({ description: `no longer runs ${rule.id} (extends ${quote(head.preset)} instead of ${quote(base.preset)})`, key: ['rules', rule.id, 'runs'], at: ['extends'] });
    } else if (base.enabledRules.has(rule.id)) {
      changes.push({ description: `no longer runs ${rule.id} (no longer turned on in its rules; ${quote(head.preset)} does not hold it)`, key: ['rules', rule.id, 'runs'], at: ['rules'] });
    }
  }
  for (const rule of rules) {
    const before = baseRuns.has(rule.id) ? (base.severityOverrides[rule.id] ?? rule.severity) : undefined;
    const after = head.severityOverrides[rule.id];
    if (before && after && SEVERITIES.indexOf(after) > SEVERITIES.indexOf(before)) {
      changes.push({ description: `lowers ${rule.id} from ${before} to ${after}`, key: ['rules', rule.id, 'severity'], at: ['rules', rule.id] });
    }
  }
  // A lower index fails on less: critical fails only on critical, none on nothing.
  const threshold = (failOn: Severity | 'none' | undefined) => (failOn === 'none' ? -1 : SEVERITIES.indexOf(failOn ?? 'low'));
  if (threshold(head.failOn) < threshold(base.failOn)) changes.push({ description: `raises failOn from ${base.failOn ?? 'low'} to ${head.failOn}`, key: ['failOn'], at: ['failOn'] });
  if (head.inlineSuppressions && !base.inlineSuppressions) changes.push({ description: 'turns inline suppressions on', key: ['inlineSuppressions'], at: ['inlineSuppressions'] });
  // A plugin runs code in every scan: whatever it is, a reviewer of the base branch must see it added.
  (head.plugins ?? []).forEach((plugin, index) => {
    if (!(base.plugins ?? []).includes(plugin)) changes.push({ description: `loads the plugin ${quote(plugin)}, code that runs in every scan`, key: ['plugins', plugin], at: ['plugins', index] });
  });
  for (const plugin of (base.plugins ?? []).filter((p) => !(head.plugins ?? []).includes(p))) {
    changes.push({ description: `no longer loads the plugin ${quote(plugin)} and its rules`, key: ['plugins', plugin], at: ['plugins'] });
  }
  for (const rulesFile of (base.customRules ?? []).filter((f) => !(head.customRules ?? []).includes(f))) {
    changes.push({ description: `no longer loads the rules of ${quote(path.basename(rulesFile))}`, key: ['customRules', path.basename(rulesFile)], at: ['customRules'] });
  }
  for (const tag of base.requiredTags.filter((t) => !head.requiredTags.includes(t))) {
    changes.push({ description: `no longer requires the tag ${quote(tag)}`, key: ['requiredTags', tag], at: ['requiredTags'] });
  }
  return changes;
}
