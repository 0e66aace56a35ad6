/**
 * Rules sagelint does not ship: plugin packages (code, the config's `plugins:`)
 * and declarative rule files (data, `customRules:`). Both give rule objects of
 * the same contract as sagelint's own, tagged with their origin, so they run,
 * report and are configured like any rule.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import semver from 'semver';
import { ConfigError, type ConfigFile, type ConfigSource } from './config.js';
import { compileRuleFile } from './declarative-rules.js';
import type { LoadError } from '../core/finding.js';
import { SEVERITIES, type Rule, type RuleOrigin, type RulePresets } from '../core/rule.js';
import { GATE_KINDS, RESOURCE_KINDS } from '../model/resource.js';

/**
 * The version of what `sagelint/rules` and `sagelint/testing` offer plugins.
 * A plugin states the range it needs (`export const apiVersion = '^1.0.0'`);
 * the major version changes when a rule written for the previous one may no
 * longer work.
 */
export const PLUGIN_API_VERSION = '1.0.0';

/** Rule IDs are letters then digits, as inline suppressions and the config write them. */
export const RULE_ID = /^[A-Z]+[0-9]+$/;

/** The prefixes of sagelint's own rules: a plugin rule never takes one, so no later release collides with it. */
const RESERVED_PREFIXES = ['SM', 'RS', 'TG', 'SL'];

const KNOWN_KINDS = new Set<string>([...RESOURCE_KINDS, ...GATE_KINDS]);

export interface LoadedExtensions {
  rules: Rule[];
  /** A plugin that failed to load, or one of its rules that is malformed: the rest still run. */
  errors: LoadError[];
}

/**
 * Loads every plugin and rules file the config (`source`, checked against the
 * schema as `list`) names. A plugin that cannot be
 * found, needs another plugin API version, or brings a rule ID that is taken
 * is a config error (exit 2); one that throws while loading, and each
 * malformed rule, is a load error and the other rules still run.
 */
export async function loadExtensions(source: ConfigSource, builtIn: readonly Rule[], list: Pick<ConfigFile, 'plugins' | 'customRules'>): Promise<LoadedExtensions> {
  const rules: Rule[] = [];
  const errors: LoadError[] = [];
  const taken = new Map(builtIn.map((r) => [r.id, 'sagelint']));
  const add = (rule: Rule) => {
    const owner = taken.get(rule.id);
    if (owner) throw new ConfigError(`${source.label}: ${describeOrigin(rule.origin!)}: rule ID ${rule.id} is already taken by ${owner === 'sagelint' ? "one of sagelint's rules" : owner}`);
    const prefix = /^[A-Z]+/.exec(rule.id)![0];
    if (RESERVED_PREFIXES.includes(prefix)) throw new ConfigError(`${source.label}: ${describeOrigin(rule.origin!)}: rule ID ${rule.id} uses the prefix ${prefix}, kept for sagelint's own rules`);
    taken.set(rule.id, describeOrigin(rule.origin!));
    rules.push(rule);
  };
  for (const spec of list.plugins ?? []) {
    const plugin = await loadPlugin(spec, source);
    for (const rule of plugin.rules) add(rule);
    errors.push(...plugin.errors);
  }
  for (const file of (list.customRules ?? []).map((f) => path.resolve(source.dir, f))) {
    const text = (source.read ?? readIfPresent)(file);
    if (text === undefined) throw new ConfigError(`${source.label}: customRules: cannot read ${file}`);
    const name = path.relative(source.dir, file).split(path.sep).join('/');
    for (const rule of compileRuleFile(text, file, { name })) add(rule);
  }
  return { rules, errors };
}

function readIfPresent(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

export function describeOrigin(origin: RuleOrigin): string {
  return `plugin ${origin.name}${origin.version ? `@${origin.version}` : ''}`;
}

interface PluginManifest {
  name?: unknown;
  version?: unknown;
  homepage?: unknown;
  main?: unknown;
  exports?: unknown;
}

async function loadPlugin(spec: string, source: ConfigSource): Promise<{ rules: Rule[]; errors: LoadError[] }> {
  const where = `${source.label}: plugins: ${JSON.stringify(spec)}`;
  const dir = pluginFolder(spec, source.dir, where);
  if (isLocal(spec)) source.vetPluginFolder?.(dir);
  const manifestFile = path.join(dir, 'package.json');
  let manifest: PluginManifest = {};
  if (existsSync(manifestFile)) {
    try {
      manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as PluginManifest;
    } catch (err) {
      throw new ConfigError(`${where}: ${manifestFile} is not valid JSON: ${(err as Error).message}`);
    }
  } else if (!isLocal(spec)) {
    throw new ConfigError(`${where}: ${dir} has no package.json`);
  }
  const origin: RuleOrigin = {
    name: typeof manifest.name === 'string' && manifest.name ? manifest.name : path.basename(dir),
    ...(typeof manifest.version === 'string' ? { version: manifest.version } : {}),
    ...(typeof manifest.homepage === 'string' ? { homepage: manifest.homepage } : {}),
  };
  const entry = entryOf(dir, manifest, where);
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(entry).href)) as Record<string, unknown>;
  } catch (err) {
    return { rules: [], errors: [{ file: source.label, message: `${describeOrigin(origin)} (${entry}) failed to load, so none of its rules ran: ${messageOf(err)}` }] };
  }
  // `export const apiVersion …; export const rules …`, or the same as one default export.
  const exported = (module.rules === undefined && module.default && typeof module.default === 'object' ? module.default : module) as Record<string, unknown>;
  const range = exported.apiVersion;
  if (typeof range !== 'string' || !semver.validRange(range)) {
    throw new ConfigError(`${where}: ${describeOrigin(origin)} does not state the plugin API version it needs as a semver range (export const apiVersion = '^${semver.major(PLUGIN_API_VERSION)}.0.0')`);
  }
  if (!semver.satisfies(PLUGIN_API_VERSION, range)) {
    throw new ConfigError(`${where}: ${describeOrigin(origin)} needs the sagelint plugin API ${range}, but this sagelint provides ${PLUGIN_API_VERSION}: install a version of the plugin made for it, or a sagelint that provides that API`);
  }
  if (!Array.isArray(exported.rules)) {
    return { rules: [], errors: [{ file: source.label, message: `${describeOrigin(origin)} exports no list of rules (export const rules = [...])` }] };
  }
  const rules: Rule[] = [];
  const errors: LoadError[] = [];
  for (const [index, candidate] of (exported.rules as unknown[]).entries()) {
    const checked = pluginRule(candidate, origin);
    if (typeof checked === 'string') {
      const id = (candidate as { id?: unknown } | null)?.id;
      errors.push({ file: source.label, message: `${describeOrigin(origin)}: rule ${typeof id === 'string' ? id : `#${index + 1}`} is not usable, so it did not run: ${checked}` });
    } else {
      rules.push(checked);
    }
  }
  return { rules, errors };
}

function isLocal(spec: string): boolean {
  return spec.startsWith('./') || spec.startsWith('../') || spec === '.' || spec === '..' || path.isAbsolute(spec);
}

/** npm's rules for a package name (scoped or not), so a name never walks out of node_modules. */
const PACKAGE_NAME = /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;

/** A local folder relative to the config, or a package in node_modules from the config's folder upward (as Node.js finds it). */
function pluginFolder(spec: string, configDir: string, where: string): string {
  if (isLocal(spec)) {
    const dir = path.resolve(configDir, spec);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new ConfigError(`${where}: no such folder ${dir}`);
    return dir;
  }
  if (!PACKAGE_NAME.test(spec)) throw new ConfigError(`${where}: neither a folder (start it with ./ or ../) nor an npm package name`);
  for (let dir = path.resolve(configDir); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', spec);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) break;
  }
  throw new ConfigError(`${where}: package not installed in or above ${configDir} (npm install --save-dev ${spec})`);
}

/** The module a plugin's package.json points at: `exports["."]` (import, node or default), `main`, else index.js. */
function entryOf(dir: string, manifest: PluginManifest, where: string): string {
  const target = conditional(manifest.exports && typeof manifest.exports === 'object' && '.' in manifest.exports ? (manifest.exports as Record<string, unknown>)['.'] : manifest.exports) ?? (typeof manifest.main === 'string' ? manifest.main : 'index.js');
  const entry = path.resolve(dir, target);
  if (path.relative(dir, entry).startsWith('..')) throw new ConfigError(`${where}: its entry ${target} lies outside the plugin's folder`);
  if (!existsSync(entry)) throw new ConfigError(`${where}: no entry module ${entry}`);
  return entry;
}

function conditional(target: unknown): string | undefined {
  if (typeof target === 'string') return target;
  if (!target || typeof target !== 'object') return undefined;
  for (const condition of ['import', 'node', 'default']) {
    const found = conditional((target as Record<string, unknown>)[condition]);
    if (found) return found;
  }
  return undefined;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * A plugin's rule checked against the contract, with the optional parts
 * filled in and its origin set; a string says what is wrong with it.
 */
function pluginRule(candidate: unknown, origin: RuleOrigin): Rule | string {
  if (!candidate || typeof candidate !== 'object') return 'not a rule object (use defineRule)';
  const rule = candidate as Partial<Rule>;
  if (typeof rule.id !== 'string' || !RULE_ID.test(rule.id)) return `its id must be upper-case letters then digits (e.g. ACME001), not ${JSON.stringify(rule.id)}`;
  if (typeof rule.name !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(rule.name)) return 'its name must be lower-case words joined by hyphens';
  if (!SEVERITIES.includes(rule.severity!)) return `its severity must be one of ${SEVERITIES.join(', ')}`;
  const unknownKinds = Array.isArray(rule.appliesTo) ? rule.appliesTo.filter((k) => !KNOWN_KINDS.has(k)) : undefined;
  if (!unknownKinds || rule.appliesTo!.length === 0) return 'appliesTo must list the resource kinds it checks';
  if (unknownKinds.length) return `appliesTo names unknown resource kinds: ${unknownKinds.join(', ')}`;
  if (typeof rule.check !== 'function') return 'it has no check function';
  if (rule.prepare !== undefined && typeof rule.prepare !== 'function') return 'prepare must be a function';
  const docs = rule.docs;
  if (!docs || typeof docs.summary !== 'string' || typeof docs.description !== 'string') return 'docs must give a summary and a description';
  const presets = rule.presets as Partial<RulePresets> | undefined;
  const recommended = presets?.recommended;
  const validRecommended = typeof recommended === 'boolean' || (typeof recommended === 'object' && recommended !== null && recommended.whenConfigured === 'requiredTags');
  if (!validRecommended || typeof presets?.reason !== 'string') {
    return "presets must say whether the default preset runs it and why: { recommended: true | false | { whenConfigured: 'requiredTags' }, reason: '…' }";
  }
  return {
    ...rule,
    id: rule.id,
    name: rule.name,
    severity: rule.severity!,
    appliesTo: rule.appliesTo!,
    fixable: rule.fixable === true,
    presets: { recommended: recommended!, reason: presets!.reason! },
    tags: Array.isArray(rule.tags) ? rule.tags.filter((t): t is string => typeof t === 'string') : [],
    docs: { ...docs, risk: typeof docs.risk === 'string' ? docs.risk : '', guidance: Array.isArray(docs.guidance) ? docs.guidance : [], remediation: docs.remediation ?? {} },
    check: rule.check.bind(rule),
    ...(rule.prepare ? { prepare: rule.prepare.bind(rule) } : {}),
    origin,
  };
}
