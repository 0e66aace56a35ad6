/**
 * Baselines: accept today's findings so a check fails only on new ones. Entries
 * are matched by fingerprint, which survives unrelated edits; findings fixed
 * since are reported as absent.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { BaselineEntry, Finding, ScanResult } from '../core/finding.js';
import { ConfigError } from './config.js';

export const BASELINE_VERSION = 1;
/** Where `sagelint baseline` writes, and where `--baseline-from-ref` looks without `--baseline`. */
export const DEFAULT_BASELINE_FILE = '.sagelint-baseline.json';

export interface BaselineFile {
  version: typeof BASELINE_VERSION;
  findings: BaselineEntry[];
}

export function baselineOf(result: ScanResult): BaselineFile {
  const findings = result.findings
    .filter((f) => !f.suppression)
    .map((f) => ({
      fingerprint: f.fingerprint,
      ruleId: f.ruleId,
      resource: f.resource.id,
      ...(f.location.kind === 'source' ? { file: f.location.file } : {}),
    }));
  return { version: BASELINE_VERSION, findings };
}

export async function writeBaseline(file: string, result: ScanResult): Promise<number> {
  const baseline = baselineOf(result);
  await writeFile(file, `${JSON.stringify(baseline, null, 2)}\n`);
  return baseline.findings.length;
}

export async function readBaseline(file: string): Promise<BaselineFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`${file}: cannot read baseline: ${(err as Error).message}`);
  }
  return parseBaseline(text, file);
}

/** A baseline's text, read from a file or a git tree; `file` names it in messages. */
export function parseBaseline(text: string, file: string): BaselineFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`${file}: cannot read baseline: ${(err as Error).message}`);
  }
  const baseline = data as Partial<BaselineFile>;
  if (baseline?.version !== BASELINE_VERSION || !Array.isArray(baseline.findings) || !baseline.findings.every((e) => typeof e?.fingerprint === 'string')) {
    throw new ConfigError(`${file}: not a sagelint baseline (version ${BASELINE_VERSION}); create one with \`sagelint baseline\``);
  }
  return baseline as BaselineFile;
}

/** Marks each finding new or unchanged, and records the baseline's findings that are gone. */
export function compareWithBaseline(result: ScanResult, baseline: BaselineFile, file: string): ScanResult {
  const known = new Set(baseline.findings.map((e) => e.fingerprint));
  const seen = new Set<string>();
  const findings: Finding[] = result.findings.map((f) => {
    seen.add(f.fingerprint);
    return { ...f, baselineState: known.has(f.fingerprint) ? 'unchanged' : 'new' };
  });
  const absent = baseline.findings.filter((e) => !seen.has(e.fingerprint));
  return { ...result, findings, baseline: { file, absent } };
}

/** Entries `head` accepts that `base` does not: what a pull request adds to its baseline. */
export function baselineAdditions(base: BaselineFile, head: BaselineFile): BaselineEntry[] {
  const known = new Set(base.findings.map((e) => e.fingerprint));
  return head.findings.filter((e) => !known.has(e.fingerprint));
}
