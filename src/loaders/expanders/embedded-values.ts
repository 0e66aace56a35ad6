/**
 * What embedded definitions share once parsed: template placeholders that
 * stand for resources or substitutions, values computed at run time, and the
 * notes (or, for text that is not JSON, errors) that say why a definition
 * could not be read.
 */
import type { LoadError, Note } from '../../core/finding.js';
import type { Location } from '../../model/location.js';
import { get, type MapValue, type Value } from '../../model/value.js';
import type { ExpanderInput } from './expanders.js';
import { readEmbeddedJson } from './embedded-json.js';

/**
 * Reads the document held inline in one of `inline` (a path below Properties),
 * or says why it cannot: in a note when it is held in S3 or a file
 * (`external`) or computed at deploy time, in a load error when it is not
 * JSON. `what` names the contents that go unchecked.
 */
export function readDefinition(
  input: ExpanderInput,
  inline: readonly (readonly string[])[],
  external: readonly (readonly string[])[],
  what: string,
): { document?: Value; notes: Note[]; errors: LoadError[] } {
  for (const path of inline) {
    const value = get(input.props, ...path);
    if (value.t === 'omitted') continue;
    const read = readEmbeddedJson(value, input);
    if (read.ok) return { document: read.value, notes: [], errors: [] };
    const message = `${input.logicalId}: ${path.join('.')} ${read.problem}, so ${what} in it are not checked`;
    return read.invalid ? { notes: [], errors: [errorAt(input.file, read.loc, message)] } : { notes: [noteAt(input.file, read.loc, message)], errors: [] };
  }
  for (const path of external) {
    const value = get(input.props, ...path);
    if (value.t === 'omitted') continue;
    return {
      notes: [noteAt(input.file, value.loc, `${input.logicalId}: the definition is read from ${path.join('.')} (S3 or a local file), which sagelint does not fetch, so ${what} in it are not checked`)],
      errors: [],
    };
  }
  return { notes: [], errors: [] };
}

/** A load error at a value's place in the template (line and column when it has one). */
export function errorAt(file: string, loc: Location, message: string): LoadError {
  return loc.kind === 'source' ? { file, line: loc.start.line, column: loc.start.column, message } : { file, message };
}

function noteAt(file: string, loc: Location, message: string): Note {
  return loc.kind === 'source' ? { file, line: loc.start.line, message } : { file, message };
}

/**
 * Placeholders in a definition built with `Fn::Sub`, or filled from Step
 * Functions `DefinitionSubstitutions`: `${Name}` takes the substitution's value;
 * a whole string `${Resource}` or `${Resource.Attribute}` becomes a reference,
 * so the graph can follow it (to a model, a subnet, a key).
 */
export function resolvePlaceholders(value: Value, substitutions?: MapValue): Value {
  switch (value.t) {
    case 'map': {
      const entries = new Map<string, Value>();
      for (const [key, child] of value.entries) entries.set(key, resolvePlaceholders(child, substitutions));
      return { ...value, entries };
    }
    case 'list':
      return { ...value, items: value.items.map((item) => resolvePlaceholders(item, substitutions)) };
    case 'oneOf':
      return { ...value, options: value.options.map((o) => ({ ...o, value: resolvePlaceholders(o.value, substitutions) })) };
    case 'scalar':
      return typeof value.v === 'string' ? resolveString(value.v, value, substitutions) : value;
    default:
      return value;
  }
}

const WHOLE_PLACEHOLDER = /^\$\{([^}]+)\}$/;

function resolveString(text: string, value: Value, substitutions?: MapValue): Value {
  const whole = WHOLE_PLACEHOLDER.exec(text);
  const substitution = whole && substitutions?.entries.get(whole[1]!);
  if (substitution) return substitution;
  const replaced = substitutions ? substituteText(text, substitutions) : text;
  const reference = WHOLE_PLACEHOLDER.exec(replaced);
  // Pseudo parameters (`${AWS::Region}`) are not resources.
  if (reference && !reference[1]!.includes('::')) {
    const [target, ...attribute] = reference[1]!.split('.');
    return { t: 'ref', loc: value.loc, target: target!, attribute: attribute.length ? attribute.join('.') : undefined, text: replaced };
  }
  return replaced === text ? value : { t: 'scalar', v: replaced, loc: value.loc };
}

/** Replaces `${Name}` inside a longer string when the substitution is a known string or number. */
function substituteText(text: string, substitutions: MapValue): string {
  return text.replace(/\$\{([^}]+)\}/g, (placeholder, name: string) => {
    const substitution = substitutions.entries.get(name);
    return substitution?.t === 'scalar' && substitution.v !== null ? String(substitution.v) : placeholder;
  });
}

/** A value the running workflow computes: unknown here, with what computes it. */
export function computedAtRunTime(value: Value, how: string): Value {
  return { t: 'unknown', loc: value.loc, reason: `set when the workflow runs, from ${how}` };
}
