import {
  EXIT,
  listArgument,
  loadCatalog
} from "./chunk-72755RJG.js";
import {
  scan,
  sortFindings
} from "./chunk-JO2RILXW.js";
import {
  readSourceTextSync,
  scanRootFor
} from "./chunk-IQBJY2UA.js";
import {
  SEVERITIES,
  prepareRules
} from "./chunk-I7UKQEPT.js";
import {
  describeLocation
} from "./chunk-PUOCMWY6.js";
import {
  addToGroup,
  appendAll
} from "./chunk-MMQDSGRT.js";
import {
  writeOutputFile
} from "./chunk-LUZQY4GM.js";
import {
  escapeUntrusted,
  inertJson
} from "./chunk-BSUHQOLV.js";
import {
  ruleHelp
} from "./chunk-LGRSNDBI.js";
import {
  INFORMATION_URI,
  TOOL_NAME,
  ruleHelpUri,
  toolVersion
} from "./chunk-4HD3HIA4.js";

// src/cli/run-scan.ts
import { availableParallelism } from "node:os";
import path4 from "node:path";
import { appendFile } from "node:fs/promises";

// src/engine/config.ts
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { Ajv } from "ajv";

// src/engine/config-schema.ts
var severity = { enum: ["critical", "high", "medium", "low"] };
var CONFIG_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/sagelint/sagelint/schema/sagelint-config.schema.json",
  title: "sagelint configuration (.sagelint.yml)",
  type: "object",
  additionalProperties: false,
  properties: {
    rules: {
      description: "Per rule: off, on, a severity override, or { enabled, severity }.",
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
          rule: { type: "string", pattern: "^([A-Z]{2}[0-9]{3}|\\*)$" },
          path: { type: "string", minLength: 1 },
          resource: { type: "string", minLength: 1 },
          reason: { type: "string", minLength: 3 },
          expires: { type: "string", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }
        }
      }
    },
    failOn: { enum: ["critical", "high", "medium", "low", "none"] },
    inlineSuppressions: { type: "boolean", description: "Honour suppressions written in templates (default true)." },
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

// src/engine/config.ts
var CONFIG_FILE_NAMES = [".sagelint.yml", ".sagelint.yaml"];
var ConfigError = class extends Error {
};
var EMPTY_CONFIG = {
  disabledRules: /* @__PURE__ */ new Set(),
  severityOverrides: {},
  requiredTags: [],
  exclude: [],
  suppressions: [],
  inlineSuppressions: true
};
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
async function loadConfig(file, rules) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    throw new ConfigError(`${file}: cannot read config: ${err.message}`);
  }
  return parseConfig(text, file, rules);
}
function parseConfig(text, file, rules) {
  let data2;
  try {
    data2 = parse(text, { prettyErrors: true }) ?? {};
  } catch (err) {
    throw new ConfigError(`${file}: ${err.message.split("\n")[0]}`);
  }
  return resolveConfig(data2, file, rules);
}
function resolveConfig(data2, file, rules) {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(CONFIG_SCHEMA);
  if (!validate(data2)) throw new ConfigError(`${file}: ${(validate.errors ?? []).map(describeSchemaError).join("; ")}`);
  const known = new Set(rules.map((r) => r.id));
  const disabledRules = /* @__PURE__ */ new Set();
  const severityOverrides = {};
  for (const [id, setting] of Object.entries(data2.rules ?? {})) {
    if (!known.has(id)) throw new ConfigError(`${file}: rules.${id}: no such rule (see \`sagelint rules\`)`);
    const { enabled, severity: severity2 } = typeof setting === "string" ? settingFromString(setting) : setting;
    if (enabled === false) disabledRules.add(id);
    if (severity2) severityOverrides[id] = severity2;
  }
  for (const s of data2.suppressions ?? []) {
    if (s.rule !== "*" && !known.has(s.rule)) throw new ConfigError(`${file}: suppressions: no such rule ${s.rule}`);
  }
  return {
    file,
    disabledRules,
    severityOverrides,
    requiredTags: data2.requiredTags ?? [],
    exclude: data2.exclude ?? [],
    suppressions: (data2.suppressions ?? []).map((s) => ({ ...s, source: path.basename(file) })),
    failOn: data2.failOn,
    inlineSuppressions: data2.inlineSuppressions ?? true,
    // Parameter files are named relative to the config file, like everything it names.
    parameters: Object.entries(data2.parameters ?? {}).flatMap(
      ([templates, files]) => (Array.isArray(files) ? files : [files]).map((f) => ({ templates, file: path.resolve(path.dirname(file), f) }))
    )
  };
}
function settingFromString(setting) {
  if (setting === "off") return { enabled: false };
  if (setting === "on") return { enabled: true };
  return { severity: setting };
}
function describeSchemaError(error) {
  const where2 = error.instancePath ? error.instancePath.slice(1).replace(/\//g, ".") : "config";
  if (error.keyword === "additionalProperties") return `${where2}: unknown key '${String(error.params.additionalProperty)}'`;
  if (error.keyword === "enum") return `${where2}: must be one of ${error.params.allowedValues.join(", ")}`;
  return `${where2}: ${error.message ?? "is invalid"}`;
}
function configWeakenings(base, head, rules) {
  const changes = [];
  const quote = (value) => JSON.stringify(value);
  const suppressionKey = (s) => JSON.stringify([s.rule, s.path ?? null, s.resource ?? null, s.expires ?? null]);
  const baseSuppressions = new Set(base.suppressions.map(suppressionKey));
  for (const s of head.suppressions.filter((s2) => !baseSuppressions.has(suppressionKey(s2)))) {
    const scope = [s.path && `path ${quote(s.path)}`, s.resource && `resource ${quote(s.resource)}`, s.expires && `until ${quote(s.expires)}`].filter(Boolean);
    changes.push(`adds a suppression of ${s.rule === "*" ? "every rule" : quote(s.rule)}${scope.length ? ` (${scope.join(", ")})` : ""}`);
  }
  for (const pattern of head.exclude.filter((p) => !base.exclude.includes(p))) changes.push(`excludes ${quote(pattern)}`);
  for (const id of [...head.disabledRules].filter((id2) => !base.disabledRules.has(id2)).sort()) changes.push(`turns off ${id}`);
  for (const rule of rules) {
    const before = base.disabledRules.has(rule.id) ? void 0 : base.severityOverrides[rule.id] ?? rule.severity;
    const after = head.severityOverrides[rule.id];
    if (before && after && SEVERITIES.indexOf(after) > SEVERITIES.indexOf(before)) changes.push(`lowers ${rule.id} from ${before} to ${after}`);
  }
  const threshold = (failOn) => failOn === "none" ? -1 : SEVERITIES.indexOf(failOn ?? "low");
  if (threshold(head.failOn) < threshold(base.failOn)) changes.push(`raises failOn from ${base.failOn ?? "low"} to ${head.failOn}`);
  if (head.inlineSuppressions && !base.inlineSuppressions) changes.push("turns inline suppressions on");
  for (const tag of base.requiredTags.filter((t) => !head.requiredTags.includes(t))) changes.push(`no longer requires the tag ${quote(tag)}`);
  return changes;
}

// src/report/compliance.ts
var COMPLIANCE_SOURCES = ["Security Hub", "AWS Config", "checkov", "cdk-nag"];
function complianceIds(rule) {
  const known = rule?.docs.alsoKnownAs ?? {};
  return COMPLIANCE_SOURCES.flatMap(
    (source) => (known[source] ?? []).map((id) => ({ source, id, tag: `${source.toLowerCase().replace(/\s+/g, "-")}/${id}` }))
  );
}
function describeComplianceIds(rule) {
  const bySource = /* @__PURE__ */ new Map();
  for (const { source, id } of complianceIds(rule)) bySource.set(source, [...bySource.get(source) ?? [], id]);
  return [...bySource].map(([source, ids]) => `${source} ${ids.join(", ")}`).join("; ");
}

// src/report/json-stream.ts
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
var LazyList = class {
  constructor(items, render2) {
    this.items = items;
    this.render = render2;
  }
  items;
  render;
};
var INDENT = "  ";
function* jsonChunks(value, indent = "") {
  if (value instanceof LazyList) {
    yield* listChunks(value.items, value.render, indent);
  } else if (Array.isArray(value) && holdsLazyList(value)) {
    yield* listChunks(value, (item) => item, indent);
  } else if (isPlainObject(value) && holdsLazyList(value)) {
    yield* objectChunks(value, indent);
  } else {
    const json = JSON.stringify(value, null, 2);
    const text = json === void 0 ? void 0 : inertJson(json);
    yield indent && text ? text.replaceAll("\n", `
${indent}`) : text ?? "null";
  }
}
function* listChunks(items, render2, indent) {
  if (items.length === 0) {
    yield "[]";
    return;
  }
  const inner = indent + INDENT;
  let separator = "[\n";
  for (const item of items) {
    yield separator + inner;
    yield* jsonChunks(jsonItem(render2(item)), inner);
    separator = ",\n";
  }
  yield `
${indent}]`;
}
function* objectChunks(object, indent) {
  const entries = Object.entries(object).filter(([, value]) => hasJsonForm(value));
  if (entries.length === 0) {
    yield "{}";
    return;
  }
  const inner = indent + INDENT;
  let separator = "{\n";
  for (const [key, value] of entries) {
    yield `${separator}${inner}${inertJson(JSON.stringify(key))}: `;
    yield* jsonChunks(value, inner);
    separator = ",\n";
  }
  yield `
${indent}}`;
}
function hasJsonForm(value) {
  return value !== void 0 && typeof value !== "function" && typeof value !== "symbol";
}
function jsonItem(value) {
  return hasJsonForm(value) ? value : null;
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof LazyList) && typeof value.toJSON !== "function";
}
function holdsLazyList(value) {
  if (value instanceof LazyList) return true;
  if (Array.isArray(value)) return value.some(holdsLazyList);
  if (isPlainObject(value)) return Object.values(value).some(holdsLazyList);
  return false;
}
var WRITE_BLOCK = 1 << 16;
function* inBlocks(chunks) {
  let pending = "";
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length >= WRITE_BLOCK) {
      yield pending;
      pending = "";
    }
  }
  if (pending) yield pending;
}
async function writeChunks(chunks, to) {
  const source = Readable.from(inBlocks(chunks), { objectMode: false });
  if ("file" in to) await pipeline(source, createWriteStream(to.file));
  else await pipeline(source, to.stream, { end: false });
}

// src/report/summary.ts
function atOrAbove(severity2, threshold) {
  return SEVERITIES.indexOf(severity2) <= SEVERITIES.indexOf(threshold);
}
function bySeverity(findings) {
  return sortFindings([...findings]).sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}
function isSuppressed(finding) {
  return finding.suppression !== void 0;
}
function isAccepted(finding) {
  return isSuppressed(finding) || finding.baselineState === "unchanged";
}
function summarize(result) {
  const bySeverity2 = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  let suppressed = 0;
  let unchanged = 0;
  for (const finding of result.findings) {
    if (isSuppressed(finding)) suppressed++;
    else if (finding.baselineState === "unchanged") unchanged++;
    else bySeverity2[finding.severity]++;
  }
  return {
    active: result.findings.length - suppressed - unchanged,
    suppressed,
    unchanged,
    absent: result.baseline?.absent.length ?? 0,
    bySeverity: bySeverity2,
    errors: result.errors.length,
    notes: result.notes.length,
    files: result.stats.files,
    resources: result.stats.resources
  };
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

// src/report/json.ts
var JSON_SCHEMA_VERSION = "1.1";
function* jsonReportText(result, rules, options = {}) {
  yield* jsonChunks(jsonReport(result, rules, options, new LazyList(result.findings, jsonFinding)));
  yield "\n";
}
function jsonReport(result, rules, options, findings) {
  return {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: options.toolVersion ?? toolVersion(), informationUri: INFORMATION_URI },
    root: result.root,
    stats: summarize(result),
    rules: rules.map(jsonRule),
    findings,
    errors: result.errors.map((e) => withoutUndefined({ file: e.file, line: e.line, column: e.column, message: e.message })),
    notes: result.notes.map((n) => withoutUndefined({ file: n.file, line: n.line, message: n.message })),
    ...result.baseline ? { baseline: { file: result.baseline.file, absent: result.baseline.absent.map((e) => ({ ...e })) } } : {}
  };
}
function jsonRule(rule) {
  return {
    id: rule.id,
    name: rule.name,
    severity: rule.severity,
    fixable: rule.fixable,
    tags: [...rule.tags],
    compliance: complianceIds(rule).map((c) => c.tag),
    appliesTo: [...rule.appliesTo],
    summary: rule.docs.summary,
    helpUri: ruleHelpUri(rule.id)
  };
}
function jsonFinding(finding) {
  const { resource, fix, suppression } = finding;
  return withoutUndefined({
    ruleId: finding.ruleId,
    ruleName: finding.ruleName,
    severity: finding.severity,
    certainty: finding.certainty,
    message: finding.message,
    resource: withoutUndefined({ id: resource.id, type: resource.type, kind: resource.kind, source: resource.source, label: resource.label }),
    location: jsonLocation(finding.location),
    propertyPath: [...finding.propertyPath],
    fix: fix && {
      description: fix.description,
      placeholders: [...fix.placeholders],
      edits: fix.edits.map((e) => ({ file: e.file, start: jsonPosition(e.start), end: jsonPosition(e.end), text: e.text }))
    },
    suppressed: suppression !== void 0,
    suppression: suppression && { kind: suppression.kind, justification: suppression.justification, source: suppression.source },
    fingerprint: finding.fingerprint,
    baselineState: finding.baselineState
  });
}
function jsonLocation(location) {
  return location.kind === "source" ? { kind: "source", file: location.file, start: jsonPosition(location.start), end: jsonPosition(location.end), path: [...location.path] } : { kind: "live", arn: location.arn, partition: location.partition, account: location.account, region: location.region, path: [...location.path] };
}
function jsonPosition(position) {
  return { line: position.line, column: position.column, offset: position.offset };
}
function withoutUndefined(object) {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== void 0));
}

// src/report/sarif.ts
import { isAbsolute as isAbsolute2 } from "node:path";
import { pathToFileURL } from "node:url";

// src/report/source-files.ts
import { createHash } from "node:crypto";
import { readFileSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";

// src/report/line-hash.ts
var WINDOW = 100;
var BASE = 37n;
var END_OF_FILE = 65535;
var SPACE = 32;
var TAB = 9;
var LF = 10;
var CR = 13;
var LEAVING_WEIGHT = BigInt.asUintN(64, BASE ** BigInt(WINDOW));
function computeLineHashes(text) {
  const { units, lineStarts } = normalize(text);
  const hashes = [];
  const seen = /* @__PURE__ */ new Map();
  let hash = 0n;
  let nextLine = 0;
  for (let i = 0; i < units.length + WINDOW && nextLine < lineStarts.length; i++) {
    const entering = i < units.length ? units[i] : 0;
    const leaving = i >= WINDOW && i - WINDOW < units.length ? units[i - WINDOW] : 0;
    hash = BigInt.asUintN(64, hash * BASE + BigInt(entering) - LEAVING_WEIGHT * BigInt(leaving));
    if (i - (WINDOW - 1) === lineStarts[nextLine]) {
      const hex = hash.toString(16);
      const count = (seen.get(hex) ?? 0) + 1;
      seen.set(hex, count);
      hashes.push(`${hex}:${count}`);
      nextLine++;
    }
  }
  return hashes;
}
function normalize(text) {
  const units = new Uint16Array(text.length + 1);
  const lineStarts = [];
  let length = 0;
  let atLineStart = true;
  let afterCR = false;
  const push = (unit) => {
    if (atLineStart) lineStarts.push(length);
    atLineStart = unit === LF;
    units[length++] = unit;
  };
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const wasAfterCR = afterCR;
    afterCR = unit === CR;
    if (unit === SPACE || unit === TAB || wasAfterCR && unit === LF) continue;
    push(unit === CR ? LF : unit);
  }
  push(END_OF_FILE);
  return { units: units.subarray(0, length), lineStarts };
}

// src/report/source-files.ts
var MAX_REPORTED_FILE_BYTES = 5 * 1024 * 1024;
var BYTE_ORDER_MARK = "\uFEFF";
var SourceFiles = class {
  contents = /* @__PURE__ */ new Map();
  texts = /* @__PURE__ */ new Map();
  splitLines = /* @__PURE__ */ new Map();
  hashes = /* @__PURE__ */ new Map();
  root;
  constructor(root) {
    this.root = realPath(root);
  }
  /** The file's lines without line terminators (BOM removed), or undefined when unreadable. */
  lines(file) {
    return remember(this.splitLines, file, () => {
      const text = this.rawText(file);
      const withoutBom = text?.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
      return withoutBom?.split("\n").map((line) => line.replace(/\r$/, ""));
    });
  }
  /** GitHub's `primaryLocationLineHash` for a 1-based line, when the file is readable. */
  lineHash(file, line) {
    const hashes = remember(this.hashes, file, () => {
      const text = this.rawText(file);
      return text === void 0 ? void 0 : computeLineHashes(text);
    });
    return hashes?.[line - 1];
  }
  facts(file) {
    const bytes = this.bytes(file);
    return bytes && { length: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") };
  }
  /** The text exactly as GitHub reads it (a BOM, if any, is kept: it takes part in the hash). */
  rawText(file) {
    return remember(this.texts, file, () => this.bytes(file)?.toString("utf8"));
  }
  bytes(file) {
    return remember(this.contents, file, () => this.read(file));
  }
  read(file) {
    if (this.root === void 0 || isAbsolute(file)) return void 0;
    const path5 = realPath(resolve(this.root, file));
    if (path5 === void 0 || !isInside(this.root, path5)) return void 0;
    try {
      const stats = statSync(path5);
      if (!stats.isFile() || stats.size > MAX_REPORTED_FILE_BYTES) return void 0;
      return readFileSync(path5);
    } catch {
      return void 0;
    }
  }
};
var CACHED_FILES = 16;
function remember(cache, key, compute) {
  if (cache.has(key)) return cache.get(key);
  const value = compute();
  cache.set(key, value);
  if (cache.size > CACHED_FILES) cache.delete(cache.keys().next().value);
  return value;
}
function realPath(path5) {
  try {
    return realpathSync(path5);
  } catch {
    return void 0;
  }
}
function isInside(root, path5) {
  const rel = relative(root, path5);
  return rel !== "" && rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

// src/report/sarif.ts
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var SOURCE_ROOT_ID = "%SRCROOT%";
var FINGERPRINT_KEY = "sagelint/v1";
var SARIF_LEVEL = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note"
};
var SECURITY_SEVERITY = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0"
};
var MAX_RULE_TAGS = 20;
var SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
var GITHUB_MAX_RESULTS = 25e3;
function withinResultLimit(findings, limit) {
  if (findings.length <= limit) return findings;
  const rank = (f) => SEVERITIES.indexOf(f.severity) * 2 + (f.certainty === "possible" ? 1 : 0);
  const keep = new Set([...findings].sort((a, b) => rank(a) - rank(b)).slice(0, limit));
  return findings.filter((f) => keep.has(f));
}
function resultLimitNotification(dropped, kept) {
  return {
    level: "warning",
    message: { text: `${dropped} less severe results were left out to stay within GitHub's limit of ${kept} results per run; the JSON and text reports have them all.` }
  };
}
function* sarifReportText(result, rules, options = {}) {
  const log = sarifLog(result, rules, options, (kept, context) => {
    for (const finding of kept) context.ruleTable.indexOf(finding);
    return new LazyList(kept, (finding) => sarifResult(finding, finding.location, context));
  });
  yield* jsonChunks(log);
  yield "\n";
}
function sarifLog(result, rules, options, renderResults) {
  const version = options.toolVersion ?? toolVersion();
  const files = new SourceFiles(result.root);
  const ruleTable = new RuleTable(rules);
  const artifacts = new ArtifactTable(files);
  const located = result.findings.filter((f) => f.location.kind === "source");
  const unlocated = result.findings.length - located.length;
  const kept = withinResultLimit(located, options.maxResults ?? GITHUB_MAX_RESULTS);
  const results = renderResults(kept, { files, ruleTable, artifacts });
  const notifications = [
    ...result.errors.map(errorNotification),
    ...result.notes.map(noteNotification),
    ...unlocated ? [liveFindingsNotification(unlocated)] : [],
    ...kept.length < located.length ? [resultLimitNotification(located.length - kept.length, kept.length)] : []
  ];
  const run = {
    tool: {
      driver: {
        name: TOOL_NAME,
        version,
        ...SEMVER.test(version) ? { semanticVersion: version } : {},
        informationUri: INFORMATION_URI,
        rules: ruleTable.descriptors
      }
    },
    ...options.category ? { automationDetails: { id: automationId(options.category) } } : {},
    originalUriBaseIds: { [SOURCE_ROOT_ID]: { uri: directoryUri(result.root) } },
    invocations: [
      {
        executionSuccessful: result.errors.length === 0,
        ...notifications.length ? { toolExecutionNotifications: notifications } : {}
      }
    ],
    columnKind: "utf16CodeUnits",
    results,
    // After the results, which fill it as they are rendered.
    artifacts: artifacts.list
  };
  return { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run] };
}
function sarifResult(finding, location, context) {
  const { files, ruleTable, artifacts } = context;
  const lineHash = files.lineHash(location.file, location.start.line);
  const sarifLocation = {
    physicalLocation: { artifactLocation: artifacts.locate(location.file), region: sarifRegion(location.start, location.end) },
    logicalLocations: [{ name: finding.resource.id, fullyQualifiedName: finding.resource.id, kind: "resource" }]
  };
  return {
    ruleId: finding.ruleId,
    ruleIndex: ruleTable.indexOf(finding),
    level: SARIF_LEVEL[finding.severity],
    message: { text: sentence(finding.message) },
    locations: [sarifLocation],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint, ...lineHash ? { primaryLocationLineHash: lineHash } : {} },
    ...finding.baselineState ? { baselineState: finding.baselineState } : {},
    ...finding.fix?.edits.length ? { fixes: [sarifFix(finding.fix, artifacts)] } : {},
    ...finding.suppression ? {
      suppressions: [
        { kind: finding.suppression.kind, justification: finding.suppression.justification, properties: { source: finding.suppression.source } }
      ]
    } : {},
    properties: {
      severity: finding.severity,
      certainty: finding.certainty,
      resourceType: finding.resource.type,
      resourceKind: finding.resource.kind
    }
  };
}
function sarifFix(fix, artifacts) {
  const byFile = /* @__PURE__ */ new Map();
  for (const edit of fix.edits) addToGroup(byFile, edit.file, edit);
  const fill = fix.placeholders.length ? ` Fill in: ${fix.placeholders.join(", ")}.` : "";
  return {
    description: { text: sentence(fix.description) + fill },
    artifactChanges: [...byFile].map(([file, edits]) => ({
      artifactLocation: artifacts.locate(file),
      replacements: edits.map((edit) => ({ deletedRegion: sarifRegion(edit.start, edit.end), insertedContent: { text: edit.text } }))
    }))
  };
}
function sarifRegion(start, end) {
  const startLine = Math.max(1, start.line);
  const startColumn = Math.max(1, start.column);
  const endBeforeStart = end.line < startLine || end.line === startLine && end.column < startColumn;
  return endBeforeStart ? { startLine, startColumn, endLine: startLine, endColumn: startColumn } : { startLine, startColumn, endLine: end.line, endColumn: Math.max(1, end.column) };
}
function errorNotification(error) {
  const region = error.line === void 0 ? void 0 : { startLine: error.line, ...error.column === void 0 ? {} : { startColumn: error.column } };
  return { level: "error", message: { text: sentence(error.message) }, ...notificationLocation(error.file, region) };
}
function noteNotification(note) {
  const region = note.line === void 0 ? void 0 : { startLine: note.line };
  return { level: "note", message: { text: sentence(note.message) }, ...notificationLocation(note.file, region) };
}
function notificationLocation(file, region) {
  if (!file) return {};
  return { locations: [{ physicalLocation: { artifactLocation: artifactLocation(file), ...region ? { region } : {} } }] };
}
function liveFindingsNotification(count) {
  return {
    level: "note",
    message: {
      text: `${plural(count, "finding")} on live resources ${count === 1 ? "is" : "are"} not listed as results because live resources have no source file; the text and JSON reports list them.`
    }
  };
}
var RuleTable = class {
  descriptors;
  indexes = /* @__PURE__ */ new Map();
  constructor(rules) {
    this.descriptors = [];
    for (const rule of rules) this.add(rule.id, ruleDescriptor(rule));
  }
  indexOf(finding) {
    return this.indexes.get(finding.ruleId) ?? this.add(finding.ruleId, unknownRuleDescriptor(finding));
  }
  add(id, descriptor) {
    const existing = this.indexes.get(id);
    if (existing !== void 0) return existing;
    this.indexes.set(id, this.descriptors.length);
    this.descriptors.push(descriptor);
    return this.descriptors.length - 1;
  }
};
function ruleDescriptor(rule) {
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.docs.summary },
    fullDescription: { text: rule.docs.description },
    help: ruleHelp(rule),
    helpUri: ruleHelpUri(rule.id),
    defaultConfiguration: { level: SARIF_LEVEL[rule.severity] },
    properties: ruleProperties(rule.severity, [...rule.tags, ...complianceIds(rule).map((c) => c.tag)])
  };
}
function unknownRuleDescriptor(finding) {
  const helpUri = ruleHelpUri(finding.ruleId);
  const help = `${finding.ruleId} (${finding.ruleName}) is documented at ${helpUri}`;
  return {
    id: finding.ruleId,
    name: finding.ruleName,
    shortDescription: { text: finding.ruleName },
    fullDescription: { text: finding.ruleName },
    help: { text: help, markdown: `${finding.ruleId} (${finding.ruleName}) is documented [here](${helpUri}).` },
    helpUri,
    defaultConfiguration: { level: SARIF_LEVEL[finding.severity] },
    properties: ruleProperties(finding.severity, [])
  };
}
function ruleProperties(severity2, tags) {
  return {
    tags: [.../* @__PURE__ */ new Set(["security", ...tags])].slice(0, MAX_RULE_TAGS),
    "security-severity": SECURITY_SEVERITY[severity2],
    precision: "high"
  };
}
var ArtifactTable = class {
  constructor(files) {
    this.files = files;
  }
  files;
  list = [];
  indexes = /* @__PURE__ */ new Map();
  locate(file) {
    let index = this.indexes.get(file);
    if (index === void 0) {
      index = this.list.length;
      this.indexes.set(file, index);
      const facts = this.files.facts(file);
      this.list.push({
        location: artifactLocation(file),
        roles: ["analysisTarget"],
        ...facts ? { length: facts.length, hashes: { "sha-256": facts.sha256 } } : {}
      });
    }
    return { ...artifactLocation(file), index };
  }
};
function artifactLocation(file) {
  if (isAbsolute2(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split("/").map(encodeURIComponent).join("/"), uriBaseId: SOURCE_ROOT_ID };
}
function directoryUri(path5) {
  const uri = pathToFileURL(path5).href;
  return uri.endsWith("/") ? uri : `${uri}/`;
}
function automationId(category) {
  return category.endsWith("/") ? category : `${category}/`;
}
function sentence(text) {
  const trimmed = text.trim();
  return trimmed.endsWith(".") ? trimmed : `${trimmed}.`;
}

// src/report/ansi.ts
var CODES = {
  bold: [1, 22],
  dim: [2, 22],
  underline: [4, 24],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39]
};
function painter(color) {
  if (!color) return (text) => text;
  return (text, ...styles) => text === "" ? text : styles.reduce((styled, style) => `\x1B[${CODES[style][0]}m${styled}\x1B[${CODES[style][1]}m`, text);
}

// src/report/code-frame.ts
var MAX_MARKED_LINES = 4;
var MAX_WIDTH = 120;
var LEAD_BEFORE_RANGE = 20;
var ELLIPSIS = "…";
function markedFrame(lines, marks, options) {
  const { paint, contextLines } = options;
  const spans = marks.filter((mark) => mark.start.line >= 1 && mark.start.line <= lines.length).map((mark) => {
    const endLine = Math.min(Math.max(mark.end.line, mark.start.line), lines.length);
    const lastMarked = Math.min(endLine, mark.start.line + MAX_MARKED_LINES - 1);
    const cut = endLine > lastMarked;
    return { mark, lastMarked, cut, first: Math.max(1, mark.start.line - contextLines), last: cut ? lastMarked : Math.min(lines.length, endLine + contextLines) };
  }).sort((a, b) => a.first - b.first || a.last - b.last);
  if (spans.length === 0) return void 0;
  const stretches = [];
  for (const span of spans) {
    const current = stretches.at(-1);
    if (current && span.first <= current.last + 1) {
      current.spans.push(span);
      current.last = Math.max(current.last, span.last);
    } else {
      stretches.push({ spans: [span], last: span.last });
    }
  }
  const width = String(stretches.reduce((widest, stretch) => Math.max(widest, stretch.last), 0)).length;
  const blankGutter = paint(`  ${" ".repeat(width)} |`, "dim");
  const ellipsis = `${blankGutter} ${paint(ELLIPSIS, "dim")}`;
  const marking = /* @__PURE__ */ new Map();
  for (const span of spans) {
    for (let n = span.mark.start.line; n <= span.lastMarked; n++) addToGroup(marking, n, span);
  }
  const frame = [];
  stretches.forEach(({ spans: stretch, last }, index) => {
    if (index > 0) frame.push(ellipsis);
    const first = stretch[0].first;
    const lead = stretch[0].mark.start;
    const shift = lead.column - 1 > MAX_WIDTH - LEAD_BEFORE_RANGE ? lead.column - 1 - LEAD_BEFORE_RANGE : 0;
    for (let n = first; n <= last; n++) {
      const line = escapeUntrusted(lines[n - 1]);
      const covering = marking.get(n) ?? [];
      const visible = clip(line, shift);
      const gutter = `${covering.length ? paint(">", "red", "bold") : " "} ${paint(`${String(n).padStart(width)} |`, "dim")}`;
      frame.push(`${gutter} ${visible.text}`.trimEnd());
      const caretGroups = /* @__PURE__ */ new Map();
      for (const { mark } of covering) {
        const from = n === mark.start.line ? mark.start.column : firstNonBlankColumn(line);
        const to = Math.max(n === mark.end.line ? mark.end.column : line.length + 1, from + 1);
        const group = caretGroups.get(`${from}:${to}`) ?? { from, to, labels: [] };
        if (mark.label && n === mark.start.line && !group.labels.includes(mark.label)) group.labels.push(mark.label);
        caretGroups.set(`${from}:${to}`, group);
      }
      for (const { from, to, labels } of [...caretGroups.values()].sort((a, b) => a.from - b.from || a.to - b.to)) {
        const carets = caretLine(visible, from, to);
        const label2 = labels.length ? ` ${paint(escapeUntrusted(labels.join(", ")), "red")}` : "";
        if (carets) frame.push(`${blankGutter} ${carets.indent}${paint(carets.caret, "red", "bold")}${label2}`);
      }
    }
    if (stretch.some((s) => s.cut && s.last === last)) frame.push(ellipsis);
  });
  return frame;
}
function clip(line, shift) {
  const body = line.slice(shift, shift + MAX_WIDTH);
  const lead = shift > 0 ? ELLIPSIS : "";
  const tail = line.length > shift + MAX_WIDTH ? ELLIPSIS : "";
  return { text: `${lead}${body}${tail}`, shift, lead: lead.length };
}
function caretLine(visible, from, to) {
  const start = Math.max(from - 1 - visible.shift, 0) + visible.lead;
  const end = Math.min(to - 1 - visible.shift + visible.lead, visible.text.length + 1);
  if (end <= start) return void 0;
  const indent = visible.text.slice(0, start).replace(/[^\t]/g, " ");
  return { indent, caret: "^".repeat(end - start) };
}
function firstNonBlankColumn(line) {
  const index = line.search(/\S/);
  return index === -1 ? 1 : index + 1;
}

// src/report/text.ts
var SEVERITY_STYLE = {
  critical: ["magenta", "bold"],
  high: ["red", "bold"],
  medium: ["yellow"],
  low: ["blue"]
};
var INDENT2 = "  ";
var safe = escapeUntrusted;
function renderText(result, rules, options = {}) {
  const paint = painter(options.color ?? true);
  const rulesById = new Map(rules.map((rule) => [rule.id, rule]));
  const active = result.findings.filter((f) => !isAccepted(f));
  const threshold = options.quiet ? options.threshold ?? "low" : "low";
  const shown = bySeverity(active.filter((f) => atOrAbove(f.severity, threshold)));
  const hidden = active.length - shown.length;
  const summary = summaryLine(result, paint, hidden ? `${hidden} below ${threshold} not shown` : void 0);
  if (options.compact) {
    return joinBlocks([[...shown.map((f) => compactLine(f, paint)), ...result.errors.map((e) => compactErrorLine(e, paint))], [summary]]);
  }
  const context = { files: new SourceFiles(result.root), rulesById, paint, contextLines: options.contextLines ?? 2 };
  const blocks = [];
  if (shown.length) blocks.push([summary]);
  for (const findings of groupByResource(shown).values()) blocks.push(resourceBlock(findings, context));
  if (result.errors.length) blocks.push([paint("Load errors", "bold", "underline"), ...result.errors.map((e) => INDENT2 + errorLine(e, paint))]);
  if (result.notes.length) blocks.push([paint("Notes", "bold", "underline"), ...result.notes.map((n) => INDENT2 + noteLine(n, paint))]);
  blocks.push([summary]);
  return joinBlocks(blocks);
}
function groupByResource(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const { location, resource } = finding;
    const where2 = location.kind === "source" ? location.file : `${location.account}/${location.region}/${location.arn}`;
    addToGroup(groups, JSON.stringify([where2, resource.type, resource.id]), finding);
  }
  return groups;
}
function resourceBlock(findings, context) {
  const { paint } = context;
  const lines = [];
  findings.forEach((finding, i) => {
    if (i > 0) lines.push("");
    lines.push(headline(finding, paint), ...findingDetails(finding, context).map((line) => line ? INDENT2 + line : line));
  });
  const first = findings[0];
  lines.push("", INDENT2 + paint(`resource: ${safe(describeResource(first))}`, "dim"));
  if (first.location.kind === "source") {
    const source = context.files.lines(first.location.file);
    const labelled = findings.length > 1;
    const marks = findings.flatMap(({ location, ruleId }) => location.kind === "source" ? [{ start: location.start, end: location.end, label: labelled ? ruleId : void 0 }] : []);
    const frame = source && markedFrame(source, marks, { contextLines: context.contextLines, paint });
    if (frame) lines.push(...frame.map((line) => INDENT2.repeat(2) + line));
  }
  return lines;
}
function findingDetails(finding, context) {
  const { paint } = context;
  const rule = context.rulesById.get(finding.ruleId);
  const lines = [safe(finding.message)];
  if (finding.fix) {
    const { description, placeholders } = finding.fix;
    lines.push(`${paint("fix:", "green", "bold")} ${safe(description)}`);
    if (placeholders.length) lines.push(`${paint("fill in:", "green")} ${safe(placeholders.join(", "))}`);
  } else if (finding.location.kind === "live") {
    lines.push(...liveRemediation(rule, paint));
  }
  const controls = describeComplianceIds(rule);
  if (controls) lines.push(paint(`controls: ${controls}`, "dim"));
  return lines;
}
function liveRemediation(rule, paint) {
  const remediation = rule?.docs.remediation;
  const steps = remediation?.cli ?? remediation?.console;
  if (!steps) return [];
  const lines = [paint(remediation?.cli ? "remediation (AWS CLI):" : "remediation (console):", "green", "bold")];
  appendAll(lines, steps.replace(/\n+$/, "").split("\n").map((line) => INDENT2 + line));
  if (remediation?.recreate) lines.push(paint(`recreate: ${remediation.recreate}`, "yellow"));
  return lines;
}
function headline(finding, paint) {
  const severity2 = paint(finding.severity.toUpperCase().padEnd(8), ...SEVERITY_STYLE[finding.severity]);
  const possible = finding.certainty === "possible" ? paint(" (possible)", "dim") : "";
  return `${severity2} ${paint(safe(finding.ruleId), "bold")} ${safe(finding.ruleName)}${possible}  ${paint(safe(describeLocation(finding.location)), "cyan")}`;
}
function compactLine(finding, paint) {
  const possible = finding.certainty === "possible" ? " (possible)" : "";
  const parts = [paint(safe(describeLocation(finding.location)), "cyan"), paint(finding.severity, ...SEVERITY_STYLE[finding.severity]), safe(finding.ruleId), safe(finding.resource.id)];
  return `${parts.join(" ")} ${safe(finding.message)}${possible}`;
}
function compactErrorLine(error, paint) {
  const place = [error.file, error.line ?? 1, error.column ?? 1].join(":");
  return `${paint(safe(place), "cyan")} ${paint("error", "red", "bold")} load-error - ${safe(error.message)}`;
}
function describeResource({ resource, location }) {
  if (location.kind === "live") {
    const alias = resource.id === location.arn ? "" : ` ${resource.id}`;
    return `${resource.type}${alias} in account ${location.account}, region ${location.region}`;
  }
  return `${resource.id} (${[resource.type, resource.label].filter(Boolean).join(", ")})`;
}
function errorLine(error, paint) {
  const place = [error.file, error.line, error.line === void 0 ? void 0 : error.column].filter((part) => part !== void 0).join(":");
  return `${paint(safe(place), "cyan")}  ${paint("error", "red", "bold")} ${safe(error.message)}`;
}
function noteLine(note, paint) {
  const place = [note.file, note.file === void 0 ? void 0 : note.line].filter((part) => part !== void 0).join(":");
  const message = safe(note.message);
  return place ? `${paint(safe(place), "cyan")}  ${message}` : message;
}
function summaryLine(result, paint, hiddenNote) {
  const summary = summarize(result);
  const bySeverity2 = SEVERITIES.map((s) => paint(`${summary.bySeverity[s]} ${s}`, ...summary.bySeverity[s] ? SEVERITY_STYLE[s] : ["dim"]));
  const parts = [
    summary.active ? `${plural(summary.active, "finding")} (${bySeverity2.join(", ")})` : "no findings",
    ...summary.suppressed ? [`${summary.suppressed} suppressed`] : [],
    ...result.baseline ? [`${summary.unchanged} in the baseline, ${summary.absent} fixed since`] : [],
    ...hiddenNote ? [hiddenNote] : [],
    ...summary.errors ? [paint(plural(summary.errors, "load error"), "red")] : [],
    ...summary.notes ? [plural(summary.notes, "note")] : [],
    `${plural(summary.files, "file")} and ${plural(summary.resources, "resource")} scanned`
  ];
  return `${paint("Summary:", "bold")} ${parts.join("; ")}.`;
}
function joinBlocks(blocks) {
  return `${blocks.filter((block) => block.length).map((block) => block.join("\n")).join("\n\n")}
`;
}

// src/report/markdown.ts
var SEVERITY_ICON = { critical: "🟣", high: "🔴", medium: "🟠", low: "🔵" };
function renderMarkdown(result, rules, options = {}) {
  const summary = summarize(result);
  const active = bySeverity(result.findings.filter((f) => !isAccepted(f)));
  const rulesById = new Map(rules.map((r) => [r.id, r]));
  const out = ["## sagelint", ""];
  if (active.length === 0) {
    out.push(`✅ No findings in ${plural(summary.files, "file")} (${plural(summary.resources, "resource")}).`);
  } else {
    const counts = SEVERITIES.filter((s) => summary.bySeverity[s]).map((s) => `${SEVERITY_ICON[s]} ${summary.bySeverity[s]} ${s}`);
    out.push(`**${plural(active.length, "finding")}** in ${plural(summary.files, "file")} (${plural(summary.resources, "resource")} checked): ${counts.join(" · ")}.`);
    out.push("", "| rule | findings | controls |", "|---|---|---|");
    for (const [ruleId, count] of countByRule(active)) {
      const rule = rulesById.get(ruleId);
      out.push(`| [${escape(ruleId)}](${ruleHelpUri(ruleId)}) ${escape(rule?.name ?? "")} | ${count} | ${escape(describeComplianceIds(rule))} |`);
    }
    const top = options.top ?? 10;
    out.push("", `### Top findings`, "", "| | rule | where | what |", "|---|---|---|---|");
    for (const f of active.slice(0, top)) out.push(`| ${SEVERITY_ICON[f.severity]} | ${escape(f.ruleId)} | ${escape(where(f))} | ${escape(firstSentence(f.message))} |`);
    out.push("", `<details><summary>All ${plural(active.length, "finding")}</summary>`, "");
    for (const findings of groupByResource2(active)) {
      const { resource } = findings[0];
      out.push(`- **${escape(resource.id)}** (${escape(resource.type)})`);
      for (const f of findings) out.push(`  - ${SEVERITY_ICON[f.severity]} **${escape(f.ruleId)}** ${codeSpan(where(f))}: ${escape(f.message)}`);
    }
    out.push("", "</details>");
  }
  const extras = [
    summary.suppressed ? `${summary.suppressed} suppressed` : "",
    result.baseline ? `${summary.unchanged} in the baseline, ${summary.absent} fixed since` : "",
    summary.errors ? `⚠️ ${plural(summary.errors, "input")} could not be read` : ""
  ].filter(Boolean);
  if (extras.length) out.push("", extras.join(" · "));
  if (result.errors.length) {
    out.push("", "<details><summary>Load errors</summary>", "");
    for (const e of result.errors) out.push(`- ${codeSpan([e.file, e.line, e.column].filter((p) => p !== void 0).join(":"))}: ${escape(e.message)}`);
    out.push("", "</details>");
  }
  return `${out.join("\n")}
`;
}
function groupByResource2(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of findings) addToGroup(groups, JSON.stringify([f.location.kind === "source" ? f.location.file : f.location.arn, f.resource.type, f.resource.id]), f);
  return [...groups.values()];
}
function countByRule(findings) {
  const counts = /* @__PURE__ */ new Map();
  for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
function where(f) {
  return f.location.kind === "source" ? `${f.location.file}:${f.location.start.line}` : f.location.arn;
}
function firstSentence(message) {
  const end = message.search(/[.:](\s|$)/);
  return end === -1 ? message : message.slice(0, end);
}
function escape(text) {
  return escapeUntrusted(text).replace(/&/g, "&amp;").replace(/[\\`*_~[\]<>|#!]/g, (c) => `\\${c}`).replace(/@/g, "@&#8203;").replace(/:\/\//g, ":&#8203;//").replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}&#8203;.`);
}
function codeSpan(text) {
  const inert = escapeUntrusted(text);
  const fence = "`".repeat(Math.max(0, ...(inert.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  const pad = /^[`\s]|[`\s]$/.test(inert) ? " " : "";
  return `${fence}${pad}${inert}${pad}${fence}`;
}

// src/report/github.ts
var COMMAND = { critical: "error", high: "error", medium: "warning", low: "notice" };
function renderGithubAnnotations(result) {
  const lines = [];
  for (const f of result.findings) {
    if (isAccepted(f) || f.location.kind !== "source") continue;
    const { file, start, end } = f.location;
    const props = [`file=${property(file)}`, `line=${start.line}`, `col=${start.column}`, `endLine=${end.line}`];
    if (end.line === start.line) props.push(`endColumn=${end.column}`);
    props.push(`title=${property(`${f.ruleId} ${f.ruleName}`)}`);
    lines.push(`::${COMMAND[f.severity]} ${props.join(",")}::${data(`${f.message} [${f.resource.id}]`)}`);
  }
  for (const e of result.errors) {
    const where2 = [`file=${property(e.file)}`, ...e.line ? [`line=${e.line}`] : [], ...e.column ? [`col=${e.column}`] : []];
    lines.push(`::error ${where2.join(",")},title=sagelint could not read this file::${data(e.message)}`);
  }
  const summary = summarize(result);
  lines.push(`sagelint: ${plural(summary.active, "finding")}, ${plural(summary.errors, "load error")} in ${plural(summary.files, "file")}`);
  return `${lines.join("\n")}
`;
}
function data(text) {
  return escapeUntrusted(text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}
function property(text) {
  return data(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// src/cli/changed-files.ts
import { spawnSync } from "node:child_process";
import { existsSync as existsSync2, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path2 from "node:path";

// src/engine/baseline.ts
import { readFile as readFile2, writeFile } from "node:fs/promises";
var BASELINE_VERSION = 1;
var DEFAULT_BASELINE_FILE = ".sagelint-baseline.json";
function baselineOf(result) {
  const findings = result.findings.filter((f) => !f.suppression).map((f) => ({
    fingerprint: f.fingerprint,
    ruleId: f.ruleId,
    resource: f.resource.id,
    ...f.location.kind === "source" ? { file: f.location.file } : {}
  }));
  return { version: BASELINE_VERSION, findings };
}
async function writeBaseline(file, result) {
  const baseline = baselineOf(result);
  await writeFile(file, `${JSON.stringify(baseline, null, 2)}
`);
  return baseline.findings.length;
}
async function readBaseline(file) {
  let text;
  try {
    text = await readFile2(file, "utf8");
  } catch (err) {
    throw new ConfigError(`${file}: cannot read baseline: ${err.message}`);
  }
  return parseBaseline(text, file);
}
function parseBaseline(text, file) {
  let data2;
  try {
    data2 = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`${file}: cannot read baseline: ${err.message}`);
  }
  const baseline = data2;
  if (baseline?.version !== BASELINE_VERSION || !Array.isArray(baseline.findings) || !baseline.findings.every((e) => typeof e?.fingerprint === "string")) {
    throw new ConfigError(`${file}: not a sagelint baseline (version ${BASELINE_VERSION}); create one with \`sagelint baseline\``);
  }
  return baseline;
}
function compareWithBaseline(result, baseline, file) {
  const known = new Set(baseline.findings.map((e) => e.fingerprint));
  const seen = /* @__PURE__ */ new Set();
  const findings = result.findings.map((f) => {
    seen.add(f.fingerprint);
    return { ...f, baselineState: known.has(f.fingerprint) ? "unchanged" : "new" };
  });
  const absent = baseline.findings.filter((e) => !seen.has(e.fingerprint));
  return { ...result, findings, baseline: { file, absent } };
}
function baselineAdditions(base, head) {
  const known = new Set(base.findings.map((e) => e.fingerprint));
  return head.findings.filter((e) => !known.has(e.fingerprint));
}

// src/cli/changed-files.ts
function git(cwd, args, env = {}) {
  return spawnSync("git", ["--no-pager", ...args], {
    cwd,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0", ...env }
  });
}
function failure(result, fallback) {
  return result.stderr?.trim().split("\n")[0] || fallback;
}
function gitTopLevel(dir) {
  const top = git(dir, ["rev-parse", "--show-toplevel"]);
  return top.status === 0 ? top.stdout.trim() : void 0;
}
function resolveCommit(cwd, ref) {
  if (ref === "" || ref.startsWith("-") || [...ref].some((c) => c < " " || c === "")) return { ok: false, message: `not a git revision: ${JSON.stringify(ref)}` };
  const resolved = git(cwd, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  const commit = resolved.stdout?.trim() ?? "";
  if (resolved.status !== 0 || !/^[0-9a-f]{40,64}$/.test(commit)) {
    return { ok: false, message: gitTopLevel(cwd) === void 0 ? "not inside a git repository" : `no such commit: ${JSON.stringify(ref)}` };
  }
  return { ok: true, value: commit };
}
function mergeBaseOf(cwd, ref) {
  const commit = resolveCommit(cwd, ref);
  if (!commit.ok) return commit;
  const base = git(cwd, ["merge-base", commit.value, "HEAD"]);
  if (base.status !== 0) return { ok: false, message: failure(base, `no merge base of ${ref} and HEAD`) };
  return { ok: true, value: base.stdout.trim() };
}
function checkoutToTemp(top, commit) {
  const scratch = mkdtempSync(path2.join(tmpdir(), "sagelint-base-"));
  const tree = path2.join(scratch, "tree");
  const env = { GIT_INDEX_FILE: path2.join(scratch, "index") };
  const read = git(top, ["read-tree", commit], env);
  const checkout = read.status === 0 ? git(top, ["checkout-index", "--all", "--force", `--prefix=${tree}${path2.sep}`], env) : read;
  rmSync(env.GIT_INDEX_FILE, { force: true });
  if (checkout.status !== 0) {
    rmSync(scratch, { recursive: true, force: true });
    return { ok: false, message: failure(checkout, `cannot read the tree of ${commit}`) };
  }
  return { ok: true, value: tree };
}
function fileAtCommit(top, commit, file) {
  const relative2 = path2.relative(top, path2.resolve(file)).split(path2.sep).join("/");
  if (relative2 === "" || relative2.startsWith("../") || path2.isAbsolute(relative2)) return { ok: false, message: `${file} is outside the repository` };
  const object = `${commit}:${relative2}`;
  const type = git(top, ["cat-file", "-t", object]);
  if (type.status !== 0 || type.stdout.trim() !== "blob") return { ok: true, value: void 0 };
  const blob = git(top, ["cat-file", "blob", object]);
  if (blob.status !== 0) return { ok: false, message: failure(blob, `cannot read ${object}`) };
  return { ok: true, value: blob.stdout };
}
async function scanMergeBase(ref, paths, options) {
  const base = mergeBaseOf(options.root, ref);
  if (!base.ok) return base;
  const top = gitTopLevel(options.root);
  const tree = checkoutToTemp(top, base.value);
  if (!tree.ok) return tree;
  try {
    const inTree = (file) => {
      const relative2 = path2.relative(top, path2.resolve(file));
      return relative2.startsWith("..") || path2.isAbsolute(relative2) ? void 0 : path2.join(tree.value, relative2);
    };
    const basePaths = paths.map(inTree).filter((p) => p !== void 0 && existsSync2(p));
    const root = inTree(options.root);
    const varFiles = options.varFiles?.map((file) => inTree(file) ?? file);
    const result = basePaths.length && root ? await scan(basePaths, { ...options, root, varFiles }) : void 0;
    const fingerprints = new Set(result ? baselineOf(result).findings.map((e) => e.fingerprint) : []);
    const problems = new Set(result ? [...result.errors, ...result.notes].map(problemKey) : []);
    return { ok: true, value: { commit: base.value, fingerprints, problems } };
  } finally {
    rmSync(path2.dirname(tree.value), { recursive: true, force: true });
  }
}
function problemKey(problem) {
  return `${problem.file ?? ""}\0${problem.message}`;
}
function onlyIntroduced(result, base) {
  return {
    ...result,
    findings: result.findings.filter((f) => !base.fingerprints.has(f.fingerprint)),
    errors: result.errors.filter((e) => !base.problems.has(problemKey(e))),
    notes: result.notes.filter((n) => !base.problems.has(problemKey(n)))
  };
}

// src/cli/from-ref.ts
import { existsSync as existsSync3 } from "node:fs";
import path3 from "node:path";
function atRef(root, option, ref) {
  const top = gitTopLevel(root);
  const commit = resolveCommit(root, ref);
  if (!commit.ok) throw new ConfigError(`${option} ${JSON.stringify(ref)}: ${commit.message}`);
  if (top === void 0) throw new ConfigError(`${option}: not inside a git repository`);
  const read = (file) => orThrow(fileAtCommit(top, commit.value, file), option, ref);
  return { top, commit: commit.value, read };
}
function orThrow(answer, option, ref) {
  if (!answer.ok) throw new ConfigError(`${option} ${JSON.stringify(ref)}: ${answer.message}`);
  return answer.value;
}
function label(at, ref, file) {
  return `${ref}:${path3.relative(at.top, file).split(path3.sep).join("/")}`;
}
function configFromRef(root, ref, explicit, catalog) {
  const at = atRef(root, "--config-from-ref", ref);
  const file = explicit ? path3.resolve(explicit) : findConfigFile(root, at.top, (candidate) => at.read(candidate) !== void 0);
  const text = file ? at.read(file) : void 0;
  if (file === void 0 || text === void 0) return EMPTY_CONFIG;
  return parseConfig(text, label(at, ref, file), catalog);
}
function baselineFromRef(root, ref, file) {
  const at = atRef(root, "--baseline-from-ref", ref);
  const where2 = label(at, ref, path3.resolve(file));
  const text = at.read(path3.resolve(file));
  return { baseline: text === void 0 ? { version: BASELINE_VERSION, findings: [] } : parseBaseline(text, where2), label: where2 };
}
async function workingTreeGateChanges(root, args, trusted, catalog) {
  const lines = [];
  const configRef = args["config-from-ref"];
  if (configRef) {
    const file2 = args.config ? path3.resolve(args.config) : findConfigFile(root, gitTopLevel(root) ?? root);
    try {
      const own = file2 ? await loadConfig(file2, catalog) : EMPTY_CONFIG;
      for (const change of configWeakenings(trusted.config, own, catalog)) lines.push(`the working tree's config ${change} (not applied: the config comes from ${JSON.stringify(configRef)})`);
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      lines.push(`the working tree's config cannot be read: ${JSON.stringify(err.message)}`);
    }
  }
  const baselineRef = args["baseline-from-ref"];
  const file = path3.resolve(args.baseline ?? DEFAULT_BASELINE_FILE);
  if (baselineRef && trusted.baseline && existsSync3(file)) {
    try {
      const added = baselineAdditions(trusted.baseline, await readBaseline(file));
      const named = added.slice(0, 5).map((e) => `${e.ruleId} ${JSON.stringify(e.resource)}`);
      if (added.length) lines.push(`the working tree's baseline accepts ${plural(added.length, "finding")} that ${JSON.stringify(baselineRef)}'s does not: ${named.join(", ")}${added.length > named.length ? ", …" : ""} (not applied)`);
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      lines.push(`the working tree's baseline cannot be read: ${JSON.stringify(err.message)}`);
    }
  }
  return lines;
}

// src/loaders/cloudformation/parameter-files.ts
import { parse as parseToml } from "smol-toml";
var EXPECTED = 'expected [{ "ParameterKey", "ParameterValue" }] (CloudFormation CLI), { "Parameters": { … } } (CodePipeline template configuration) or a samconfig.toml with parameter_overrides';
function readParameterFile(absolute, maxFileBytes) {
  const read = readSourceTextSync(absolute, maxFileBytes);
  if (!read.ok) return { ok: false, message: read.message };
  if (absolute.toLowerCase().endsWith(".toml")) return samConfigParameters(read.text);
  let data2;
  try {
    data2 = JSON.parse(read.text);
  } catch (err) {
    return { ok: false, message: `not valid JSON (${err.message}); ${EXPECTED}` };
  }
  if (Array.isArray(data2)) return cliParameters(data2);
  if (isRecord(data2) && isRecord(data2.Parameters)) return stringValues(data2.Parameters, "Parameters");
  return { ok: false, message: EXPECTED };
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function cliParameters(entries) {
  const values = {};
  for (const [i, entry] of entries.entries()) {
    if (!isRecord(entry) || typeof entry.ParameterKey !== "string") return { ok: false, message: `entry ${i} has no ParameterKey; ${EXPECTED}` };
    if (entry.UsePreviousValue === true) continue;
    if (typeof entry.ParameterValue !== "string") return { ok: false, message: `entry ${i} (${entry.ParameterKey}) has no string ParameterValue` };
    values[entry.ParameterKey] = entry.ParameterValue;
  }
  return { ok: true, values };
}
function stringValues(parameters, where2) {
  const values = {};
  for (const [key, value] of Object.entries(parameters)) {
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") return { ok: false, message: `${where2}.${key} must be a string` };
    values[key] = String(value);
  }
  return { ok: true, values };
}
function samConfigParameters(text) {
  let data2;
  try {
    data2 = parseToml(text);
  } catch (err) {
    return { ok: false, message: `not valid TOML (${err.message.split("\n")[0]})` };
  }
  const deploy = isRecord(data2.default) && isRecord(data2.default.deploy) && isRecord(data2.default.deploy.parameters) ? data2.default.deploy.parameters : void 0;
  const overrides = deploy?.parameter_overrides;
  if (overrides === void 0) return { ok: false, message: "no parameter_overrides under [default.deploy.parameters]" };
  const pairs = typeof overrides === "string" ? shellWords(overrides) : Array.isArray(overrides) && overrides.every((o) => typeof o === "string") ? overrides.flatMap(shellWords) : void 0;
  if (!pairs) return { ok: false, message: 'parameter_overrides must be a string "Key=Value …" or a list of them' };
  const values = {};
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    if (eq <= 0) return { ok: false, message: `parameter_overrides: '${pair}' is not Key=Value` };
    values[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return { ok: true, values };
}
function shellWords(text) {
  const words = [];
  let current = "";
  let quote;
  let started = false;
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = void 0;
      else current += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      started = true;
    } else if (/\s/.test(char)) {
      if (started) words.push(current);
      current = "";
      started = false;
    } else {
      current += char;
      started = true;
    }
  }
  if (started) words.push(current);
  return words;
}

// src/cli/run-scan.ts
async function prepareScan(args) {
  const catalog = await loadCatalog();
  const root = scanRootFor(args.paths);
  try {
    const config = args["config-from-ref"] ? configFromRef(root, args["config-from-ref"], args.config, catalog) : await resolveConfigFor(root, args.config, catalog);
    const rules = selectRules(catalog, config, args);
    await prepareRules(rules);
    const parameters = readParameterFiles([...config.parameters ?? [], ...(args.parameters ?? []).map((file) => ({ templates: "**", file: path4.resolve(file) }))]);
    return { catalog, root, paths: args.paths.map((p) => path4.resolve(p)), config, rules, parameters };
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`sagelint: ${escapeUntrusted(err.message)}
`);
    return void 0;
  }
}
async function runScan(args) {
  const setup = await prepareScan(args);
  if (!setup) return EXIT.error;
  const { config, rules } = setup;
  let baseline;
  let baselineLabel = args.baseline;
  if (args.baseline || args["baseline-from-ref"]) {
    try {
      if (args["baseline-from-ref"]) ({ baseline, label: baselineLabel } = baselineFromRef(setup.root, args["baseline-from-ref"], args.baseline ?? DEFAULT_BASELINE_FILE));
      else baseline = await readBaseline(args.baseline);
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      process.stderr.write(`sagelint: ${escapeUntrusted(err.message)}
`);
      return EXIT.error;
    }
  }
  for (const change of await workingTreeGateChanges(setup.root, args, { config, baseline }, setup.catalog)) process.stderr.write(`sagelint: warning: ${escapeUntrusted(change)}
`);
  const options = scanOptionsFor(setup, args);
  const mergeBase = args["changed-since"] ? await scanMergeBase(args["changed-since"], setup.paths, options) : void 0;
  if (mergeBase && !mergeBase.ok) {
    process.stderr.write(`sagelint: --changed-since ${escapeUntrusted(`${args["changed-since"]}: ${mergeBase.message}`)}
`);
    return EXIT.error;
  }
  let result = await scan(setup.paths, options);
  if (baseline) result = compareWithBaseline(result, baseline, baselineLabel);
  if (mergeBase) result = onlyIntroduced(result, mergeBase.value);
  const failOn = args["fail-on"] ?? config.failOn ?? "low";
  return writeReport(result, rules, { format: args.format, output: args.output, summary: args.summary, failOn, category: args.category, color: args.color, quiet: args.quiet, compact: args.compact });
}
function readParameterFiles(files) {
  return files.map(({ templates, file }) => {
    const read = readParameterFile(file);
    if (!read.ok) throw new ConfigError(`${file}: not a usable parameter file: ${read.message}`);
    return { templates, source: path4.basename(file), values: read.values };
  });
}
function scanOptionsFor({ root, rules, catalog, config, parameters }, args) {
  return {
    root,
    rules,
    catalog,
    config: { ...config, inlineSuppressions: config.inlineSuppressions && args["inline-suppressions"] },
    maxFileBytes: args["max-file-size"] * 1024 * 1024,
    varFiles: args["var-file"],
    parameters,
    jobs: args.jobs ?? availableParallelism()
  };
}
async function writeReport(result, rules, options) {
  const format = options.format ?? formatFromExtension(options.output) ?? (process.env.GITHUB_ACTIONS === "true" && !options.output ? "github" : "text");
  const report = render(result, rules, format, options);
  if (options.output) {
    if (!await writeOutputFile(options.output, () => writeChunks(report, { file: options.output }))) return EXIT.error;
    if (!options.quiet) process.stderr.write(`sagelint: ${oneLineSummary(result)}; report written to ${escapeUntrusted(options.output)}
`);
  } else {
    await writeChunks(report, { stream: process.stdout });
  }
  const summary = options.summary;
  if (summary && !await writeOutputFile(summary, () => appendFile(summary, `${renderMarkdown(result, rules)}
`))) return EXIT.error;
  return exitCode(result, options.failOn);
}
async function runBaseline(args) {
  const setup = await prepareScan(args);
  if (!setup) return EXIT.error;
  const result = await scan(setup.paths, scanOptionsFor(setup, args));
  let count = 0;
  if (!await writeOutputFile(args.output, async () => void (count = await writeBaseline(args.output, result)))) return EXIT.error;
  process.stderr.write(`sagelint: baseline of ${plural(count, "finding")} written to ${escapeUntrusted(args.output)}
`);
  for (const error of result.errors) process.stderr.write(`sagelint: ${escapeUntrusted(`${error.file}${error.line ? `:${error.line}` : ""}: ${error.message}`)}
`);
  return result.errors.length ? EXIT.error : EXIT.clean;
}
async function resolveConfigFor(root, explicit, catalog) {
  const file = explicit ? path4.resolve(explicit) : findConfigFile(root, gitTopLevel(root) ?? root);
  return file ? loadConfig(file, catalog) : EMPTY_CONFIG;
}
function selectRules(catalog, config, args) {
  const ids = (list) => listArgument(list ?? []).map((s) => s.toUpperCase());
  const only = ids(args.rules);
  const skip = ids(args["skip-rules"]);
  const known = new Set(catalog.map((r) => r.id));
  const unknown = [...only, ...skip].filter((id) => !known.has(id));
  if (unknown.length) throw new ConfigError(`unknown rule ${unknown.join(", ")} (see \`sagelint rules\`)`);
  return catalog.filter((r) => (only.length ? only.includes(r.id) : !config.disabledRules.has(r.id)) && !skip.includes(r.id));
}
function formatFromExtension(output) {
  const ext = output ? path4.extname(output).toLowerCase() : "";
  if (ext === ".sarif") return "sarif";
  if (ext === ".json") return "json";
  if (ext === ".md") return "markdown";
  return void 0;
}
function render(result, rules, format, options) {
  switch (format) {
    case "json":
      return jsonReportText(result, rules);
    case "sarif":
      return sarifReportText(result, rules, { category: options.category });
    case "markdown":
      return [renderMarkdown(result, rules)];
    case "github":
      return [renderGithubAnnotations(result)];
    case "text":
      return [renderText(result, rules, { color: options.color && !options.output, quiet: options.quiet, compact: options.compact, threshold: options.failOn === "none" ? "critical" : options.failOn })];
  }
}
function oneLineSummary(result) {
  const summary = summarize(result);
  return `${plural(summary.active, "finding")}, ${plural(result.errors.length, "load error")} in ${plural(result.stats.files, "file")}`;
}
function exitCode(result, failOn) {
  if (result.errors.length > 0) return EXIT.error;
  if (failOn === "none") return EXIT.clean;
  const failing = result.findings.some((f) => !isAccepted(f) && atOrAbove(f.severity, failOn));
  return failing ? EXIT.findings : EXIT.clean;
}

export {
  plural,
  prepareScan,
  runScan,
  scanOptionsFor,
  writeReport,
  runBaseline,
  selectRules,
  exitCode
};
