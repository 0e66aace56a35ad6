/** The work behind `sagelint audit`: collect (read-only), optionally save, then judge like a scan. */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import picomatch from 'picomatch';
import {
  AuditSetupError,
  collectAccountState,
  indexStackTemplates,
  relocateFindings,
  serializeSnapshot,
  snapshotToUnits,
  templateLocations,
  type AuditProgress,
  type StackTemplateIndex,
} from '../loaders/account/index.js';
import type { ScanResult } from '../engine/finding.js';
import type { LoadedUnit } from '../loaders/types.js';
import { evaluateUnits, sortFindings } from '../engine/scan.js';
import { DEFAULT_MAX_FILE_BYTES } from '../loaders/source-text.js';
import { escapeUntrusted } from '../report/untrusted-text.js';
import { EXIT } from './exit-codes.js';
import type { AuditArgs } from './audit-command.js';
import { writeOutputFile } from './output-file.js';
import { prepareScan, writeReport, type ScanSetup } from './run-scan.js';

export async function runAudit(args: AuditArgs): Promise<number> {
  // Template locations are relative to the report root, which then contains the source root.
  const setup = await prepareScan({ paths: [args['source-root'] ?? '.'], config: args.config, rules: args.rules, 'skip-rules': args['skip-rules'] });
  if (!setup) return EXIT.error;
  const jobsSince = parseJobsSince(args['jobs-since']);
  if (jobsSince === null) {
    process.stderr.write(`sagelint: --jobs-since takes a date (YYYY-MM-DD) or a number of days\n`);
    return EXIT.error;
  }
  // The templates are read before any API call: a mistyped --source-root fails at once, not after the collection.
  const templates = args['source-root'] ? await indexTemplates(setup.paths[0]!, setup) : undefined;
  if (templates && 'missing' in templates) {
    process.stderr.write(`sagelint: --source-root ${escapeUntrusted(args['source-root']!)}: no such folder\n`);
    return EXIT.error;
  }
  let snapshot;
  try {
    snapshot = await collectAccountState({
      profile: args.profile,
      regions: args.regions?.includes('all') ? 'all' : args.regions,
      accounts: args.accounts,
      org: args.org,
      roleName: args['role-name'],
      externalId: args['external-id'],
      shard: args.shard,
      jobsSince,
      allJobs: args['all-jobs'],
      rules: setup.rules,
      onProgress: process.stderr.isTTY ? showProgress : undefined,
    });
  } catch (err) {
    if (!(err instanceof AuditSetupError)) throw err;
    process.stderr.write(`sagelint: ${escapeUntrusted(err.message)}\n`);
    return EXIT.error;
  } finally {
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  }
  // A snapshot that cannot be saved must not lose the audit: the report is still written.
  const snapshotFile = args['save-snapshot'];
  const saved = !snapshotFile || (await writeOutputFile(snapshotFile, () => writeFile(snapshotFile, serializeSnapshot(snapshot))));
  const units = snapshotToUnits(snapshot, args['save-snapshot'], { rules: setup.rules });
  let result = evaluateUnits(setup.root, units, setup, { errors: [], notes: [], files: 0 });
  if (templates) result = locateInTemplates(result, units, templates);
  const code = await writeReport(result, setup.rules, {
    format: args.format,
    output: args.output,
    summary: args.summary,
    failOn: args['fail-on'] ?? setup.config.failOn ?? 'low',
    category: args.category,
    color: args.color,
    quiet: args.quiet,
    compact: args.compact,
    coverage: snapshot.coverage,
  });
  if (args['fail-on-gaps'] && snapshot.coverage.length > 0) {
    process.stderr.write(`sagelint: ${snapshot.coverage.length} API calls failed (see the coverage notes); --fail-on-gaps makes that an error\n`);
    return EXIT.error;
  }
  return saved ? code : EXIT.error;
}

/** The CloudFormation templates under `sourceRoot`, by stack; `missing` when there is no such folder. */
async function indexTemplates(sourceRoot: string, setup: ScanSetup): Promise<StackTemplateIndex | { missing: true }> {
  if (!existsSync(sourceRoot)) return { missing: true };
  const { exclude } = setup.config;
  return indexStackTemplates(setup.root, sourceRoot, {
    maxFileBytes: DEFAULT_MAX_FILE_BYTES,
    ...(exclude.length ? { isExcluded: picomatch(exclude, { dot: true }) } : {}),
  });
}

/** Findings on resources CloudFormation created, moved to their logical ID in the templates of the index. */
function locateInTemplates(result: ScanResult, units: readonly LoadedUnit[], index: StackTemplateIndex): ScanResult {
  const locations = templateLocations(units.flatMap((u) => u.resources), index);
  return {
    ...result,
    findings: sortFindings(relocateFindings(result.findings, locations)),
    errors: [...result.errors, ...index.errors],
    notes: [...result.notes, ...index.notes],
  };
}

/** Undefined: the default window; null: not a date nor a number of days. */
function parseJobsSince(value: string | undefined): Date | undefined | null {
  if (value === undefined) return undefined;
  if (/^\d+$/.test(value)) return new Date(Date.now() - Number(value) * 86_400_000);
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function showProgress(p: AuditProgress): void {
  process.stderr.write(
    `\r\x1b[Ksagelint audit: ${p.accounts} accounts, ${p.tasks.done}/${p.tasks.total} collections, ${p.calls} calls, ${p.throttlesRetried} throttles retried, ${p.gaps} gaps`,
  );
}
