import {
  loadUnitSource,
  planUnitSources
} from "./chunk-6TZPUHOZ.js";
import {
  DEFAULT_MAX_FILE_BYTES,
  findInputFiles
} from "./chunk-RO7B7PEA.js";
import {
  StringPool,
  evaluateUnit
} from "./chunk-WOJCV5WC.js";
import {
  prepareRules
} from "./chunk-M2XUS5AP.js";
import {
  appendAll
} from "./chunk-MAXDAXTO.js";

// src/engine/scan.ts
import picomatch from "picomatch";
async function scan(paths, options) {
  await prepareRules(options.rules);
  const excluded = options.config.exclude.length ? picomatch(options.config.exclude, { dot: true }) : () => false;
  const walk = await findInputFiles(options.root, paths, excluded);
  const loadOptions = { maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, varFiles: options.varFiles ?? [], parameters: options.parameters };
  const plan = await planUnitSources(options.root, walk.files, loadOptions, excluded);
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
  const { scanWithJobs } = await import("./parallel-5QRONBTW.js");
  return scanWithJobs(sources, { ...options, jobs }, loadOptions, pool);
}
async function scanSourcesInOrder(root, sources, loadOptions, evaluation, pool = new StringPool()) {
  const results = [];
  for (const source of sources) results.push(evaluateLoaded(await loadUnitSource(root, source, loadOptions), evaluation, pool));
  return results;
}
function evaluateLoaded(units, evaluation, pool) {
  const result = { findings: [], errors: [], notes: [], resources: 0 };
  for (const unit of units) {
    appendAll(result.errors, pool.copy(unit.errors));
    appendAll(result.notes, pool.copy(unit.notes));
    result.resources += unit.resources.length;
    const evaluated = evaluateUnit(unit, evaluation, pool);
    appendAll(result.findings, evaluated.findings);
    appendAll(result.notes, pool.copy(evaluated.notes));
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
  scan,
  scanSourcesInOrder,
  evaluationOptions,
  evaluationFor,
  evaluateUnits,
  sortFindings
};
