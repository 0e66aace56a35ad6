import {
  asffOptions,
  makeOutputDir,
  prepareScan,
  reportTargets,
  writeReports
} from "./chunk-46PJLPKF.js";
import {
  writeOutputFile
} from "./chunk-3T6M6VXE.js";
import "./chunk-I4SYRSEY.js";
import {
  complianceView
} from "./chunk-OWBHULM3.js";
import {
  plural
} from "./chunk-O4FFELUZ.js";
import "./chunk-ZYET3WTK.js";
import "./chunk-FZCBQZ7J.js";
import "./chunk-RKNMDK7U.js";
import {
  EXIT
} from "./chunk-EAZZCMZO.js";
import "./chunk-PQ3N5OJI.js";
import "./chunk-CCXHTN5D.js";
import "./chunk-XG5UDHWO.js";
import "./chunk-B36SQNEU.js";
import {
  escapeUntrusted
} from "./chunk-B3SSCLDR.js";
import {
  collectAccountState,
  indexStackTemplates,
  locateInSnapshot,
  relocateFindings,
  serializeSnapshot,
  snapshotToUnits,
  templateLocations
} from "./chunk-4K6ZGQZN.js";
import {
  AuditSetupError
} from "./chunk-XD6YCD6Q.js";
import {
  hidesScope
} from "./chunk-4AJW2O4V.js";
import "./chunk-DO7PCZJ7.js";
import {
  evaluateUnits,
  sortFindings
} from "./chunk-4URPPMM7.js";
import "./chunk-V7WJTKWN.js";
import "./chunk-GFLMZUAD.js";
import "./chunk-QI3ZGK6M.js";
import "./chunk-HSTADTVA.js";
import {
  DEFAULT_MAX_FILE_BYTES
} from "./chunk-BQVRSB7W.js";
import "./chunk-OYYBRLIX.js";
import "./chunk-M2XUS5AP.js";
import "./chunk-C6JUEGJX.js";
import "./chunk-23EWYKRM.js";
import "./chunk-ZAROGFVC.js";

// src/cli/run-audit.ts
import { existsSync, rmSync, statSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import picomatch from "picomatch";
var EXIT_INTERRUPTED = 130;
function defaultSnapshotFile(output) {
  if (!output) return "audit.snapshot.json";
  return path.join(path.dirname(output), `${path.basename(output).replace(/\.sarif(\.json)?$/i, "")}.snapshot.json`);
}
async function runAudit(args) {
  if (args["allow-gaps"] && args["fail-on-gaps"]) {
    process.stderr.write("sagelint: --allow-gaps and --fail-on-gaps contradict each other; choose one\n");
    return EXIT.error;
  }
  const setup = await prepareScan({
    paths: [args["source-root"] ?? "."],
    config: args.config,
    preset: args.preset,
    rules: args.rules,
    "skip-rules": args["skip-rules"],
    compliance: args.compliance
  });
  if (!setup) return EXIT.error;
  const jobsSince = parseJobsSince(args["jobs-since"]);
  if (jobsSince === null) {
    process.stderr.write(`sagelint: --jobs-since takes a date (YYYY-MM-DD) or a number of days
`);
    return EXIT.error;
  }
  const templates = args["source-root"] ? await indexTemplates(setup.paths[0], setup) : void 0;
  if (templates && "missing" in templates) {
    process.stderr.write(`sagelint: --source-root ${escapeUntrusted(args["source-root"])}: no such folder
`);
    return EXIT.error;
  }
  for (const file of [args.output, args["save-snapshot"], args.summary]) {
    if (file && !statSync(path.dirname(path.resolve(file)), { throwIfNoEntry: false })?.isDirectory()) {
      process.stderr.write(`sagelint: cannot write ${escapeUntrusted(file)}: no such folder ${escapeUntrusted(path.dirname(file))}
`);
      return EXIT.error;
    }
  }
  if (!await makeOutputDir(args)) return EXIT.error;
  if (args.profile) process.env.AWS_PROFILE = args.profile;
  const interrupt = new InterruptGuard();
  try {
    return await auditAndReport(args, setup, jobsSince, templates, interrupt);
  } finally {
    interrupt.release();
  }
}
async function auditAndReport(args, setup, jobsSince, templates, interrupt) {
  const progress = process.stderr.isTTY;
  let snapshot;
  try {
    snapshot = await collectAccountState({
      profile: args.profile,
      regions: args.regions?.includes("all") ? "all" : args.regions,
      accounts: args.accounts,
      org: args.org,
      roleName: args["role-name"],
      externalId: args["external-id"],
      shard: args.shard,
      jobsSince,
      allJobs: args["all-jobs"],
      ...args["endpoint-url"] ? { endpoint: args["endpoint-url"] } : {},
      rules: setup.rules,
      onScope: (scope) => process.stderr.write(`${progress ? "\r\x1B[K" : ""}sagelint audit: ${describeAuditScope(scope)}
`),
      onProgress: progress ? showProgress : void 0
    });
  } catch (err) {
    if (!(err instanceof AuditSetupError)) throw err;
    process.stderr.write(`sagelint: ${escapeUntrusted(err.message)}
`);
    return EXIT.error;
  } finally {
    if (progress) process.stderr.write("\r\x1B[K");
  }
  const targets = reportTargets(args, setup.root);
  const sarifReport = targets.find((t) => t.format === "sarif");
  const snapshotFile = args["save-snapshot"] ?? (sarifReport ? defaultSnapshotFile(sarifReport.output) : void 0);
  const snapshotText = serializeSnapshot(snapshot);
  const saved = !snapshotFile || interrupt.writing(snapshotFile) && await writeOutputFile(snapshotFile, () => writeFile(snapshotFile, snapshotText));
  const units = snapshotToUnits(snapshot, args["save-snapshot"], { rules: setup.rules });
  let result = evaluateUnits(setup.root, units, setup, { errors: [...setup.extensionErrors], notes: [], files: 0 });
  const live = result;
  if (templates) result = locateInTemplates(result, units, templates);
  const incomplete = incompleteness(snapshot);
  result = { ...result, notes: collapseNotes(result.notes), ...incomplete ? { incomplete } : {} };
  if (args.compliance) result = { ...result, compliance: complianceView(result, setup.catalog, setup.rules, args.compliance) };
  const inSnapshot = sarifReport && snapshotFile && saved ? { ...result, findings: locateInSnapshot(result.findings, snapshot, snapshotText, reportPath(setup.root, snapshotFile)) } : result;
  for (const { output } of targets) if (output) interrupt.writing(output);
  const code = await writeReports((format) => format === "sarif" ? inSnapshot : result, setup.rules, targets, {
    summary: args.summary,
    failOn: args["fail-on"] ?? setup.config.failOn ?? "low",
    category: args.category,
    color: args.color,
    quiet: args.quiet,
    compact: args.compact,
    coverage: snapshot.coverage
  });
  interrupt.done();
  const asff = targets[0]?.asff ?? asffOptions(args);
  const imported = args["security-hub"] ? await sendToSecurityHub({ ...live, ...incomplete ? { incomplete } : {} }, setup, args, asff) : true;
  const refusal = incompleteRefusal(snapshot, args);
  if (refusal) {
    process.stderr.write(`sagelint: ${refusal}
`);
    return EXIT.error;
  }
  return saved && imported ? code : EXIT.error;
}
async function sendToSecurityHub(result, setup, args, asff) {
  const { importToSecurityHub } = await import("./security-hub-NGDQEQVQ.js");
  const { asffFindings } = await import("./asff-6EYPH5CM.js");
  const { fromNodeProviderChain } = await import("@aws-sdk/credential-providers");
  const outcome = await importToSecurityHub(asffFindings(result, setup.rules, asff), {
    credentials: fromNodeProviderChain(args.profile ? { profile: args.profile } : {}),
    roleName: args["role-name"],
    externalId: args["external-id"],
    ...args["endpoint-url"] ? { endpoint: args["endpoint-url"] } : {}
  });
  const into = outcome.destinations.length ? ` into ${outcome.destinations.join(", ")}` : "";
  process.stderr.write(`sagelint: Security Hub: imported ${plural(outcome.imported, "finding")}${into} (${plural(outcome.batches, "BatchImportFindings call")})
`);
  for (const failure of outcome.failures) {
    process.stderr.write(`sagelint: Security Hub did not import ${escapeUntrusted(`${failure.id} (${failure.account}/${failure.region}): ${failure.code}: ${failure.message}`)}
`);
  }
  if (!outcome.failures.length) return true;
  process.stderr.write(`sagelint: Security Hub: ${plural(outcome.failures.length, "finding")} not imported (listed above)
`);
  return false;
}
var InterruptGuard = class {
  files = [];
  handler = () => {
    for (const file of this.files) rmSync(file, { force: true });
    process.stderr.write("\nsagelint: interrupted: the audit did not finish and no report was written\n");
    process.exit(EXIT_INTERRUPTED);
  };
  constructor() {
    process.once("SIGINT", this.handler);
  }
  /** Records a file about to be written; always true. */
  writing(file) {
    this.files.push(file);
    return true;
  }
  /** Everything is written: from now on an interrupt only ends the process. */
  done() {
    this.files.length = 0;
  }
  release() {
    process.off("SIGINT", this.handler);
  }
};
function incompleteness(snapshot) {
  const gaps = snapshot.coverage;
  if (snapshot.accounts.length > 0 && gaps.length === 0) return void 0;
  const parts = [];
  if (snapshot.accounts.length === 0) parts.push("no account was audited (an empty organization or shard, or every account refused)");
  if (gaps.length) {
    const scope = gaps.filter(hidesScope).length;
    const detail = [scope ? `${scope} hide a whole account, region or service` : "", gaps.length - scope ? `${gaps.length - scope} a single resource, or an operation the endpoint lacks` : ""];
    parts.push(`${plural(gaps.length, "coverage gap")} (${detail.filter(Boolean).join(", ")}); findings may be missing, see the coverage notes`);
  }
  return { summary: parts.join("; "), gaps: [...gaps] };
}
function incompleteRefusal(snapshot, args) {
  if (args["allow-gaps"]) return void 0;
  const gaps = snapshot.coverage;
  if (args["fail-on-gaps"] && gaps.length) return `${plural(gaps.length, "API call")} failed (see the coverage notes); --fail-on-gaps makes any gap an error`;
  if (snapshot.accounts.length === 0) return "the audit is incomplete: no account was audited; --allow-gaps accepts that";
  const scope = gaps.filter(hidesScope).length;
  if (scope) return `the audit is incomplete: ${plural(scope, "coverage gap")} hide a whole account, region or service (see the coverage notes); --allow-gaps accepts an incomplete audit`;
  return void 0;
}
function collapseNotes(notes) {
  const counts = /* @__PURE__ */ new Map();
  for (const note of notes) {
    const key = [note.file ?? "", note.line ?? "", note.message].join("\0");
    const seen = counts.get(key);
    if (seen) seen.count++;
    else counts.set(key, { note, count: 1 });
  }
  return [...counts.values()].map(({ note, count }) => count === 1 ? note : { ...note, message: `${note.message} (×${count})` });
}
function reportPath(root, file) {
  const relative = path.relative(root, path.resolve(file));
  return relative.startsWith("..") || path.isAbsolute(relative) ? path.resolve(file) : relative.split(path.sep).join("/");
}
async function indexTemplates(sourceRoot, setup) {
  if (!existsSync(sourceRoot)) return { missing: true };
  const { exclude } = setup.config;
  return indexStackTemplates(setup.root, sourceRoot, {
    maxFileBytes: DEFAULT_MAX_FILE_BYTES,
    ...exclude.length ? { isExcluded: picomatch(exclude, { dot: true }) } : {}
  });
}
function locateInTemplates(result, units, index) {
  const locations = templateLocations(units.flatMap((u) => u.resources), index);
  return {
    ...result,
    findings: sortFindings(relocateFindings(result.findings, locations)),
    errors: [...result.errors, ...index.errors],
    notes: [...result.notes, ...index.notes]
  };
}
function parseJobsSince(value) {
  if (value === void 0) return void 0;
  if (/^\d+$/.test(value)) return new Date(Date.now() - Number(value) * 864e5);
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
function describeAuditScope(scope) {
  const regions = scope.regions === "per-account" ? "the regions enabled in each account" : plural(scope.regions.length, "region");
  const skipped = [
    scope.shard ? `shard ${scope.shard.index}/${scope.shard.count} of ${plural(scope.accountsBeforeShard, "account")}` : "",
    scope.skippedRegions.length ? `skipped, not enabled: ${scope.skippedRegions.join(", ")}` : ""
  ].filter(Boolean);
  const list = scope.regions === "per-account" ? "" : `: ${scope.regions.join(", ")}`;
  return `auditing ${plural(scope.accounts.length, "account")} × ${regions}${list}${skipped.length ? ` (${skipped.join("; ")})` : ""}`;
}
function showProgress(p) {
  process.stderr.write(
    `\r\x1B[Ksagelint audit: ${p.accounts.done}/${p.accounts.total} accounts, ${p.tasks.done}/${p.tasks.total} collections, ${p.calls} calls, ${p.throttlesRetried} throttles retried, ${p.gaps} gaps`
  );
}
export {
  EXIT_INTERRUPTED,
  collapseNotes,
  defaultSnapshotFile,
  describeAuditScope,
  runAudit
};
