/**
 * CloudFormation parameter values in the files people deploy with: the
 * CloudFormation CLI's `[{ "ParameterKey", "ParameterValue" }]`, a CodePipeline
 * template configuration `{ "Parameters": { … } }`, and SAM's `samconfig.toml`
 * (`parameter_overrides` under `[default.deploy.parameters]`).
 */
import { createRequire } from 'node:module';
import { PositionMap, readSourceTextSync } from '../source-text.js';
import { firstJsonSyntaxError } from '../structured-text.js';

/** A failure has the line and column of a syntax error, where there is one. */
export type ParameterFileOutcome = { ok: true; values: Record<string, string> } | { ok: false; message: string; line?: number; column?: number };

const EXPECTED = 'expected [{ "ParameterKey", "ParameterValue" }] (CloudFormation CLI), { "Parameters": { … } } (CodePipeline template configuration) or a samconfig.toml with parameter_overrides';

/** Reads one parameter file; the message of a failure names what is wrong, not the file (the caller does). */
export function readParameterFile(absolute: string, maxFileBytes?: number): ParameterFileOutcome {
  const read = readSourceTextSync(absolute, maxFileBytes);
  if (!read.ok) return { ok: false, message: read.message, line: read.line, column: read.column };
  if (absolute.toLowerCase().endsWith('.toml')) return samConfigParameters(read.text);
  let data: unknown;
  try {
    data = JSON.parse(read.text);
  } catch (err) {
    // Node 20's JSON.parse does not always name a position: the strict JSON scanner finds it.
    const offset = firstJsonSyntaxError(read.text);
    const at = offset === undefined ? undefined : new PositionMap(read.text).at(offset);
    return { ok: false, message: `not valid JSON (${(err as Error).message.replace(/ in JSON at position \d+.*$/, '')}); ${EXPECTED}`, line: at?.line, column: at?.column };
  }
  if (Array.isArray(data)) return cliParameters(data);
  if (isRecord(data) && isRecord(data.Parameters)) return stringValues(data.Parameters, 'Parameters');
  return { ok: false, message: EXPECTED };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cliParameters(entries: unknown[]): ParameterFileOutcome {
  const values: Record<string, string> = {};
  for (const [i, entry] of entries.entries()) {
    if (!isRecord(entry) || typeof entry.ParameterKey !== 'string') return { ok: false, message: `entry ${i} has no ParameterKey; ${EXPECTED}` };
    // UsePreviousValue keeps what the stack has: a value only the deployed stack knows.
    if (entry.UsePreviousValue === true) continue;
    if (typeof entry.ParameterValue !== 'string') return { ok: false, message: `entry ${i} (${entry.ParameterKey}) has no string ParameterValue` };
    values[entry.ParameterKey] = entry.ParameterValue;
  }
  return { ok: true, values };
}

function stringValues(parameters: Record<string, unknown>, where: string): ParameterFileOutcome {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(parameters)) {
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return { ok: false, message: `${where}.${key} must be a string` };
    values[key] = String(value);
  }
  return { ok: true, values };
}

function samConfigParameters(text: string): ParameterFileOutcome {
  // Required here, not imported: only a samconfig.toml loads the TOML parser (it adds to every start-up).
  const { parse: parseToml, TomlError } = createRequire(import.meta.url)('smol-toml') as typeof import('smol-toml');
  let data: Record<string, unknown>;
  try {
    data = parseToml(text);
  } catch (err) {
    const at = err instanceof TomlError ? { line: err.line, column: err.column } : {};
    return { ok: false, message: `not valid TOML (${(err as Error).message.split('\n')[0]})`, ...at };
  }
  const deploy = isRecord(data.default) && isRecord(data.default.deploy) && isRecord(data.default.deploy.parameters) ? data.default.deploy.parameters : undefined;
  const overrides = deploy?.parameter_overrides;
  if (overrides === undefined) return { ok: false, message: 'no parameter_overrides under [default.deploy.parameters]' };
  const pairs = typeof overrides === 'string' ? shellWords(overrides) : Array.isArray(overrides) && overrides.every((o) => typeof o === 'string') ? overrides.flatMap(shellWords) : undefined;
  if (!pairs) return { ok: false, message: 'parameter_overrides must be a string "Key=Value …" or a list of them' };
  const values: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) return { ok: false, message: `parameter_overrides: '${pair}' is not Key=Value` };
    values[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return { ok: true, values };
}

/** Splits `A=1 B="two words" C='x'` as SAM does: whitespace outside quotes, quotes removed. */
function shellWords(text: string): string[] {
  const words: string[] = [];
  let current = '';
  let quote: string | undefined;
  let started = false;
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = undefined;
      else current += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      started = true;
    } else if (/\s/.test(char)) {
      if (started) words.push(current);
      current = '';
      started = false;
    } else {
      current += char;
      started = true;
    }
  }
  if (started) words.push(current);
  return words;
}
