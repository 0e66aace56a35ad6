import {
  prepareScan,
  writeReport
} from "./chunk-GLTMTUYL.js";
import {
  EXIT
} from "./chunk-72755RJG.js";
import {
  AuditSetupError,
  collectAccountState,
  indexStackTemplates,
  relocateFindings,
  serializeSnapshot,
  snapshotToUnits,
  templateLocations
} from "./chunk-5MWOWW3P.js";
import "./chunk-DO7PCZJ7.js";
import {
  evaluateUnits,
  sortFindings
} from "./chunk-JO2RILXW.js";
import "./chunk-3E6ZCQFX.js";
import {
  DEFAULT_MAX_FILE_BYTES
} from "./chunk-IQBJY2UA.js";
import "./chunk-I7UKQEPT.js";
import "./chunk-42SA4L2J.js";
import "./chunk-PUOCMWY6.js";
import "./chunk-MMQDSGRT.js";
import {
  writeOutputFile
} from "./chunk-LUZQY4GM.js";
import {
  escapeUntrusted
} from "./chunk-BSUHQOLV.js";
import "./chunk-LGRSNDBI.js";
import "./chunk-4HD3HIA4.js";

// src/cli/run-audit.ts
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import picomatch from "picomatch";
async function runAudit(args) {
  const setup = await prepareScan({ paths: [args["source-root"] ?? "."], config: args.config, rules: args.rules, "skip-rules": args["skip-rules"] });
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
      rules: setup.rules,
      onProgress: process.stderr.isTTY ? showProgress : void 0
    });
  } catch (err) {
    if (!(err instanceof AuditSetupError)) throw err;
    process.stderr.write(`sagelint: ${escapeUntrusted(err.message)}
`);
    return EXIT.error;
  } finally {
    if (process.stderr.isTTY) process.stderr.write("\r\x1B[K");
  }
  const snapshotFile = args["save-snapshot"];
  const saved = !snapshotFile || await writeOutputFile(snapshotFile, () => writeFile(snapshotFile, serializeSnapshot(snapshot)));
  const units = snapshotToUnits(snapshot, args["save-snapshot"], { rules: setup.rules });
  let result = evaluateUnits(setup.root, units, setup, { errors: [], notes: [], files: 0 });
  if (templates) result = locateInTemplates(result, units, templates);
  const code = await writeReport(result, setup.rules, {
    format: args.format,
    output: args.output,
    summary: args.summary,
    failOn: args["fail-on"] ?? setup.config.failOn ?? "low",
    category: args.category,
    color: args.color,
    quiet: args.quiet,
    compact: args.compact
  });
  if (args["fail-on-gaps"] && snapshot.coverage.length > 0) {
    process.stderr.write(`sagelint: ${snapshot.coverage.length} API calls failed (see the coverage notes); --fail-on-gaps makes that an error
`);
    return EXIT.error;
  }
  return saved ? code : EXIT.error;
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
function showProgress(p) {
  process.stderr.write(
    `\r\x1B[Ksagelint audit: ${p.accounts} accounts, ${p.tasks.done}/${p.tasks.total} collections, ${p.calls} calls, ${p.throttlesRetried} throttles retried, ${p.gaps} gaps`
  );
}
export {
  runAudit
};
