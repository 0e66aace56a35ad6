import {
  loadUnitSource,
  planUnitSources
} from "./chunk-3E6ZCQFX.js";
import {
  DEFAULT_MAX_FILE_BYTES,
  findInputFiles
} from "./chunk-IQBJY2UA.js";
import {
  isResource,
  lowerSeverity,
  prepareRules
} from "./chunk-I7UKQEPT.js";
import {
  instanceName,
  propertyPathOf
} from "./chunk-42SA4L2J.js";
import {
  addToGroup,
  appendAll
} from "./chunk-MMQDSGRT.js";

// src/engine/evaluate.ts
import { createHash } from "node:crypto";

// src/model/graph.ts
var ResourceGraph = class {
  resources;
  byName = /* @__PURE__ */ new Map();
  outgoing = /* @__PURE__ */ new Map();
  incoming = /* @__PURE__ */ new Map();
  /** Referrers by kind, built on first ask: a security group or VPC can have thousands of referrers, asked for once per tenant. */
  incomingByKind = /* @__PURE__ */ new Map();
  constructor(resources) {
    this.resources = resources;
    for (const r of resources) {
      this.byName.set(r.id, r);
      for (const alias of r.aliases) if (!this.byName.has(alias)) this.byName.set(alias, r);
    }
    for (const r of resources) this.indexReferences(r, r.props);
  }
  byId(id) {
    return this.byName.get(id);
  }
  ofKind(kind) {
    return this.resources.filter((r) => r.kind === kind);
  }
  /** Resources a value refers to: a reference, an ID, a name or an ARN, through every choice. */
  resolve(value) {
    const found = /* @__PURE__ */ new Set();
    this.collectTargets(value, found);
    return [...found];
  }
  /** Resources this one refers to, optionally only of one kind. */
  references(resource, kind) {
    const edges = this.outgoing.get(resource) ?? [];
    return kind ? edges.filter((e) => e.to.kind === kind) : edges;
  }
  /** Resources that refer to this one, optionally only of one kind. */
  referrers(resource, kind) {
    const edges = this.incoming.get(resource) ?? [];
    if (!kind) return edges;
    let byKind = this.incomingByKind.get(resource);
    if (!byKind) {
      byKind = /* @__PURE__ */ new Map();
      for (const edge of edges) addToGroup(byKind, edge.from.kind, edge);
      this.incomingByKind.set(resource, byKind);
    }
    return byKind.get(kind) ?? [];
  }
  collectTargets(value, found) {
    switch (value.t) {
      case "ref": {
        const target = this.byName.get(value.target);
        if (target) found.add(target);
        return;
      }
      case "scalar": {
        const target = typeof value.v === "string" ? this.byName.get(value.v) : void 0;
        if (target) found.add(target);
        return;
      }
      case "list":
        for (const item of value.items) this.collectTargets(item, found);
        return;
      case "oneOf":
        for (const o of value.options) this.collectTargets(o.value, found);
        return;
      case "unknown":
        if (value.fallback) this.collectTargets(value.fallback.value, found);
        return;
      default:
        return;
    }
  }
  indexReferences(from, value) {
    switch (value.t) {
      case "map":
        for (const v of value.entries.values()) this.indexReferences(from, v);
        return;
      case "list":
        for (const item of value.items) this.indexReferences(from, item);
        return;
      case "oneOf":
        for (const o of value.options) this.indexReferences(from, o.value);
        return;
      case "unknown":
        if (value.fallback) this.indexReferences(from, value.fallback.value);
        return;
      case "ref":
      case "scalar":
        for (const to of this.resolve(value)) if (to !== from) this.addEdge({ from, to, via: value });
        return;
      case "omitted":
        return;
    }
  }
  addEdge(edge) {
    addToGroup(this.outgoing, edge.from, edge);
    addToGroup(this.incoming, edge.to, edge);
  }
};

// src/engine/suppressions.ts
import picomatch from "picomatch";
function matchExternalSuppression(finding, suppressions, today) {
  let expired;
  for (const s of suppressions) {
    if (!matches(s, finding)) continue;
    if (s.expires && isExpired(s.expires, today)) {
      expired ??= {
        message: `suppression of ${s.rule}${s.resource ? ` on ${s.resource}` : ""} in ${s.source} expired on ${s.expires}; the finding is reported again`
      };
      continue;
    }
    return { suppression: { kind: "external", justification: s.reason, source: s.source } };
  }
  return { expired };
}
function matches(s, finding) {
  if (s.rule !== finding.ruleId && s.rule !== "*") return false;
  if (s.resource && s.resource !== finding.resource.id) return false;
  if (s.path) {
    const file = finding.location.kind === "source" ? finding.location.file : void 0;
    if (!file || !matcherFor(s.path)(file)) return false;
  }
  return true;
}
var matchers = /* @__PURE__ */ new Map();
function matcherFor(glob) {
  let matcher = matchers.get(glob);
  if (!matcher) matchers.set(glob, matcher = picomatch(glob, { dot: true }));
  return matcher;
}
function isExpired(expires, today) {
  return today.toISOString().slice(0, 10) >= expires;
}

// src/engine/evaluate.ts
function evaluateUnit(unit, options) {
  const graph = new ResourceGraph(unit.resources);
  const findings = [];
  const notes = [];
  const ruleNotes = new NoteSet();
  const knownRuleIds = options.knownRuleIds ?? new Set(options.rules.map((r) => r.id));
  for (const resource of unit.resources) {
    const applicable = options.rules.filter((r) => r.appliesTo.includes(resource.kind));
    for (const rule of applicable) {
      const reports = [];
      rule.check(resource, {
        graph,
        options: { requiredTags: [...options.requiredTags ?? []] },
        report: (input) => reports.push(input),
        note: (input) => ruleNotes.add(rule.id, placeOf(resource, input), input.message)
      });
      for (const input of reports) findings.push(toFinding(rule, resource, input, unit, options));
    }
    appendAll(notes, checkSuppressionsOf(resource, knownRuleIds, options));
  }
  appendAll(notes, ruleNotes.values());
  assignFingerprints(findings);
  const resourcesById = /* @__PURE__ */ new Map();
  const key = (loc, id) => `${loc.kind === "source" ? loc.file : ""}\0${id}`;
  for (const resource of unit.resources) {
    for (const k of [key(resource.loc, instanceName(resource)), instanceName(resource)]) if (!resourcesById.has(k)) resourcesById.set(k, resource);
  }
  for (const finding of findings) {
    const resource = resourcesById.get(key(finding.location, finding.resource.id)) ?? resourcesById.get(finding.resource.id);
    applySuppression(finding, resource, options, notes);
  }
  return { findings, notes };
}
function toFinding(rule, resource, input, unit, options) {
  const certainty = input.certainty ?? "definite";
  const base = options.severityOverrides?.[rule.id] ?? rule.severity;
  const propertyPath = isResource(input.at) ? [] : propertyPathOf(resource, input.at);
  return {
    ruleId: rule.id,
    ruleName: rule.name,
    severity: certainty === "possible" ? lowerSeverity(base) : base,
    certainty,
    message: input.message,
    resource: { id: instanceName(resource), type: resource.type, kind: resource.kind, source: resource.source, label: resource.label },
    location: locationOf(input.at, resource),
    propertyPath,
    fix: input.fix && renderFix(input.fix, unit),
    fingerprint: ""
  };
}
function placeOf(resource, input) {
  const loc = locationOf(input.at ?? resource, resource);
  return loc.kind === "source" ? { file: loc.file, line: loc.start.line } : {};
}
var NoteSet = class {
  byKey = /* @__PURE__ */ new Map();
  add(ruleId, place, message) {
    const key = JSON.stringify([place.file, place.line, message]);
    const entry = this.byKey.get(key);
    if (!entry) this.byKey.set(key, { place, message, ruleIds: [ruleId] });
    else if (!entry.ruleIds.includes(ruleId)) entry.ruleIds.push(ruleId);
  }
  values() {
    return [...this.byKey.values()].map(({ place, message, ruleIds }) => ({ ...place, message: `${ruleIds.join(", ")}: ${message}` }));
  }
};
function locationOf(at, resource) {
  if (isResource(at)) return at.loc;
  if (at.t === "omitted") return resource.loc;
  return at.loc;
}
var PLACEHOLDER = /<[a-z0-9][a-z0-9-]*>/g;
function renderFix(fix, unit) {
  const edits = unit.renderFix?.(fix);
  if (!edits || edits.length === 0) return void 0;
  const placeholders = /* @__PURE__ */ new Set();
  const written = [...fix.edits.map((e) => e.value), ...(fix.additions ?? []).map((a) => a.properties)];
  for (const value of written) for (const m of JSON.stringify(value).matchAll(PLACEHOLDER)) placeholders.add(m[0]);
  return { description: fix.description, placeholders: [...placeholders], edits };
}
function assignFingerprints(findings) {
  const seen = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const file = f.location.kind === "source" ? f.location.file : "";
    const identity = [f.ruleId, file, f.resource.id, f.propertyPath.join(".")].join("\0");
    const n = seen.get(identity) ?? 0;
    seen.set(identity, n + 1);
    f.fingerprint = createHash("sha256").update(`${identity}\0${n}`).digest("hex").slice(0, 32);
  }
}
function applySuppression(finding, resource, options, notes) {
  let suppression;
  if (resource && options.inlineSuppressions !== false) {
    const inline = resource.suppressions.find((s) => s.ruleId === finding.ruleId && s.reason);
    if (inline) suppression = { kind: "inSource", justification: inline.reason, source: describeSource(inline.loc) };
  }
  if (!suppression) {
    const external = matchExternalSuppression(finding, options.externalSuppressions ?? [], options.today ?? /* @__PURE__ */ new Date());
    if (external.expired) notes.push(external.expired);
    suppression = external.suppression;
  }
  if (suppression) finding.suppression = suppression;
}
function checkSuppressionsOf(resource, knownRuleIds, options) {
  if (options.inlineSuppressions === false) return [];
  const notes = [];
  for (const s of resource.suppressions) {
    const where = s.loc.kind === "source" ? { file: s.loc.file, line: s.loc.start.line } : {};
    if (!s.reason) {
      notes.push({ ...where, message: `suppression of ${s.ruleId} on ${resource.id} has no reason, so it is not applied: add a reason` });
    } else if (!knownRuleIds.has(s.ruleId)) {
      notes.push({ ...where, message: `suppression on ${resource.id} names ${s.ruleId}, which is not a sagelint rule` });
    }
  }
  return notes;
}
function describeSource(loc) {
  return loc.kind === "source" ? `${loc.file}:${loc.start.line}` : loc.arn;
}

// src/engine/scan.ts
import picomatch2 from "picomatch";
async function scan(paths, options) {
  await prepareRules(options.rules);
  const excluded = options.config.exclude.length ? picomatch2(options.config.exclude, { dot: true }) : () => false;
  const walk = await findInputFiles(options.root, paths, excluded);
  const loadOptions = { maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, varFiles: options.varFiles ?? [], parameters: options.parameters };
  const plan = await planUnitSources(options.root, walk.files, loadOptions);
  const results = await scanSources(plan.sources, options, loadOptions);
  return assembleResult(options.root, results, {
    errors: [...walk.errors, ...plan.errors],
    notes: [...walk.notes, ...plan.notes],
    files: walk.files.length
  });
}
async function scanSources(sources, options, loadOptions) {
  const jobs = Math.max(1, Math.floor(options.jobs ?? 1));
  const pool = new StringPool();
  if (jobs === 1) return scanSourcesInOrder(options.root, sources, loadOptions, evaluationOptions(options), pool);
  const { scanWithJobs } = await import("./parallel-PZ6BOX7Q.js");
  return scanWithJobs(sources, { ...options, jobs }, loadOptions, pool);
}
var SHARED_STRING_LENGTH = 80;
var StringPool = class {
  strings = /* @__PURE__ */ new Map();
  /** Replaces, in place, the short strings of plain data with the pool's copies. */
  share(data) {
    const pending = [data];
    for (let node = pending.pop(); node !== void 0; node = pending.pop()) {
      if (typeof node !== "object" || node === null) continue;
      const record = node;
      for (const key of Object.keys(record)) {
        const value = record[key];
        if (typeof value === "string") record[key] = this.copyOf(value);
        else if (typeof value === "object" && value !== null) pending.push(value);
      }
    }
    return data;
  }
  copyOf(text) {
    if (text.length > SHARED_STRING_LENGTH) return text;
    const shared = this.strings.get(text);
    if (shared !== void 0) return shared;
    this.strings.set(text, text);
    return text;
  }
};
async function scanSourcesInOrder(root, sources, loadOptions, evaluation, pool) {
  const results = [];
  for (const source of sources) {
    const result = evaluateLoaded(await loadUnitSource(root, source, loadOptions), evaluation);
    results.push(pool ? pool.share(result) : result);
  }
  return results;
}
function evaluateLoaded(units, evaluation) {
  const result = { findings: [], errors: [], notes: [], resources: 0 };
  for (const unit of units) {
    appendAll(result.errors, unit.errors);
    appendAll(result.notes, unit.notes);
    result.resources += unit.resources.length;
    const evaluated = evaluateUnit(unit, evaluation);
    appendAll(result.findings, evaluated.findings);
    appendAll(result.notes, evaluated.notes);
  }
  return structuredClone(result);
}
function evaluationOptions(options) {
  return evaluationFor(options.rules, options.catalog.map((r) => r.id), options.config, options.today);
}
function evaluationFor(rules, knownRuleIds, config, today) {
  return {
    rules,
    knownRuleIds: new Set(knownRuleIds),
    severityOverrides: config.severityOverrides,
    requiredTags: config.requiredTags,
    inlineSuppressions: config.inlineSuppressions,
    externalSuppressions: config.suppressions,
    today
  };
}
function evaluateUnits(root, units, options, extra) {
  return assembleResult(root, [evaluateLoaded(units, evaluationOptions(options))], extra);
}
function assembleResult(root, results, extra) {
  const findings = [];
  const errors = [...extra.errors];
  const notes = [...extra.notes];
  let resources = 0;
  for (const result of results) {
    for (const finding of result.findings) findings.push(finding);
    appendAll(errors, result.errors);
    appendAll(notes, result.notes);
    resources += result.resources;
  }
  return { root, findings: sortFindings(findings), errors: sortByFile(distinct(errors)), notes: sortByFile(distinct(notes)), stats: { files: extra.files, resources } };
}
function distinct(items) {
  const seen = /* @__PURE__ */ new Set();
  return items.filter((item) => {
    const key = JSON.stringify([item.file, item.line, "column" in item ? item.column : void 0, item.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
var compareText = new Intl.Collator().compare;
function sortFindings(findings) {
  const key = (f) => f.location.kind === "source" ? [f.location.file, f.location.start.line, f.location.start.column] : [f.location.arn, 0, 0];
  return findings.sort((a, b) => {
    const [fa, la, ca] = key(a);
    const [fb, lb, cb] = key(b);
    return compareText(fa, fb) || la - lb || ca - cb || compareText(a.ruleId, b.ruleId) || compareText(a.fingerprint, b.fingerprint);
  });
}
function sortByFile(items) {
  return items.sort((a, b) => compareText(a.file ?? "", b.file ?? "") || (a.line ?? 0) - (b.line ?? 0));
}

export {
  PLACEHOLDER,
  scan,
  scanSourcesInOrder,
  evaluationOptions,
  evaluationFor,
  evaluateUnits,
  sortFindings
};
