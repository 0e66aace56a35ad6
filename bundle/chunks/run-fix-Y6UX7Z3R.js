import {
  prepareScan,
  scanOptionsFor
} from "./chunk-KH5YQAT2.js";
import "./chunk-3T6M6VXE.js";
import "./chunk-I4SYRSEY.js";
import "./chunk-MDX3CDXA.js";
import {
  plural
} from "./chunk-EN46DBBL.js";
import "./chunk-RNZMXSAQ.js";
import {
  EXIT
} from "./chunk-QXIJMYNV.js";
import "./chunk-RZA6EPJV.js";
import "./chunk-CJDJFWRB.js";
import "./chunk-C665IBJJ.js";
import {
  escapeUntrusted,
  escapeUntrustedLines
} from "./chunk-B3SSCLDR.js";
import {
  placeholdersIn
} from "./chunk-4L76RDPV.js";
import {
  scan
} from "./chunk-XAFM57I7.js";
import "./chunk-SEPZZS6X.js";
import {
  SKIPPED_DIRECTORIES,
  applyTextEdits,
  compatibleFixes
} from "./chunk-YCUEQMVE.js";
import "./chunk-QRP45YQJ.js";
import "./chunk-BQVRSB7W.js";
import "./chunk-GSH24J2R.js";
import "./chunk-23EWYKRM.js";
import "./chunk-QQWMGWWF.js";
import "./chunk-SXKGC4UP.js";
import "./chunk-NJ44LUHS.js";
import {
  appendAll
} from "./chunk-ZAROGFVC.js";

// src/cli/run-fix.ts
import { constants } from "node:fs";
import { cp, lstat, mkdtemp, open, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createTwoFilesPatch } from "diff";
var MAX_FIX_PASSES = 10;
async function runFix(args) {
  const setup = await prepareScan(args);
  if (!setup) return EXIT.error;
  const dryRun = args["dry-run"];
  const allowed = /* @__PURE__ */ new Set(["safe", ...args.include ?? []]);
  const edited = { originals: /* @__PURE__ */ new Map(), finals: /* @__PURE__ */ new Map(), fixedPerFile: /* @__PURE__ */ new Map() };
  let workspace = { root: setup.root, paths: setup.paths };
  let copy;
  let firstResult;
  let brokenByFixes = 0;
  let placeholders;
  try {
    const applied = /* @__PURE__ */ new Set();
    const held = /* @__PURE__ */ new Map();
    let waiting = 0;
    for (let pass = 1; pass <= MAX_FIX_PASSES; pass++) {
      const result = await scan(workspace.paths, { ...scanOptionsFor(setup, args), root: workspace.root });
      if (!firstResult) {
        firstResult = result;
        printErrors([...setup.extensionErrors, ...result.errors]);
      } else {
        const known = new Set(firstResult.errors.map(errorKey));
        const broken = result.errors.filter((e) => !known.has(errorKey(e)));
        printErrors(broken, "after the fixes of the previous pass, ");
        brokenByFixes += broken.length;
      }
      const offered = result.findings.filter((f) => !f.suppression && !!f.fix && !applied.has(f.fingerprint));
      const candidates = [];
      const refusals = /* @__PURE__ */ new Map();
      const refusalOfFile = (file) => {
        let refusal = refusals.get(file);
        if (!refusal) refusals.set(file, refusal = refusalOf(workspace.root, file));
        return refusal;
      };
      for (const finding of offered) {
        const refusal = await firstRefusal(new Set(finding.fix.edits.map((e) => e.file)), refusalOfFile) ?? (allowed.has(finding.fix.kind) ? void 0 : `a ${finding.fix.kind} fix: add --include ${finding.fix.kind} to apply it`);
        if (!refusal) candidates.push(finding);
        else if (!held.has(finding.fingerprint)) held.set(finding.fingerprint, `${describeFix(finding)}: not applied, ${escapeUntrusted(refusal)}`);
      }
      const { accepted, deferred } = compatibleFixes(candidates);
      for (const finding of accepted) process.stderr.write(`${dryRun ? "would apply" : "applying"} ${describeFix(finding)}
`);
      waiting = deferred.length;
      if (accepted.length === 0) break;
      if (dryRun && !copy) {
        copy = await copyRoot(setup.root);
        workspace = { root: copy, paths: setup.paths.map((p) => path.join(copy, path.relative(setup.root, p))) };
      }
      const changed = await applyPass(workspace.root, accepted, edited);
      for (const finding of accepted) applied.add(finding.fingerprint);
      if (!changed || deferred.length === 0) {
        waiting = 0;
        break;
      }
    }
    for (const line of held.values()) process.stderr.write(`${line}
`);
    if (waiting > 0) process.stderr.write(`sagelint: ${waiting === 1 ? "1 fix" : `${waiting} fixes`} still waited on others after ${MAX_FIX_PASSES} passes; run sagelint fix again
`);
    for (const [file, before] of edited.originals) {
      const after = edited.finals.get(file);
      if (dryRun) process.stdout.write(escapeUntrustedLines(createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after)));
      else process.stderr.write(`fixed ${plural(edited.fixedPerFile.get(file) ?? 0, "finding")} in ${escapeUntrusted(file)}
`);
    }
    placeholders = edited.originals.size ? await placeholdersLeft(workspace, setup, args) : placeholdersOf(firstResult);
  } finally {
    if (copy) await rm(copy, { recursive: true, force: true });
  }
  const fixed = [...edited.fixedPerFile.values()].reduce((a, b) => a + b, 0);
  const code = summarize(firstResult, dryRun, fixed, edited.originals.size);
  if (placeholders.length) {
    process.stderr.write(`${plural(placeholders.length, "placeholder")} ${dryRun ? "would be" : "are"} left to fill in (scan reports each as SL001 until filled):
`);
    for (const line of placeholders) process.stderr.write(`  ${escapeUntrusted(line)}
`);
  }
  if (brokenByFixes || code === EXIT.error) return EXIT.error;
  return placeholders.length ? EXIT.findings : code;
}
function describeFix(finding) {
  const where = finding.location.kind === "source" ? `, ${finding.location.file}:${finding.location.start.line}` : "";
  return escapeUntrusted(`${finding.ruleId} ${finding.resource.id} (${finding.fix.kind}${where}): ${finding.fix.description}`);
}
async function firstRefusal(files, refusalOfFile) {
  for (const file of files) {
    const refusal = await refusalOfFile(file);
    if (refusal) return refusal;
  }
  return void 0;
}
async function refusalOf(root, file) {
  const target = path.resolve(root, file);
  if (!isWithin(target, root) || target === root) return `${file} is outside the scan root`;
  const relative = path.relative(root, target).split(path.sep);
  if (relative.includes("cdk.out")) return `${file} is generated by the CDK (cdk.out): change the construct in the CDK app`;
  let current = root;
  for (const segment of relative) {
    current = path.join(current, segment);
    const stats = await lstat(current).catch(() => void 0);
    if (stats?.isSymbolicLink()) return `${path.relative(root, current)} is a symbolic link, which sagelint fix never writes through`;
  }
  return void 0;
}
function placeholdersOf(result) {
  return result.findings.filter((f) => f.ruleId === PLACEHOLDER_RULE && !f.suppression).map((f) => `${f.location.kind === "source" ? `${f.location.file}:${f.location.start.line}:${f.location.start.column}` : f.resource.id}: ${placeholdersIn(f.message).join(", ")} (${f.resource.id})`);
}
async function placeholdersLeft(workspace, setup, args) {
  const rules = setup.catalog.filter((r) => r.id === PLACEHOLDER_RULE);
  const result = await scan(workspace.paths, { ...scanOptionsFor(setup, args), root: workspace.root, rules });
  return placeholdersOf(result);
}
var PLACEHOLDER_RULE = "SL001";
var errorKey = (error) => `${error.file}:${error.line}:${error.column}:${error.message}`;
function printErrors(errors, context = "") {
  for (const error of errors) process.stderr.write(`sagelint: ${escapeUntrusted(`${error.file}${error.line ? `:${error.line}:${error.column ?? 1}` : ""}: ${context}${error.message}`)}
`);
}
function summarize(result, dryRun, fixed, files) {
  const unfixable = result.findings.filter((f) => !f.suppression && !f.fix).length;
  process.stderr.write(
    `${dryRun ? "would fix" : "fixed"} ${plural(fixed, "finding")} in ${plural(files, "file")}` + (unfixable ? `; ${plural(unfixable, "finding")} need a manual change (see \`sagelint scan\`)` : "") + "\n"
  );
  return result.errors.length ? EXIT.error : EXIT.clean;
}
async function applyPass(root, accepted, edited) {
  let changed = false;
  for (const [file, { edits, findings }] of editsByFile(accepted)) {
    const before = edited.finals.get(file) ?? await readFile(path.join(root, file), "utf8");
    const after = applyTextEdits(before, edits);
    if (after === before) continue;
    if (!edited.originals.has(file)) edited.originals.set(file, before);
    edited.finals.set(file, after);
    edited.fixedPerFile.set(file, (edited.fixedPerFile.get(file) ?? 0) + findings);
    await writeInside(root, file, after);
    changed = true;
  }
  return changed;
}
function editsByFile(findings) {
  const byFile = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    for (const file of new Set(finding.fix.edits.map((e) => e.file))) {
      const entry = byFile.get(file) ?? { edits: [], findings: 0 };
      appendAll(entry.edits, finding.fix.edits.filter((e) => e.file === file));
      entry.findings++;
      byFile.set(file, entry);
    }
  }
  return byFile;
}
async function copyRoot(root) {
  const copy = await mkdtemp(path.join(tmpdir(), "sagelint-dry-run-"));
  await cp(root, copy, {
    recursive: true,
    filter: async (source) => {
      if (SKIPPED_DIRECTORIES.has(path.basename(source)) || isWithin(source, copy)) return false;
      const stats = await lstat(source);
      return stats.isDirectory() || stats.isFile();
    }
  });
  return copy;
}
async function writeInside(root, file, text) {
  const refusal = await refusalOf(root, file);
  if (refusal) throw new Error(`refusing to write ${file}: ${refusal}`);
  const handle = await open(path.join(root, file), constants.O_WRONLY | constants.O_TRUNC | constants.O_NOFOLLOW);
  try {
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
}
function isWithin(file, dir) {
  const relative = path.relative(dir, file);
  return relative === "" || !relative.startsWith("..") && !path.isAbsolute(relative);
}
export {
  runFix
};
