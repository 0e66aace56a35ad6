import {
  fromPlain
} from "./chunk-DO7PCZJ7.js";
import {
  appendAll,
  leaves,
  readOnlyAt
} from "./chunk-MAXDAXTO.js";

// src/iam/policy.ts
var ALWAYS = { certain: true, via: [] };
function both(a, b) {
  return { certain: a.certain && b.certain, via: [...a.via, ...b.via] };
}
function parsePolicyDocument(value) {
  const doc = { value, statements: [], problems: [] };
  eachLeaf(value, ALWAYS, (leaf, when) => {
    if (leaf.t === "scalar" && typeof leaf.v === "string") {
      const decoded = decodePolicyText(leaf.v, leaf.loc);
      if ("problem" in decoded) doc.problems.push({ at: leaf, message: decoded.problem });
      else readDocument(decoded.value, when, doc);
    } else if (leaf.t === "map") {
      readDocument(leaf, when, doc);
    } else if (leaf.t !== "omitted") {
      doc.problems.push({ at: leaf, message: "a policy document must be an object or JSON text" });
    }
  });
  collectUnseen(value, "the policy document", doc);
  return doc;
}
function decodePolicyText(text, loc) {
  const trimmed = text.trim();
  let json = trimmed;
  if (!trimmed.startsWith("{") && /%[0-9A-Fa-f]{2}/.test(trimmed)) {
    try {
      json = decodeURIComponent(trimmed.replace(/\+/g, " "));
    } catch {
      return { problem: "the policy document is neither JSON nor valid URL-encoded text" };
    }
  }
  let data;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { problem: `the policy document is not valid JSON: ${describeJsonError(error, json)}` };
  }
  const inside = (path) => readOnlyAt(loc, [...loc.path, ...path]);
  return { value: fromPlain(data, inside) };
}
function describeJsonError(error, json) {
  const message = error instanceof Error ? error.message : String(error);
  const offset = /position (\d+)/.exec(message);
  if (!offset) return message;
  const before = json.slice(0, Number(offset[1]));
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  return `${message.replace(/ in JSON at position \d+.*$/, "")} at line ${line}, column ${column} of the document`;
}
function readDocument(doc, when, out) {
  if (doc.t !== "map") return;
  const statementValue = doc.entries.get("Statement");
  if (!statementValue) {
    out.problems.push({ at: doc, message: "the policy document has no Statement" });
    return;
  }
  collectUnseen(statementValue, "a statement", out);
  eachLeaf(statementValue, when, (leaf, whenList) => {
    if (leaf.t === "list") {
      for (const item of leaf.items) {
        collectUnseen(item, "a statement", out);
        eachLeaf(item, whenList, (statement, whenItem) => readStatement(statement, whenItem, out));
      }
    } else {
      readStatement(leaf, whenList, out);
    }
  });
}
function readStatement(statement, when, out) {
  if (statement.t === "omitted") return;
  if (statement.t !== "map") {
    out.problems.push({ at: statement, message: "a policy statement must be an object" });
    return;
  }
  const field = (name) => statement.entries.get(name);
  const effectValue = field("Effect");
  if (!effectValue) {
    out.problems.push({ at: statement, message: "the statement has no Effect" });
    return;
  }
  const sidValue = field("Sid");
  const sid = sidValue?.t === "scalar" ? String(sidValue.v) : void 0;
  collectUnseen(effectValue, "the Effect", out);
  eachLeaf(effectValue, when, (effect, whenEffect) => {
    if (effect.t === "omitted") return;
    if (effect.t !== "scalar" || effect.v !== "Allow" && effect.v !== "Deny") {
      out.problems.push({ at: effect, message: "Effect must be 'Allow' or 'Deny'" });
      return;
    }
    out.statements.push({
      certain: whenEffect.certain,
      via: whenEffect.via,
      value: statement,
      sid,
      effect: effect.v,
      action: field("Action"),
      notAction: field("NotAction"),
      resource: field("Resource"),
      notResource: field("NotResource"),
      principal: field("Principal"),
      notPrincipal: field("NotPrincipal"),
      condition: field("Condition")
    });
  });
}
function eachLeaf(value, when, visit) {
  if (isConcrete(value)) visit(value, { certain: when.certain, via: when.via });
  else for (const leaf of leaves(value)) visit(leaf.value, both(when, { certain: leaf.certain, via: leaf.via }));
}
function isConcrete(value) {
  if (value.t === "oneOf" || value.t === "unknown") return false;
  return value.t !== "omitted" || !value.fallback || value.fallback.t === "omitted";
}
function collectUnseen(value, what, out) {
  if (value.t === "unknown" && !value.fallback) out.problems.push({ at: value, message: `${what} cannot be read: ${value.reason}` });
  if (value.t === "oneOf") for (const o of value.options) collectUnseen(o.value, what, out);
}
var unconditionalPatterns = /* @__PURE__ */ new WeakMap();
function patternsOf(value, when = ALWAYS) {
  if (value && when === ALWAYS) {
    let patterns = unconditionalPatterns.get(value);
    if (!patterns) unconditionalPatterns.set(value, patterns = flattened(value, when));
    return patterns;
  }
  return value ? flattened(value, when) : { items: [], unseen: [] };
}
function flattened(value, when) {
  const out = { items: [], unseen: [] };
  flatten(value, when, out);
  return out;
}
function flatten(value, when, out) {
  switch (value.t) {
    case "scalar":
      if (value.v !== null) out.items.push({ certain: when.certain, via: when.via, text: String(value.v), value, reference: false });
      return;
    case "ref":
      out.items.push({ certain: when.certain, via: when.via, text: value.text, value, reference: true });
      return;
    case "list":
      for (const item of value.items) flatten(item, when, out);
      return;
    case "oneOf":
      for (const o of value.options) flatten(o.value, both(when, { certain: false, via: [o.via] }), out);
      return;
    case "unknown":
      out.unseen.push(value);
      if (value.fallback) flatten(value.fallback.value, both(when, { certain: false, via: [value.fallback.via] }), out);
      return;
    case "map":
      out.unseen.push(value);
      return;
    case "omitted":
      return;
  }
}
var NEGATED_OPERATORS = /* @__PURE__ */ new Set([
  "stringnotequals",
  "stringnotequalsignorecase",
  "stringnotlike",
  "numericnotequals",
  "datenotequals",
  "notipaddress",
  "arnnotequals",
  "arnnotlike"
]);
var conditionsByStatement = /* @__PURE__ */ new WeakMap();
function conditionsOf(statement) {
  let conditions = conditionsByStatement.get(statement);
  if (!conditions) conditionsByStatement.set(statement, conditions = readConditions(statement));
  return conditions;
}
function readConditions(statement) {
  const out = { clauses: [], unseen: [] };
  if (!statement.condition) return out;
  eachLeaf(statement.condition, ALWAYS, (block, whenBlock) => {
    if (block.t === "omitted") return;
    if (block.t !== "map") return void out.unseen.push(block);
    for (const [operator, operands] of block.entries) {
      eachLeaf(operands, whenBlock, (keys, whenKeys) => {
        if (keys.t === "omitted") return;
        if (keys.t !== "map") return void out.unseen.push(keys);
        for (const [key, value] of keys.entries) out.clauses.push(clause(operator, key, value, whenKeys));
      });
    }
  });
  return out;
}
function clause(operator, key, value, when) {
  let rest = operator.toLowerCase();
  let qualifier;
  const colon = rest.indexOf(":");
  if (colon !== -1) {
    const prefix = rest.slice(0, colon);
    if (prefix === "forallvalues" || prefix === "foranyvalue") qualifier = prefix;
    rest = rest.slice(colon + 1);
  }
  const ifExists = rest.endsWith("ifexists");
  const test = ifExists ? rest.slice(0, -"ifexists".length) : rest;
  return {
    ...when,
    operator,
    test,
    qualifier,
    ifExists,
    negated: NEGATED_OPERATORS.has(test),
    key,
    keyLower: key.toLowerCase(),
    values: patternsOf(value),
    value
  };
}
function principalsOf(element) {
  const out = { entries: [], unseen: [] };
  if (!element) return out;
  eachLeaf(element, ALWAYS, (leaf, when) => {
    if (leaf.t === "scalar") {
      out.entries.push({ type: "*", pattern: { ...when, text: String(leaf.v), value: leaf, reference: false } });
    } else if (leaf.t === "map") {
      for (const [type, value] of leaf.entries) {
        const patterns = patternsOf(value, when);
        const known = ["AWS", "Service", "Federated", "CanonicalUser"].find((t) => t === type);
        for (const pattern of patterns.items) out.entries.push({ type: known ?? "AWS", pattern });
        appendAll(out.unseen, patterns.unseen);
      }
    } else if (leaf.t !== "omitted") {
      out.unseen.push(leaf);
    }
  });
  if (element.t === "unknown" && !element.fallback) out.unseen.push(element);
  return out;
}

// src/iam/managed.ts
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { brotliDecompress, brotliDecompressSync } from "node:zlib";
var POLICY_ARN = /^arn:(\$\{AWS::Partition\}|[^:]+):iam::([^:]+):policy(\/(?:.*\/)?)([^/]+)$/;
function parsePolicyArn(text) {
  const match = POLICY_ARN.exec(text);
  if (!match) return void 0;
  const [, partition, account, path, name] = match;
  return { partition, account, path, name, awsManaged: account === "aws" };
}
var ManagedPolicyCatalog = class {
  constructor(snapshot) {
    this.snapshot = snapshot;
    for (const record of snapshot.policies) {
      const arn = parsePolicyArn(record.arn);
      if (arn) this.byPathAndName.set(arn.path + arn.name, record);
      this.byName.set(record.name, record);
    }
  }
  snapshot;
  byPathAndName = /* @__PURE__ */ new Map();
  byName = /* @__PURE__ */ new Map();
  /** The record of the AWS managed policy with this name (names are unique among them, whatever their path). */
  byPolicyName(name) {
    return this.byName.get(name);
  }
  /**
   * The document of an AWS managed policy by ARN, in any partition (a template's
   * `arn:${AWS::Partition}:iam::aws:policy/…` included). Its values stand at
   * `at`, so a finding about the policy points where the ARN is written.
   */
  lookup(arnText, at) {
    const arn = parsePolicyArn(arnText);
    if (!arn) return { status: "unknown", reason: `'${arnText}' is not a policy ARN` };
    if (!arn.awsManaged) return { status: "unknown", reason: `'${arnText}' is a customer managed policy that is not defined in the scanned files` };
    const record = this.byPathAndName.get(arn.path + arn.name);
    if (!record) return { status: "unknown", reason: this.unpublished(arn.path + arn.name) };
    const value = fromPlain(record.document, () => at);
    return { status: "known", record, document: parsePolicyDocument(value) };
  }
  /** Why a policy AWS does not publish (any more) has no known document. */
  unpublished(pathAndName) {
    const { length } = this.snapshot.policies;
    const name = pathAndName.slice(pathAndName.lastIndexOf("/") + 1);
    const elsewhere = this.byName.get(name);
    if (elsewhere) return `AWS managed policy ${name} lives at ${elsewhere.arn.replace(/^arn:[^:]+:iam::aws:policy/, "policy")}, not at policy${pathAndName}`;
    return `AWS publishes no managed policy ${pathAndName.slice(1)} (none of its ${length} policies as of ${this.snapshot.generated}): a deprecated or misspelt policy whose grants are not known`;
  }
};
var SNAPSHOT_FILE = new URL("./aws-managed-policies.json.br", import.meta.url);
var loaded;
var loading;
function catalogOf(json) {
  return new ManagedPolicyCatalog(JSON.parse(json.toString("utf8")));
}
function loadManagedPolicies() {
  loading ??= loaded ? Promise.resolve(loaded) : readFile(SNAPSHOT_FILE).then((compressed) => promisify(brotliDecompress)(compressed)).then((json) => loaded ??= catalogOf(json));
  return loading;
}
function managedPoliciesNow() {
  loaded ??= catalogOf(brotliDecompressSync(readFileSync(SNAPSHOT_FILE)));
  return loaded;
}

export {
  ALWAYS,
  both,
  parsePolicyDocument,
  eachLeaf,
  patternsOf,
  conditionsOf,
  principalsOf,
  loadManagedPolicies,
  managedPoliciesNow
};
