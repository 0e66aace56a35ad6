import {
  OUTPUT_FORMATS,
  REPORTERS,
  formatOfFile,
  listArgument,
  renderedText,
  reportFileName
} from "./chunk-QGYNGPBX.js";
import {
  writeOutputFile
} from "./chunk-VISZIEAE.js";
import {
  EXIT,
  checkedInput,
  configInputFor,
  loadCatalogFor
} from "./chunk-4CSTNXJU.js";
import {
  writeChunks
} from "./chunk-IDRQLRQN.js";
import {
  complianceView
} from "./chunk-OXUOKFFV.js";
import {
  atOrAbove,
  isAccepted,
  summarize
} from "./chunk-53XGZ73Z.js";
import {
  rulesOfFramework
} from "./chunk-IS4SSPBS.js";
import {
  ConfigError,
  EMPTY_CONFIG,
  configFileFor,
  configWeakenings,
  configuredRules,
  findConfigFile,
  loadConfig,
  rangeOf,
  resolveCheckedConfig,
  workingTreeTop
} from "./chunk-I47XARTC.js";
import {
  escapeUntrusted
} from "./chunk-EMSR244R.js";
import {
  evaluateUnits,
  scan,
  sortFindings
} from "./chunk-RBAF7ELO.js";
import {
  scanRootFor,
  toRelative
} from "./chunk-DPRLNSSC.js";
import {
  firstJsonSyntaxError,
  parseStructuredText
} from "./chunk-MFTJGUDJ.js";
import {
  PositionMap,
  readSourceTextSync
} from "./chunk-HCU2I2RT.js";
import {
  get,
  scalar
} from "./chunk-E2XCQX3P.js";
import {
  plural
} from "./chunk-CAGW7M4A.js";

// src/cli/run-scan.ts
import path3 from "node:path";
import { appendFile, mkdir } from "node:fs/promises";

// src/cli/changed-files.ts
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { devNull, tmpdir } from "node:os";
import path from "node:path";

// src/config/baseline.ts
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
  let data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`${file}: cannot read baseline: ${err.message}`);
  }
  const baseline = data;
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
  const { spawnSync } = process.getBuiltinModule("node:child_process");
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

// src/report/repository-name.ts
function repositoryFromRemote(url) {
  const scp = /^(?:[^@/]+@)?([^:/]+):(?!\/)(.+)$/.exec(url);
  let host;
  let repoPath;
  if (scp && !/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) [, host = "", repoPath = ""] = scp;
  else {
    try {
      const parsed = new URL(url);
      if (parsed.protocol === "file:") return void 0;
      host = parsed.hostname;
      repoPath = decodeURIComponent(parsed.pathname);
    } catch {
      return void 0;
    }
  }
  const name = repoPath.replace(/^\/+|\/+$/g, "").replace(/\.git$/i, "");
  return host && name ? `${host.toLowerCase()}/${name}` : void 0;
}

// src/loaders/cloudformation/parameter-files.ts
import { createRequire } from "node:module";
var EXPECTED = 'expected [{ "ParameterKey", "ParameterValue" }] (CloudFormation CLI), { "Parameters": { … } } (CodePipeline template configuration) or a samconfig.toml with parameter_overrides';
function readParameterFile(absolute, maxFileBytes) {
  const read = readSourceTextSync(absolute, maxFileBytes);
  if (!read.ok) return { ok: false, message: read.message, line: read.line, column: read.column };
  if (absolute.toLowerCase().endsWith(".toml")) return samConfigParameters(read.text);
  let data;
  try {
    data = JSON.parse(read.text);
  } catch (err) {
    const offset = firstJsonSyntaxError(read.text);
    const at = offset === void 0 ? void 0 : new PositionMap(read.text).at(offset);
    return { ok: false, message: `not valid JSON (${err.message.replace(/ in JSON at position \d+.*$/, "")}); ${EXPECTED}`, line: at?.line, column: at?.column };
  }
  if (Array.isArray(data)) return cliParameters(data);
  if (isRecord(data) && isRecord(data.Parameters)) return stringValues(data.Parameters, "Parameters");
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
  const { parse: parseToml, TomlError } = createRequire(import.meta.url)("smol-toml");
  let data;
  try {
    data = parseToml(text);
  } catch (err) {
    const at = err instanceof TomlError ? { line: err.line, column: err.column } : {};
    return { ok: false, message: `not valid TOML (${err.message.split("\n")[0]})`, ...at };
  }
  const deploy = isRecord(data.default) && isRecord(data.default.deploy) && isRecord(data.default.deploy.parameters) ? data.default.deploy.parameters : void 0;
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
  const input = args["config-from-ref"] ? checkedInput(configSourceFromRef(root, args["config-from-ref"], args.config)) : await configInputFor(root, args.config);
  const { rules: catalog, errors: extensionErrors } = await loadCatalogFor(input);
  const config = input ? resolveCheckedConfig(input.checked, input.source.label, catalog, input.source.dir) : EMPTY_CONFIG;
  const selected = selectRules(catalog, config, args);
  const rules = args.compliance ? rulesOfFramework(selected, args.compliance) : selected;
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
  let result = withExtensionErrors(await withGateFindings(await scan(setup.paths, options), gate.unit, options), setup);
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
  const asff = asffOptions(args, (args.format ?? []).includes("asff") || formatOfFile(args.output, ["asff"]) ? root : void 0);
  if (dir) return (args.format ?? []).map((format) => ({ format, output: path3.join(dir, reportFileName(format)), asff }));
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
async function withGateFindings(result, unit, options) {
  if (!unit.resources.length) return result;
  const gate = await evaluateUnits(options.root, [unit], options, { errors: [], notes: [], files: 0 });
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
    jobs: args.jobs ?? "auto"
  };
}
async function writeReport(result, rules, options) {
  const reporter = REPORTERS[reportFormat(options.format, options.output)];
  const refusal = await reporter.refusal?.(result, options);
  if (refusal) {
    process.stderr.write(`sagelint: ${refusal}
`);
    return EXIT.error;
  }
  const report = await reporter.render(result, rules, { ...options, color: options.color && !options.output });
  if (options.output) {
    if (!await writeOutputFile(options.output, () => writeChunks(report, { file: options.output }))) return EXIT.error;
    if (!options.quiet) process.stderr.write(`sagelint: ${oneLineSummary(result)}; report written to ${escapeUntrusted(options.output)}
`);
  } else {
    await writeChunks(report, { stream: process.stdout });
  }
  const summary = options.summary;
  if (summary && !await writeOutputFile(summary, async () => appendFile(summary, `${await renderedText("markdown", result, rules, options)}
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
  return format ?? formatOfFile(output, OUTPUT_FORMATS) ?? (process.env.GITHUB_ACTIONS === "true" && !output ? "github" : "text");
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
