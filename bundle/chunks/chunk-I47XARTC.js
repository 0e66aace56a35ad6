import {
  DEFAULT_PRESET,
  PRESET_NAMES,
  presetHolds
} from "./chunk-RKEFTAZU.js";
import {
  PositionMap,
  require_dist
} from "./chunk-HCU2I2RT.js";
import {
  SEVERITIES
} from "./chunk-2I7KX7CV.js";
import {
  __toESM
} from "./chunk-RM4BNA5F.js";

// src/config/config.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { readFile } from "node:fs/promises";
import path from "node:path";

// src/config/config-schema.ts
var severity = { enum: ["critical", "high", "medium", "low"] };
var CONFIG_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/sagelint/sagelint/schema/sagelint-config.schema.json",
  title: "sagelint configuration (.sagelint.yml)",
  type: "object",
  additionalProperties: false,
  properties: {
    extends: {
      description: "The rule preset the `rules` settings apply on top of: recommended (the default), strict (every rule) or security-hub (the rules with a Security Hub control). See docs/presets.md.",
      enum: PRESET_NAMES
    },
    rules: {
      description: "Per rule, on top of the preset: off, on, a severity override (which also turns the rule on), or { enabled, severity }.",
      type: "object",
      additionalProperties: {
        oneOf: [
          { enum: ["off", "on", "critical", "high", "medium", "low"] },
          {
            type: "object",
            additionalProperties: false,
            properties: { enabled: { type: "boolean" }, severity }
          }
        ]
      }
    },
    requiredTags: {
      description: "Tag keys every taggable SageMaker and Redshift resource must carry (TG001).",
      type: "array",
      items: { type: "string", minLength: 1 },
      uniqueItems: true
    },
    exclude: {
      description: "Globs, relative to the scan root, of files and folders not to scan.",
      type: "array",
      items: { type: "string", minLength: 1 }
    },
    suppressions: {
      description: "Findings to accept, each with a reason; an expired entry stops applying.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["rule", "reason"],
        properties: {
          rule: { type: "string", pattern: "^([A-Z]+[0-9]+|\\*)$" },
          path: { type: "string", minLength: 1 },
          resource: { type: "string", minLength: 1 },
          reason: { type: "string", minLength: 3 },
          expires: { type: "string", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }
        }
      }
    },
    failOn: { enum: ["critical", "high", "medium", "low", "none"] },
    inlineSuppressions: { type: "boolean", description: "Honour suppressions written in templates (default true)." },
    plugins: {
      description: "Rule plugins to load: a folder relative to this file (starting with ./ or ../) or the name of an npm package installed where this file is. A plugin runs code: see docs/plugins.md. In trusted mode only the trusted config names plugins.",
      type: "array",
      items: { type: "string", minLength: 1 },
      uniqueItems: true
    },
    customRules: {
      description: "Declarative rule files (YAML, relative to this file): property and tag requirements, see docs/plugins.md.",
      type: "array",
      items: { type: "string", minLength: 1 },
      uniqueItems: true
    },
    parameters: {
      description: 'CloudFormation parameter values, per template glob (relative to the scan root): a parameter file or a list of them, relative to this file. CloudFormation CLI JSON ([{ParameterKey, ParameterValue}]), CodePipeline template configuration ({"Parameters": {…}}) or samconfig.toml (parameter_overrides); later files win.',
      type: "object",
      additionalProperties: {
        oneOf: [
          { type: "string", minLength: 1 },
          { type: "array", items: { type: "string", minLength: 1 }, minItems: 1 }
        ]
      }
    }
  }
};

// src/config/config.ts
var CONFIG_FILE_NAMES = [".sagelint.yml", ".sagelint.yaml"];
function rangeOf(ranges, at) {
  for (let depth = at.length; depth >= 0; depth--) {
    const range = ranges?.[JSON.stringify(at.slice(0, depth))];
    if (range) return range;
  }
  return void 0;
}
var ConfigError = class extends Error {
};
var EMPTY_CONFIG = {
  preset: DEFAULT_PRESET,
  enabledRules: /* @__PURE__ */ new Set(),
  disabledRules: /* @__PURE__ */ new Set(),
  severityOverrides: {},
  requiredTags: [],
  exclude: [],
  suppressions: [],
  inlineSuppressions: true
};
function workingTreeTop(dir) {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    if (existsSync(path.join(current, ".git"))) return current;
    if (path.dirname(current) === current) return void 0;
  }
}
function findConfigFile(startDir, topDir, exists = existsSync) {
  const top = path.resolve(topDir);
  for (let dir = path.resolve(startDir); ; dir = path.dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (exists(candidate)) return candidate;
    }
    if (dir === top || path.dirname(dir) === dir || path.relative(top, dir).startsWith("..")) return void 0;
  }
}
function configFileFor(root, explicit) {
  return explicit ? path.resolve(explicit) : findConfigFile(root, workingTreeTop(root) ?? root);
}
async function loadConfig(file, rules, reading = {}) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    throw new ConfigError(`${file}: cannot read config: ${err.message}`);
  }
  return parseConfig(text, file, rules, path.dirname(file), reading);
}
function parseConfig(text, file, rules, dir = path.dirname(file), reading = {}) {
  return resolveCheckedConfig(checkConfig(text, file), file, rules, dir, reading);
}
function checkConfig(text, file) {
  const doc = (0, import_yaml.parseDocument)(text, { prettyErrors: true });
  const error = doc.errors[0];
  if (error) throw new ConfigError(`${file}: ${error.message.split("\n")[0]}`);
  const ranges = entryRanges(doc.contents, text);
  return { data: validConfigData(doc.toJS() ?? {}, file, ranges), ranges };
}
function resolveCheckedConfig({ data, ranges }, file, rules, dir = path.dirname(file), reading = {}) {
  return { ...resolveValidConfig(data, file, rules, dir, reading), ranges };
}
function entryRanges(contents, text) {
  const positions = new PositionMap(text);
  const ranges = {};
  const record = (at, start, end) => {
    if (start === void 0 || end === void 0) return;
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    ranges[JSON.stringify(at)] = { start: positions.at(start), end: positions.at(end) };
  };
  const children = (node, at, depth) => {
    if (depth > 2) return;
    if ((0, import_yaml.isMap)(node)) {
      for (const pair of node.items) {
        if (!(0, import_yaml.isPair)(pair) || !(0, import_yaml.isScalar)(pair.key)) continue;
        const key = String(pair.key.value);
        const value = pair.value;
        record([...at, key], pair.key.range?.[0], value?.range?.[1] ?? pair.key.range?.[1]);
        children(value, [...at, key], depth + 1);
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      node.items.forEach((item, index) => {
        record([...at, index], item?.range?.[0], item?.range?.[1]);
        children(item, [...at, index], depth + 1);
      });
    }
  };
  const first = contents?.range?.[0] ?? 0;
  record([], first, text.indexOf("\n", first) === -1 ? text.length : text.indexOf("\n", first));
  children(contents, [], 1);
  return ranges;
}
function validConfigData(data, file, ranges) {
  const { Ajv } = createRequire(import.meta.url)("ajv");
  const validate = new Ajv({ allErrors: true, strict: false }).compile(CONFIG_SCHEMA);
  if (!validate(data)) throw new ConfigError((validate.errors ?? []).map((error) => `${file}${lineOf(error, ranges)}: ${describeSchemaError(error)}`).join("; "));
  return data;
}
function resolveValidConfig(data, file, rules, dir, reading) {
  const ids = rules.map((r) => r.id);
  const known = reading.unknownRules === "keep" ? { has: () => true } : new Set(ids);
  const enabledRules = /* @__PURE__ */ new Set();
  const disabledRules = /* @__PURE__ */ new Set();
  const severityOverrides = {};
  for (const [id, setting] of Object.entries(data.rules ?? {})) {
    if (!known.has(id)) throw new ConfigError(`${file}: rules.${id}: no such rule (see \`sagelint rules\`)`);
    const { enabled, severity: severity2 } = typeof setting === "string" ? settingFromString(setting) : setting;
    if (enabled === false) disabledRules.add(id);
    else if (enabled === true || severity2) enabledRules.add(id);
    if (severity2) severityOverrides[id] = severity2;
  }
  for (const s of data.suppressions ?? []) {
    if (s.rule !== "*" && !known.has(s.rule)) throw new ConfigError(`${file}: suppressions: no such rule ${s.rule}`);
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
    parameters: Object.entries(data.parameters ?? {}).flatMap(
      ([templates, files]) => (Array.isArray(files) ? files : [files]).map((f) => ({ templates, file: path.resolve(dir, f) }))
    ),
    plugins: data.plugins ?? [],
    customRules: (data.customRules ?? []).map((f) => path.resolve(dir, f))
  };
}
function settingFromString(setting) {
  if (setting === "off") return { enabled: false };
  if (setting === "on") return { enabled: true };
  return { severity: setting };
}
function lineOf(error, ranges) {
  const at = error.instancePath.split("/").slice(1).map((segment) => /^\d+$/.test(segment) ? Number(segment) : segment.replace(/~1/g, "/").replace(/~0/g, "~"));
  const range = rangeOf(ranges, error.keyword === "additionalProperties" ? [...at, String(error.params.additionalProperty)] : at);
  return range ? `:${range.start.line}:${range.start.column}` : "";
}
function configuredRules(config, rules) {
  return rules.filter((rule) => !config.disabledRules.has(rule.id) && (config.enabledRules.has(rule.id) || presetHolds(config.preset, rule, config)));
}
function describeSchemaError(error) {
  const where = error.instancePath ? error.instancePath.slice(1).replace(/\//g, ".") : "config";
  if (error.keyword === "additionalProperties") return `${where}: unknown key '${String(error.params.additionalProperty)}'`;
  if (error.keyword === "enum") return `${where}: must be one of ${error.params.allowedValues.join(", ")}`;
  return `${where}: ${error.message ?? "is invalid"}`;
}
function configWeakenings(base, head, rules) {
  const changes = [];
  const quote = (value) => JSON.stringify(value);
  const suppressionKey = (s) => JSON.stringify([s.rule, s.path ?? null, s.resource ?? null, s.expires ?? null]);
  const baseSuppressions = new Set(base.suppressions.map(suppressionKey));
  head.suppressions.forEach((s, index) => {
    if (baseSuppressions.has(suppressionKey(s))) return;
    const scope = [s.path && `path ${quote(s.path)}`, s.resource && `resource ${quote(s.resource)}`, s.expires && `until ${quote(s.expires)}`].filter(Boolean);
    const description = `adds a suppression of ${s.rule === "*" ? "every rule" : quote(s.rule)}${scope.length ? ` (${scope.join(", ")})` : ""}`;
    changes.push({ description, key: ["suppressions", suppressionKey(s)], at: ["suppressions", index] });
  });
  head.exclude.forEach((pattern, index) => {
    if (!base.exclude.includes(pattern)) changes.push({ description: `excludes ${quote(pattern)}`, key: ["exclude", pattern], at: ["exclude", index] });
  });
  const baseRuns = new Set(configuredRules(base, rules).map((r) => r.id));
  for (const id of [...head.disabledRules].filter((id2) => baseRuns.has(id2)).sort()) changes.push({ description: `turns off ${id}`, key: ["rules", id, "enabled"], at: ["rules", id] });
  const headRuns = new Set(configuredRules(head, rules).map((r) => r.id));
  for (const rule of rules.filter((r) => baseRuns.has(r.id) && !headRuns.has(r.id) && !head.disabledRules.has(r.id))) {
    if (head.preset !== base.preset) {
      changes.push({ description: `no longer runs ${rule.id} (extends ${quote(head.preset)} instead of ${quote(base.preset)})`, key: ["rules", rule.id, "runs"], at: ["extends"] });
    } else if (base.enabledRules.has(rule.id)) {
      changes.push({ description: `no longer runs ${rule.id} (no longer turned on in its rules; ${quote(head.preset)} does not hold it)`, key: ["rules", rule.id, "runs"], at: ["rules"] });
    }
  }
  for (const rule of rules) {
    const before = baseRuns.has(rule.id) ? base.severityOverrides[rule.id] ?? rule.severity : void 0;
    const after = head.severityOverrides[rule.id];
    if (before && after && SEVERITIES.indexOf(after) > SEVERITIES.indexOf(before)) {
      changes.push({ description: `lowers ${rule.id} from ${before} to ${after}`, key: ["rules", rule.id, "severity"], at: ["rules", rule.id] });
    }
  }
  const threshold = (failOn) => failOn === "none" ? -1 : SEVERITIES.indexOf(failOn ?? "low");
  if (threshold(head.failOn) < threshold(base.failOn)) changes.push({ description: `raises failOn from ${base.failOn ?? "low"} to ${head.failOn}`, key: ["failOn"], at: ["failOn"] });
  if (head.inlineSuppressions && !base.inlineSuppressions) changes.push({ description: "turns inline suppressions on", key: ["inlineSuppressions"], at: ["inlineSuppressions"] });
  (head.plugins ?? []).forEach((plugin, index) => {
    if (!(base.plugins ?? []).includes(plugin)) changes.push({ description: `loads the plugin ${quote(plugin)}, code that runs in every scan`, key: ["plugins", plugin], at: ["plugins", index] });
  });
  for (const plugin of (base.plugins ?? []).filter((p) => !(head.plugins ?? []).includes(p))) {
    changes.push({ description: `no longer loads the plugin ${quote(plugin)} and its rules`, key: ["plugins", plugin], at: ["plugins"] });
  }
  for (const rulesFile of (base.customRules ?? []).filter((f) => !(head.customRules ?? []).includes(f))) {
    changes.push({ description: `no longer loads the rules of ${quote(path.basename(rulesFile))}`, key: ["customRules", path.basename(rulesFile)], at: ["customRules"] });
  }
  for (const tag of base.requiredTags.filter((t) => !head.requiredTags.includes(t))) {
    changes.push({ description: `no longer requires the tag ${quote(tag)}`, key: ["requiredTags", tag], at: ["requiredTags"] });
  }
  return changes;
}

export {
  CONFIG_FILE_NAMES,
  rangeOf,
  ConfigError,
  EMPTY_CONFIG,
  workingTreeTop,
  findConfigFile,
  configFileFor,
  loadConfig,
  checkConfig,
  resolveCheckedConfig,
  configuredRules,
  configWeakenings
};
