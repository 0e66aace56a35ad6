/**
 * Routes input files to the loader that reads them: CloudFormation templates
 * (YAML/JSON, CDK synth output), Terraform directories and plan JSON, account
 * snapshots. Files that are none of these (workflows, package.json, CDK
 * manifests) are skipped quietly.
 */
import path from 'node:path';
import type { LoadError, Note } from '../engine/finding.js';
import { loadCloudFormationDocument } from './cloudformation/index.js';
import { parseStructuredText } from './structured-text.js';
import { readSourceText, readSourceTextSync } from './source-text.js';
import type { LoadedUnit } from './types.js';
import type { InputFile } from './walk.js';

export interface LoadOptions {
  maxFileBytes: number;
  varFiles: string[];
}

export interface LoadOutcome {
  units: LoadedUnit[];
  errors: LoadError[];
  notes: Note[];
}

/** Text that is worth an error when it does not parse: it looks like something sagelint reads. */
const LOOKS_LIKE_INPUT = /AWSTemplateFormatVersion|["']?Resources["']?\s*:|\bAWS::[A-Za-z0-9]+::|"format_version"|"sagelintSnapshot"/;

/**
 * One independent piece of loading work: it loads on its own, so units can be
 * loaded one at a time (memory stays bounded) or by worker threads (it is plain data).
 */
export interface UnitSource {
  kind: 'structured';
  file: InputFile;
  /** The CDK stack whose template this is, from the cloud assembly manifest. */
  stackName?: string;
}

export interface LoadPlan {
  sources: UnitSource[];
  errors: LoadError[];
  notes: Note[];
}

/** Decides what to load, and how the files group into units, without loading them. */
export async function planUnitSources(_root: string, files: readonly InputFile[], options: LoadOptions): Promise<LoadPlan> {
  const stackNames = await cdkStackNames(files, options);
  const sources: UnitSource[] = [];
  for (const file of files) {
    if (file.relative.endsWith('.tf')) continue;
    const stackName = stackNames.get(file.absolute);
    sources.push(stackName === undefined ? { kind: 'structured', file } : { kind: 'structured', file, stackName });
  }
  return { sources, errors: [], notes: [] };
}

/** Loads one source into its units (none when the file is not something sagelint reads). */
export async function loadUnitSource(_root: string, source: UnitSource, options: LoadOptions): Promise<LoadedUnit[]> {
  const unit = loadStructuredFile(source.file, options, source.stackName);
  return unit ? [unit] : [];
}

export async function loadInputFiles(root: string, files: readonly InputFile[], options: LoadOptions): Promise<LoadOutcome> {
  const plan = await planUnitSources(root, files, options);
  const outcome: LoadOutcome = { units: [], errors: plan.errors, notes: plan.notes };
  for (const source of plan.sources) outcome.units.push(...(await loadUnitSource(root, source, options)));
  return outcome;
}

/**
 * CDK cloud assemblies (`cdk.out`): each `manifest.json` names the template of
 * every stack with its display path (`Stage/Stack`), used to label resources
 * whose template carries no `aws:cdk:path` metadata.
 */
async function cdkStackNames(files: readonly InputFile[], options: LoadOptions): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const file of files) {
    if (path.basename(file.absolute) !== 'manifest.json') continue;
    const read = await readSourceText(file.absolute, options.maxFileBytes);
    if (!read.ok) continue;
    let manifest: { artifacts?: Record<string, { type?: string; displayName?: string; properties?: { templateFile?: string } }> };
    try {
      manifest = JSON.parse(read.text);
    } catch {
      continue;
    }
    for (const [id, artifact] of Object.entries(manifest.artifacts ?? {})) {
      const template = artifact.properties?.templateFile;
      if (artifact.type !== 'aws:cloudformation:stack' || typeof template !== 'string') continue;
      names.set(path.resolve(path.dirname(file.absolute), template), artifact.displayName ?? id);
    }
  }
  return names;
}

function loadStructuredFile(file: InputFile, options: LoadOptions, stackName?: string): LoadedUnit | undefined {
  const read = readSourceTextSync(file.absolute, options.maxFileBytes);
  if (!read.ok) return failed(file.relative, { file: file.relative, line: read.line, column: read.column, message: read.message });
  if (read.text.trim() === '') {
    return file.explicit ? failed(file.relative, { file: file.relative, message: 'file is empty' }) : undefined;
  }
  const parsed = parseStructuredText(read.text, file.relative);
  if (!parsed.ok) return file.explicit || LOOKS_LIKE_INPUT.test(read.text) ? failed(file.relative, parsed.error) : undefined;
  const unit = loadCloudFormationDocument(parsed.doc, file.relative, { label: stackName && `CDK stack ${stackName}` });
  if (unit) return unit;
  if (file.explicit) {
    return { files: [file.relative], resources: [], errors: [], notes: [{ file: file.relative, message: 'not a CloudFormation template, Terraform plan or sagelint snapshot; nothing checked' }] };
  }
  return undefined;
}

function failed(file: string, error: LoadError): LoadedUnit {
  return { files: [file], resources: [], errors: [error], notes: [] };
}
