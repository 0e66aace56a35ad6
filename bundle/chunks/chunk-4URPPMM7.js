import {
  loadUnitSource,
  planUnitSources,
  unitSourceOfFile
} from "./chunk-V7WJTKWN.js";
import {
  findInputFiles
} from "./chunk-QI3ZGK6M.js";
import {
  DEFAULT_MAX_FILE_BYTES
} from "./chunk-BQVRSB7W.js";
import {
  StringPool,
  evaluateUnit
} from "./chunk-OYYBRLIX.js";
import {
  prepareRules
} from "./chunk-M2XUS5AP.js";
import {
  appendAll
} from "./chunk-ZAROGFVC.js";

// src/engine/scan.ts
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import picomatch from "picomatch";
async function scan(paths, options) {
  await prepareRules(options.rules);
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
    bytes += statSync(file.absolute, { throwIfNoEntry: false })?.size ?? 0;
    if (bytes >= MIN_INPUT_BYTES_FOR_JOBS) return cores;
  }
  return 1;
}
function exclusionOf(config) {
  return config.exclude.length ? picomatch(config.exclude, { dot: true }) : () => false;
}
async function scanOpenFile(file, options) {
  await prepareRules(options.rules);
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
  const { scanWithJobs } = await import("./parallel-FXGXJOVH.js");
  return scanWithJobs(sources, { ...options, jobs }, loadOptions, pool);
}
async function scanSourcesInOrder(root, sources, loadOptions, evaluation, pool = new StringPool()) {
  const results = [];
  for (const source of sources) results.push(evaluateLoaded(await loadUnitSource(root, source, loadOptions), evaluation, pool));
  return results;
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
function evaluateUnits(root, units, options, extra) {
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
  scan,
  exclusionOf,
  scanOpenFile,
  scanSourcesInOrder,
  evaluationOptions,
  evaluationFor,
  evaluateUnits,
  sortFindings
};
