/**
 * `.sagelint.yml`: which rules run and how severe they are, required tags, path
 * excludes and suppressions. Found upward from the scan root, or named with
 * --config; validated against a JSON schema so mistakes are caught, not ignored.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { Ajv, type ErrorObject } from 'ajv';
import { CONFIG_SCHEMA } from './config-schema.js';
import { SEVERITIES, type Rule, type Severity } from './rule.js';
import type { ExternalSuppression } from './suppressions.js';

export const CONFIG_FILE_NAMES = ['.sagelint.yml', '.sagelint.yaml'];

type RuleSetting = 'off' | 'on' | Severity | { enabled?: boolean; severity?: Severity };

export interface ConfigFile {
  rules?: Record<string, RuleSetting>;
  requiredTags?: string[];
  exclude?: string[];
  suppressions?: { rule: string; path?: string; resource?: string; reason: string; expires?: string }[];
  failOn?: Severity | 'none';
  inlineSuppressions?: boolean;
  /** CloudFormation parameter files per template glob: `"cfn/*.yaml": params/prod.json` (or a list of files). */
  parameters?: Record<string, string | string[]>;
}

export interface ResolvedConfig {
  /** The file it came from, if any. */
  file?: string;
  disabledRules: Set<string>;
  severityOverrides: Record<string, Severity>;
  requiredTags: string[];
  exclude: string[];
  suppressions: ExternalSuppression[];
  failOn?: Severity | 'none';
  inlineSuppressions: boolean;
  /** Parameter files (absolute paths) and the template glob each applies to, in the order written. */
  parameters?: { templates: string; file: string }[];
}

export class ConfigError extends Error {}

export const EMPTY_CONFIG: ResolvedConfig = {
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

export async function loadConfig(file: string, rules: readonly Rule[]): Promise<ResolvedConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`${file}: cannot read config: ${(err as Error).message}`);
  }
  return parseConfig(text, file, rules);
}

/** A config's text, read from a file or a git tree; `file` names it in messages. */
export function parseConfig(text: string, file: string, rules: readonly Rule[]): ResolvedConfig {
  let data: unknown;
  try {
    data = parse(text, { prettyErrors: true }) ?? {};
  } catch (err) {
    throw new ConfigError(`${file}: ${(err as Error).message.split('\n')[0]}`);
  }
  return resolveConfig(data, file, rules);
}

export function resolveConfig(data: unknown, file: string, rules: readonly Rule[]): ResolvedConfig {
  const validate = new Ajv({ allErrors: true, strict: false }).compile<ConfigFile>(CONFIG_SCHEMA);
  if (!validate(data)) throw new ConfigError(`${file}: ${(validate.errors ?? []).map(describeSchemaError).join('; ')}`);
  const known = new Set(rules.map((r) => r.id));
  const disabledRules = new Set<string>();
  const severityOverrides: Record<string, Severity> = {};
  for (const [id, setting] of Object.entries(data.rules ?? {})) {
    if (!known.has(id)) throw new ConfigError(`${file}: rules.${id}: no such rule (see \`sagelint rules\`)`);
    const { enabled, severity } = typeof setting === 'string' ? settingFromString(setting) : setting;
    if (enabled === false) disabledRules.add(id);
    if (severity) severityOverrides[id] = severity;
  }
  for (const s of data.suppressions ?? []) {
    if (s.rule !== '*' && !known.has(s.rule)) throw new ConfigError(`${file}: suppressions: no such rule ${s.rule}`);
  }
  return {
    file,
    disabledRules,
    severityOverrides,
    requiredTags: data.requiredTags ?? [],
    exclude: data.exclude ?? [],
    suppressions: (data.suppressions ?? []).map((s) => ({ ...s, source: path.basename(file) })),
    failOn: data.failOn,
    inlineSuppressions: data.inlineSuppressions ?? true,
    // Parameter files are named relative to the config file, like everything it names.
    parameters: Object.entries(data.parameters ?? {}).flatMap(([templates, files]) =>
      (Array.isArray(files) ? files : [files]).map((f) => ({ templates, file: path.resolve(path.dirname(file), f) })),
    ),
  };
}

function settingFromString(setting: string): { enabled?: boolean; severity?: Severity } {
  if (setting === 'off') return { enabled: false };
  if (setting === 'on') return { enabled: true };
  return { severity: setting as Severity };
}

function describeSchemaError(error: ErrorObject): string {
  const where = error.instancePath ? error.instancePath.slice(1).replace(/\//g, '.') : 'config';
  if (error.keyword === 'additionalProperties') return `${where}: unknown key '${String(error.params.additionalProperty)}'`;
  if (error.keyword === 'enum') return `${where}: must be one of ${(error.params.allowedValues as unknown[]).join(', ')}`;
  return `${where}: ${error.message ?? 'is invalid'}`;
}


/**
 * How `head` (the working tree's config, in a pull request) weakens the gate
 * that `base` (the base branch's) sets: suppressions, excludes and disabled
 * rules it adds, severities it lowers, a higher failOn, inline suppressions
 * turned on, required tags dropped. One line per change; values are quoted as
 * JSON, so nothing from the file starts a line of a log.
 */
export function configWeakenings(base: ResolvedConfig, head: ResolvedConfig, rules: readonly Rule[]): string[] {
  const changes: string[] = [];
  const quote = (value: unknown) => JSON.stringify(value);
  const suppressionKey = (s: ExternalSuppression) => JSON.stringify([s.rule, s.path ?? null, s.resource ?? null, s.expires ?? null]);
  const baseSuppressions = new Set(base.suppressions.map(suppressionKey));
  for (const s of head.suppressions.filter((s) => !baseSuppressions.has(suppressionKey(s)))) {
    const scope = [s.path && `path ${quote(s.path)}`, s.resource && `resource ${quote(s.resource)}`, s.expires && `until ${quote(s.expires)}`].filter(Boolean);
    changes.push(`adds a suppression of ${s.rule === '*' ? 'every rule' : quote(s.rule)}${scope.length ? ` (${scope.join(', ')})` : ''}`);
  }
  for (const pattern of head.exclude.filter((p) => !base.exclude.includes(p))) changes.push(`excludes ${quote(pattern)}`);
  for (const id of [...head.disabledRules].filter((id) => !base.disabledRules.has(id)).sort()) changes.push(`turns off ${id}`);
  for (const rule of rules) {
    const before = base.disabledRules.has(rule.id) ? undefined : (base.severityOverrides[rule.id] ?? rule.severity);
    const after = head.severityOverrides[rule.id];
    if (before && after && SEVERITIES.indexOf(after) > SEVERITIES.indexOf(before)) changes.push(`lowers ${rule.id} from ${before} to ${after}`);
  }
  // A lower index fails on less: critical fails only on critical, none on nothing.
  const threshold = (failOn: Severity | 'none' | undefined) => (failOn === 'none' ? -1 : SEVERITIES.indexOf(failOn ?? 'low'));
  if (threshold(head.failOn) < threshold(base.failOn)) changes.push(`raises failOn from ${base.failOn ?? 'low'} to ${head.failOn}`);
  if (head.inlineSuppressions && !base.inlineSuppressions) changes.push('turns inline suppressions on');
  for (const tag of base.requiredTags.filter((t) => !head.requiredTags.includes(t))) changes.push(`no longer requires the tag ${quote(tag)}`);
  return changes;
}
