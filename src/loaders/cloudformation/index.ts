/** CloudFormation (YAML/JSON, CDK synth output) → one LoadedUnit per template. */
import type { LoadedUnit } from '../types.js';
import { parseStructuredText, type StructuredDocument } from '../structured-text.js';
import { renderCloudFormationFix } from './fix.js';
import type { TemplateLinks } from './intrinsics.js';
import { isCloudFormationTemplate, readTemplate } from './template.js';

export interface CloudFormationLoadOptions {
  /** Prefix for resource labels (e.g. the CDK stack). */
  label?: string;
  /** What the surroundings decide: parameter values from parameter files. */
  links?: TemplateLinks;
}

/**
 * Loads one template's text: a parse failure is a load error; YAML/JSON that
 * parses but is not a template gives undefined.
 */
export function loadCloudFormationText(text: string, file: string, options: CloudFormationLoadOptions = {}): LoadedUnit | undefined {
  const parsed = parseStructuredText(text, file);
  if (!parsed.ok) return { files: [file], resources: [], errors: [parsed.error], notes: [] };
  return loadCloudFormationDocument(parsed.doc, file, options);
}

export function loadCloudFormationDocument(doc: StructuredDocument, file: string, options: CloudFormationLoadOptions = {}): LoadedUnit | undefined {
  if (!isCloudFormationTemplate(doc.value)) return undefined;
  const { resources, errors, notes } = readTemplate(doc.value, file, options.label, doc.text, options.links);
  return {
    files: [file],
    resources,
    errors,
    notes,
    renderFix: (fix) => renderCloudFormationFix(fix, doc, file),
  };
}
