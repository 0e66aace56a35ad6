import {
  asffOptions,
  makeOutputDir,
  prepareScan,
  reportTargets,
  writeReports
} from "./chunk-5HJ3VE3X.js";
import "./chunk-QGYNGPBX.js";
import {
  writeOutputFile
} from "./chunk-VISZIEAE.js";
import {
  EXIT
} from "./chunk-4CSTNXJU.js";
import "./chunk-IDRQLRQN.js";
import {
  complianceView
} from "./chunk-OXUOKFFV.js";
import "./chunk-53XGZ73Z.js";
import "./chunk-IS4SSPBS.js";
import "./chunk-I47XARTC.js";
import "./chunk-RKEFTAZU.js";
import {
  escapeUntrusted
} from "./chunk-EMSR244R.js";
import {
  LOGICAL_ID_TAG,
  STACK_NAME_TAG,
  collectAccountState,
  locateInSnapshot,
  serializeSnapshot,
  snapshotToUnits
} from "./chunk-ZWGASVFR.js";
import {
  AuditSetupError,
  compareText
} from "./chunk-4K4PSNR5.js";
import {
  hidesScope
} from "./chunk-EQYR6YSQ.js";
import "./chunk-N5JTSYX7.js";
import {
  cdkStacks,
  evaluateUnits,
  looksLikeInput,
  sortFindings
} from "./chunk-RBAF7ELO.js";
import {
  isCloudFormationTemplate,
  require_picomatch
} from "./chunk-ALV6TOFD.js";
import {
  findInputFiles
} from "./chunk-DPRLNSSC.js";
import {
  parseStructuredText
} from "./chunk-MFTJGUDJ.js";
import {
  DEFAULT_MAX_FILE_BYTES,
  readSourceTextSync
} from "./chunk-HCU2I2RT.js";
import "./chunk-BOC5ET7R.js";
import "./chunk-DEZCBU7F.js";
import "./chunk-2I7KX7CV.js";
import "./chunk-OA4DYJ3R.js";
import "./chunk-5QBVJ72F.js";
import "./chunk-E2XCQX3P.js";
import {
  addToGroup,
  plural
} from "./chunk-CAGW7M4A.js";
import {
  __toESM
} from "./chunk-RM4BNA5F.js";

// src/cli/run-audit.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { existsSync, rmSync, statSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path2 from "node:path";

// src/pipeline/stack-templates.ts
import path from "node:path";
function stackNameOfFile(file) {
  return path.posix.basename(file).replace(/\.(ya?ml|json|template)$/i, "").replace(/\.template$/i, "");
}
async function indexStackTemplates(root, dir, options) {
  const walk = await findInputFiles(root, [dir], options.isExcluded ?? (() => false));
  const { stacks: cdk, manifests } = await cdkStacks(walk.files, options);
  const byStack = /* @__PURE__ */ new Map();
  for (const file of walk.files) {
    if (file.relative.endsWith(".tf") || manifests.has(file.absolute)) continue;
    const stack = cdk.get(file.absolute)?.stackName ?? stackNameOfFile(file.relative);
    addToGroup(byStack, stack, file);
  }
  const errors = [...walk.errors];
  const notes = [...walk.notes];
  const templates = /* @__PURE__ */ new Map();
  for (const [stack, files] of [...byStack].sort(([a], [b]) => compareText(a, b))) {
    const read = files.map((file) => logicalIds(file, options, errors));
    const found = files.filter((_, i) => read[i].size > 0);
    if (found.length > 1) {
      notes.push({ file: found[0].relative, message: `Stack ${stack} matches several templates (${found.map((f) => f.relative).join(", ")}): its live resources keep their ARN locations.` });
    } else if (found.length === 1) {
      templates.set(stack, read[files.indexOf(found[0])]);
    }
  }
  return { locate: (stack, logicalId) => templates.get(stack)?.get(logicalId), errors, notes };
}
function logicalIds(file, options, errors) {
  const ids = /* @__PURE__ */ new Map();
  const read = readSourceTextSync(file.absolute, options.maxFileBytes);
  if (!read.ok) {
    errors.push({ file: file.relative, line: read.line, column: read.column, message: read.message });
    return ids;
  }
  const parsed = parseStructuredText(read.text, file.relative);
  if (!parsed.ok) {
    if (looksLikeInput(read.text)) errors.push(parsed.error);
    return ids;
  }
  const root = parsed.doc.value;
  const resources = isCloudFormationTemplate(root) ? root.entries.get("Resources") : void 0;
  if (resources?.t !== "map") return ids;
  for (const [logicalId, loc] of resources.keyLocs) if (loc.kind === "source" && logicalId !== "Fn::Transform") ids.set(logicalId, loc);
  return ids;
}
function templateLocations(resources, index) {
  const located = /* @__PURE__ */ new Map();
  for (const resource of resources) {
    const stack = resource.tags?.known.get(STACK_NAME_TAG);
    const logicalId = resource.tags?.known.get(LOGICAL_ID_TAG);
    if (resource.source !== "live" || !stack || !logicalId) continue;
    const loc = index.locate(stack, logicalId);
    if (loc) located.set(resource.id, loc);
  }
  return located;
}
function relocateFindings(findings, locations) {
  return findings.map((finding) => {
    const loc = locations.get(finding.resource.id);
    return loc ? { ...finding, location: loc } : finding;
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

// src/pipeline/audit.ts
async function auditAccounts(options) {
  const snapshot = await collectAccountState(options.collect);
  await options.onCollected?.(snapshot);
  const { evaluation } = options;
  const units = snapshotToUnits(snapshot, options.snapshotFile, { rules: evaluation.rules });
  const live = await evaluateUnits(evaluation.root, units, evaluation, { errors: [...options.errors ?? []], notes: [], files: 0 });
  const located = options.templates ? locateInTemplates(live, units, options.templates) : live;
  const incomplete = incompleteness(snapshot);
  const marked = incomplete ? { incomplete } : {};
  const refusal = incompleteRefusal(snapshot, options.gaps ?? "fail-closed");
  return {
    snapshot,
    result: { ...located, notes: collapseNotes(located.notes), ...marked },
    live: { ...live, ...marked },
    ...marked,
    ...refusal ? { refusal } : {}
  };
}
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
function incompleteRefusal(snapshot, policy) {
  if (policy === "allow") return void 0;
  const gaps = snapshot.coverage;
  if (policy === "any" && gaps.length) return `${plural(gaps.length, "API call")} failed (see the coverage notes); --fail-on-gaps makes any gap an error`;
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

// src/cli/run-audit.ts
var EXIT_INTERRUPTED = 130;
function defaultSnapshotFile(output) {
  if (!output) return "audit.snapshot.json";
  return path2.join(path2.dirname(output), `${path2.basename(output).replace(/\.sarif(\.json)?$/i, "")}.snapshot.json`);
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
    if (file && !statSync(path2.dirname(path2.resolve(file)), { throwIfNoEntry: false })?.isDirectory()) {
      process.stderr.write(`sagelint: cannot write ${escapeUntrusted(file)}: no such folder ${escapeUntrusted(path2.dirname(file))}
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
  let targets = [];
  let snapshotFile;
  let snapshotText = "";
  let saved = true;
  let audit;
  try {
    audit = await auditAccounts({
      collect: {
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
      },
      evaluation: setup,
      errors: setup.extensionErrors,
      snapshotFile: args["save-snapshot"],
      templates,
      gaps: args["allow-gaps"] ? "allow" : args["fail-on-gaps"] ? "any" : "fail-closed",
      onCollected: async (snapshot) => {
        if (progress) process.stderr.write("\r\x1B[K");
        targets = reportTargets(args, setup.root);
        const sarifReport = targets.find((t) => t.format === "sarif");
        snapshotFile = args["save-snapshot"] ?? (sarifReport ? defaultSnapshotFile(sarifReport.output) : void 0);
        const file = snapshotFile;
        if (!file) return;
        snapshotText = serializeSnapshot(snapshot);
        saved = interrupt.writing(file) && await writeOutputFile(file, () => writeFile(file, snapshotText));
      }
    });
  } catch (err) {
    if (progress) process.stderr.write("\r\x1B[K");
    if (!(err instanceof AuditSetupError)) throw err;
    process.stderr.write(`sagelint: ${escapeUntrusted(err.message)}
`);
    return EXIT.error;
  }
  let result = audit.result;
  if (args.compliance) result = { ...result, compliance: complianceView(result, setup.catalog, setup.rules, args.compliance) };
  const inSnapshot = targets.some((t) => t.format === "sarif") && snapshotFile && saved ? { ...result, findings: locateInSnapshot(result.findings, audit.snapshot, snapshotText, reportPath(setup.root, snapshotFile)) } : result;
  for (const { output } of targets) if (output) interrupt.writing(output);
  const code = await writeReports((format) => format === "sarif" ? inSnapshot : result, setup.rules, targets, {
    summary: args.summary,
    failOn: args["fail-on"] ?? setup.config.failOn ?? "low",
    category: args.category,
    color: args.color,
    quiet: args.quiet,
    compact: args.compact,
    coverage: audit.snapshot.coverage
  });
  interrupt.done();
  const asff = targets[0]?.asff ?? asffOptions(args);
  const imported = args["security-hub"] ? await sendToSecurityHub(audit.live, setup, args, asff) : true;
  if (audit.refusal) {
    process.stderr.write(`sagelint: ${audit.refusal}
`);
    return EXIT.error;
  }
  return saved && imported ? code : EXIT.error;
}
async function sendToSecurityHub(result, setup, args, asff) {
  const { importToSecurityHub } = await import("./security-hub-NIVDEC53.js");
  const { asffFindings } = await import("./asff-RLR5KCRZ.js");
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
function reportPath(root, file) {
  const relative = path2.relative(root, path2.resolve(file));
  return relative.startsWith("..") || path2.isAbsolute(relative) ? path2.resolve(file) : relative.split(path2.sep).join("/");
}
async function indexTemplates(sourceRoot, setup) {
  if (!existsSync(sourceRoot)) return { missing: true };
  const { exclude } = setup.config;
  return indexStackTemplates(setup.root, sourceRoot, {
    maxFileBytes: DEFAULT_MAX_FILE_BYTES,
    ...exclude.length ? { isExcluded: (0, import_picomatch.default)(exclude, { dot: true }) } : {}
  });
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
  defaultSnapshotFile,
  describeAuditScope,
  runAudit
};
