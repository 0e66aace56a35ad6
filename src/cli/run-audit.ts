/** `sagelint audit`: the steps of `src/pipeline/audit.ts` from the command line, with the snapshot saved, the reports written and the exit code. */
import { existsSync, rmSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { AuditSetupError, locateInSnapshot, serializeSnapshot, type AuditProgress, type AuditScope } from '../loaders/account/index.js';
import { auditAccounts, type AuditOutcome } from '../pipeline/audit.js';
import { indexStackTemplates, type StackTemplateIndex } from '../pipeline/stack-templates.js';
import type { ScanResult } from '../core/finding.js';
import { DEFAULT_MAX_FILE_BYTES } from '../loaders/source-text.js';
import { escapeUntrusted } from '../report/untrusted-text.js';
import type { AsffOptions } from '../report/asff.js';
import { plural } from '../collections.js';
import { complianceView } from '../report/compliance-view.js';
import { EXIT } from './exit-codes.js';
import type { AuditArgs } from './audit-command.js';
import { writeOutputFile } from './output-file.js';
import { asffOptions, makeOutputDir, prepareScan, reportTargets, writeReports, type ReportTarget, type ScanSetup } from './run-scan.js';

/** The exit code of a run stopped by Ctrl-C (128 + SIGINT), as shells report it. */
export const EXIT_INTERRUPTED = 130;

/** Where a SARIF audit writes its snapshot when --save-snapshot names no file: beside the report. */
export function defaultSnapshotFile(output: string | undefined): string {
  if (!output) return 'audit.snapshot.json';
  return path.join(path.dirname(output), `${path.basename(output).replace(/\.sarif(\.json)?$/i, '')}.snapshot.json`);
}

export async function runAudit(args: AuditArgs): Promise<number> {
  if (args['allow-gaps'] && args['fail-on-gaps']) {
    process.stderr.write('sagelint: --allow-gaps and --fail-on-gaps contradict each other; choose one\n');
    return EXIT.error;
  }
  // Template locations are relative to the report root, which then contains the source root.
  const setup = await prepareScan({
    paths: [args['source-root'] ?? '.'],
    config: args.config,
    preset: args.preset,
    rules: args.rules,
    'skip-rules': args['skip-rules'],
    compliance: args.compliance,
  });
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
  // Nor does a report whose folder is missing: the collection (of an organization, maybe an hour) would be lost.
  for (const file of [args.output, args['save-snapshot'], args.summary]) {
    if (file && !statSync(path.dirname(path.resolve(file)), { throwIfNoEntry: false })?.isDirectory()) {
      process.stderr.write(`sagelint: cannot write ${escapeUntrusted(file)}: no such folder ${escapeUntrusted(path.dirname(file))}\n`);
      return EXIT.error;
    }
  }
  if (!(await makeOutputDir(args))) return EXIT.error;
  // The SDK reads a profile's `endpoint_url` (and region) from the profile it is told of by AWS_PROFILE.
  if (args.profile) process.env.AWS_PROFILE = args.profile;
  const interrupt = new InterruptGuard();
  try {
    return await auditAndReport(args, setup, jobsSince, templates, interrupt);
  } finally {
    interrupt.release();
  }
}

async function auditAndReport(args: AuditArgs, setup: ScanSetup, jobsSince: Date | undefined, templates: StackTemplateIndex | undefined, interrupt: InterruptGuard): Promise<number> {
  const progress = process.stderr.isTTY;
  // Known once the state is collected (the ASFF report's timestamp among them).
  let targets: ReportTarget[] = [];
  let snapshotFile: string | undefined;
  let snapshotText = '';
  let saved = true;
  let audit: AuditOutcome;
  try {
    audit = await auditAccounts({
      collect: {
        profile: args.profile,
        regions: args.regions?.includes('all') ? 'all' : args.regions,
        accounts: args.accounts,
        org: args.org,
        roleName: args['role-name'],
        externalId: args['external-id'],
        shard: args.shard,
        jobsSince,
        allJobs: args['all-jobs'],
        ...(args['endpoint-url'] ? { endpoint: args['endpoint-url'] } : {}),
        rules: setup.rules,
        onScope: (scope) => process.stderr.write(`${progress ? '\r\x1b[K' : ''}sagelint audit: ${describeAuditScope(scope)}\n`),
        onProgress: progress ? showProgress : undefined,
      },
      evaluation: setup,
      errors: setup.extensionErrors,
      snapshotFile: args['save-snapshot'],
      templates,
      gaps: args['allow-gaps'] ? 'allow' : args['fail-on-gaps'] ? 'any' : 'fail-closed',
      onCollected: async (snapshot) => {
        if (progress) process.stderr.write('\r\x1b[K');
        targets = reportTargets(args, setup.root);
        const sarifReport = targets.find((t) => t.format === 'sarif');
        // A SARIF report locates live findings in the snapshot: it is written whenever the report is.
        snapshotFile = args['save-snapshot'] ?? (sarifReport ? defaultSnapshotFile(sarifReport.output) : undefined);
        const file = snapshotFile;
        // Serialized only to be saved (and located in): a large account's snapshot costs time and memory to write out.
        if (!file) return;
        snapshotText = serializeSnapshot(snapshot);
        // A snapshot that cannot be saved must not lose the audit: the report is still written.
        saved = interrupt.writing(file) && (await writeOutputFile(file, () => writeFile(file, snapshotText)));
      },
    });
  } catch (err) {
    if (progress) process.stderr.write('\r\x1b[K');
    if (!(err instanceof AuditSetupError)) throw err;
    process.stderr.write(`sagelint: ${escapeUntrusted(err.message)}\n`);
    return EXIT.error;
  }
  let result = audit.result;
  if (args.compliance) result = { ...result, compliance: complianceView(result, setup.catalog, setup.rules, args.compliance) };
  const inSnapshot = targets.some((t) => t.format === 'sarif') && snapshotFile && saved ? { ...result, findings: locateInSnapshot(result.findings, audit.snapshot, snapshotText, reportPath(setup.root, snapshotFile)) } : result;
  for (const { output } of targets) if (output) interrupt.writing(output);
  const code = await writeReports((format) => (format === 'sarif' ? inSnapshot : result), setup.rules, targets, {
    summary: args.summary,
    failOn: args['fail-on'] ?? setup.config.failOn ?? 'low',
    category: args.category,
    color: args.color,
    quiet: args.quiet,
    compact: args.compact,
    coverage: audit.snapshot.coverage,
  });
  interrupt.done();
  // The run's ASFF options: an --output-dir's ASFF report and the import have the same findings, to the timestamp.
  const asff = targets[0]?.asff ?? asffOptions(args);
  const imported = args['security-hub'] ? await sendToSecurityHub(audit.live, setup, args, asff) : true;
  if (audit.refusal) {
    process.stderr.write(`sagelint: ${audit.refusal}\n`);
    return EXIT.error;
  }
  return saved && imported ? code : EXIT.error;
}

/**
 * `--security-hub`: every finding of the audit, as ASFF, to its account's
 * Security Hub in its region; false (each finding not imported named) when
 * Security Hub did not confirm them all.
 */
async function sendToSecurityHub(result: ScanResult, setup: ScanSetup, args: AuditArgs, asff: AsffOptions): Promise<boolean> {
  const { importToSecurityHub } = await import('../report/security-hub.js');
  const { asffFindings } = await import('../report/asff.js');
  const { fromNodeProviderChain } = await import('@aws-sdk/credential-providers');
  const outcome = await importToSecurityHub(asffFindings(result, setup.rules, asff), {
    credentials: fromNodeProviderChain(args.profile ? { profile: args.profile } : {}),
    roleName: args['role-name'],
    externalId: args['external-id'],
    ...(args['endpoint-url'] ? { endpoint: args['endpoint-url'] } : {}),
  });
  const into = outcome.destinations.length ? ` into ${outcome.destinations.join(', ')}` : '';
  process.stderr.write(`sagelint: Security Hub: imported ${plural(outcome.imported, 'finding')}${into} (${plural(outcome.batches, 'BatchImportFindings call')})\n`);
  for (const failure of outcome.failures) {
    process.stderr.write(`sagelint: Security Hub did not import ${escapeUntrusted(`${failure.id} (${failure.account}/${failure.region}): ${failure.code}: ${failure.message}`)}\n`);
  }
  if (!outcome.failures.length) return true;
  process.stderr.write(`sagelint: Security Hub: ${plural(outcome.failures.length, 'finding')} not imported (listed above)\n`);
  return false;
}

/**
 * Ctrl-C stops the audit at once (in-flight calls included) and removes what
 * this run was writing, so no partial file passes for a complete report.
 */
class InterruptGuard {
  private readonly files: string[] = [];
  private readonly handler = () => {
    for (const file of this.files) rmSync(file, { force: true });
    process.stderr.write('\nsagelint: interrupted: the audit did not finish and no report was written\n');
    process.exit(EXIT_INTERRUPTED);
  };

  constructor() {
    process.once('SIGINT', this.handler);
  }

  /** Records a file about to be written; always true. */
  writing(file: string): true {
    this.files.push(file);
    return true;
  }

  /** Everything is written: from now on an interrupt only ends the process. */
  done(): void {
    this.files.length = 0;
  }

  release(): void {
    process.off('SIGINT', this.handler);
  }
}

/** A file's path as reports name files: relative to the report root with `/`, or absolute outside it. */
function reportPath(root: string, file: string): string {
  const relative = path.relative(root, path.resolve(file));
  return relative.startsWith('..') || path.isAbsolute(relative) ? path.resolve(file) : relative.split(path.sep).join('/');
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

/** Undefined: the default window; null: not a date nor a number of days. */
function parseJobsSince(value: string | undefined): Date | undefined | null {
  if (value === undefined) return undefined;
  if (/^\d+$/.test(value)) return new Date(Date.now() - Number(value) * 86_400_000);
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** `3 accounts × 17 regions (shard 1/4 of 12 accounts; 12 regions not enabled skipped)`. */
export function describeAuditScope(scope: AuditScope): string {
  const regions = scope.regions === 'per-account' ? 'the regions enabled in each account' : plural(scope.regions.length, 'region');
  const skipped = [
    scope.shard ? `shard ${scope.shard.index}/${scope.shard.count} of ${plural(scope.accountsBeforeShard, 'account')}` : '',
    scope.skippedRegions.length ? `skipped, not enabled: ${scope.skippedRegions.join(', ')}` : '',
  ].filter(Boolean);
  const list = scope.regions === 'per-account' ? '' : `: ${scope.regions.join(', ')}`;
  return `auditing ${plural(scope.accounts.length, 'account')} × ${regions}${list}${skipped.length ? ` (${skipped.join('; ')})` : ''}`;
}

function showProgress(p: AuditProgress): void {
  process.stderr.write(
    `\r\x1b[Ksagelint audit: ${p.accounts.done}/${p.accounts.total} accounts, ${p.tasks.done}/${p.tasks.total} collections, ${p.calls} calls, ${p.throttlesRetried} throttles retried, ${p.gaps} gaps`,
  );
}
