/** CloudFormation (YAML/JSON, CDK synth output) → one LoadedUnit per template. */
import type { LoadedUnit } from '../types.js';
import { parseStructuredText, type StructuredDocument } from '../structured-text.js';
import { renderCloudFormationFix } from './fix.js';
import { isCloudFormationTemplate, readTemplate } from './template.js';

/** Text that is worth an error when it does not parse: it looks like a template. */
const LOOKS_LIKE_TEMPLATE = /AWSTemplateFormatVersion|["']?Resources["']?\s*:|\bAWS::[A-Za-z0-9]+::/;

export interface CloudFormationLoadOptions {
  /** Report a parse failure even when the text does not look like a template (a file named explicitly). */
  explicit?: boolean;
  /** Prefix for resource labels (e.g. the CDK stack). */
  label?: string;
}

/**
 * Loads one template. Returns undefined for YAML/JSON that is not a template
 * (workflows, package.json, …), so the caller can skip it quietly.
 */
export function loadCloudFormationText(text: string, file: string, options: CloudFormationLoadOptions = {}): LoadedUnit | undefined {
  const parsed = parseStructuredText(text, file);
  if (!parsed.ok) {
    if (!options.explicit && !LOOKS_LIKE_TEMPLATE.test(text)) return undefined;
    return { files: [file], resources: [], errors: [parsed.error], notes: [] };
  }
  return loadCloudFormationDocument(parsed.doc, file, options);
}

export function loadCloudFormationDocument(doc: StructuredDocument, file: string, options: CloudFormationLoadOptions = {}): LoadedUnit | undefined {
  if (!isCloudFormationTemplate(doc.value)) return undefined;
  const { resources, errors, notes } = readTemplate(doc.value, file, options.label);
  return {
    files: [file],
    resources,
    errors,
    notes,
    renderFix: (fix) => renderCloudFormationFix(fix, doc, file),
  };
}
