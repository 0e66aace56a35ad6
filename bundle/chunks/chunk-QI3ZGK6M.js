import {
  describeFsError
} from "./chunk-BQVRSB7W.js";

// src/loaders/walk.ts
import { lstat, readdir, realpath } from "node:fs/promises";
import path from "node:path";
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set(["node_modules", ".git", ".terraform", ".terragrunt-cache", ".hg", ".svn", "__pycache__", ".venv"]);
var INPUT_EXTENSIONS = /* @__PURE__ */ new Set([".yaml", ".yml", ".json", ".template", ".tf"]);
function toRelative(root, absolute) {
  return path.relative(root, absolute).split(path.sep).join("/") || path.basename(absolute);
}
function scanRootFor(paths, cwd = process.cwd()) {
  const absolute = paths.map((p) => path.resolve(cwd, p));
  if (absolute.every((p) => isInside(cwd, p))) return cwd;
  let common = absolute[0] ?? cwd;
  for (const p of absolute) while (!isInside(common, p)) common = path.dirname(common);
  return common;
}
function isInside(dir, candidate) {
  const rel = path.relative(dir, candidate);
  return rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel);
}
async function findInputFiles(root, paths, isExcluded) {
  const outcome = { files: [], errors: [], notes: [] };
  const realRoot = await realpath(root);
  const visited = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  const add = (absolute, explicit) => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    outcome.files.push({ absolute, relative: toRelative(root, absolute), explicit });
  };
  const walk = async (dir) => {
    let real;
    try {
      real = await realpath(dir);
    } catch (err) {
      outcome.errors.push({ file: toRelative(root, dir), message: `cannot read folder: ${describeFsError(err)}` });
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      outcome.errors.push({ file: toRelative(root, dir), message: `cannot read folder: ${describeFsError(err)}` });
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      const absolute = path.join(dir, entry.name);
      const relative = toRelative(root, absolute);
      if (isExcluded(relative)) continue;
      if (entry.isSymbolicLink()) {
        await followLink(absolute, relative);
      } else if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) await walk(absolute);
      } else if (entry.isFile() && isInputName(entry.name)) {
        add(absolute, false);
      }
    }
  };
  const followLink = async (absolute, relative) => {
    let target;
    try {
      target = await realpath(absolute);
    } catch {
      outcome.notes.push({ file: relative, message: "broken symbolic link, not followed" });
      return;
    }
    if (!isInside(realRoot, target)) {
      outcome.notes.push({ file: relative, message: "symbolic link points outside the scan root, not followed" });
      return;
    }
    const stats = await lstat(target);
    if (stats.isDirectory()) await walk(absolute);
    else if (stats.isFile() && isInputName(absolute)) add(absolute, false);
  };
  for (const p of paths) {
    const absolute = path.resolve(root, p);
    let stats;
    try {
      stats = await lstat(absolute);
    } catch (err) {
      outcome.errors.push({ file: p, message: `cannot read: ${describeFsError(err)}` });
      continue;
    }
    if (stats.isDirectory()) await walk(absolute);
    else if (stats.isSymbolicLink()) await followLink(absolute, toRelative(root, absolute));
    else add(absolute, true);
  }
  return outcome;
}
function isWalkablePath(relative, isExcluded) {
  const parts = relative.split("/");
  return parts.every((part, i) => !isExcluded(parts.slice(0, i + 1).join("/")) && (i === parts.length - 1 || !SKIPPED_DIRECTORIES.has(part)));
}
function isInputName(name) {
  return INPUT_EXTENSIONS.has(path.extname(name).toLowerCase());
}

// src/loaders/recent-parses.ts
var RecentParses = class {
  constructor(maxChars) {
    this.maxChars = maxChars;
  }
  maxChars;
  entries = /* @__PURE__ */ new Map();
  chars = 0;
  get(file, text) {
    const entry = this.entries.get(file);
    if (entry?.text !== text) return void 0;
    this.entries.delete(file);
    this.entries.set(file, entry);
    return entry.outcome;
  }
  /** `get`, for a parse needed once more only: it is no longer kept. */
  take(file, text) {
    const outcome = this.get(file, text);
    if (outcome !== void 0) this.delete(file);
    return outcome;
  }
  set(file, text, outcome) {
    this.delete(file);
    if (text.length > this.maxChars) return;
    this.entries.set(file, { text, outcome });
    this.chars += text.length;
    for (const oldest of this.entries.keys()) {
      if (this.chars <= this.maxChars) break;
      this.delete(oldest);
    }
  }
  delete(file) {
    const entry = this.entries.get(file);
    if (!entry) return;
    this.chars -= entry.text.length;
    this.entries.delete(file);
  }
};

export {
  RecentParses,
  SKIPPED_DIRECTORIES,
  toRelative,
  scanRootFor,
  findInputFiles,
  isWalkablePath,
  isInputName
};
