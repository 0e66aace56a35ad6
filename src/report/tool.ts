/** The tool's identity as reporters publish it: name, version, home and rule docs. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RuleMeta } from '../core/rule.js';

export const TOOL_NAME = 'sagelint';
export const INFORMATION_URI = 'https://github.com/sagelint/sagelint';
const RULE_DOCS_BASE = `${INFORMATION_URI}/blob/main/docs/rules/`;

/** Where a rule's documentation page lives. */
export function ruleHelpUri(ruleId: string): string {
  return `${RULE_DOCS_BASE}${encodeURIComponent(ruleId)}.md`;
}

/** Where a rule is documented: sagelint's page for its own rules, the plugin's home (if it names one) for others. */
export function ruleDocsUri(rule: Pick<RuleMeta, 'id' | 'origin'>): string | undefined {
  return rule.origin ? rule.origin.homepage : ruleHelpUri(rule.id);
}

/** `ruleDocsUri` of a finding's rule; a rule not in the list is one of sagelint's. */
export function findingDocsUri(ruleId: string, rule: Pick<RuleMeta, 'id' | 'origin'> | undefined): string | undefined {
  return rule ? ruleDocsUri(rule) : ruleHelpUri(ruleId);
}

let cachedVersion: string | undefined;

/**
 * The version in sagelint's own package.json. The module runs both from `src/`
 * (tests) and from `dist/src/` (the published build), so the manifest is found by
 * walking up rather than by a fixed relative path.
 */
export function toolVersion(): string {
  cachedVersion ??= findOwnVersion(dirname(fileURLToPath(import.meta.url)));
  return cachedVersion;
}

function findOwnVersion(startDir: string): string {
  for (let dir = startDir; ; dir = dirname(dir)) {
    const manifest = readManifest(join(dir, 'package.json'));
    if (manifest?.name === TOOL_NAME && typeof manifest.version === 'string') return manifest.version;
    if (dirname(dir) === dir) return '0.0.0';
  }
}

function readManifest(file: string): { name?: unknown; version?: unknown } | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
  } catch {
    return undefined;
  }
}
