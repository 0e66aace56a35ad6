import { createRequire as __sagelintCreateRequire } from 'node:module';
const require = __sagelintCreateRequire(import.meta.url);
import {
  CLOUDFORMATION_KINDS,
  joinInsertions
} from "./chunk-G5WUEZBL.js";
import {
  parseStructuredText
} from "./chunk-DLXY7BR3.js";
import {
  readOnlyAt
} from "./chunk-DEZCBU7F.js";
import {
  REGION_VARIABLE
} from "./chunk-TCK6QKO3.js";
import {
  AWS_DEFAULTS,
  appendAll,
  maxOf,
  minOf,
  pathOf,
  pathSought
} from "./chunk-BQ67YQKQ.js";

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
function expressionAt(expr, path3) {
  let found = { expr };
  for (const segment of path3) {
    const child = childExpression(found.expr, segment);
    if (!child) return { expr: found.expr, complete: false };
    found = child;
  }
  return { ...found, complete: true };
}

// src/loaders/terraform/values.ts
var MAX_OPTIONS = 32;
function sourceLoc(file, range, path3 = []) {
  return { kind: "source", file, start: range.start, end: range.end, path: path3 };
}
function spanLoc(first, last, path3) {
  if (first.kind === "source" && last.kind === "source" && first.file === last.file) return { ...first, end: last.end, path: path3 };
  return { ...first, path: path3 };
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
function withPath(loc, path3) {
  return { ...loc, path: path3 };
}
function relocate(value, path3) {
  const loc = withPath(value.loc, path3);
  let out;
  switch (value.t) {
    case "map": {
      const entries = /* @__PURE__ */ new Map();
      const keyLocs = /* @__PURE__ */ new Map();
      for (const [k, v] of value.entries) {
        entries.set(k, relocate(v, [...path3, k]));
        const keyLoc = value.keyLocs.get(k);
        if (keyLoc) keyLocs.set(k, withPath(keyLoc, [...path3, k]));
      }
      out = { t: "map", loc, entries, keyLocs };
      break;
    }
    case "list":
      out = { t: "list", loc, items: value.items.map((item, i) => relocate(item, [...path3, i])) };
      break;
    case "oneOf":
      out = { t: "oneOf", loc, options: value.options.map((o) => ({ via: o.via, value: relocate(o.value, path3) })) };
      break;
    case "unknown":
      out = unknownAt(loc, value.reason, value.fallback && { via: value.fallback.via, value: relocate(value.fallback.value, path3) });
      break;
    case "omitted":
      out = { ...value, loc, path: path3 };
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
function toCanonical(obj, table, path3, cx) {
  const map = mapAt({ ...obj.loc, path: path3 }, /* @__PURE__ */ new Map(), /* @__PURE__ */ new Map());
  if (obj.block) cx.onObject?.(map, obj.block, table, path3);
  for (const [name, { value, nameLoc }] of obj.attributes) {
    const spec = table[name];
    if (spec?.skip || META_ARGUMENTS.has(name)) continue;
    const target = canonicalPathOf(name, spec);
    const blocks = spec?.block ? objectsOf(value) : cx.listsAreBlocks && spec === void 0 && value.t === "list" ? objectsOf(value) : void 0;
    const converted = blocks ? convertBlocks(blocks, spec, [...path3, ...target], cx) : convertAttribute(value, spec, [...path3, ...target], map, cx);
    if (converted) setAt(map, target, converted, nameLoc, path3);
  }
  for (const [name, blocks] of obj.blocks) {
    const spec = table[name];
    if (spec?.skip || META_ARGUMENTS.has(name)) continue;
    const target = canonicalPathOf(name, spec);
    const fullPath = [...path3, ...target];
    let converted;
    if (Array.isArray(blocks)) converted = convertBlocks(blocks, spec, fullPath, cx);
    else if ("choices" in blocks) converted = convertChoices(blocks, spec, fullPath, map, cx);
    else converted = relocate(blocks, fullPath);
    const first = Array.isArray(blocks) ? blocks[0]?.loc : blocks.loc;
    if (converted && first) setAt(map, target, converted, first, path3);
  }
  return map;
}
function convertChoices(blocks, spec, path3, parent, cx) {
  const options = blocks.choices.map((c) => ({
    via: c.via,
    value: convertBlocks(c.blocks, spec, path3, cx) ?? omittedAt(blocks.loc, path3, parent, cx)
  }));
  if (blocks.overridable) return unknownAt({ ...blocks.loc, path: path3 }, blocks.overridable, options[0]);
  return { t: "oneOf", loc: { ...blocks.loc, path: path3 }, options };
}
function omittedAt(loc, path3, parent, cx) {
  const omitted = { t: "omitted", loc: { ...loc, path: path3 }, path: path3, anchor: parent };
  const fallback = cx.defaultFor(path3);
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
function convertBlocks(blocks, spec, path3, cx) {
  if (blocks.length === 0) return void 0;
  const asList = spec?.block === "list" || spec?.block === void 0 && blocks.length > 1;
  const args = spec?.args ?? {};
  let value;
  if (asList) {
    let items = blocks.map((b, i) => toCanonical(b, args, [...path3, i], cx));
    if (spec?.fanOut) items = items.flatMap((item) => item.t === "map" ? fanOut(item, spec.fanOut) : [item]).map((item, i) => relocate(item, [...path3, i]));
    value = { t: "list", loc: spanLoc(blocks[0].loc, blocks[blocks.length - 1].loc, path3), items };
  } else {
    value = toCanonical(blocks[0], args, path3, cx);
  }
  return spec?.reshape ? spec.reshape(value) : value;
}
function convertAttribute(value, spec, path3, parent, cx) {
  if (value.t === "scalar" && value.v === null) return void 0;
  let converted;
  if (spec?.json === "document") converted = asDocument(value, cx);
  else if (isJsonEncoded(value)) converted = asJsonText(value);
  else converted = value;
  converted = withOmittedOptions(relocate(converted, path3), path3, parent, cx);
  return spec?.reshape ? spec.reshape(converted) : converted;
}
function eachPossibility(value, fn) {
  if (value.t === "oneOf") return { ...value, options: value.options.map((o) => ({ via: o.via, value: eachPossibility(o.value, fn) })) };
  if (value.t === "unknown" && value.fallback) return { ...value, fallback: { via: value.fallback.via, value: eachPossibility(value.fallback.value, fn) } };
  return fn(value);
}
function withOmittedOptions(value, path3, parent, cx) {
  return eachPossibility(value, (v) => v.t === "scalar" && v.v === null ? omittedAt(v.loc, path3, parent, cx) : v);
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
    const path3 = [...base, ...target.slice(0, i + 1)];
    const existing = container.t === "map" ? container.entries.get(String(seg)) : container.items[Number(seg)];
    let child;
    if (last) child = value;
    else if (existing && (existing.t === "map" || existing.t === "list")) child = existing;
    else child = typeof target[i + 1] === "number" ? { t: "list", loc: { ...value.loc, path: path3 }, items: [] } : mapAt({ ...value.loc, path: path3 }, /* @__PURE__ */ new Map(), /* @__PURE__ */ new Map());
    if (container.t === "map") {
      container.entries.set(String(seg), child);
      if (!container.keyLocs.has(String(seg))) container.keyLocs.set(String(seg), { ...keyLoc, path: path3 });
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
function awsDefault(kind, path3, loc) {
  const key = path3.filter((p) => typeof p === "string").join(".");
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
    const path3 = canonicalPathOf(name2, spec);
    if (path3.length === 0) {
      if (!best && spec.args && reverseLookup(spec.args, keys, true)) best = { name: name2, spec, covers: 0 };
      continue;
    }
    const matches = path3.length <= keys.length && path3.every((seg, i) => seg === keys[i]);
    if (matches && (!best || path3.length > best.covers)) best = { name: name2, spec, covers: path3.length };
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

// src/loaders/terraform/fixes.ts
import path2 from "node:path";

// src/loaders/terraform/dialect.ts
import path from "node:path";
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
  canReference: (from, to) => from.loc.kind === "source" && to.loc.kind === "source" && path.posix.dirname(from.loc.file) === path.posix.dirname(to.loc.file)
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

// src/loaders/terraform/fixes.ts
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
    return (map, block, args, path3) => {
      const anchor = { file, block, args, path: path3 };
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
  const path3 = [];
  for (let current = expr; current; current = childrenOf(current).find((c) => c.range.start.offset <= start && end <= c.range.end.offset)) {
    path3.push(current);
  }
  return path3;
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

export {
  literalString,
  blocksOf,
  unparenthesized,
  objectKey,
  childExpression,
  MAX_OPTIONS,
  sourceLoc,
  spanLoc,
  unknownAt,
  scalarAt,
  mapAt,
  evaluationError,
  isEvaluationError,
  setEncodedFrom,
  setTextOrigin,
  textOrigin,
  markJsonEncoded,
  markWritten,
  writtenSyntax,
  relocate,
  lift,
  scalarText,
  parseJsonString,
  toCanonical,
  tfObjectOf,
  fanOut,
  awsDefault,
  RESOURCE_MAPPINGS,
  ATTACHMENT_MAPPINGS,
  CONTRIBUTION_MAPPINGS,
  FixAnchors,
  renderTerraformFix,
  TERRAFORM_DIALECT
};
