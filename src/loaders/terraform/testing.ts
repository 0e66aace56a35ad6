/** Helpers for the Terraform loader's tests: load fixtures, find resources, read values as plain data. */
import path from 'node:path';
import type { LoadedUnit } from '../../core/unit.js';
import type { Resource } from '../../model/resource.js';
import type { Value } from '../../model/value.js';
import { loadTerraformDirectory, loadTerraformFiles } from './directory.js';

export const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures/terraform');

/** The one unit of a fixture directory (`fixtures/terraform/<name>`). */
export async function fixtureUnit(name: string, varFiles?: string[]): Promise<LoadedUnit> {
  const units = await loadTerraformDirectory(path.join(FIXTURES, name), '.', { varFiles });
  if (units.length !== 1) throw new Error(`${name} gave ${units.length} units`);
  return units[0]!;
}

/** The one unit of files held in memory. */
export async function memoryUnit(files: Record<string, string>, varFiles?: string[]): Promise<LoadedUnit> {
  const units = await loadTerraformFiles(files, { varFiles });
  if (units.length !== 1) throw new Error(`the files gave ${units.length} units`);
  return units[0]!;
}

export function resource(unit: LoadedUnit, id: string): Resource {
  const found = unit.resources.find((r) => r.id === id);
  if (!found) throw new Error(`no resource ${id} among ${unit.resources.map((r) => r.id).join(', ')}`);
  return found;
}

/**
 * A value as plain data for assertions: scalars, lists and maps as themselves;
 * references as `{ ref }`, choices as `{ oneOf: [[via, value]] }`, unknowns as
 * `{ unknown, fallback? }`, omitted values as `{ omitted, fallback? }`.
 */
export function plain(value: Value): unknown {
  switch (value.t) {
    case 'scalar':
      return value.v;
    case 'list':
      return value.items.map(plain);
    case 'map':
      return Object.fromEntries([...value.entries].map(([k, v]) => [k, plain(v)]));
    case 'ref':
      return { ref: value.attribute ? `${value.target}.${value.attribute}` : value.target };
    case 'oneOf':
      return { oneOf: value.options.map((o) => [o.via, plain(o.value)]) };
    case 'unknown':
      return value.fallback ? { unknown: value.reason, fallback: [value.fallback.via, plain(value.fallback.value)] } : { unknown: value.reason };
    case 'omitted':
      return value.fallback ? { omitted: value.path.join('.'), fallback: plain(value.fallback) } : { omitted: value.path.join('.') };
  }
}

/** `file:line:column` of a value, for location assertions. */
export function at(value: Value | Resource): string {
  const loc = value.loc;
  return loc.kind === 'source' ? `${loc.file}:${loc.start.line}:${loc.start.column}` : loc.arn;
}
