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
import { readSourceText } from './source-text.js';
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

export async function loadInputFiles(root: string, files: readonly InputFile[], options: LoadOptions): Promise<LoadOutcome> {
  const outcome: LoadOutcome = { units: [], errors: [], notes: [] };
  const stackNames = await cdkStackNames(files, options);
  for (const file of files) {
    if (file.relative.endsWith('.tf')) continue;
    const unit = await loadStructuredFile(file, options, stackNames.get(file.absolute));
    if (unit) outcome.units.push(unit);
  }
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

async function loadStructuredFile(file: InputFile, options: LoadOptions, stackName?: string): Promise<LoadedUnit | undefined> {
  const read = await readSourceText(file.absolute, options.maxFileBytes);
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
