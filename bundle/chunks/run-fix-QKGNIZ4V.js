import {
  plural,
  prepareScan,
  scanOptionsFor
} from "./chunk-GLTMTUYL.js";
import {
  EXIT
} from "./chunk-72755RJG.js";
import {
  PLACEHOLDER,
  scan
} from "./chunk-JO2RILXW.js";
import "./chunk-3E6ZCQFX.js";
import {
  SKIPPED_DIRECTORIES,
  applyTextEdits,
  compatibleFixes
} from "./chunk-IQBJY2UA.js";
import "./chunk-I7UKQEPT.js";
import "./chunk-42SA4L2J.js";
import "./chunk-PUOCMWY6.js";
import {
  appendAll
} from "./chunk-MMQDSGRT.js";
import "./chunk-LUZQY4GM.js";
import {
  escapeUntrusted
} from "./chunk-BSUHQOLV.js";
import "./chunk-LGRSNDBI.js";
import "./chunk-4HD3HIA4.js";

// src/cli/run-fix.ts
import { cp, lstat, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createTwoFilesPatch } from "diff";
var MAX_FIX_PASSES = 10;
async function runFix(args) {
  const setup = await prepareScan(args);
  if (!setup) return EXIT.error;
  const dryRun = args["dry-run"];
  const edited = { originals: /* @__PURE__ */ new Map(), finals: /* @__PURE__ */ new Map(), fixedPerFile: /* @__PURE__ */ new Map() };
  let workspace = { root: setup.root, paths: setup.paths };
  let copy;
  let firstResult;
  let brokenByFixes = 0;
  try {
    const applied = /* @__PURE__ */ new Set();
    let waiting = 0;
    for (let pass = 1; pass <= MAX_FIX_PASSES; pass++) {
      const result = await scan(workspace.paths, { ...scanOptionsFor(setup, args), root: workspace.root });
      if (!firstResult) {
        firstResult = result;
        printErrors(result.errors);
      } else {
        const known = new Set(firstResult.errors.map(errorKey));
        const broken = result.errors.filter((e) => !known.has(errorKey(e)));
        printErrors(broken, "after the fixes of the previous pass, ");
        brokenByFixes += broken.length;
      }
      const candidates = result.findings.filter((f) => !f.suppression && !!f.fix && !applied.has(f.fingerprint));
      const { accepted, deferred } = compatibleFixes(candidates);
      waiting = deferred.length;
      if (accepted.length === 0) break;
      if (dryRun && !copy && deferred.length > 0) {
        copy = await copyRoot(setup.root);
        for (const [file, text] of edited.finals) await writeFile(path.join(copy, file), text);
        workspace = { root: copy, paths: setup.paths.map((p) => path.join(copy, path.relative(setup.root, p))) };
      }
      const changed = await applyPass(workspace.root, accepted, edited, { write: !dryRun || copy !== void 0 });
      for (const finding of accepted) applied.add(finding.fingerprint);
      if (!changed || deferred.length === 0) {
        waiting = 0;
        break;
      }
    }
    if (waiting > 0) process.stderr.write(`sagelint: ${waiting === 1 ? "1 fix" : `${waiting} fixes`} still waited on others after ${MAX_FIX_PASSES} passes; run sagelint fix again
`);
    for (const [file, before] of edited.originals) {
      const after = edited.finals.get(file);
      if (dryRun) process.stdout.write(inertDiff(createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after)));
      else process.stderr.write(`fixed ${plural(edited.fixedPerFile.get(file) ?? 0, "finding")} in ${escapeUntrusted(file)}
`);
      for (const line of placeholderLines(file, after)) process.stderr.write(`  fill in ${escapeUntrusted(line)}
`);
    }
  } finally {
    if (copy) await rm(copy, { recursive: true, force: true });
  }
  const fixed = [...edited.fixedPerFile.values()].reduce((a, b) => a + b, 0);
  const code = summarize(firstResult, dryRun, fixed, edited.originals.size);
  return brokenByFixes ? EXIT.error : code;
}
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
async function applyPass(root, accepted, edited, { write }) {
  let changed = false;
  for (const [file, { edits, findings }] of editsByFile(accepted)) {
    const before = edited.finals.get(file) ?? await readFile(path.join(root, file), "utf8");
    const after = applyTextEdits(before, edits);
    if (after === before) continue;
    if (!edited.originals.has(file)) edited.originals.set(file, before);
    edited.finals.set(file, after);
    edited.fixedPerFile.set(file, (edited.fixedPerFile.get(file) ?? 0) + findings);
    if (write) await writeFile(path.join(root, file), after);
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
    verbatimSymlinks: true,
    filter: async (source) => {
      if (SKIPPED_DIRECTORIES.has(path.basename(source)) || isWithin(source, copy)) return false;
      const stats = await lstat(source);
      return stats.isDirectory() || stats.isFile() || stats.isSymbolicLink();
    }
  });
  return copy;
}
function isWithin(file, dir) {
  const relative = path.relative(dir, file);
  return relative === "" || !relative.startsWith("..") && !path.isAbsolute(relative);
}
function inertDiff(diff) {
  const lines = diff.replace(/\n$/, "").split("\n");
  return lines.map((line) => line.endsWith("\r") ? `${escapeUntrusted(line.slice(0, -1))}\r` : escapeUntrusted(line)).join("\n") + "\n";
}
function placeholderLines(file, text) {
  const out = [];
  text.split("\n").forEach((line, i) => {
    const found = line.match(PLACEHOLDER);
    if (found) out.push(`${file}:${i + 1}: ${[...new Set(found)].join(", ")}`);
  });
  return out;
}
export {
  runFix
};
