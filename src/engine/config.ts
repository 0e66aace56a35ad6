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
import type { Rule, Severity } from './rule.js';
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

/** Finds the config upward from `startDir`, stopping at the filesystem root. */
export function findConfigFile(startDir: string): string | undefined {
  for (let dir = path.resolve(startDir); ; dir = path.dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

export async function loadConfig(file: string, rules: readonly Rule[]): Promise<ResolvedConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`${file}: cannot read config: ${(err as Error).message}`);
  }
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

