/**
 * SARIF checks for tests: the official 2.1.0 JSON schema (vendored in
 * test/schemas/) and Microsoft's SARIF Multitool, whose `Gh` rules are the
 * checks GitHub code scanning applies at upload.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as sarif from 'sarif';
import { createValidator, type SchemaCheck } from './json-schema.js';

const here = dirname(fileURLToPath(import.meta.url));
const SARIF_SCHEMA = join(here, '..', 'schemas', 'sarif-2.1.0.json');
const MULTITOOL = resolve(here, '..', '..', 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool');

let sarifValidator: ((data: unknown) => SchemaCheck) | undefined;

/** Validates a log against the SARIF 2.1.0 schema (a JSON Schema draft 2020-12 document). */
export function validateSarifSchema(log: unknown): SchemaCheck {
  sarifValidator ??= createValidator(JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8')) as object, { strict: false });
  return sarifValidator(log);
}

export interface MultitoolIssue {
  /** The validated file the issue is in. */
  file: string;
  ruleId: string;
  message: string;
}

export interface MultitoolReport {
  errors: MultitoolIssue[];
  warnings: MultitoolIssue[];
}

/**
 * Runs `Sarif.Multitool validate --rule-kind "Gh;Sarif"` over one or more files in a
 * single process (it takes a moment to start, so batch files into one call).
 * Its exit code does not reflect findings, so the issues are read from its own
 * SARIF output.
 */
export function runMultitool(files: string | readonly string[]): MultitoolReport {
  const inputs = typeof files === 'string' ? [files] : [...files];
  const workDir = mkdtempSync(join(tmpdir(), 'sagelint-multitool-'));
  const output = join(workDir, 'validation.sarif');
  try {
    execFileSync(MULTITOOL, ['validate', ...inputs, '--rule-kind', 'Gh;Sarif', '--output', output, '--log', 'ForceOverwrite', '--quiet'], {
      // The tool is a .NET app; invariant globalization spares it an ICU dependency.
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 120_000,
    });
    return readIssues(JSON.parse(readFileSync(output, 'utf8')) as sarif.Log);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

function readIssues(log: sarif.Log): MultitoolReport {
  const report: MultitoolReport = { errors: [], warnings: [] };
  for (const run of log.runs) {
    const rules = run.tool.driver.rules ?? [];
    for (const result of run.results ?? []) {
      const rule = result.ruleIndex === undefined ? rules.find((r) => r.id === result.ruleId) : rules[result.ruleIndex];
      // A result without a level takes its rule's default, and SARIF's default is warning.
      const level = result.level ?? rule?.defaultConfiguration?.level ?? 'warning';
      if (level !== 'error' && level !== 'warning') continue;
      const issue: MultitoolIssue = {
        file: filePath(result.locations?.[0]?.physicalLocation?.artifactLocation?.uri),
        ruleId: result.ruleId ?? rule?.id ?? 'unknown',
        message: messageText(result.message, rule),
      };
      (level === 'error' ? report.errors : report.warnings).push(issue);
    }
  }
  return report;
}

function filePath(uri: string | undefined): string {
  return uri?.startsWith('file:') ? fileURLToPath(uri) : (uri ?? 'unknown');
}

/** The multitool writes messages as templates (`id` + `arguments`) defined by its rules. */
function messageText(message: sarif.Message, rule: sarif.ReportingDescriptor | undefined): string {
  if (message.text !== undefined) return message.text;
  const template = message.id === undefined ? undefined : rule?.messageStrings?.[message.id]?.text;
  if (template === undefined) return `${message.id ?? 'message'}: ${(message.arguments ?? []).join(', ')}`;
  return template.replace(/\{(\d+)\}/g, (placeholder, index: string) => message.arguments?.[Number(index)] ?? placeholder);
}
