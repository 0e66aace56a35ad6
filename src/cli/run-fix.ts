/**
 * `sagelint fix`: the passes of `src/pipeline/fix.ts` over the scan's setup,
 * told as they go on stderr; `--dry-run` prints the diff of the originals
 * against the final text instead of writing. Placeholders left to fill in are
 * listed, and keep the exit code at 1.
 */
import { createTwoFilesPatch } from 'diff';
import type { Finding, LoadError, ScanResult } from '../core/finding.js';
import { fixFiles, MAX_FIX_PASSES, type FixableFinding, type HeldFix } from '../pipeline/fix.js';
import { plural } from '../collections.js';
import { escapeUntrusted, escapeUntrustedLines } from '../report/untrusted-text.js';
import { EXIT } from './exit-codes.js';
import type { FixArgs } from './fix-command.js';
import { prepareScan, scanOptionsFor } from './run-scan.js';
import { placeholdersIn } from '../../rules/sl001-fix-placeholder.js';

export async function runFix(args: FixArgs): Promise<number> {
  const setup = await prepareScan(args);
  if (!setup) return EXIT.error;
  const dryRun = args['dry-run'];
  const outcome = await fixFiles({
    scan: scanOptionsFor(setup, args),
    paths: setup.paths,
    include: args.include,
    dryRun,
    onPass: ({ number, newErrors, accepted }) => {
      // After the first pass, a file that no longer loads is the fixes' doing: say so.
      if (number === 1) printErrors([...setup.extensionErrors, ...newErrors]);
      else printErrors(newErrors, 'after the fixes of the previous pass, ');
      for (const finding of accepted) process.stderr.write(`${dryRun ? 'would apply' : 'applying'} ${describeFix(finding)}\n`);
    },
  });
  for (const held of outcome.held) process.stderr.write(`${describeFix(held.finding)}: not applied, ${escapeUntrusted(heldReason(held))}\n`);
  if (outcome.waiting > 0) process.stderr.write(`sagelint: ${outcome.waiting === 1 ? '1 fix' : `${outcome.waiting} fixes`} still waited on others after ${MAX_FIX_PASSES} passes; run sagelint fix again\n`);
  for (const { file, before, after, fixed } of outcome.files) {
    if (dryRun) process.stdout.write(escapeUntrustedLines(createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after)));
    else process.stderr.write(`fixed ${plural(fixed, 'finding')} in ${escapeUntrusted(file)}\n`);
  }
  const fixed = outcome.files.reduce((sum, file) => sum + file.fixed, 0);
  const code = summarize(outcome.before, dryRun, fixed, outcome.files.length);
  const placeholders = outcome.placeholders.map(describePlaceholder);
  if (placeholders.length) {
    process.stderr.write(`${plural(placeholders.length, 'placeholder')} ${dryRun ? 'would be' : 'are'} left to fill in (scan reports each as SL001 until filled):\n`);
    for (const line of placeholders) process.stderr.write(`  ${escapeUntrusted(line)}\n`);
  }
  if (outcome.brokenByFixes.length || code === EXIT.error) return EXIT.error;
  return placeholders.length ? EXIT.findings : code;
}

/** `SM004 ScratchNotebook (replaces, template.yaml:80): Set KmsKeyId to …`: what a fix does and costs. */
function describeFix(finding: FixableFinding): string {
  const where = finding.location.kind === 'source' ? `, ${finding.location.file}:${finding.location.start.line}` : '';
  return escapeUntrusted(`${finding.ruleId} ${finding.resource.id} (${finding.fix.kind}${where}): ${finding.fix.description}`);
}

function heldReason({ finding, refusal }: HeldFix): string {
  return refusal ?? `a ${finding.fix.kind} fix: add --include ${finding.fix.kind} to apply it`;
}

/** An SL001 finding as `file:line:column: <placeholder>, … (resource)`. */
function describePlaceholder(finding: Finding): string {
  const where = finding.location.kind === 'source' ? `${finding.location.file}:${finding.location.start.line}:${finding.location.start.column}` : finding.resource.id;
  return `${where}: ${placeholdersIn(finding.message).join(', ')} (${finding.resource.id})`;
}

function printErrors(errors: readonly LoadError[], context = ''): void {
  for (const error of errors) process.stderr.write(`sagelint: ${escapeUntrusted(`${error.file}${error.line ? `:${error.line}:${error.column ?? 1}` : ''}: ${context}${error.message}`)}\n`);
}

/** The closing line, counting what the first scan found; the exit code. */
function summarize(result: ScanResult, dryRun: boolean, fixed: number, files: number): number {
  const unfixable = result.findings.filter((f) => !f.suppression && !f.fix).length;
  process.stderr.write(
    `${dryRun ? 'would fix' : 'fixed'} ${plural(fixed, 'finding')} in ${plural(files, 'file')}` +
      (unfixable ? `; ${plural(unfixable, 'finding')} need a manual change (see \`sagelint scan\`)` : '') +
      '\n',
  );
  return result.errors.length ? EXIT.error : EXIT.clean;
}
