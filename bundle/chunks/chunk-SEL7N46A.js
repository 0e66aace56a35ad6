import {
  LazyList,
  jsonChunks,
  sarifReportText,
  writeChunks
} from "./chunk-XHO5RJWJ.js";
import {
  codeFrame,
  painter,
  renderText
} from "./chunk-DROV6HLO.js";
import {
  SourceFiles
} from "./chunk-7EEGRARM.js";
import {
  renderMarkdown
} from "./chunk-RCDPJJLD.js";
import {
  CONTROL_COLUMNS,
  complianceView,
  controlRows,
  countControls,
  describeControlCounts
} from "./chunk-ROUOIPCF.js";
import {
  atOrAbove,
  isAccepted,
  plural,
  summarize
} from "./chunk-VBB4KITS.js";
import {
  ASFF_FINDING_TYPE,
  asffMissingTarget,
  asffReportText,
  repositoryFromRemote
} from "./chunk-FTVN5WLB.js";
import {
  writeOutputFile
} from "./chunk-3T6M6VXE.js";
import {
  csvReportText
} from "./chunk-CGOJIS6V.js";
import {
  incompleteBanner
} from "./chunk-FZCBQZ7J.js";
import {
  REPORT_FILE_NAMES,
  listArgument
} from "./chunk-J2LABROM.js";
import {
  INFORMATION_URI,
  TOOL_NAME,
  findingDocsUri,
  ruleDocsUri,
  toolVersion
} from "./chunk-PQ3N5OJI.js";
import {
  complianceIds,
  rulesOfFramework
} from "./chunk-MF34MBFI.js";
import {
  EXIT,
  configSourceFor,
  loadCatalogFor
} from "./chunk-7XBZIPNF.js";
import {
  ConfigError,
  EMPTY_CONFIG,
  configFileFor,
  configWeakenings,
  configuredRules,
  findConfigFile,
  loadConfig,
  parseConfig,
  rangeOf,
  workingTreeTop
} from "./chunk-XG5UDHWO.js";
import {
  escapeUntrusted,
  inertHtml,
  inertJson
} from "./chunk-B3SSCLDR.js";
import {
  GLOBAL_REGION
} from "./chunk-CECTVXWV.js";
import {
  evaluateUnits,
  scan,
  sortFindings
} from "./chunk-ABGNNYRG.js";
import {
  scanRootFor,
  toRelative
} from "./chunk-QI3ZGK6M.js";
import {
  firstJsonSyntaxError,
  parseStructuredText
} from "./chunk-3PS4O7MD.js";
import {
  PositionMap,
  readSourceTextSync
} from "./chunk-BQVRSB7W.js";
import {
  SEVERITIES,
  prepareRules
} from "./chunk-M2XUS5AP.js";
import {
  get,
  scalar
} from "./chunk-4SJZ32UT.js";

// src/cli/run-scan.ts
import { availableParallelism } from "node:os";
import path3 from "node:path";
import { appendFile, mkdir } from "node:fs/promises";

// src/report/json.ts
var JSON_SCHEMA_VERSION = "1.2";
function* jsonReportText(result, rules, options = {}) {
  yield* jsonChunks(jsonReport(result, rules, options, new LazyList(result.findings, jsonFinding, true)));
  yield "\n";
}
function jsonReport(result, rules, options, findings) {
  return {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: options.toolVersion ?? toolVersion(), informationUri: INFORMATION_URI },
    root: result.root,
    stats: summarize(result),
    rules: rules.map(jsonRule),
    findings,
    errors: result.errors.map((e) => withoutUndefined({ file: e.file, line: e.line, column: e.column, message: e.message })),
    notes: result.notes.map((n) => withoutUndefined({ file: n.file, line: n.line, message: n.message })),
    ...result.baseline ? { baseline: { file: result.baseline.file, absent: result.baseline.absent.map((e) => ({ ...e })) } } : {},
    ...result.incomplete ? { incomplete: true, gaps: result.incomplete.gaps.map(jsonGap) } : {},
    ...result.compliance ? { compliance: jsonCompliance(result.compliance) } : {}
  };
}
function jsonCompliance(view) {
  return {
    framework: view.framework,
    title: view.title,
    summary: countControls(view),
    controls: view.controls.map(
      (c) => withoutUndefined({ control: c.control, rules: [...c.rules], checked: c.checked, failed: c.failed, status: c.status, reason: c.reason })
    )
  };
}
function jsonGap(gap) {
  return withoutUndefined({
    account: gap.account,
    region: gap.region,
    service: gap.service,
    operation: gap.operation,
    error: gap.error,
    reason: gap.reason,
    resource: gap.resource,
    rulesAffected: [...gap.rulesAffected]
  });
}
function jsonRule(rule) {
  return {
    id: rule.id,
    name: rule.name,
    severity: rule.severity,
    fixable: rule.fixable,
    tags: [...rule.tags],
    compliance: complianceIds(rule).map((c) => c.tag),
    appliesTo: [...rule.appliesTo],
    summary: rule.docs.summary,
    // A plugin rule's page is the plugin's home, when it names one.
    ...helpUriOf(rule)
  };
}
function jsonFinding(finding) {
  const { resource, fix, suppression } = finding;
  return withoutUndefined({
    ruleId: finding.ruleId,
    ruleName: finding.ruleName,
    severity: finding.severity,
    certainty: finding.certainty,
    message: finding.message,
    resource: withoutUndefined({ id: resource.id, type: resource.type, kind: resource.kind, source: resource.source, label: resource.label }),
    location: jsonLocation(finding.location),
    propertyPath: [...finding.propertyPath],
    fix: fix && {
      description: fix.description,
      kind: fix.kind,
      placeholders: [...fix.placeholders],
      edits: fix.edits.map((e) => ({ file: e.file, start: jsonPosition(e.start), end: jsonPosition(e.end), text: e.text }))
    },
    suppressed: suppression !== void 0,
    suppression: suppression && { kind: suppression.kind, justification: suppression.justification, source: suppression.source },
    fingerprint: finding.fingerprint,
    baselineState: finding.baselineState
  });
}
function jsonLocation(location) {
  return location.kind === "source" ? { kind: "source", file: location.file, start: jsonPosition(location.start), end: jsonPosition(location.end), path: [...location.path] } : { kind: "live", arn: location.arn, partition: location.partition, account: location.account, region: location.region, path: [...location.path] };
}
function jsonPosition(position) {
  return { line: position.line, column: position.column, offset: position.offset };
}
function withoutUndefined(object) {
  const defined = {};
  for (const [key, value] of Object.entries(object)) if (value !== void 0) defined[key] = value;
  return defined;
}
function helpUriOf(rule) {
  const helpUri = ruleDocsUri(rule);
  return helpUri === void 0 ? {} : { helpUri };
}

// src/report/github.ts
var COMMAND = { critical: "error", high: "error", medium: "warning", low: "notice" };
function renderGithubAnnotations(result) {
  const lines = [];
  for (const f of result.findings) {
    if (isAccepted(f) || f.location.kind !== "source") continue;
    const { file, start, end } = f.location;
    const props = [`file=${property(file)}`, `line=${start.line}`, `col=${start.column}`, `endLine=${end.line}`];
    if (end.line === start.line) props.push(`endColumn=${end.column}`);
    props.push(`title=${property(`${f.ruleId} ${f.ruleName}`)}`);
    lines.push(`::${COMMAND[f.severity]} ${props.join(",")}::${data(`${f.message} [${f.resource.id}]`)}`);
  }
  for (const e of result.errors) {
    const where = [`file=${property(e.file)}`, ...e.line ? [`line=${e.line}`] : [], ...e.column ? [`col=${e.column}`] : []];
    lines.push(`::error ${where.join(",")},title=sagelint could not read this file::${data(e.message)}`);
  }
  const summary = summarize(result);
  lines.push(`sagelint: ${plural(summary.active, "finding")}, ${plural(summary.errors, "load error")} in ${plural(summary.files, "file")}`);
  return `${lines.join("\n")}
`;
}
function data(text) {
  return escapeUntrusted(text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}
function property(text) {
  return data(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// src/cli/changed-files.ts
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { devNull, tmpdir } from "node:os";
import path from "node:path";

// src/engine/baseline.ts
import { readFile, writeFile } from "node:fs/promises";
var BASELINE_VERSION = 1;
var DEFAULT_BASELINE_FILE = ".sagelint-baseline.json";
function baselineOf(result) {
  const findings = result.findings.filter((f) => !f.suppression).map((f) => ({
    fingerprint: f.fingerprint,
    ruleId: f.ruleId,
    resource: f.resource.id,
    ...f.location.kind === "source" ? { file: f.location.file } : {}
  }));
  return { version: BASELINE_VERSION, findings };
}
async function writeBaseline(file, result) {
  const baseline = baselineOf(result);
  await writeFile(file, `${JSON.stringify(baseline, null, 2)}
`);
  return baseline.findings.length;
}
async function readBaseline(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    throw new ConfigError(`${file}: cannot read baseline: ${err.message}`);
  }
  return parseBaseline(text, file);
}
function parseBaseline(text, file) {
  let data2;
  try {
    data2 = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`${file}: cannot read baseline: ${err.message}`);
  }
  const baseline = data2;
  if (baseline?.version !== BASELINE_VERSION || !Array.isArray(baseline.findings) || !baseline.findings.every((e) => typeof e?.fingerprint === "string")) {
    throw new ConfigError(`${file}: not a sagelint baseline (version ${BASELINE_VERSION}); create one with \`sagelint baseline\``);
  }
  return baseline;
}
function compareWithBaseline(result, baseline, file) {
  const known = new Set(baseline.findings.map((e) => e.fingerprint));
  const seen = /* @__PURE__ */ new Set();
  const findings = result.findings.map((f) => {
    seen.add(f.fingerprint);
    return { ...f, baselineState: known.has(f.fingerprint) ? "unchanged" : "new" };
  });
  const absent = baseline.findings.filter((e) => !seen.has(e.fingerprint));
  return { ...result, findings, baseline: { file, absent } };
}
function baselineAdditions(base, head) {
  const known = new Set(base.findings.map((e) => e.fingerprint));
  return head.findings.filter((e) => !known.has(e.fingerprint));
}

// src/cli/changed-files.ts
var SAFE_GIT_CONFIG = [`core.fsmonitor=false`, `core.hooksPath=${devNull}`, "protocol.allow=never"];
function git(cwd, args) {
  return spawnGit(cwd, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}
function spawnGit(cwd, args, options) {
  return spawnSync("git", ["--no-pager", ...SAFE_GIT_CONFIG.flatMap((setting) => ["-c", setting]), ...args], {
    ...options,
    cwd,
    env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0", GIT_NO_LAZY_FETCH: "1" }
  });
}
function failure(result, fallback) {
  return result.stderr?.toString().trim().split("\n")[0] || fallback;
}
function gitTopLevel(dir) {
  const top = git(dir, ["rev-parse", "--show-toplevel"]);
  return top.status === 0 ? top.stdout.trim() : void 0;
}
function originUrl(dir) {
  const url = git(dir, ["config", "--get", "remote.origin.url"]);
  return url.status === 0 && url.stdout.trim() ? url.stdout.trim() : void 0;
}
function resolveCommit(cwd, ref) {
  if (ref === "" || ref.startsWith("-") || [...ref].some((c) => c < " " || c === "")) return { ok: false, message: `not a git revision: ${JSON.stringify(ref)}` };
  const resolved = git(cwd, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  if (resolved.error) return { ok: false, message: `cannot run git: ${resolved.error.message}` };
  const commit = resolved.stdout?.trim() ?? "";
  if (resolved.status !== 0 || !/^[0-9a-f]{40,64}$/.test(commit)) {
    if (gitTopLevel(cwd) === void 0) return { ok: false, message: "not inside a git repository" };
    return { ok: false, message: `no such commit: ${JSON.stringify(ref)}${isShallow(cwd) ? SHALLOW_HINT : ""}` };
  }
  return { ok: true, value: commit };
}
var SHALLOW_HINT = " (this clone is shallow: fetch the history, e.g. actions/checkout with fetch-depth: 0)";
function isShallow(cwd) {
  return git(cwd, ["rev-parse", "--is-shallow-repository"]).stdout?.trim() === "true";
}
function mergeBaseOf(cwd, ref) {
  const commit = resolveCommit(cwd, ref);
  if (!commit.ok) return commit;
  const base = git(cwd, ["merge-base", commit.value, "HEAD"]);
  if (base.status !== 0) return { ok: false, message: `${failure(base, `no merge base of ${ref} and HEAD`)}${isShallow(cwd) ? SHALLOW_HINT : ""}` };
  return { ok: true, value: base.stdout.trim() };
}
function writeTree(top, commit, into) {
  const listing = git(top, ["ls-tree", "-r", "-z", "-l", "--full-tree", commit]);
  if (listing.status !== 0) return { ok: false, message: failure(listing, `cannot read the tree of ${commit}`) };
  const entries = [];
  for (const line of listing.stdout.split("\0").filter(Boolean)) {
    const match = /^(\d+) blob ([0-9a-f]+) +(\d+)\t(.*)$/s.exec(line);
    if (!match) continue;
    const [, mode, oid, size, name] = match;
    if (name.split("/").some((part) => part === "" || part === "." || part === ".." || part.toLowerCase() === ".git")) {
      return { ok: false, message: `the tree of ${commit} holds an unsafe path: ${JSON.stringify(name)}` };
    }
    entries.push({ mode, oid, size: Number(size), file: path.join(into, ...name.split("/")) });
  }
  entries.sort((a, b) => Number(a.mode === SYMLINK_MODE) - Number(b.mode === SYMLINK_MODE));
  for (const batch of batchesOf(entries)) {
    const bytes = batch.reduce((sum, e) => sum + e.size + 128, 0);
    const read = spawnGit(top, ["cat-file", "--batch"], { maxBuffer: bytes + 1024 * 1024, input: batch.map((e) => e.oid).join("\n") + "\n" });
    if (read.status !== 0) return { ok: false, message: failure(read, `cannot read the objects of ${commit}`) };
    let offset = 0;
    for (const entry of batch) {
      const end = read.stdout.indexOf(10, offset);
      const header = read.stdout.subarray(offset, end).toString("latin1");
      if (header !== `${entry.oid} blob ${entry.size}`) return { ok: false, message: `cannot read ${JSON.stringify(path.relative(into, entry.file))} at ${commit}: ${header}` };
      offset = end + 1;
      const content = read.stdout.subarray(offset, offset + entry.size);
      offset += entry.size + 1;
      try {
        if (entry.mode === SYMLINK_MODE) symlinkSync(content.toString("utf8"), entry.file);
        else {
          mkdirSync(path.dirname(entry.file), { recursive: true });
          writeFileSync(entry.file, content, { flag: "wx" });
        }
      } catch (err) {
        return { ok: false, message: `cannot write ${JSON.stringify(path.relative(into, entry.file))} of ${commit}: ${err.message}` };
      }
    }
  }
  return { ok: true, value: into };
}
var SYMLINK_MODE = "120000";
function* batchesOf(entries) {
  let batch = [];
  let bytes = 0;
  for (const entry of entries) {
    if (batch.length && bytes + entry.size > 32 * 1024 * 1024) {
      yield batch;
      batch = [];
      bytes = 0;
    }
    batch.push(entry);
    bytes += entry.size;
  }
  if (batch.length) yield batch;
}
async function withTemporaryFolder(prefix, body) {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  const remove = () => rmSync(folder, { recursive: true, force: true });
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"];
  const release = () => {
    for (const signal of signals) process.off(signal, onSignal);
    process.off("exit", remove);
  };
  const onSignal = (signal) => {
    release();
    remove();
    process.kill(process.pid, signal);
  };
  for (const signal of signals) process.once(signal, onSignal);
  process.once("exit", remove);
  try {
    return await body(folder);
  } finally {
    release();
    remove();
  }
}
function fileAtCommit(top, commit, file) {
  const relative = path.relative(top, path.resolve(file)).split(path.sep).join("/");
  if (relative === "" || relative.startsWith("../") || path.isAbsolute(relative)) return { ok: false, message: `${file} is outside the repository` };
  const object = `${commit}:${relative}`;
  const type = git(top, ["cat-file", "-t", object]);
  if (type.status !== 0 || type.stdout.trim() !== "blob") return { ok: true, value: void 0 };
  const blob = git(top, ["cat-file", "blob", object]);
  if (blob.status !== 0) return { ok: false, message: failure(blob, `cannot read ${object}`) };
  return { ok: true, value: blob.stdout };
}
function filesChangedSince(top, commit, folder) {
  const where = path.relative(top, folder) || ".";
  const tracked = git(top, ["diff", "--name-only", "--no-ext-diff", "--no-textconv", "--no-renames", commit, "--", where]);
  if (tracked.error || tracked.status !== 0) return { ok: false, message: tracked.error?.message ?? failure(tracked, `cannot compare ${where} with ${commit}`) };
  const untracked = git(top, ["ls-files", "--others", "--exclude-standard", "--", where]);
  if (untracked.error || untracked.status !== 0) return { ok: false, message: untracked.error?.message ?? failure(untracked, `cannot list the files of ${where}`) };
  return { ok: true, value: [...tracked.stdout.split("\n"), ...untracked.stdout.split("\n")].filter(Boolean) };
}
async function scanMergeBase(ref, paths, options) {
  const base = mergeBaseOf(options.root, ref);
  if (!base.ok) return base;
  const top = gitTopLevel(options.root);
  return withTemporaryFolder("sagelint-base-", async (scratch) => {
    const tree = writeTree(top, base.value, path.join(scratch, "tree"));
    if (!tree.ok) return tree;
    const inTree = (file) => {
      const relative = path.relative(top, path.resolve(file));
      return relative.startsWith("..") || path.isAbsolute(relative) ? void 0 : path.join(tree.value, relative);
    };
    const basePaths = paths.map(inTree).filter((p) => p !== void 0 && existsSync(p));
    const root = inTree(options.root);
    const varFiles = options.varFiles?.map((file) => inTree(file) ?? file);
    const result = basePaths.length && root ? await scan(basePaths, { ...options, root, varFiles }) : void 0;
    const fingerprints = new Set(result ? baselineOf(result).findings.map((e) => e.fingerprint) : []);
    const problems = new Set(result ? [...result.errors, ...result.notes].map(problemKey) : []);
    return { ok: true, value: { commit: base.value, fingerprints, problems } };
  });
}
function problemKey(problem) {
  return `${problem.file ?? ""}\0${problem.message}`;
}
function onlyIntroduced(result, base) {
  return {
    ...result,
    findings: result.findings.filter((f) => !base.fingerprints.has(f.fingerprint)),
    errors: result.errors.filter((e) => !base.problems.has(problemKey(e))),
    notes: result.notes.filter((n) => !base.problems.has(problemKey(n)))
  };
}

// src/cli/from-ref.ts
import { existsSync as existsSync2 } from "node:fs";
import { readFile as readFile2 } from "node:fs/promises";
import path2 from "node:path";
function atRef(root, option, ref) {
  const top = gitTopLevel(root);
  const commit = resolveCommit(root, ref);
  if (!commit.ok) throw new ConfigError(`${option} ${JSON.stringify(ref)}: ${commit.message}`);
  if (top === void 0) throw new ConfigError(`${option}: not inside a git repository`);
  const read = (file) => orThrow(fileAtCommit(top, commit.value, file), option, ref);
  return { top, commit: commit.value, read };
}
function orThrow(answer, option, ref) {
  if (!answer.ok) throw new ConfigError(`${option} ${JSON.stringify(ref)}: ${answer.message}`);
  return answer.value;
}
function label(at, ref, file) {
  return `${ref}:${path2.relative(at.top, file).split(path2.sep).join("/")}`;
}
function configSourceFromRef(root, ref, explicit) {
  const at = atRef(root, "--config-from-ref", ref);
  const file = configFileAt(at, root, explicit);
  const text = file ? at.read(file) : void 0;
  if (file === void 0 || text === void 0) return void 0;
  const where = label(at, ref, file);
  return {
    text,
    label: where,
    dir: path2.dirname(file),
    read: (rulesFile) => at.read(rulesFile),
    vetPluginFolder: (folder) => {
      const changed = orThrow(filesChangedSince(at.top, at.commit, folder), "--config-from-ref", ref);
      if (changed.length) {
        throw new ConfigError(
          `${where}: plugin folder ${path2.relative(at.top, folder) || "."} differs from ${ref} in the working tree (${changed.slice(0, 3).join(", ")}${changed.length > 3 ? ", …" : ""}): trusted mode runs no plugin code that the change under review wrote`
        );
      }
    }
  };
}
function configFileAt(at, root, explicit) {
  return explicit ? path2.resolve(explicit) : findConfigFile(root, at.top, (candidate) => at.read(candidate) !== void 0);
}
function baselineFromRef(root, ref, file) {
  const at = atRef(root, "--baseline-from-ref", ref);
  const where = label(at, ref, path2.resolve(file));
  const text = at.read(path2.resolve(file));
  return { baseline: text === void 0 ? { version: BASELINE_VERSION, findings: [] } : parseBaseline(text, where), label: where };
}
async function workingTreeGateChanges(root, args, trusted, catalog) {
  const resources = [];
  const warnings = [];
  const configRef = args["config-from-ref"];
  if (configRef) {
    const file2 = configFileFor(root, args.config);
    try {
      const own = file2 ? await loadConfig(file2, catalog, { unknownRules: "keep" }) : EMPTY_CONFIG;
      const preset = (config) => args.preset ? { ...config, preset: args.preset } : config;
      const changes = configWeakenings(preset(trusted.config), preset(own), catalog).map(({ description, key, at }) => ({ description, key, range: rangeOf(own.ranges, at) }));
      const where = file2 ?? configFileAt(atRef(root, "--config-from-ref", configRef), root, void 0);
      if (changes.length && where) resources.push(gateResource("SagelintConfig", "sagelint config", toRelative(root, where), configRef, changes));
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      warnings.push(`the working tree's config cannot be read: ${JSON.stringify(err.message)}`);
    }
  }
  const baselineRef = args["baseline-from-ref"];
  const file = path2.resolve(args.baseline ?? DEFAULT_BASELINE_FILE);
  if (baselineRef && trusted.baseline && existsSync2(file)) {
    try {
      const own = await readBaseline(file);
      const added = baselineAdditions(trusted.baseline, own);
      if (added.length) {
        const located = parseStructuredText(await readFile2(file, "utf8"), file);
        const rangeOfEntry = (index) => {
          const entry = located.ok ? get(located.doc.value, "findings", index) : void 0;
          return entry && entry.t !== "omitted" && entry.loc.kind === "source" ? { start: entry.loc.start, end: entry.loc.end } : void 0;
        };
        const changes = added.map((entry) => ({
          description: `accepts a finding of ${JSON.stringify(entry.ruleId)} on ${JSON.stringify(entry.resource)}`,
          key: ["findings", entry.fingerprint],
          range: rangeOfEntry(own.findings.indexOf(entry))
        }));
        resources.push(gateResource("SagelintBaseline", "sagelint baseline", toRelative(root, file), baselineRef, changes));
      }
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      warnings.push(`the working tree's baseline cannot be read: ${JSON.stringify(err.message)}`);
    }
  }
  const files = resources.map((r) => r.id);
  return { unit: { files, resources, errors: [], notes: [] }, warnings };
}
function gateResource(kind, type, file, trustedRef, changes) {
  const start = { line: 1, column: 1, offset: 0 };
  const at = (range, key) => ({ kind: "source", file, start: range?.start ?? start, end: range?.end ?? start, path: key });
  const whole = at(void 0, []);
  const weakenings = { t: "list", items: changes.map((c) => scalar(c.description, at(c.range, c.key))), loc: at(void 0, ["Weakenings"]) };
  const props = {
    t: "map",
    entries: /* @__PURE__ */ new Map([
      ["TrustedRef", scalar(trustedRef, at(void 0, ["TrustedRef"]))],
      ["Weakenings", weakenings]
    ]),
    keyLocs: /* @__PURE__ */ new Map(),
    loc: whole
  };
  return { kind, id: file, type, source: "sagelint", loc: whole, props, suppressions: [], aliases: [] };
}

// src/report/html.ts
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
var SEVERITY_COLOR = { critical: "#7b2cbf", high: "#c0392b", medium: "#d68910", low: "#2e86c1" };
var plainPaint = painter(false);
var assets;
function pageAssets() {
  if (assets) return assets;
  const script = readFileSync(new URL("./html-client.js", import.meta.url), "utf8");
  const style = readFileSync(new URL("./html-report.css", import.meta.url), "utf8");
  const contentSecurityPolicy = [
    "default-src 'none'",
    `script-src '${cspHash(script)}'`,
    `style-src '${cspHash(style)}'`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'"
  ].join("; ");
  assets = { script, style, contentSecurityPolicy };
  return assets;
}
function* htmlReportText(result, rules, options = {}) {
  const active = groupedFindings(result.findings.filter((f) => !isAccepted(f)));
  const files = new SourceFiles(result.root);
  const contextLines = options.contextLines ?? 2;
  const findings = new LazyList(active, (f) => htmlFinding(f, files, contextLines), true);
  const data2 = { ...jsonReport(result, rules, options, findings), rules: rules.map(htmlRule) };
  const { script, style, contentSecurityPolicy } = pageAssets();
  const live = active.some((f) => f.location.kind === "live") || options.coverage !== void 0;
  yield `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${inertHtml(contentSecurityPolicy)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${inertHtml(`${TOOL_NAME} ${live ? "audit" : "scan"} report`)}</title>
<style>${style}</style>
</head>
<body>
`;
  yield summarySection(result, live);
  if (options.coverage) yield coverageSection(result, active, options.coverage);
  if (result.compliance) yield complianceSection(result.compliance);
  yield findingsSection(active);
  yield problemsSection(result);
  yield '<script type="application/json" id="report-data">';
  for (const chunk of jsonChunks(data2)) yield escapeScriptJson(chunk);
  yield `</script>
<script>${script}</script>
</body>
</html>
`;
}
function groupedFindings(findings) {
  const groupOrder = /* @__PURE__ */ new Map();
  for (const f of findings) if (!groupOrder.has(groupOf(f))) groupOrder.set(groupOf(f), groupOrder.size);
  return findings.map((finding, index) => ({ finding, index, severity: SEVERITIES.indexOf(finding.severity), group: groupOrder.get(groupOf(finding)) })).sort((a, b) => a.severity - b.severity || a.group - b.group || a.index - b.index).map((entry) => entry.finding);
}
function groupOf({ location }) {
  if (location.kind === "source") return location.file;
  const service = location.arn.split(":")[2] || "unknown service";
  return `account ${location.account} · ${location.region} · ${service}`;
}
function htmlFinding(finding, files, contextLines) {
  const { location } = finding;
  const lines = location.kind === "source" ? files.lines(location.file) : void 0;
  const frame = lines && location.kind === "source" ? codeFrame(lines, location.start, location.end, { contextLines, paint: plainPaint }) : void 0;
  return { ...jsonFinding(finding), group: groupOf(finding), ...frame ? { frame } : {} };
}
function htmlRule(rule) {
  const { cli, console, recreate } = rule.docs.remediation;
  return { ...jsonRule(rule), remediation: { ...cli ? { cli } : {}, ...console ? { console } : {}, ...recreate ? { recreate } : {} } };
}
function summarySection(result, live) {
  const summary = summarize(result);
  const extras = [
    summary.suppressed ? `${summary.suppressed} suppressed` : "",
    result.baseline ? `${summary.unchanged} in the baseline, ${summary.absent} fixed since` : "",
    summary.errors ? plural(summary.errors, "load error") : "",
    summary.notes ? plural(summary.notes, "note") : ""
  ].filter(Boolean);
  const scope = live ? `${plural(summary.resources, "resource")} audited` : `${plural(summary.files, "file")} and ${plural(summary.resources, "resource")} scanned`;
  return `<header>
<h1>${inertHtml(`${TOOL_NAME} ${live ? "audit" : "scan"} report`)}</h1>
<p class="meta">${inertHtml(result.root)} · ${inertHtml(scope)}</p>
</header>
<section id="summary" aria-label="Summary">
<p id="total" data-count="${summary.active}"><strong>${inertHtml(summary.active ? plural(summary.active, "finding") : "No findings")}</strong>${extras.length ? ` · ${inertHtml(extras.join(" · "))}` : ""}</p>
${severityChart(summary.bySeverity)}
</section>
`;
}
function severityChart(bySeverity) {
  const max = Math.max(1, ...SEVERITIES.map((s) => bySeverity[s]));
  const rowHeight = 26;
  const barWidth = 360;
  const rows = SEVERITIES.map((s, i) => {
    const y = i * rowHeight;
    const width = Math.round(bySeverity[s] / max * barWidth);
    return `<g class="bar" data-severity="${s}" data-count="${bySeverity[s]}"><text x="0" y="${y + 17}">${s}</text><rect x="80" y="${y + 4}" width="${width}" height="18" fill="${SEVERITY_COLOR[s]}"></rect><text x="${88 + width}" y="${y + 17}">${bySeverity[s]}</text></g>`;
  });
  return `<svg id="severity-chart" role="img" aria-label="Findings by severity" width="520" height="${rowHeight * SEVERITIES.length}" viewBox="0 0 520 ${rowHeight * SEVERITIES.length}">${rows.join("")}</svg>`;
}
function coverageSection(result, active, gaps) {
  const places = /* @__PURE__ */ new Map();
  const place = (key) => places.get(key) ?? places.set(key, { findings: 0, gaps: 0 }).get(key);
  for (const f of active) place(groupOf(f)).findings++;
  for (const g of gaps) place(`account ${g.account} · ${g.region} · ${g.service}`).gaps++;
  const maxFindings = Math.max(1, ...[...places.values()].map((p) => p.findings));
  const rows = [...places].sort(([a], [b]) => a.localeCompare(b)).map(
    ([key, p]) => `<tr${p.gaps ? ' class="has-gaps"' : ""}><td>${inertHtml(key)}</td><td class="num">${p.findings}</td><td><svg class="meter" width="120" height="10" aria-hidden="true"><rect width="${Math.round(p.findings / maxFindings * 120)}" height="10"></rect></svg></td><td class="num">${p.gaps}</td></tr>`
  );
  const notEvaluated = [...new Set(gaps.flatMap((g) => g.rulesAffected))].sort();
  const gapRows = gaps.map(
    (g) => `<tr><td>${inertHtml(`${g.account} · ${g.region}`)}</td><td>${inertHtml(`${g.service}:${g.operation}`)}${g.resource ? `<br><span class="dim">${inertHtml(g.resource)}</span>` : ""}</td><td>${inertHtml(g.reason)}</td><td>${inertHtml(g.error)}</td><td>${inertHtml(g.rulesAffected.join(", "))}</td></tr>`
  );
  return `<section id="coverage" aria-label="Coverage">
<h2>Coverage</h2>
<p>${inertHtml(gaps.length ? `${plural(gaps.length, "API call")} failed: ${notEvaluated.length ? `not (fully) evaluated: ${notEvaluated.join(", ")}` : "no rule was left unevaluated"}.` : `Every API call succeeded (${plural(result.stats.resources, "resource")} audited).`)}</p>
<table class="coverage"><thead><tr><th>account · region · service</th><th>findings</th><th></th><th>gaps</th></tr></thead><tbody>${rows.join("")}</tbody></table>
${gapRows.length ? `<h3>Gaps</h3><table class="gaps"><thead><tr><th>where</th><th>call</th><th>reason</th><th>error</th><th>rules not evaluated</th></tr></thead><tbody>${gapRows.join("")}</tbody></table>` : ""}
</section>
`;
}
function complianceSection(view) {
  const numeric = /* @__PURE__ */ new Set(["checked", "failed"]);
  const status = CONTROL_COLUMNS.indexOf("status");
  const rows = controlRows(view).map(
    (row) => `<tr data-control="${inertHtml(row[0])}" data-status="${inertHtml(row[status])}">${row.map((cell, i) => `<td${numeric.has(CONTROL_COLUMNS[i]) ? ' class="num"' : i === status ? ` class="control-status status-${inertHtml(cell)}"` : ""}>${inertHtml(cell)}</td>`).join("")}</tr>`
  );
  return `<section id="compliance" aria-label="Compliance">
<h2>Compliance</h2>
<p>${inertHtml(describeControlCounts(view))}.</p>
<table class="compliance"><thead><tr>${CONTROL_COLUMNS.map((c) => `<th${numeric.has(c) ? ' class="num"' : ""}>${c}</th>`).join("")}</tr></thead><tbody>${rows.join("")}</tbody></table>
</section>
`;
}
function findingsSection(active) {
  const rules = [...new Set(active.map((f) => f.ruleId))].sort();
  const groups = [...new Set(active.map(groupOf))];
  const options = (values) => values.map((v) => `<option value="${inertHtml(v)}">${inertHtml(v)}</option>`).join("");
  const severityToggles = SEVERITIES.map(
    (s) => `<label class="sev-toggle sev-${s}"><input type="checkbox" name="severity" value="${s}" checked> ${s}</label>`
  ).join("");
  return `<section id="findings" aria-label="Findings">
<h2>Findings</h2>
<form id="filters" class="filters" role="search">
<fieldset><legend>Severity</legend>${severityToggles}</fieldset>
<label>Rule <select id="rule-filter"><option value="">all rules</option>${options(rules)}</select></label>
<label>File or resource <select id="group-filter"><option value="">all</option>${options(groups)}</select></label>
<label>Search <input type="search" id="search" placeholder="rule, message, resource, file…" autocomplete="off"></label>
</form>
<p id="status" aria-live="polite">${inertHtml(plural(active.length, "finding"))}</p>
<div id="finding-list"><noscript>The findings list needs JavaScript; the same findings are in the JSON report.</noscript></div>
<button type="button" id="more" hidden>Show more</button>
</section>
`;
}
function problemsSection(result) {
  const parts = [];
  if (result.errors.length) {
    const items = result.errors.map((e) => `<li><code>${inertHtml([e.file, e.line, e.column].filter((p) => p !== void 0).join(":"))}</code> ${inertHtml(e.message)}</li>`);
    parts.push(`<section id="errors"><h2>Load errors</h2><ul>${items.join("")}</ul></section>`);
  }
  if (result.notes.length) {
    const items = result.notes.map((n) => `<li>${n.file ? `<code>${inertHtml([n.file, n.line].filter((p) => p !== void 0).join(":"))}</code> ` : ""}${inertHtml(n.message)}</li>`);
    parts.push(`<section id="notes"><h2>Notes</h2><ul>${items.join("")}</ul></section>`);
  }
  return parts.join("\n");
}
function escapeScriptJson(json) {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function cspHash(text) {
  return `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
}

// src/report/ocsf.ts
var OCSF_VERSION = "1.3.0";
var DETECTION_FINDING = { class_uid: 2004, class_name: "Detection Finding", category_uid: 2, category_name: "Findings" };
var CREATE = { activity_id: 1, activity_name: "Create" };
var SEVERITIES2 = {
  low: { severity_id: 2, severity: "Low" },
  medium: { severity_id: 3, severity: "Medium" },
  high: { severity_id: 4, severity: "High" },
  critical: { severity_id: 5, severity: "Critical" }
};
var CONFIDENCE = { definite: { confidence_id: 3, confidence: "High" }, possible: { confidence_id: 2, confidence: "Medium" } };
function* ocsfReportText(result, rules, options) {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const incomplete = incompleteBanner(result);
  let first = true;
  yield "[";
  for (const finding of result.findings) {
    yield `${first ? "\n" : ",\n"}${inertJson(JSON.stringify(ocsfFinding(finding, byId.get(finding.ruleId), { ...options, incomplete })))}`;
    first = false;
  }
  yield first ? "]\n" : "\n]\n";
}
function ocsfFinding(finding, rule, options) {
  const time = Date.parse(options.timestamp);
  const accepted = finding.suppression !== void 0 || finding.baselineState === "unchanged";
  const { location } = finding;
  const cloud = location.kind === "live" ? cloudOf(location.account, location.region) : void 0;
  const compliance = complianceIds(rule);
  const unmapped = {
    ...compliance.length ? { compliance: groupBySource(compliance) } : {},
    ...finding.suppression ? { suppression: { source: finding.suppression.source, justification: finding.suppression.justification } } : {},
    ...finding.baselineState ? { baseline_state: finding.baselineState } : {},
    ...options.incomplete ? { incomplete: options.incomplete } : {}
  };
  return {
    ...CREATE,
    ...DETECTION_FINDING,
    type_uid: DETECTION_FINDING.class_uid * 100 + CREATE.activity_id,
    type_name: `${DETECTION_FINDING.class_name}: ${CREATE.activity_name}`,
    ...SEVERITIES2[finding.severity],
    ...CONFIDENCE[finding.certainty],
    status_id: accepted ? 3 : 1,
    status: accepted ? "Suppressed" : "New",
    time,
    message: finding.message,
    metadata: {
      version: OCSF_VERSION,
      product: { name: TOOL_NAME, vendor_name: TOOL_NAME, version: toolVersion(), uid: TOOL_NAME, url_string: INFORMATION_URI },
      event_code: finding.ruleId,
      ...cloud ? { profiles: ["cloud"] } : {}
    },
    finding_info: {
      // The fingerprint: stable across runs, so a consumer updates the finding rather than adding one.
      uid: finding.fingerprint,
      title: `${finding.ruleId} ${rule?.docs.summary ?? finding.ruleName}`,
      desc: finding.message,
      types: [ASFF_FINDING_TYPE],
      created_time: time,
      product_uid: TOOL_NAME,
      analytic: { uid: finding.ruleId, name: finding.ruleName, type_id: 1, type: "Rule" }
    },
    resources: [resourceOf(finding)],
    remediation: {
      desc: finding.fix?.description ?? rule?.docs.remediation.console ?? `See ${finding.ruleId} (${finding.ruleName}) for how to fix it.`,
      references: [findingDocsUri(finding.ruleId, rule)].filter((uri) => uri !== void 0)
    },
    ...cloud ? { cloud } : {},
    ...Object.keys(unmapped).length ? { unmapped } : {}
  };
}
function cloudOf(account, region) {
  return {
    provider: "AWS",
    // IAM is global: its resources have no region.
    ...region && region !== GLOBAL_REGION ? { region } : {},
    account: { uid: account, type_id: 10, type: "AWS Account" }
  };
}
function resourceOf(finding) {
  const { location, resource } = finding;
  const name = resource.label ?? resource.id;
  if (location.kind === "live") {
    return {
      uid: location.arn,
      name,
      type: resource.type,
      ...location.partition ? { cloud_partition: location.partition } : {},
      ...location.region && location.region !== GLOBAL_REGION ? { region: location.region } : {},
      data: { account: location.account }
    };
  }
  return {
    // The resource, not the finding's line: every finding of one resource names the same resource.
    uid: `${location.file}/${resource.id}`,
    name,
    type: resource.type,
    data: { file: location.file, line: location.start.line, column: location.start.column, resource_id: resource.id, source: resource.source }
  };
}
function groupBySource(ids) {
  const out = {};
  for (const { source, id } of ids) (out[source] ??= []).push(id);
  return out;
}

// src/loaders/cloudformation/parameter-files.ts
import { parse as parseToml, TomlError } from "smol-toml";
var EXPECTED = 'expected [{ "ParameterKey", "ParameterValue" }] (CloudFormation CLI), { "Parameters": { … } } (CodePipeline template configuration) or a samconfig.toml with parameter_overrides';
function readParameterFile(absolute, maxFileBytes) {
  const read = readSourceTextSync(absolute, maxFileBytes);
  if (!read.ok) return { ok: false, message: read.message, line: read.line, column: read.column };
  if (absolute.toLowerCase().endsWith(".toml")) return samConfigParameters(read.text);
  let data2;
  try {
    data2 = JSON.parse(read.text);
  } catch (err) {
    const offset = firstJsonSyntaxError(read.text);
    const at = offset === void 0 ? void 0 : new PositionMap(read.text).at(offset);
    return { ok: false, message: `not valid JSON (${err.message.replace(/ in JSON at position \d+.*$/, "")}); ${EXPECTED}`, line: at?.line, column: at?.column };
  }
  if (Array.isArray(data2)) return cliParameters(data2);
  if (isRecord(data2) && isRecord(data2.Parameters)) return stringValues(data2.Parameters, "Parameters");
  return { ok: false, message: EXPECTED };
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function cliParameters(entries) {
  const values = {};
  for (const [i, entry] of entries.entries()) {
    if (!isRecord(entry) || typeof entry.ParameterKey !== "string") return { ok: false, message: `entry ${i} has no ParameterKey; ${EXPECTED}` };
    if (entry.UsePreviousValue === true) continue;
    if (typeof entry.ParameterValue !== "string") return { ok: false, message: `entry ${i} (${entry.ParameterKey}) has no string ParameterValue` };
    values[entry.ParameterKey] = entry.ParameterValue;
  }
  return { ok: true, values };
}
function stringValues(parameters, where) {
  const values = {};
  for (const [key, value] of Object.entries(parameters)) {
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") return { ok: false, message: `${where}.${key} must be a string` };
    values[key] = String(value);
  }
  return { ok: true, values };
}
function samConfigParameters(text) {
  let data2;
  try {
    data2 = parseToml(text);
  } catch (err) {
    const at = err instanceof TomlError ? { line: err.line, column: err.column } : {};
    return { ok: false, message: `not valid TOML (${err.message.split("\n")[0]})`, ...at };
  }
  const deploy = isRecord(data2.default) && isRecord(data2.default.deploy) && isRecord(data2.default.deploy.parameters) ? data2.default.deploy.parameters : void 0;
  const overrides = deploy?.parameter_overrides;
  if (overrides === void 0) return { ok: false, message: "no parameter_overrides under [default.deploy.parameters]" };
  const pairs = typeof overrides === "string" ? shellWords(overrides) : Array.isArray(overrides) && overrides.every((o) => typeof o === "string") ? overrides.flatMap(shellWords) : void 0;
  if (!pairs) return { ok: false, message: 'parameter_overrides must be a string "Key=Value …" or a list of them' };
  const values = {};
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    if (eq <= 0) return { ok: false, message: `parameter_overrides: '${pair}' is not Key=Value` };
    values[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return { ok: true, values };
}
function shellWords(text) {
  const words = [];
  let current = "";
  let quote;
  let started = false;
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = void 0;
      else current += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      started = true;
    } else if (/\s/.test(char)) {
      if (started) words.push(current);
      current = "";
      started = false;
    } else {
      current += char;
      started = true;
    }
  }
  if (started) words.push(current);
  return words;
}

// src/cli/run-scan.ts
async function prepareScan(args) {
  try {
    return await setUpScan(args);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`sagelint: ${escapeUntrusted(err.message)}
`);
    return void 0;
  }
}
async function setUpScan(args, root = scanRootFor(args.paths)) {
  const source = args["config-from-ref"] ? configSourceFromRef(root, args["config-from-ref"], args.config) : await configSourceFor(root, args.config);
  const { rules: catalog, errors: extensionErrors } = await loadCatalogFor(source);
  const config = source ? parseConfig(source.text, source.label, catalog, source.dir) : EMPTY_CONFIG;
  const selected = selectRules(catalog, config, args);
  const rules = args.compliance ? rulesOfFramework(selected, args.compliance) : selected;
  await prepareRules(rules);
  const parameters = readParameterFiles([...config.parameters ?? [], ...(args.parameters ?? []).map((file) => ({ templates: "**", file: path3.resolve(file) }))]);
  return { catalog, root, paths: args.paths.map((p) => path3.resolve(p)), config, rules, parameters, extensionErrors };
}
async function runScan(args) {
  const setup = await prepareScan(args);
  if (!setup || !await makeOutputDir(args)) return EXIT.error;
  const { config, rules } = setup;
  let baseline;
  let baselineLabel = args.baseline;
  if (args.baseline || args["baseline-from-ref"]) {
    try {
      if (args["baseline-from-ref"]) ({ baseline, label: baselineLabel } = baselineFromRef(setup.root, args["baseline-from-ref"], args.baseline ?? DEFAULT_BASELINE_FILE));
      else baseline = await readBaseline(args.baseline);
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      process.stderr.write(`sagelint: ${escapeUntrusted(err.message)}
`);
      return EXIT.error;
    }
  }
  const gate = await workingTreeGateChanges(setup.root, args, { config, baseline }, setup.catalog);
  for (const warning of gate.warnings) process.stderr.write(`sagelint: warning: ${escapeUntrusted(warning)}
`);
  const options = scanOptionsFor(setup, args);
  const mergeBase = args["changed-since"] ? await scanMergeBase(args["changed-since"], setup.paths, options) : void 0;
  if (mergeBase && !mergeBase.ok) {
    process.stderr.write(`sagelint: --changed-since ${escapeUntrusted(`${args["changed-since"]}: ${mergeBase.message}`)}
`);
    return EXIT.error;
  }
  let result = withExtensionErrors(withGateFindings(await scan(setup.paths, options), gate.unit, options), setup);
  if (baseline) result = compareWithBaseline(result, baseline, baselineLabel);
  if (mergeBase) result = onlyIntroduced(result, mergeBase.value);
  if (args.compliance) result = { ...result, compliance: complianceView(result, setup.catalog, rules, args.compliance) };
  const failOn = args["fail-on"] ?? config.failOn ?? "low";
  return writeReports(() => result, rules, reportTargets(args, setup.root), { summary: args.summary, failOn, category: args.category, color: args.color, quiet: args.quiet, compact: args.compact });
}
async function makeOutputDir(args) {
  const dir = args["output-dir"];
  return !dir || writeOutputFile(dir, async () => void await mkdir(dir, { recursive: true }));
}
function reportTargets(args, root) {
  const dir = args["output-dir"];
  const asff = asffOptions(args, (args.format ?? []).includes("asff") || /\.asff\.json$/i.test(args.output ?? "") ? root : void 0);
  if (dir) return (args.format ?? []).map((format) => ({ format, output: path3.join(dir, REPORT_FILE_NAMES[format]), asff }));
  return [{ format: reportFormat(args.format?.[0], args.output), output: args.output, asff }];
}
function asffOptions(args, root) {
  const region = args["asff-region"] || process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || void 0;
  const scope = args["asff-scope"] ?? (root === void 0 ? void 0 : repositoryScope(root));
  return { account: args["asff-account"], region, timestamp: (/* @__PURE__ */ new Date()).toISOString(), ...scope ? { scope } : {} };
}
function repositoryScope(root) {
  const github = process.env.GITHUB_REPOSITORY;
  if (github) return repositoryFromRemote(`${process.env.GITHUB_SERVER_URL || "https://github.com"}/${github}`) ?? `github.com/${github}`;
  const top = workingTreeTop(root);
  const remote = top ? originUrl(top) : void 0;
  return remote && repositoryFromRemote(remote) || path3.basename(top ?? root);
}
async function writeReports(resultFor, rules, targets, options) {
  const codes = [];
  for (const [i, target] of targets.entries()) {
    codes.push(await writeReport(resultFor(target.format), rules, { ...options, ...target, summary: i === 0 ? options.summary : void 0 }));
  }
  return Math.max(...codes);
}
function withGateFindings(result, unit, options) {
  if (!unit.resources.length) return result;
  const gate = evaluateUnits(options.root, [unit], options, { errors: [], notes: [], files: 0 });
  return { ...result, findings: sortFindings(result.findings.concat(gate.findings)), notes: result.notes.concat(gate.notes) };
}
function withExtensionErrors(result, setup) {
  return setup.extensionErrors.length ? { ...result, errors: [...setup.extensionErrors, ...result.errors] } : result;
}
function readParameterFiles(files) {
  return files.map(({ templates, file }) => {
    const read = readParameterFile(file);
    if (!read.ok) throw new ConfigError(`${file}${read.line ? `:${read.line}:${read.column ?? 1}` : ""}: not a usable parameter file: ${read.message}`);
    return { templates, source: path3.basename(file), values: read.values };
  });
}
function scanOptionsFor({ root, rules, catalog, config, parameters }, args) {
  return {
    root,
    rules,
    catalog,
    config: { ...config, inlineSuppressions: config.inlineSuppressions && args["inline-suppressions"] },
    maxFileBytes: args["max-file-size"] * 1024 * 1024,
    varFiles: args["var-file"],
    parameters,
    jobs: args.jobs ?? availableParallelism()
  };
}
async function writeReport(result, rules, options) {
  const format = reportFormat(options.format, options.output);
  const asffProblem = format === "asff" ? asffMissingTarget(result, options.asff ?? {}) : void 0;
  if (asffProblem) {
    process.stderr.write(`sagelint: ${asffProblem}
`);
    return EXIT.error;
  }
  const report = render(result, rules, format, options);
  if (options.output) {
    if (!await writeOutputFile(options.output, () => writeChunks(report, { file: options.output }))) return EXIT.error;
    if (!options.quiet) process.stderr.write(`sagelint: ${oneLineSummary(result)}; report written to ${escapeUntrusted(options.output)}
`);
  } else {
    await writeChunks(report, { stream: process.stdout });
  }
  const summary = options.summary;
  if (summary && !await writeOutputFile(summary, () => appendFile(summary, `${renderMarkdown(result, rules)}
`))) return EXIT.error;
  return exitCode(result, options.failOn);
}
async function runBaseline(args) {
  const setup = await prepareScan(args);
  if (!setup) return EXIT.error;
  const result = withExtensionErrors(await scan(setup.paths, scanOptionsFor(setup, args)), setup);
  let count = 0;
  if (!await writeOutputFile(args.output, async () => void (count = await writeBaseline(args.output, result)))) return EXIT.error;
  process.stderr.write(`sagelint: baseline of ${plural(count, "finding")} written to ${escapeUntrusted(args.output)}
`);
  for (const error of result.errors) process.stderr.write(`sagelint: ${escapeUntrusted(`${error.file}${error.line ? `:${error.line}` : ""}: ${error.message}`)}
`);
  return result.errors.length ? EXIT.error : EXIT.clean;
}
function selectRules(catalog, config, args) {
  const ids = (list) => listArgument(list ?? []).map((s) => s.toUpperCase());
  const only = ids(args.rules);
  const skip = ids(args["skip-rules"]);
  const known = new Set(catalog.map((r) => r.id));
  const unknown = [...only, ...skip].filter((id) => !known.has(id));
  if (unknown.length) throw new ConfigError(`unknown rule ${unknown.join(", ")} (see \`sagelint rules\`)`);
  const preset = args.preset ?? (args.compliance ? "strict" : config.preset);
  const selected = only.length ? catalog.filter((r) => only.includes(r.id)) : configuredRules({ ...config, preset }, catalog);
  return selected.filter((r) => !skip.includes(r.id));
}
function reportFormat(format, output) {
  return format ?? formatFromExtension(output) ?? (process.env.GITHUB_ACTIONS === "true" && !output ? "github" : "text");
}
function formatFromExtension(output) {
  const ext = output ? path3.extname(output).toLowerCase() : "";
  if (ext === ".sarif") return "sarif";
  if (ext === ".json") return /\.asff\.json$/i.test(output) ? "asff" : /\.ocsf\.json$/i.test(output) ? "ocsf" : "json";
  if (ext === ".md") return "markdown";
  if (ext === ".html" || ext === ".htm") return "html";
  if (ext === ".csv") return "csv";
  return void 0;
}
function render(result, rules, format, options) {
  switch (format) {
    case "json":
      return jsonReportText(result, rules);
    case "sarif":
      return sarifReportText(result, rules, { category: options.category });
    case "markdown":
      return [renderMarkdown(result, rules)];
    case "github":
      return [renderGithubAnnotations(result)];
    case "html":
      return htmlReportText(result, rules, { coverage: options.coverage });
    case "csv":
      return csvReportText(result, rules);
    case "asff":
      return asffReportText(result, rules, options.asff ?? { timestamp: (/* @__PURE__ */ new Date()).toISOString() });
    case "ocsf":
      return ocsfReportText(result, rules, { timestamp: options.asff?.timestamp ?? (/* @__PURE__ */ new Date()).toISOString() });
    case "text":
      return [renderText(result, rules, { color: options.color && !options.output, quiet: options.quiet, compact: options.compact, threshold: options.failOn === "none" ? "critical" : options.failOn })];
  }
}
function oneLineSummary(result) {
  const summary = summarize(result);
  return `${plural(summary.active, "finding")}, ${plural(result.errors.length, "load error")} in ${plural(result.stats.files, "file")}`;
}
function exitCode(result, failOn) {
  if (result.errors.length > 0) return EXIT.error;
  if (failOn === "none") return EXIT.clean;
  const failing = result.findings.some((f) => !isAccepted(f) && atOrAbove(f.severity, failOn));
  return failing ? EXIT.findings : EXIT.clean;
}

export {
  prepareScan,
  setUpScan,
  runScan,
  makeOutputDir,
  reportTargets,
  asffOptions,
  writeReports,
  withExtensionErrors,
  scanOptionsFor,
  writeReport,
  runBaseline,
  selectRules,
  reportFormat,
  exitCode
};
