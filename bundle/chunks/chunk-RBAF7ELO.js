import {
  IntrinsicResolver,
  StringPool,
  evaluateUnit,
  isCloudFormationTemplate,
  loadCloudFormationDocument,
  renderCloudFormationFix,
  require_picomatch,
  templateScope
} from "./chunk-ALV6TOFD.js";
import {
  RecentParses,
  findInputFiles,
  isWalkablePath
} from "./chunk-DPRLNSSC.js";
import {
  parseStructuredText
} from "./chunk-MFTJGUDJ.js";
import {
  DEFAULT_MAX_FILE_BYTES,
  readSourceText,
  readSourceTextSync,
  unsavedSourceText
} from "./chunk-HCU2I2RT.js";
import {
  prepareRulesFor
} from "./chunk-2I7KX7CV.js";
import {
  get,
  stringOf
} from "./chunk-E2XCQX3P.js";
import {
  appendAll
} from "./chunk-CAGW7M4A.js";
import {
  __toESM
} from "./chunk-RM4BNA5F.js";

// src/pipeline/scan.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);
import { statSync as statSync2 } from "node:fs";
import { availableParallelism } from "node:os";

// src/loaders/index.ts
import { closeSync, openSync, readSync } from "node:fs";
import path2 from "node:path";

// src/loaders/cloudformation/repository.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { realpathSync, statSync } from "node:fs";
import path from "node:path";
var MAX_NESTING_DEPTH = 8;
var LINK_WORDS = /ImportValue|AWS::CloudFormation::Stack|AWS::Serverless::Application|LoadTemplateFromURL/;
var EXPORT_WORD = /Export/;
var plannedParses = new RecentParses(2 * 1024 * 1024);
function parseAfterPlanning(text, file) {
  const doc = plannedParses.take(file, text);
  return doc ? { ok: true, doc } : parseStructuredText(text, file);
}
function nestedStacksOf(root, file, scanRoot, walked, notes) {
  const out = [];
  const resources = root.entries.get("Resources");
  if (resources?.t !== "map") return out;
  for (const [stackId, node] of resources.entries) {
    const type = stringOf(get(node, "Type"));
    const property = type === "AWS::CloudFormation::Stack" ? "TemplateURL" : type === "AWS::Serverless::Application" ? "Location" : void 0;
    if (!property) continue;
    const asset = stringOf(get(node, "Metadata", "aws:asset:property")) === property ? stringOf(get(node, "Metadata", "aws:asset:path")) : void 0;
    const url = asset ?? stringOf(get(node, "Properties", property));
    if (url === void 0 || /^[a-z][a-z0-9+.-]*:\/\//i.test(url)) continue;
    const absolute = path.resolve(path.dirname(file.absolute), url);
    const relative = path.relative(scanRoot, absolute).split(path.sep).join("/");
    const line = lineOf(resources.keyLocs.get(stackId));
    if (relative.startsWith("..") || path.isAbsolute(relative)) {
      notes.push({ file: file.relative, line, message: `nested stack ${stackId}: ${property} '${url}' is outside the scan root, so it is not read and the stack's resources are not checked` });
    } else if (!walked.has(relative)) {
      notes.push({ file: file.relative, line, message: `nested stack ${stackId}: ${property} '${url}' is not among the scanned files, so the stack's parameters and outputs are not followed` });
    } else {
      out.push({ stackId, child: relative });
    }
  }
  return out;
}
function lineOf(loc) {
  return loc?.kind === "source" ? loc.start.line : void 0;
}
function namePatterns(value) {
  switch (value.t) {
    case "scalar":
      return typeof value.v === "string" ? [value.v] : [];
    case "oneOf":
      return value.options.flatMap((o) => namePatterns(o.value));
    case "unknown":
      return value.fallback ? namePatterns(value.fallback.value) : [value.placeholder ?? "${?}"];
    default:
      return [];
  }
}
var PLACEHOLDER = /\$\{[^}]*\}/g;
function globOf(pattern) {
  const literal = pattern.split(PLACEHOLDER).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${literal.join("[^]*")}$`);
}
function namesCanMatch(a, b) {
  if (a === b) return a.replace(PLACEHOLDER, "") === "" ? void 0 : "same";
  if (a.replace(PLACEHOLDER, "") === "" || b.replace(PLACEHOLDER, "") === "") return void 0;
  return globOf(a).test(b.replace(PLACEHOLDER, "\0")) || globOf(b).test(a.replace(PLACEHOLDER, "\0")) ? "maybe" : void 0;
}
function placeholderResolver(root) {
  return new IntrinsicResolver(templateScope(root, asMap(root.entries.get("Resources"))), { parameter: (name, loc) => ({ t: "unknown", loc, reason: `parameter ${name}` }) });
}
function namesOf(raw, resolver, placeholders) {
  return [.../* @__PURE__ */ new Set([...namePatterns(placeholders.resolve(raw)), ...namePatterns(resolver.resolve(raw))])];
}
function exportsOf(root, resolver) {
  const out = /* @__PURE__ */ new Map();
  const outputs = root.entries.get("Outputs");
  if (outputs?.t !== "map") return out;
  const placeholders = placeholderResolver(root);
  for (const [name, output] of outputs.entries) {
    const exported = get(output, "Export", "Name");
    if (exported.t !== "omitted") out.set(name, namesOf(exported, resolver, placeholders));
  }
  return out;
}
function importsOf(node, out = []) {
  if (node.t === "list") for (const item of node.items) importsOf(item, out);
  if (node.t !== "map") return out;
  const imported = node.entries.size === 1 ? node.entries.get("Fn::ImportValue") : void 0;
  if (imported) out.push(imported);
  else for (const child of node.entries.values()) importsOf(child, out);
  return out;
}
function productTemplatesOf(root, file, scanRoot, isExcluded, notes) {
  const out = [];
  const resources = asMap(root.entries.get("Resources"));
  for (const [id, node] of resources?.entries ?? []) {
    if (stringOf(get(node, "Type")) !== "AWS::ServiceCatalog::CloudFormationProduct") continue;
    const artifacts = get(node, "Properties", "ProvisioningArtifactParameters");
    for (const artifact of artifacts.t === "list" ? artifacts.items : []) {
      const url = stringOf(get(artifact, "Info", "LoadTemplateFromURL"));
      if (url === void 0 || /^[a-z][a-z0-9+.-]*:\/\//i.test(url)) continue;
      const absolute = path.resolve(path.dirname(file.absolute), url);
      const line = lineOf(resources.keyLocs.get(id));
      if (!insideRoot(scanRoot, absolute)) {
        notes.push({ file: file.relative, line, message: `product ${id}: LoadTemplateFromURL '${url}' is outside the scan root (or not a file), so it is not read` });
        continue;
      }
      const relative = path.relative(scanRoot, absolute).split(path.sep).join("/");
      if (isWalkablePath(relative, isExcluded)) out.push({ absolute, relative, explicit: true });
    }
  }
  return out;
}
function insideRoot(scanRoot, absolute) {
  try {
    const realRoot = realpathSync(scanRoot);
    const real = realpathSync(absolute);
    const relative = path.relative(realRoot, real);
    return !relative.startsWith("..") && !path.isAbsolute(relative) && statSync(real).isFile();
  } catch {
    return false;
  }
}
function planTemplateGroups(scanRoot, files, options) {
  const notes = [];
  const walked = new Set(files.map((f) => f.relative));
  const links = /* @__PURE__ */ new Map();
  const products = /* @__PURE__ */ new Map();
  const plan = (file, text) => {
    const parsed = parseStructuredText(text, file.relative);
    if (!parsed.ok || !isCloudFormationTemplate(parsed.doc.value)) return;
    plannedParses.set(file.relative, text, parsed.doc);
    const root = parsed.doc.value;
    for (const product of productTemplatesOf(root, file, scanRoot, options.isExcluded ?? (() => false), notes)) if (!walked.has(product.relative)) products.set(product.relative, product);
    const resolver = new IntrinsicResolver(templateScope(root, asMap(root.entries.get("Resources"))));
    links.set(file.relative, {
      nested: nestedStacksOf(root, file, scanRoot, walked, notes),
      exports: [...exportsOf(root, resolver).values()].flat(),
      imports: importsOf(root).flatMap((arg) => namesOf(arg, resolver, placeholderResolver(root)))
    });
  };
  const exportingOnly = [];
  let imports = false;
  for (const file of files) {
    if (!/\.(ya?ml|json|template)$/i.test(file.relative)) continue;
    const read = readSourceTextSync(file.absolute, options.maxFileBytes);
    if (!read.ok) continue;
    if (LINK_WORDS.test(read.text)) {
      imports ||= read.text.includes("ImportValue");
      plan(file, read.text);
    } else if (EXPORT_WORD.test(read.text)) {
      exportingOnly.push(file);
    }
  }
  for (const file of imports ? exportingOnly : []) {
    const read = readSourceTextSync(file.absolute, options.maxFileBytes);
    if (read.ok && EXPORT_WORD.test(read.text)) plan(file, read.text);
  }
  const groups = new UnionFind();
  for (const [file, link] of links) for (const nested of link.nested) groups.join(file, nested.child);
  const exporters = [...links].filter(([, l]) => l.exports.length > 0);
  for (const [file, link] of links) {
    for (const name of link.imports) {
      for (const [exporter, l] of exporters) if (exporter !== file && l.exports.some((e) => namesCanMatch(name, e))) groups.join(file, exporter);
    }
  }
  const byRoot = /* @__PURE__ */ new Map();
  for (const file of files) {
    if (!groups.has(file.relative)) continue;
    const key = groups.find(file.relative);
    byRoot.set(key, [...byRoot.get(key) ?? [], file]);
  }
  return { groups: [...byRoot.values()].filter((g) => g.length > 1), products: [...products.values()], notes };
}
function asMap(value) {
  return value?.t === "map" ? value : void 0;
}
var UnionFind = class {
  parent = /* @__PURE__ */ new Map();
  has(item) {
    return this.parent.has(item);
  }
  find(item) {
    let root = item;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root);
    if (!this.parent.has(root)) this.parent.set(root, root);
    return root;
  }
  join(a, b) {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent.set(rb, ra);
  }
};
function suppliedParameters(file, assignments = []) {
  const out = /* @__PURE__ */ new Map();
  for (const assignment of assignments) {
    if (!import_picomatch.default.isMatch(file, assignment.templates, { dot: true })) continue;
    for (const [name, value] of Object.entries(assignment.values)) out.set(name, { value, source: assignment.source });
  }
  return out;
}
function parameterFileLinks(file, assignments) {
  const supplied = suppliedParameters(file, assignments);
  if (supplied.size === 0) return void 0;
  return { parameter: (name, loc) => scalarFrom(supplied.get(name)?.value, loc) };
}
function scalarFrom(value, loc) {
  return value === void 0 ? void 0 : { t: "scalar", v: value, loc };
}
function loadTemplateGroup(members, scanRoot, options) {
  const errors = [];
  const notes = [];
  const templates = /* @__PURE__ */ new Map();
  for (const member of members) {
    const read = readSourceTextSync(member.file.absolute, options.maxFileBytes);
    if (!read.ok) {
      errors.push({ file: member.file.relative, line: read.line, column: read.column, message: read.message });
      continue;
    }
    const parsed = parseAfterPlanning(read.text, member.file.relative);
    if (!parsed.ok) {
      errors.push(parsed.error);
      continue;
    }
    if (!isCloudFormationTemplate(parsed.doc.value)) continue;
    templates.set(member.file.relative, { member, file: member.file.relative, doc: parsed.doc, root: parsed.doc.value, resolver: void 0, exports: /* @__PURE__ */ new Map(), nested: /* @__PURE__ */ new Map(), parents: [] });
  }
  const walked = new Set(templates.keys());
  for (const template of templates.values()) {
    for (const { stackId, child } of nestedStacksOf(template.root, template.member.file, scanRoot, walked, [])) {
      template.nested.set(stackId, templates.get(child));
    }
  }
  dropRunawayNesting([...templates.values()], notes);
  for (const template of templates.values()) for (const [stackId, child] of template.nested) child.parents.push({ template, stackId });
  const resolution = new CrossTemplateResolution(templates, options.parameters);
  for (const template of templates.values()) {
    template.resolver = new IntrinsicResolver(templateScope(template.root, asMap(template.root.entries.get("Resources"))), resolution.linksOf(template));
  }
  for (const template of templates.values()) template.exports = exportsOf(template.root, template.resolver);
  const resources = [];
  for (const template of templates.values()) {
    const label = template.member.stackName && `CDK stack ${template.member.stackName}`;
    const read = loadCloudFormationDocument(template.doc, template.file, { label, links: resolution.linksOf(template) });
    resources.push(...read.resources);
    errors.push(...read.errors);
    notes.push(...read.notes);
  }
  return {
    files: members.map((m) => m.file.relative),
    resources,
    errors,
    notes,
    renderFix: (fix) => renderGroupFix(fix, templates)
  };
}
function renderGroupFix(fix, templates) {
  const anchor = fix.edits[0]?.target.loc ?? fix.additions?.[0]?.near.loc;
  const template = anchor?.kind === "source" ? templates.get(anchor.file) : void 0;
  return template && renderCloudFormationFix(fix, template.doc, template.file);
}
function dropRunawayNesting(templates, notes) {
  const nestedSomewhere = new Set(templates.flatMap((t) => [...t.nested.values()]));
  const starts = templates.filter((t) => !nestedSomewhere.has(t));
  const visited = /* @__PURE__ */ new Set();
  const visit = (template, ancestors) => {
    visited.add(template);
    for (const [stackId, child] of [...template.nested]) {
      const line = lineOf(asMap(template.root.entries.get("Resources"))?.keyLocs.get(stackId));
      if (ancestors.includes(child) || child === template) {
        template.nested.delete(stackId);
        notes.push({ file: template.file, line, message: `nested stack ${stackId} nests ${child.file}, which already nests this template: the cycle is not followed` });
      } else if (ancestors.length + 1 >= MAX_NESTING_DEPTH) {
        template.nested.delete(stackId);
        notes.push({ file: template.file, line, message: `nested stack ${stackId} is nested more than ${MAX_NESTING_DEPTH} deep: its template ${child.file} is checked without its parameters` });
      } else {
        visit(child, [...ancestors, template]);
      }
    }
  };
  for (const start of starts) visit(start, []);
  for (const template of templates) if (!visited.has(template)) visit(template, []);
}
var CrossTemplateResolution = class {
  constructor(templates, parameterFiles) {
    this.templates = templates;
    this.parameterFiles = parameterFiles;
  }
  templates;
  parameterFiles;
  inProgress = /* @__PURE__ */ new Set();
  linksByTemplate = /* @__PURE__ */ new Map();
  linksOf(template) {
    let links = this.linksByTemplate.get(template);
    if (!links) {
      const supplied = template.parents.length === 0 ? suppliedParameters(template.file, this.parameterFiles) : /* @__PURE__ */ new Map();
      links = {
        namespace: `${template.file}#`,
        parameter: (name, loc) => template.parents.length > 0 ? this.fromParents(template, name, loc) : scalarFrom(supplied.get(name)?.value, loc),
        importValue: (name, loc, written) => this.imported(name, loc, namePatterns(placeholderResolver(template.root).resolve(written))),
        ssmParameter: (name, loc) => this.ssmParameter(name, loc),
        stackOutput: (stackId, output, loc) => {
          const child = template.nested.get(stackId);
          return child && this.output(child, output, loc, `${stackId}.Outputs.${output}`);
        }
      };
      this.linksByTemplate.set(template, links);
    }
    return links;
  }
  /** What the parent stacks pass for a parameter; the template's default when one of them passes nothing. */
  fromParents(template, name, loc) {
    const options = [];
    for (const { template: parent, stackId } of template.parents) {
      const passed = asMap(get(parent.root, "Resources", stackId, "Properties", "Parameters"))?.entries.get(name);
      if (!passed) return void 0;
      const value = this.guarded(`parameter ${template.file} ${name} ${parent.file} ${stackId}`, () => parent.resolver.resolve(passed));
      if (!value) return void 0;
      options.push({ value: carried(value, loc, `from ${shownFrom(loc, parent.file)} via parameter ${name} of stack ${stackId}`), via: `stack ${stackId} of ${parent.file} passes it` });
    }
    if (options.length === 1) return options[0].value;
    return { t: "oneOf", loc, options };
  }
  /** The value of the export an import names: one exporter, or one of several (each named). */
  imported(name, loc, writtenPatterns) {
    const patterns = [.../* @__PURE__ */ new Set([...writtenPatterns, ...namePatterns(name)])];
    const candidates = [];
    for (const template of this.templates.values()) {
      for (const [output, exportNames] of template.exports) {
        for (const exportName of exportNames) {
          const matches = patterns.map((p) => ({ p, match: namesCanMatch(p, exportName) })).filter((m) => m.match !== void 0);
          const best = matches.find((m) => m.match === "same") ?? matches[0];
          if (best) candidates.push({ template, output, match: best.match, exportName, asWritten: best.match === "same" && writtenPatterns.includes(best.p) });
        }
      }
    }
    const same = candidates.filter((c) => c.match === "same");
    const chosen = nearest(same.length > 0 ? same : candidates, loc);
    if (chosen.length === 0) return void 0;
    const values = chosen.map((c) => ({
      value: this.output(c.template, c.output, loc, `Export ${c.exportName}`),
      via: `the export '${c.exportName}' of ${c.template.file} is the one imported`
    }));
    const value = values.length === 1 ? values[0].value : { t: "oneOf", loc, options: values };
    if (chosen.every((c) => c.asWritten)) return value;
    const label = patterns.map((p) => `'${p}'`).join(" or ");
    return { t: "unknown", loc, reason: `the import of ${label} is decided at deploy time`, fallback: { via: `the import of ${label} is the export '${chosen[0].exportName}'`, value } };
  }
  /** The Value of the `AWS::SSM::Parameter` of that Name in a template of the group, when exactly one declares it. */
  ssmParameter(name, loc) {
    const declared = [];
    for (const template2 of this.templates.values()) {
      for (const node of asMap(template2.root.entries.get("Resources"))?.entries.values() ?? []) {
        if (stringOf(get(node, "Type")) === "AWS::SSM::Parameter" && stringOf(get(node, "Properties", "Name")) === name) declared.push({ template: template2, value: get(node, "Properties", "Value") });
      }
    }
    if (declared.length !== 1 || declared[0].value.t === "omitted") return void 0;
    const { template, value: raw } = declared[0];
    const value = this.guarded(`ssm ${name}`, () => template.resolver.resolve(raw));
    return value && carried(value, loc, `from ${shownFrom(loc, template.file)} via SSM parameter ${name}`);
  }
  /** An output of a template, seen from where it is imported or read. */
  output(template, output, loc, how) {
    const raw = get(template.root, "Outputs", output, "Value");
    if (raw.t === "omitted") return { t: "unknown", loc, reason: `${template.file} has no output ${output}` };
    const value = this.guarded(`output ${template.file} ${output}`, () => template.resolver.resolve(raw));
    if (!value) return { t: "unknown", loc, reason: `the output ${output} of ${template.file} depends on itself through other stacks` };
    return carried(value, loc, `from ${shownFrom(loc, template.file)} via ${how}`);
  }
  guarded(key, work) {
    if (this.inProgress.has(key)) return void 0;
    this.inProgress.add(key);
    try {
      return work();
    } finally {
      this.inProgress.delete(key);
    }
  }
};
function nearest(candidates, loc) {
  if (loc.kind !== "source") return candidates;
  const importer = loc.file.split("/");
  const shared = (c) => {
    const parts = c.template.file.split("/");
    let i = 0;
    while (i < parts.length - 1 && parts[i] === importer[i]) i++;
    return i;
  };
  const best = Math.max(...candidates.map(shared));
  return candidates.filter((c) => shared(c) === best);
}
function shownFrom(loc, file) {
  return loc.kind === "source" ? path.posix.relative(path.posix.dirname(loc.file), file) : file;
}
function carried(value, loc, chain) {
  switch (value.t) {
    case "ref":
      return { ...value, loc, text: `${value.text.replace(/^!(Ref|GetAtt) /, "")} ${chain}` };
    case "list":
      return { ...value, loc, items: value.items.map((item) => carried(item, loc, chain)) };
    case "oneOf":
      return { ...value, loc, options: value.options.map((o) => ({ via: o.via, value: carried(o.value, loc, chain) })) };
    case "unknown":
      return { ...value, loc, reason: `${value.reason} (${chain})`, ...value.fallback && { fallback: { via: value.fallback.via, value: carried(value.fallback.value, loc, chain) } } };
    default:
      return { ...value, loc };
  }
}

// src/loaders/index.ts
var LOOKS_LIKE_INPUT = /AWSTemplateFormatVersion|["']?Resources["']?\s*:|\bAWS::[A-Za-z0-9]+::|"format_version"|"sagelintSnapshot"/;
function looksLikeInput(text) {
  return LOOKS_LIKE_INPUT.test(text);
}
async function planUnitSources(root, files, options, isExcluded) {
  const { stacks, manifests } = await cdkStacks(files, options);
  const plan = { sources: [], errors: [], notes: [] };
  const structured = files.filter((file) => !file.relative.endsWith(".tf") && !manifests.has(file.absolute));
  const linked = planTemplateGroups(root, structured, { maxFileBytes: options.maxFileBytes, isExcluded });
  plan.notes.push(...linked.notes);
  const groupOf = new Map(linked.groups.flatMap((group) => group.map((file) => [file, group])));
  for (const file of structured) {
    const stackName = stacks.get(file.absolute)?.displayName;
    const group = groupOf.get(file);
    if (group) {
      if (group[0] === file) plan.sources.push({ kind: "cloudformation-group", members: group.map((f) => ({ file: f, stackName: stacks.get(f.absolute)?.displayName })) });
      continue;
    }
    plan.sources.push(stackName === void 0 ? { kind: "structured", file } : { kind: "structured", file, stackName });
  }
  for (const file of linked.products) plan.sources.push({ kind: "structured", file });
  const terraformFiles = files.filter((f) => f.relative.endsWith(".tf"));
  if (terraformFiles.length) await planTerraform(root, terraformFiles, options, plan);
  return plan;
}
async function planTerraform(root, files, options, plan) {
  const { planTerraformUnits } = await import("./terraform-SF7VEPOV.js");
  const walked = new Set(files.map((f) => f.relative));
  const named = new Set(files.filter((f) => f.explicit).map((f) => f.relative));
  const targets = [...named];
  const discovered = files.filter((f) => !f.explicit).map((f) => path2.posix.dirname(f.relative));
  if (discovered.length) targets.push(commonFolder(discovered));
  const modules = [];
  const namedModuleIn = /* @__PURE__ */ new Map();
  for (const target of targets) {
    const planned = await planTerraformUnits(root, target, { maxFileBytes: options.maxFileBytes, varFiles: options.varFiles });
    appendAll(plan.errors, planned.errors);
    appendAll(plan.notes, planned.notes);
    for (const module of planned.sources) {
      const sameFolder = named.has(target) ? namedModuleIn.get(module.dir) : void 0;
      if (sameFolder) {
        appendAll(sameFolder.files, module.files);
        continue;
      }
      if (named.has(target)) namedModuleIn.set(module.dir, module);
      modules.push(module);
    }
  }
  const seen = /* @__PURE__ */ new Set();
  const plans = terraformPlansByDir(plan.sources);
  for (const module of modules) {
    const key = module.files.join("\0");
    if (seen.has(key) || !module.files.some((f) => walked.has(f))) continue;
    seen.add(key);
    const planFile = plans.get(module.dir);
    if (planFile) {
      plan.notes.push({ file: planFile, message: `Terraform root module ${module.dir} is judged through this plan, which takes precedence over its .tf files (they locate its findings)` });
      continue;
    }
    plan.sources.push({ kind: "terraform", module });
  }
}
var TERRAFORM_PLAN_START = /^\s*\{\s*"format_version"\s*:\s*"[^"]*"\s*,\s*"terraform_version"/;
function terraformPlansByDir(sources) {
  const plans = /* @__PURE__ */ new Map();
  for (const source of sources) {
    if (source.kind !== "structured" || !source.file.relative.endsWith(".json")) continue;
    const dir = path2.posix.dirname(source.file.relative);
    if (!plans.has(dir) && TERRAFORM_PLAN_START.test(readOpening(source.file.absolute))) plans.set(dir, source.file.relative);
  }
  return plans;
}
function readOpening(file) {
  let fd;
  try {
    fd = openSync(file, "r");
    const buffer = Buffer.alloc(256);
    return buffer.toString("utf8", 0, readSync(fd, buffer, 0, buffer.length, 0));
  } catch {
    return "";
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function commonFolder(folders) {
  let common = folders[0].split("/");
  for (const folder of folders) {
    const parts = folder.split("/");
    let i = 0;
    while (i < common.length && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  return common.join("/") || ".";
}
async function loadUnitSource(root, source, options) {
  if (source.kind === "terraform") {
    const { loadTerraformUnit } = await import("./terraform-SF7VEPOV.js");
    return [await loadTerraformUnit(root, source.module, { maxFileBytes: options.maxFileBytes, varFiles: options.varFiles, unsaved: options.unsaved })];
  }
  if (source.kind === "cloudformation-group") return [loadTemplateGroup(source.members, root, options)];
  return loadStructuredFile(root, source.file, options, source.stackName);
}
async function cdkStacks(files, options) {
  const stacks = /* @__PURE__ */ new Map();
  const manifests = /* @__PURE__ */ new Set();
  for (const file of files) {
    if (path2.basename(file.absolute) !== "manifest.json") continue;
    const read = await readSourceText(file.absolute, options.maxFileBytes);
    if (!read.ok) continue;
    let manifest;
    try {
      manifest = JSON.parse(read.text);
    } catch {
      continue;
    }
    if (typeof manifest !== "object" || manifest === null || typeof manifest.artifacts !== "object") continue;
    manifests.add(file.absolute);
    for (const [id, artifact] of Object.entries(manifest.artifacts ?? {})) {
      const template = artifact.properties?.templateFile;
      if (artifact.type !== "aws:cloudformation:stack" || typeof template !== "string") continue;
      const stackName = artifact.properties?.stackName;
      stacks.set(path2.resolve(path2.dirname(file.absolute), template), { stackName: typeof stackName === "string" ? stackName : id, displayName: artifact.displayName ?? id });
    }
  }
  return { stacks, manifests };
}
var SNAPSHOT_START = /^\s*\{\s*"sagelintSnapshot"/;
async function unitSourceOfFile(root, file, options) {
  if (file.endsWith(".tf")) {
    const { moduleOfFile } = await import("./terraform-SF7VEPOV.js");
    return { kind: "terraform", module: moduleOfFile(root, file, options) };
  }
  return { kind: "structured", file: { absolute: path2.join(root, file), relative: file, explicit: false } };
}
async function loadStructuredFile(root, file, options, stackName) {
  const unsaved = options.unsaved?.get(file.relative);
  const read = unsaved === void 0 ? readSourceTextSync(file.absolute, options.maxFileBytes) : unsavedSourceText(unsaved, options.maxFileBytes);
  if (!read.ok) return [failed(file.relative, { file: file.relative, line: read.line, column: read.column, message: read.message })];
  if (read.text.trim() === "") {
    return file.explicit ? [failed(file.relative, { file: file.relative, message: "file is empty" })] : [];
  }
  if (SNAPSHOT_START.test(read.text)) {
    const { loadSnapshot } = await import("./account-YCVHU3EL.js");
    return loadSnapshot(root, file.relative, read.text);
  }
  const parsed = parseAfterPlanning(read.text, file.relative);
  if (!parsed.ok) return file.explicit || looksLikeInput(read.text) ? [failed(file.relative, parsed.error)] : [];
  const { value } = parsed.doc;
  if (value.t === "map" && value.entries.has("format_version")) {
    const { isTerraformPlan, loadTerraformPlanValue } = await import("./terraform-SF7VEPOV.js");
    if (isTerraformPlan(value)) return [await loadTerraformPlanValue(root, file.relative, value, { maxFileBytes: options.maxFileBytes })];
  }
  const unit = loadCloudFormationDocument(parsed.doc, file.relative, { label: stackName && `CDK stack ${stackName}`, links: parameterFileLinks(file.relative, options.parameters) });
  if (unit) return [unit];
  if (file.explicit) {
    return [{ files: [file.relative], resources: [], errors: [], notes: [{ file: file.relative, message: "not a CloudFormation template, Terraform plan or sagelint snapshot; nothing checked" }] }];
  }
  return [];
}
function failed(file, error) {
  return { files: [file], resources: [], errors: [error], notes: [] };
}

// src/pipeline/scan.ts
async function scan(paths, options) {
  const excluded = exclusionOf(options.config);
  const walk = await findInputFiles(options.root, paths, excluded);
  const loadOptions = loadOptionsOf(options);
  const plan = await planUnitSources(options.root, walk.files, loadOptions, excluded);
  const jobs = options.jobs === "auto" ? jobsForInput(walk.files) : options.jobs;
  const results = await scanSources(plan.sources, { ...options, jobs }, loadOptions);
  return assembleResult(options.root, results, {
    errors: [...walk.errors, ...plan.errors],
    notes: [...walk.notes, ...plan.notes],
    files: walk.files.length
  });
}
var MIN_INPUT_BYTES_FOR_JOBS = 4 * 1024 * 1024;
function jobsForInput(files, cores = availableParallelism()) {
  if (cores <= 1) return 1;
  let bytes = 0;
  for (const file of files) {
    bytes += statSync2(file.absolute, { throwIfNoEntry: false })?.size ?? 0;
    if (bytes >= MIN_INPUT_BYTES_FOR_JOBS) return cores;
  }
  return 1;
}
function exclusionOf(config) {
  return config.exclude.length ? (0, import_picomatch2.default)(config.exclude, { dot: true }) : () => false;
}
async function scanOpenFile(file, options) {
  const loadOptions = loadOptionsOf(options);
  const source = await unitSourceOfFile(options.root, file, loadOptions);
  const results = await scanSourcesInOrder(options.root, [source], loadOptions, evaluationOptions(options));
  return assembleResult(options.root, results, { errors: [], notes: [], files: 1 });
}
function loadOptionsOf(options) {
  return { maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, varFiles: options.varFiles ?? [], parameters: options.parameters, unsaved: options.unsaved };
}
async function scanSources(sources, options, loadOptions) {
  const jobs = Math.max(1, Math.floor(options.jobs ?? 1));
  const pool = new StringPool();
  if (jobs === 1) return scanSourcesInOrder(options.root, sources, loadOptions, evaluationOptions(options), pool);
  const { scanWithJobs } = await import("./parallel-ACFMQZ42.js");
  return scanWithJobs(sources, { ...options, jobs }, loadOptions, pool);
}
async function scanSourcesInOrder(root, sources, loadOptions, evaluation, pool = new StringPool()) {
  const results = [];
  for (const source of sources) {
    const units = await loadUnitSource(root, source, loadOptions);
    await prepareRulesFor(evaluation.rules, kindsOf(units));
    results.push(evaluateLoaded(units, evaluation, pool));
  }
  return results;
}
function kindsOf(units) {
  const kinds = /* @__PURE__ */ new Set();
  for (const unit of units) for (const resource of unit.resources) kinds.add(resource.kind);
  return kinds;
}
function evaluateLoaded(units, evaluation, pool) {
  const result = { findings: [], errors: [], notes: [], resources: 0, resourcesByKind: {}, resourcesByType: countsByName() };
  for (const unit of units) {
    appendAll(result.errors, pool.copy(unit.errors));
    appendAll(result.notes, pool.copy(unit.notes));
    result.resources += unit.resources.length;
    for (const { kind, type } of unit.resources) {
      result.resourcesByKind[kind] = (result.resourcesByKind[kind] ?? 0) + 1;
      result.resourcesByType[type] = (result.resourcesByType[type] ?? 0) + 1;
    }
    const evaluated = evaluateUnit(unit, evaluation, pool);
    appendAll(result.findings, evaluated.findings);
    appendAll(result.notes, pool.copy(evaluated.notes));
    appendAll(result.errors, pool.copy(evaluated.errors));
  }
  return result;
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
async function evaluateUnits(root, units, options, extra) {
  await prepareRulesFor(options.rules, kindsOf(units));
  return assembleResult(root, [evaluateLoaded(units, evaluationOptions(options), new StringPool())], extra);
}
function assembleResult(root, results, extra) {
  const findings = [];
  const errors = [...extra.errors];
  const notes = [...extra.notes];
  let resources = 0;
  const resourcesByKind = {};
  const resourcesByType = countsByName();
  for (const result of results) {
    for (const finding of result.findings) findings.push(finding);
    appendAll(errors, result.errors);
    appendAll(notes, result.notes);
    resources += result.resources;
    for (const [kind, count] of Object.entries(result.resourcesByKind)) resourcesByKind[kind] = (resourcesByKind[kind] ?? 0) + count;
    for (const [type, count] of Object.entries(result.resourcesByType)) resourcesByType[type] = (resourcesByType[type] ?? 0) + count;
  }
  const stats = { files: extra.files, resources, resourcesByKind, resourcesByType };
  return { root, findings: sortFindings(findings), errors: sortByFile(distinct(errors)), notes: sortByFile(distinct(notes)), stats };
}
function countsByName() {
  return /* @__PURE__ */ Object.create(null);
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
var collatorCompare;
var ONE_CASE_ALPHANUMERIC = [/^[0-9A-Z]*$/, /^[0-9a-z]*$/];
function compareText(a, b) {
  if (a === b) return 0;
  if (ONE_CASE_ALPHANUMERIC.some((pattern) => pattern.test(a) && pattern.test(b))) return a < b ? -1 : 1;
  collatorCompare ??= new Intl.Collator().compare;
  return collatorCompare(a, b);
}
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
  looksLikeInput,
  cdkStacks,
  scan,
  exclusionOf,
  scanOpenFile,
  scanSourcesInOrder,
  evaluationOptions,
  evaluationFor,
  evaluateUnits,
  sortFindings
};
