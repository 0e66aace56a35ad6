import {
  ruleHelp
} from "./chunk-45XWRMVH.js";
import {
  SourceFiles
} from "./chunk-QN43GF2S.js";
import {
  LazyList,
  jsonChunks
} from "./chunk-IDRQLRQN.js";
import {
  incompleteBanner
} from "./chunk-IFGQ4GK5.js";
import {
  INFORMATION_URI,
  TOOL_NAME,
  ruleDocsUri,
  ruleHelpUri,
  toolVersion
} from "./chunk-BHUSQXRU.js";
import {
  complianceIds
} from "./chunk-IS4SSPBS.js";
import {
  SEVERITIES
} from "./chunk-2I7KX7CV.js";
import {
  addToGroup,
  plural
} from "./chunk-CAGW7M4A.js";

// src/report/sarif.ts
import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
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
    for (const finding of kept) context.ruleTable.place(finding);
    return new LazyList(kept, (finding) => sarifResult(finding, finding.location, context), true);
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
  const banner = incompleteBanner(result);
  const notifications = [
    ...banner ? [{ level: "error", message: { text: sentence(banner) } }] : [],
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
      },
      ...ruleTable.extensions.length ? { extensions: ruleTable.extensions } : {}
    },
    ...options.category ? { automationDetails: { id: automationId(options.category) } } : {},
    originalUriBaseIds: { [SOURCE_ROOT_ID]: { uri: directoryUri(result.root) } },
    invocations: [
      {
        executionSuccessful: result.errors.length === 0 && !result.incomplete,
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
  const { index, extension } = ruleTable.place(finding);
  return {
    ruleId: finding.ruleId,
    // A plugin's rule is described by its plugin's component (runs[].tool.extensions), which the result names.
    ...extension === void 0 ? { ruleIndex: index } : { rule: { id: finding.ruleId, index, toolComponent: { index: extension } } },
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
    })),
    properties: { kind: fix.kind, placeholders: [...fix.placeholders] }
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
  extensions = [];
  indexes = /* @__PURE__ */ new Map();
  extensionPlaces = /* @__PURE__ */ new Map();
  constructor(rules) {
    this.descriptors = [];
    const components = /* @__PURE__ */ new Map();
    for (const rule of rules) {
      if (!rule.origin) {
        this.add(rule.id, ruleDescriptor(rule));
        continue;
      }
      const { name, version, homepage } = rule.origin;
      let extension = components.get(name);
      if (extension === void 0) {
        extension = this.extensions.length;
        components.set(name, extension);
        this.extensions.push({ name, ...version ? { version, ...SEMVER.test(version) ? { semanticVersion: version } : {} } : {}, ...homepage ? { informationUri: homepage } : {}, rules: [] });
      }
      const component = this.extensions[extension];
      this.extensionPlaces.set(rule.id, { index: component.rules.length, extension });
      component.rules.push(ruleDescriptor(rule));
    }
  }
  place(finding) {
    return this.extensionPlaces.get(finding.ruleId) ?? { index: this.indexOf(finding) };
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
    ...ruleDocsUri(rule) ? { helpUri: ruleDocsUri(rule) } : {},
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
function ruleProperties(severity, tags) {
  return {
    tags: [.../* @__PURE__ */ new Set(["security", ...tags])].slice(0, MAX_RULE_TAGS),
    "security-severity": SECURITY_SEVERITY[severity],
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
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split("/").map(encodeURIComponent).join("/"), uriBaseId: SOURCE_ROOT_ID };
}
function directoryUri(path) {
  const uri = pathToFileURL(path).href;
  return uri.endsWith("/") ? uri : `${uri}/`;
}
function automationId(category) {
  return category.endsWith("/") ? category : `${category}/`;
}
function sentence(text) {
  const trimmed = text.trim();
  return trimmed.endsWith(".") ? trimmed : `${trimmed}.`;
}

export {
  SARIF_SCHEMA_URI,
  SOURCE_ROOT_ID,
  FINGERPRINT_KEY,
  SARIF_LEVEL,
  SECURITY_SEVERITY,
  GITHUB_MAX_RESULTS,
  sarifReportText
};
