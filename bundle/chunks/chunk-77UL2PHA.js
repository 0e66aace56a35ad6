import {
  ConfigError
} from "./chunk-I47XARTC.js";
import {
  addTags,
  isAbsent,
  tg001_missing_required_tags_default
} from "./chunk-OO4TUWYZ.js";
import {
  PositionMap,
  require_dist
} from "./chunk-HCU2I2RT.js";
import {
  SEVERITIES,
  defineRule
} from "./chunk-2I7KX7CV.js";
import {
  literal,
  message,
  propertyName
} from "./chunk-OA4DYJ3R.js";
import {
  GATE_KINDS,
  RESOURCE_KINDS,
  prop
} from "./chunk-5QBVJ72F.js";
import {
  displayConcrete,
  get,
  judge,
  scalar
} from "./chunk-E2XCQX3P.js";
import {
  __toESM
} from "./chunk-RM4BNA5F.js";

// src/config/plugins.ts
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import semver from "semver";

// src/config/declarative-rules.ts
var import_yaml = __toESM(require_dist(), 1);
import { Ajv } from "ajv";
var severity = { enum: ["critical", "high", "medium", "low"] };
var scalarValue = { type: ["string", "number", "boolean"] };
var RULES_FILE_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/sagelint/sagelint/schema/sagelint-rules.schema.json",
  title: "sagelint declarative rules (customRules)",
  type: "object",
  additionalProperties: false,
  required: ["rules"],
  properties: {
    rules: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "name", "severity", "summary"],
        properties: {
          id: { type: "string", pattern: "^[A-Z]+[0-9]+$", description: "Upper-case letters then digits, e.g. ACME010; not a prefix of sagelint (SM, RS, TG, SL)." },
          name: { type: "string", pattern: "^[a-z0-9][a-z0-9-]*$" },
          severity,
          resources: {
            description: "Resource kinds the rule checks (the model of docs/plugins.md); requireTag defaults to every taggable kind.",
            type: "array",
            minItems: 1,
            uniqueItems: true,
            items: { enum: [...RESOURCE_KINDS] }
          },
          property: { type: "string", pattern: "^[A-Za-z0-9]+(\\.[A-Za-z0-9]+)*$", description: "Canonical (CloudFormation) property path, e.g. InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion." },
          mustBe: { ...scalarValue, description: "The property must have this value." },
          mustBeOneOf: { type: "array", minItems: 1, items: scalarValue, description: "The property must have one of these values." },
          mustBePresent: { const: true, description: "The property must be set (a default AWS applies counts)." },
          requireTag: { type: "string", minLength: 1, description: "The resource must carry this tag key." },
          summary: { type: "string", minLength: 1 },
          description: { type: "string", minLength: 1 },
          risk: { type: "string", minLength: 1 },
          message: { type: "string", minLength: 1, description: "Said after what is wrong, e.g. how to fix it." },
          guidance: {
            type: "array",
            items: { type: "object", additionalProperties: false, required: ["title", "url"], properties: { title: { type: "string" }, url: { type: "string" } } }
          },
          tags: { type: "array", items: { type: "string" } }
        },
        oneOf: [
          { required: ["property", "mustBe", "resources"] },
          { required: ["property", "mustBeOneOf", "resources"] },
          { required: ["property", "mustBePresent", "resources"] },
          { required: ["requireTag"], not: { anyOf: [{ required: ["property"] }, { required: ["mustBe"] }, { required: ["mustBeOneOf"] }, { required: ["mustBePresent"] }] } }
        ]
      }
    }
  }
};
var validateRulesFile;
function compileRuleFile(text, file, origin) {
  const doc = (0, import_yaml.parseDocument)(text, { prettyErrors: false });
  const positions = new PositionMap(text);
  const at = (offset) => {
    const p = positions.at(offset ?? 0);
    return `${file}:${p.line}:${p.column}`;
  };
  const syntax = doc.errors[0];
  if (syntax) throw new ConfigError(`${at(syntax.pos[0])}: ${syntax.message.split("\n")[0]}`);
  const data = doc.toJS();
  validateRulesFile ??= new Ajv({ allErrors: true, strict: false }).compile(RULES_FILE_SCHEMA);
  if (!validateRulesFile(data)) {
    const problems = mostSpecific(validateRulesFile.errors ?? []).map((e) => `${at(offsetOf(doc, e.instancePath))}: ${describe(e)}`);
    throw new ConfigError(problems.join("; "));
  }
  return data.rules.map((declared) => compileRule(declared, origin));
}
function mostSpecific(errors) {
  const specific = errors.filter((e) => e.keyword !== "oneOf" && e.keyword !== "required" && e.keyword !== "not");
  if (specific.length) return specific;
  const oneOf = errors.find((e) => e.keyword === "oneOf");
  return oneOf ? [oneOf] : errors.slice(0, 1);
}
function describe(error) {
  const where = error.instancePath ? error.instancePath.slice(1).replace(/\//g, ".") : "file";
  if (error.keyword === "additionalProperties") return `${where}: unknown key '${String(error.params.additionalProperty)}'`;
  if (error.keyword === "enum") return `${where}: must be one of ${error.params.allowedValues.join(", ")}`;
  if (error.keyword === "oneOf") return `${where}: give exactly one requirement: property with resources and one of mustBe, mustBeOneOf or mustBePresent; or requireTag`;
  return `${where}: ${error.message ?? "is invalid"}`;
}
function offsetOf(doc, instancePath) {
  const keys = instancePath.split("/").slice(1).map((k) => /^\d+$/.test(k) ? Number(k) : k.replace(/~1/g, "/").replace(/~0/g, "~"));
  for (let depth = keys.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(keys.slice(0, depth), true);
    if ((0, import_yaml.isNode)(node) && node.range) return node.range[0];
  }
  return void 0;
}
function compileRule(declared, origin) {
  const docs = {
    summary: declared.summary,
    description: declared.description ?? describeRequirement(declared),
    risk: declared.risk ?? "",
    guidance: declared.guidance ?? [],
    remediation: {}
  };
  const presets = { recommended: true, reason: `Declared in ${origin.name} by the team that runs it.` };
  const meta = { id: declared.id, name: declared.name, severity: declared.severity, tags: declared.tags ?? [], docs, presets, origin };
  if (declared.requireTag !== void 0) {
    const key = declared.requireTag;
    return defineRule({
      ...meta,
      appliesTo: declared.resources ?? tg001_missing_required_tags_default.appliesTo,
      fixable: true,
      check(resource, { report }) {
        if (!resource.tags || resource.tags.partial || resource.tags.known.has(key)) return;
        const tagsValue = get(resource.props, "Tags");
        report({ at: tagsValue, message: withAdvice(`Tags lack ${key}, which rule ${declared.id} requires.`, declared), fix: addTags(tagsValue, [{ Key: key, Value: "<value>" }], resource) });
      }
    });
  }
  const path2 = declared.property.split(".");
  const allowed = declared.mustBe !== void 0 ? [declared.mustBe] : declared.mustBeOneOf;
  return defineRule({
    ...meta,
    appliesTo: declared.resources,
    fixable: declared.mustBe !== void 0,
    check(resource, { report }) {
      const value = prop(resource, ...path2);
      const verdict = judge(value, allowed ? (leaf) => !isAllowed(leaf, allowed) : isAbsent);
      if (!verdict) return;
      const requirement = allowed ? `must be ${allowed.map((v) => displayConcrete(scalar(v, value.loc))).join(" or ")}` : "must be set";
      report({
        at: value,
        certainty: verdict.certainty,
        message: withAdvice(message`${propertyName(path2)} ${verdict.because}: rule ${declared.id} says it ${requirement}.`, declared),
        fix: declared.mustBe !== void 0 ? setValue(resource, value, path2, declared.mustBe) : void 0
      });
    }
  });
}
function isAllowed(leaf, allowed) {
  if (leaf.t === "ref") return true;
  return leaf.t === "scalar" && allowed.some((v) => String(v).toLowerCase() === String(leaf.v).toLowerCase());
}
function setValue(resource, value, path2, to) {
  return { description: message`Set ${propertyName(path2)} to ${literal(to)} on ${resource.id}`, edits: [{ target: value, value: to }] };
}
function withAdvice(text, declared) {
  return declared.message ? message`${text} ${declared.message}` : text;
}
function describeRequirement(declared) {
  const kinds = (declared.resources ?? ["taggable SageMaker and Redshift resource"]).join(", ");
  if (declared.requireTag !== void 0) return `Reports a ${kinds} without the tag \`${declared.requireTag}\`. Tags that cannot be read (computed, or chosen at deploy time) are not judged.`;
  const requirement = declared.mustBe !== void 0 ? `is not \`${String(declared.mustBe)}\`` : declared.mustBeOneOf ? `is not one of ${declared.mustBeOneOf.map((v) => `\`${String(v)}\``).join(", ")}` : "is not set";
  return `Reports a ${kinds} whose \`${declared.property}\` ${requirement}. An omitted property is judged by the value AWS then uses; a value chosen at deploy time (a parameter, a condition, a variable) that may break the requirement is reported one severity lower as a possible violation; a value that cannot be known is not judged.`;
}

// src/config/plugins.ts
var PLUGIN_API_VERSION = "1.0.0";
var RULE_ID = /^[A-Z]+[0-9]+$/;
var RESERVED_PREFIXES = ["SM", "RS", "TG", "SL"];
var KNOWN_KINDS = /* @__PURE__ */ new Set([...RESOURCE_KINDS, ...GATE_KINDS]);
async function loadExtensions(source, builtIn, list) {
  const rules = [];
  const errors = [];
  const taken = new Map(builtIn.map((r) => [r.id, "sagelint"]));
  const add = (rule) => {
    const owner = taken.get(rule.id);
    if (owner) throw new ConfigError(`${source.label}: ${describeOrigin(rule.origin)}: rule ID ${rule.id} is already taken by ${owner === "sagelint" ? "one of sagelint's rules" : owner}`);
    const prefix = /^[A-Z]+/.exec(rule.id)[0];
    if (RESERVED_PREFIXES.includes(prefix)) throw new ConfigError(`${source.label}: ${describeOrigin(rule.origin)}: rule ID ${rule.id} uses the prefix ${prefix}, kept for sagelint's own rules`);
    taken.set(rule.id, describeOrigin(rule.origin));
    rules.push(rule);
  };
  for (const spec of list.plugins ?? []) {
    const plugin = await loadPlugin(spec, source);
    for (const rule of plugin.rules) add(rule);
    errors.push(...plugin.errors);
  }
  for (const file of (list.customRules ?? []).map((f) => path.resolve(source.dir, f))) {
    const text = (source.read ?? readIfPresent)(file);
    if (text === void 0) throw new ConfigError(`${source.label}: customRules: cannot read ${file}`);
    const name = path.relative(source.dir, file).split(path.sep).join("/");
    for (const rule of compileRuleFile(text, file, { name })) add(rule);
  }
  return { rules, errors };
}
function readIfPresent(file) {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return void 0;
  }
}
function describeOrigin(origin) {
  return `plugin ${origin.name}${origin.version ? `@${origin.version}` : ""}`;
}
async function loadPlugin(spec, source) {
  const where = `${source.label}: plugins: ${JSON.stringify(spec)}`;
  const dir = pluginFolder(spec, source.dir, where);
  if (isLocal(spec)) source.vetPluginFolder?.(dir);
  const manifestFile = path.join(dir, "package.json");
  let manifest = {};
  if (existsSync(manifestFile)) {
    try {
      manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
    } catch (err) {
      throw new ConfigError(`${where}: ${manifestFile} is not valid JSON: ${err.message}`);
    }
  } else if (!isLocal(spec)) {
    throw new ConfigError(`${where}: ${dir} has no package.json`);
  }
  const origin = {
    name: typeof manifest.name === "string" && manifest.name ? manifest.name : path.basename(dir),
    ...typeof manifest.version === "string" ? { version: manifest.version } : {},
    ...typeof manifest.homepage === "string" ? { homepage: manifest.homepage } : {}
  };
  const entry = entryOf(dir, manifest, where);
  let module;
  try {
    module = await import(pathToFileURL(entry).href);
  } catch (err) {
    return { rules: [], errors: [{ file: source.label, message: `${describeOrigin(origin)} (${entry}) failed to load, so none of its rules ran: ${messageOf(err)}` }] };
  }
  const exported = module.rules === void 0 && module.default && typeof module.default === "object" ? module.default : module;
  const range = exported.apiVersion;
  if (typeof range !== "string" || !semver.validRange(range)) {
    throw new ConfigError(`${where}: ${describeOrigin(origin)} does not state the plugin API version it needs as a semver range (export const apiVersion = '^${semver.major(PLUGIN_API_VERSION)}.0.0')`);
  }
  if (!semver.satisfies(PLUGIN_API_VERSION, range)) {
    throw new ConfigError(`${where}: ${describeOrigin(origin)} needs the sagelint plugin API ${range}, but this sagelint provides ${PLUGIN_API_VERSION}: install a version of the plugin made for it, or a sagelint that provides that API`);
  }
  if (!Array.isArray(exported.rules)) {
    return { rules: [], errors: [{ file: source.label, message: `${describeOrigin(origin)} exports no list of rules (export const rules = [...])` }] };
  }
  const rules = [];
  const errors = [];
  for (const [index, candidate] of exported.rules.entries()) {
    const checked = pluginRule(candidate, origin);
    if (typeof checked === "string") {
      const id = candidate?.id;
      errors.push({ file: source.label, message: `${describeOrigin(origin)}: rule ${typeof id === "string" ? id : `#${index + 1}`} is not usable, so it did not run: ${checked}` });
    } else {
      rules.push(checked);
    }
  }
  return { rules, errors };
}
function isLocal(spec) {
  return spec.startsWith("./") || spec.startsWith("../") || spec === "." || spec === ".." || path.isAbsolute(spec);
}
var PACKAGE_NAME = /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;
function pluginFolder(spec, configDir, where) {
  if (isLocal(spec)) {
    const dir = path.resolve(configDir, spec);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new ConfigError(`${where}: no such folder ${dir}`);
    return dir;
  }
  if (!PACKAGE_NAME.test(spec)) throw new ConfigError(`${where}: neither a folder (start it with ./ or ../) nor an npm package name`);
  for (let dir = path.resolve(configDir); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules", spec);
    if (existsSync(path.join(candidate, "package.json"))) return candidate;
    if (path.dirname(dir) === dir) break;
  }
  throw new ConfigError(`${where}: package not installed in or above ${configDir} (npm install --save-dev ${spec})`);
}
function entryOf(dir, manifest, where) {
  const target = conditional(manifest.exports && typeof manifest.exports === "object" && "." in manifest.exports ? manifest.exports["."] : manifest.exports) ?? (typeof manifest.main === "string" ? manifest.main : "index.js");
  const entry = path.resolve(dir, target);
  if (path.relative(dir, entry).startsWith("..")) throw new ConfigError(`${where}: its entry ${target} lies outside the plugin's folder`);
  if (!existsSync(entry)) throw new ConfigError(`${where}: no entry module ${entry}`);
  return entry;
}
function conditional(target) {
  if (typeof target === "string") return target;
  if (!target || typeof target !== "object") return void 0;
  for (const condition of ["import", "node", "default"]) {
    const found = conditional(target[condition]);
    if (found) return found;
  }
  return void 0;
}
function messageOf(err) {
  return err instanceof Error ? err.message : String(err);
}
function pluginRule(candidate, origin) {
  if (!candidate || typeof candidate !== "object") return "not a rule object (use defineRule)";
  const rule = candidate;
  if (typeof rule.id !== "string" || !RULE_ID.test(rule.id)) return `its id must be upper-case letters then digits (e.g. ACME001), not ${JSON.stringify(rule.id)}`;
  if (typeof rule.name !== "string" || !/^[a-z0-9][a-z0-9-]*$/.test(rule.name)) return "its name must be lower-case words joined by hyphens";
  if (!SEVERITIES.includes(rule.severity)) return `its severity must be one of ${SEVERITIES.join(", ")}`;
  const unknownKinds = Array.isArray(rule.appliesTo) ? rule.appliesTo.filter((k) => !KNOWN_KINDS.has(k)) : void 0;
  if (!unknownKinds || rule.appliesTo.length === 0) return "appliesTo must list the resource kinds it checks";
  if (unknownKinds.length) return `appliesTo names unknown resource kinds: ${unknownKinds.join(", ")}`;
  if (typeof rule.check !== "function") return "it has no check function";
  if (rule.prepare !== void 0 && typeof rule.prepare !== "function") return "prepare must be a function";
  const docs = rule.docs;
  if (!docs || typeof docs.summary !== "string" || typeof docs.description !== "string") return "docs must give a summary and a description";
  const presets = rule.presets;
  const recommended = presets?.recommended;
  const validRecommended = typeof recommended === "boolean" || typeof recommended === "object" && recommended !== null && recommended.whenConfigured === "requiredTags";
  if (!validRecommended || typeof presets?.reason !== "string") {
    return "presets must say whether the default preset runs it and why: { recommended: true | false | { whenConfigured: 'requiredTags' }, reason: '…' }";
  }
  return {
    ...rule,
    id: rule.id,
    name: rule.name,
    severity: rule.severity,
    appliesTo: rule.appliesTo,
    fixable: rule.fixable === true,
    presets: { recommended, reason: presets.reason },
    tags: Array.isArray(rule.tags) ? rule.tags.filter((t) => typeof t === "string") : [],
    docs: { ...docs, risk: typeof docs.risk === "string" ? docs.risk : "", guidance: Array.isArray(docs.guidance) ? docs.guidance : [], remediation: docs.remediation ?? {} },
    check: rule.check.bind(rule),
    ...rule.prepare ? { prepare: rule.prepare.bind(rule) } : {},
    origin
  };
}

export {
  PLUGIN_API_VERSION,
  RULE_ID,
  loadExtensions,
  describeOrigin
};
