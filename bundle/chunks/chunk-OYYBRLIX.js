import {
  isResource,
  lowerSeverity
} from "./chunk-M2XUS5AP.js";
import {
  instanceName,
  prop,
  propertyPathOf
} from "./chunk-C6JUEGJX.js";
import {
  addToGroup,
  appendAll
} from "./chunk-ZAROGFVC.js";

// src/engine/evaluate.ts
import { hash } from "node:crypto";

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

// src/model/update-behaviour.ts
var ALL_BUT_TAGS = { allBut: ["Tags"] };
var NOTEBOOK = ["DirectInternetAccess", "KmsKeyId", "SubnetId", "SecurityGroupIds", "PlatformIdentifier", "NotebookInstanceName"];
var DOMAIN_CFN = ["KmsKeyId", "VpcId", "AuthMode", "DomainName", "AppSecurityGroupManagement"];
var REPLACED_BY = {
  "AWS::SageMaker::NotebookInstance": NOTEBOOK,
  aws_sagemaker_notebook_instance: NOTEBOOK,
  "AWS::SageMaker::Domain": DOMAIN_CFN,
  // The provider cannot change a domain's subnets in place; CloudFormation can.
  aws_sagemaker_domain: [...DOMAIN_CFN, "SubnetIds"],
  "AWS::SageMaker::UserProfile": ["DomainId", "UserProfileName"],
  "AWS::SageMaker::Cluster": ["ClusterName", "VpcConfig", "Orchestrator"],
  aws_sagemaker_cluster: ["ClusterName", "VpcConfig", "Orchestrator"],
  "AWS::SageMaker::Model": ALL_BUT_TAGS,
  aws_sagemaker_model: ALL_BUT_TAGS,
  "AWS::SageMaker::EndpointConfig": ALL_BUT_TAGS,
  aws_sagemaker_endpoint_configuration: ALL_BUT_TAGS,
  "AWS::SageMaker::DataQualityJobDefinition": ALL_BUT_TAGS,
  "AWS::SageMaker::ModelQualityJobDefinition": ALL_BUT_TAGS,
  "AWS::SageMaker::ModelBiasJobDefinition": ALL_BUT_TAGS,
  "AWS::SageMaker::ModelExplainabilityJobDefinition": ALL_BUT_TAGS,
  aws_sagemaker_data_quality_job_definition: ALL_BUT_TAGS,
  aws_sagemaker_model_quality_job_definition: ALL_BUT_TAGS,
  "AWS::EC2::SecurityGroupIngress": { allBut: ["Description"] },
  aws_security_group_rule: ALL_BUT_TAGS,
  "AWS::EC2::SecurityGroup": ["GroupDescription", "GroupName", "VpcId"],
  "AWS::EC2::VPCEndpoint": ["ServiceName", "VpcEndpointType", "VpcId"],
  aws_vpc_endpoint: ["ServiceName", "VpcEndpointType", "VpcId"],
  "AWS::Redshift::Cluster": ["ClusterIdentifier", "DBName", "MasterUsername", "ClusterSubnetGroupName", "OwnerAccount", "SnapshotIdentifier"],
  "AWS::IAM::Role": ["RoleName", "Path"]
};
function replacesResource(resource, path) {
  const top = path[0];
  const replacing = REPLACED_BY[resource.type];
  if (typeof top !== "string" || !replacing || resource.source === "live") return false;
  return "allBut" in replacing ? !replacing.allBut.includes(top) : replacing.includes(top);
}

// src/engine/template-values.ts
var KMS_KEY_SOURCES = [
  ["NotebookInstance", ["KmsKeyId"]],
  ["Domain", ["KmsKeyId"]],
  ["EndpointConfig", ["KmsKeyId"]],
  ["RedshiftCluster", ["KmsKeyId"]],
  ["Job", ["ResourceConfig", "VolumeKmsKeyId"]],
  ["Job", ["OutputDataConfig", "KmsKeyId"]],
  ["TransformJob", ["TransformResources", "VolumeKmsKeyId"]],
  ["TransformJob", ["TransformOutput", "KmsKeyId"]]
];
var SUBNET_SOURCES = [
  ["NotebookInstance", ["SubnetId"]],
  ["Domain", ["SubnetIds"]],
  ["Job", ["VpcConfig", "Subnets"]],
  ["Model", ["VpcConfig", "Subnets"]]
];
var SECURITY_GROUP_SOURCES = [
  ["NotebookInstance", ["SecurityGroupIds"]],
  ["Domain", ["DefaultUserSettings", "SecurityGroups"]],
  ["Job", ["VpcConfig", "SecurityGroupIds"]],
  ["Model", ["VpcConfig", "SecurityGroupIds"]]
];
var KMS_KEY = "<kms-key-arn>";
var SUBNET = "<subnet-id>";
var SECURITY_GROUP = "<security-group-id>";
var ACCOUNT = "<account-id>";
function fillFromUnit(fix, resource, graph) {
  const found = /* @__PURE__ */ new Map();
  const lookup = (placeholder) => {
    if (!found.has(placeholder)) found.set(placeholder, valuesFor(placeholder, resource, graph));
    return found.get(placeholder);
  };
  const fill = (data) => {
    if (typeof data === "string") {
      const values = lookup(data);
      return values && values.length ? values[0] : data;
    }
    if (Array.isArray(data)) {
      if (data.length === 1 && typeof data[0] === "string") return lookup(data[0]) ?? data;
      return data.map(fill);
    }
    if (data !== null && typeof data === "object") return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, fill(v)]));
    return data;
  };
  const edits = fix.edits.map((edit) => ({ ...edit, value: fill(edit.value) }));
  const additions = fix.additions?.map((addition) => ({ ...addition, properties: fill(addition.properties) }));
  return { ...fix, edits, ...additions ? { additions } : {} };
}
function valuesFor(placeholder, into, graph) {
  switch (placeholder) {
    case KMS_KEY:
      return mostUsed(KMS_KEY_SOURCES, into, graph);
    case SUBNET:
      return mostUsed(SUBNET_SOURCES, into, graph);
    case SECURITY_GROUP:
      return mostUsed(SECURITY_GROUP_SOURCES, into, graph);
    case ACCOUNT:
      if (into.source === "cloudformation") return [{ Ref: "AWS::AccountId" }];
      return into.source === "terraform" ? callerIdentityIn(into, graph) : void 0;
    default:
      return void 0;
  }
}
var talliesByGraph = /* @__PURE__ */ new WeakMap();
function talliesFor(sources, into, graph) {
  let bySources = talliesByGraph.get(graph);
  if (!bySources) talliesByGraph.set(graph, bySources = /* @__PURE__ */ new Map());
  let byScope = bySources.get(sources);
  if (!byScope) bySources.set(sources, byScope = /* @__PURE__ */ new Map());
  const scope = `${into.source}\0${into.source === "terraform" ? modulePrefix(into.id) : ""}`;
  let tallies = byScope.get(scope);
  if (!tallies) byScope.set(scope, tallies = tally(sources, into, graph));
  return tallies;
}
function tally(sources, into, graph) {
  const byKey = /* @__PURE__ */ new Map();
  for (const from of graph.resources) {
    if (from.source !== into.source) continue;
    for (const [kind, path] of sources) {
      if (from.kind !== kind) continue;
      const value = prop(from, ...path);
      const data = value.t === "list" ? listData(value.items, from, into) : fixData(value, from, into);
      if (data === void 0 || Array.isArray(data) && data.length === 0) continue;
      const list = Array.isArray(data) ? data : [data];
      const key = JSON.stringify(list);
      let entry = byKey.get(key);
      if (!entry) byKey.set(key, entry = { data: list, count: 0, byResource: /* @__PURE__ */ new Map() });
      entry.count++;
      entry.byResource.set(from, (entry.byResource.get(from) ?? 0) + 1);
    }
  }
  return [...byKey.values()];
}
function mostUsed(sources, into, graph) {
  let best;
  for (const entry of talliesFor(sources, into, graph)) {
    const count = entry.count - (entry.byResource.get(into) ?? 0);
    if (count > 0 && (!best || count > best.count)) best = { data: entry.data, count };
  }
  return best?.data;
}
var CALLER_IDENTITY = /\$\{(data\.aws_caller_identity\.[A-Za-z0-9_-]+)\.account_id\}/;
function callerIdentityIn(into, graph) {
  const module = modulePrefix(into.id);
  for (const from of graph.resources) {
    if (from.source !== "terraform" || modulePrefix(from.id) !== module) continue;
    const source = findText(from.props, (text) => CALLER_IDENTITY.exec(text)?.[1]);
    if (source) return [{ "Fn::GetAtt": [source, "account_id"] }];
  }
  return void 0;
}
function findText(value, match) {
  switch (value.t) {
    case "scalar":
      return typeof value.v === "string" ? match(value.v) : void 0;
    case "unknown":
      return (value.placeholder && match(value.placeholder)) ?? (value.fallback && findText(value.fallback.value, match));
    case "map":
      for (const entry of value.entries.values()) {
        const found = findText(entry, match);
        if (found) return found;
      }
      return void 0;
    case "list":
      for (const item of value.items) {
        const found = findText(item, match);
        if (found) return found;
      }
      return void 0;
    case "oneOf":
      for (const option of value.options) {
        const found = findText(option.value, match);
        if (found) return found;
      }
      return void 0;
    default:
      return void 0;
  }
}
function listData(items, from, into) {
  const out = [];
  for (const item of items) {
    const data = fixData(item, from, into);
    if (data === void 0) return void 0;
    out.push(data);
  }
  return out;
}
function fixData(value, from, into) {
  switch (value.t) {
    case "scalar":
      return typeof value.v === "string" && value.v !== "" && !/<[a-z0-9-]+>/.test(value.v) ? value.v : void 0;
    case "ref": {
      if (from.source === "cloudformation") return value.attribute ? { "Fn::GetAtt": [value.target, value.attribute] } : { Ref: value.target };
      if (from.source !== "terraform") return void 0;
      const module = modulePrefix(into.id);
      if (modulePrefix(from.id) !== module || !value.target.startsWith(module)) return void 0;
      const address = value.target.slice(module.length);
      return value.attribute ? { "Fn::GetAtt": [address, value.attribute] } : { Ref: address };
    }
    case "unknown": {
      const name = from.source === "cloudformation" ? /^\$\{([A-Za-z0-9:]+)\}$/.exec(value.placeholder ?? "")?.[1] : void 0;
      return name ? { Ref: name } : void 0;
    }
    default:
      return void 0;
  }
}
function modulePrefix(address) {
  const parts = address.split(".");
  return parts.length > 2 ? `${parts.slice(0, -2).join(".")}.` : "";
}

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

// src/engine/string-pool.ts
var SHORTEST_SHARED_REPRESENTATION = 13;
var StringPool = class {
  strings = /* @__PURE__ */ new Map();
  /** The pool's copy of `text`, which holds no other string alive. */
  text(text) {
    const shared = this.strings.get(text);
    if (shared !== void 0) return shared;
    const own = ownCopy(text);
    this.strings.set(own, own);
    return own;
  }
  /** A copy of plain data (no cycles) whose strings are the pool's; keys whose value is undefined stay. */
  copy(data) {
    if (typeof data === "string") return this.text(data);
    if (typeof data !== "object" || data === null) return data;
    if (Array.isArray(data)) {
      const items = [];
      for (const item of data) items.push(this.copy(item));
      return items;
    }
    if (Object.getPrototypeOf(data) !== Object.prototype) return structuredClone(data);
    const record = data;
    const copied = {};
    for (const key in record) copied[key] = this.copy(record[key]);
    return copied;
  }
  /**
   * Replaces, in place, the strings of plain data with the pool's copies: for
   * results received from a worker thread, which come with their own copy of
   * every string.
   */
  share(data) {
    const pending = [data];
    for (let node = pending.pop(); node !== void 0; node = pending.pop()) {
      if (typeof node !== "object" || node === null) continue;
      const record = node;
      for (const key of Object.keys(record)) {
        const value = record[key];
        if (typeof value === "string") record[key] = this.text(value);
        else if (typeof value === "object" && value !== null) pending.push(value);
      }
    }
    return data;
  }
};
function ownCopy(text) {
  return text.length < SHORTEST_SHARED_REPRESENTATION ? text : JSON.parse(JSON.stringify(text));
}

// src/engine/evaluate.ts
function evaluateUnit(unit, options, strings = new StringPool()) {
  const graph = new ResourceGraph(unit.resources);
  const parts = new SharedParts(strings);
  const findings = [];
  const notes = [];
  const errors = [];
  const ruleNotes = new NoteSet();
  const knownRuleIds = options.knownRuleIds ?? new Set(options.rules.map((r) => r.id));
  for (const resource of unit.resources) {
    const applicable = options.rules.filter((r) => r.appliesTo.includes(resource.kind));
    for (const rule of applicable) {
      const reports = [];
      const context = {
        graph,
        options: { requiredTags: [...options.requiredTags ?? []] },
        report: (input) => reports.push(input),
        note: (input) => ruleNotes.add(rule.id, placeOf(resource, input), input.message)
      };
      if (rule.origin) {
        try {
          rule.check(resource, context);
        } catch (error) {
          errors.push(ruleFailure(rule, resource, error));
          continue;
        }
      } else {
        rule.check(resource, context);
      }
      for (const input of distinctReports(reports, resource)) findings.push(toFinding(rule, resource, input.fix ? { ...input, fix: fillFromUnit(input.fix, resource, graph) } : input, unit, options, parts));
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
    applySuppression(finding, resource, options, notes, strings);
  }
  return { findings, notes, errors };
}
function ruleFailure(rule, resource, error) {
  const { name, version } = rule.origin;
  const where = resource.loc.kind === "source" ? { file: resource.loc.file, line: resource.loc.start.line } : { file: resource.loc.arn };
  const message = error instanceof Error ? error.message : String(error);
  return { ...where, message: `rule ${rule.id} of plugin ${name}${version ? `@${version}` : ""} failed on ${instanceName(resource)}, which it did not judge: ${message}` };
}
function toFinding(rule, resource, input, unit, options, parts) {
  const certainty = input.certainty ?? "definite";
  const base = options.severityOverrides?.[rule.id] ?? rule.severity;
  const propertyPath = isResource(input.at) ? [] : propertyPathOf(resource, input.at);
  const construct = input.fix && constructPathOf(resource);
  return {
    ruleId: rule.id,
    ruleName: rule.name,
    severity: certainty === "possible" ? lowerSeverity(base) : base,
    certainty,
    message: parts.strings.text(construct ? `${input.message} ${inCdkApp(construct, propertyPath, input.fix)}` : input.message),
    resource: parts.resource(resource),
    location: parts.location(locationOf(input.at, resource)),
    propertyPath: parts.path(propertyPath),
    fix: input.fix && !construct ? parts.fix(renderFix(input.fix, resource, unit)) : void 0,
    fingerprint: ""
  };
}
var SharedParts = class {
  constructor(strings) {
    this.strings = strings;
  }
  strings;
  resources = /* @__PURE__ */ new Map();
  locations = /* @__PURE__ */ new Map();
  paths = /* @__PURE__ */ new Map();
  resource(resource) {
    let summary = this.resources.get(resource);
    if (!summary) {
      const { type, kind, source, label } = resource;
      summary = this.strings.copy({ id: instanceName(resource), type, kind, source, label });
      this.resources.set(resource, summary);
    }
    return summary;
  }
  location(location) {
    let copied = this.locations.get(location);
    if (!copied) {
      copied = this.strings.copy(location);
      this.locations.set(location, copied);
    }
    return copied;
  }
  /** The renderer's positions hold only numbers: only the strings are the pool's. */
  fix(fix) {
    if (!fix) return void 0;
    const text = (s) => this.strings.text(s);
    const edits = fix.edits.map((edit) => ({ file: text(edit.file), start: edit.start, end: edit.end, text: text(edit.text) }));
    return { description: text(fix.description), kind: fix.kind, placeholders: fix.placeholders.map(text), edits };
  }
  path(path) {
    const key = JSON.stringify(path);
    let copied = this.paths.get(key);
    if (!copied) {
      copied = this.strings.copy(path);
      this.paths.set(key, copied);
    }
    return copied;
  }
};
function distinctReports(reports, resource) {
  if (reports.length < 2) return [...reports];
  const seen = /* @__PURE__ */ new Set();
  return reports.filter((input) => {
    const loc = locationOf(input.at, resource);
    const place = loc.kind === "source" ? [loc.file, loc.start.offset, loc.end.offset] : [loc.arn];
    const key = JSON.stringify([place, isResource(input.at) ? [] : propertyPathOf(resource, input.at), input.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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
function constructPathOf(resource) {
  const inAssembly = resource.loc.kind === "source" && resource.loc.file.split("/").includes("cdk.out");
  if (!inAssembly) return void 0;
  return resource.label?.startsWith(CONSTRUCT_LABEL) ? resource.label.slice(CONSTRUCT_LABEL.length) : resource.id;
}
var CONSTRUCT_LABEL = "construct ";
function inCdkApp(construct, propertyPath, fix) {
  const property = propertyPath.map((p) => typeof p === "string" ? p.charAt(0).toLowerCase() + p.slice(1) : `[${p}]`).join(".").replace(/\.\[/g, "[");
  const where = property ? `property ${property} of construct ${construct}` : `construct ${construct}`;
  return `In the CDK app (cdk.out is generated; sagelint fix does not edit it): ${fix.description.replace(/\.$/, "")}, ${where}.`;
}
var PLACEHOLDER = /<[a-z0-9][a-z0-9-]*>/g;
function renderFix(fix, resource, unit) {
  const edits = unit.renderFix?.(fix);
  if (!edits || edits.length === 0) return void 0;
  const placeholders = /* @__PURE__ */ new Set();
  const written = [...fix.edits.map((e) => e.value), ...(fix.additions ?? []).map((a) => a.properties)];
  for (const value of written) for (const m of JSON.stringify(value).matchAll(PLACEHOLDER)) placeholders.add(m[0]);
  return { description: fix.description, kind: fix.kind ?? costOf(fix, resource), placeholders: [...placeholders], edits };
}
function costOf(fix, resource) {
  return fix.edits.some((edit) => replacesResource(resource, propertyPathOf(resource, edit.target))) ? "replaces" : "safe";
}
function assignFingerprints(findings) {
  const seen = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const file = f.location.kind === "source" ? f.location.file : "";
    const identity = [f.ruleId, file, f.resource.id, f.propertyPath.join(".")].join("\0");
    const n = seen.get(identity) ?? 0;
    seen.set(identity, n + 1);
    f.fingerprint = ownCopy(hash("sha256", `${identity}\0${n}`).slice(0, 32));
  }
}
function applySuppression(finding, resource, options, notes, strings) {
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
  if (suppression) finding.suppression = strings.copy(suppression);
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

export {
  StringPool,
  evaluateUnit,
  PLACEHOLDER
};
