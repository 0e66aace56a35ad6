/**
 * JSON held in Terraform strings (IAM policies, state machine and pipeline
 * definitions written as heredocs, read with `file()`, or returned by a data
 * source) → a Value tree. Where the string's characters are the file's own
 * text, every node is located at its exact place in the file; where the string
 * is a plan's `jsonencode` result, at the HCL literal that writes the node;
 * elsewhere, at the string.
 */
import { readOnlyAt, type Location } from '../../model/location.js';
import type { Value } from '../../model/value.js';
import type { PositionMap } from '../source-text.js';
import { parseStructuredText } from '../structured-text.js';
import { expressionAt } from './hcl-ast.js';
import { encodedFromOf, markWritten, relocate, sourceLoc, textOrigin, unknownAt, type EncodedFrom, type TextOrigin } from './values.js';

export type PositionsOf = (file: string) => PositionMap | undefined;

/** Parses the JSON text of a string value; text that is not a JSON object or array gives an unknown saying so. */
export function parseJsonString(value: Value, positionsOf: PositionsOf): Value {
  if (value.t !== 'scalar' || typeof value.v !== 'string') return value;
  const text = value.v;
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) {
    return unknownAt(value.loc, text.includes('${') ? 'JSON built from values known only at deploy time' : 'not a JSON document');
  }
  const parsed = parseStructuredText(text, value.loc.kind === 'source' ? value.loc.file : '');
  if (!parsed.ok) {
    const why = text.includes('${') ? 'JSON built from values known only at deploy time' : `not valid JSON (${parsed.error.message})`;
    return unknownAt(value.loc, why);
  }
  const origin = textOrigin(value);
  const positions = origin ? positionsOf(origin.file) : undefined;
  const encoded = encodedFromOf(value);
  const place: Placement = origin && positions ? inText(origin, positions, value.loc) : encoded ? inEncoded(encoded) : (loc) => approximate(loc, value.loc);
  const located = locateWithin(parsed.doc.value, place);
  return origin?.holes ? fillHoles(located, origin.holes) : located;
}

/** A string that is exactly one placeholder is the value it stands for (a reference stays a reference). */
function fillHoles(node: Value, holes: ReadonlyMap<string, Value>): Value {
  switch (node.t) {
    case 'scalar': {
      const hole = typeof node.v === 'string' ? holes.get(node.v) : undefined;
      return hole ? relocate(hole, node.loc.path) : node;
    }
    case 'map':
      return { ...node, entries: new Map([...node.entries].map(([k, v]) => [k, fillHoles(v, holes)])) };
    case 'list':
      return { ...node, items: node.items.map((item) => fillHoles(item, holes)) };
    default:
      return node;
  }
}

/**
 * Where a node (or, with `key`, the key of a map entry) of the parsed document
 * stands, given its place in the JSON text; and whether that is its exact text
 * in JSON syntax.
 */
type Placement = (loc: Location, key?: 'key') => { loc: Location; exact: boolean };

/** Moves locations of a document parsed from a string to where its text stands (or to the string). */
function locateWithin(node: Value, place: Placement): Value {
  const { loc, exact } = place(node.loc);
  let out: Value;
  switch (node.t) {
    case 'map': {
      const entries = new Map<string, Value>();
      const keyLocs = new Map<string, Location>();
      for (const [k, v] of node.entries) {
        entries.set(k, locateWithin(v, place));
        const keyLoc = node.keyLocs.get(k);
        if (keyLoc) keyLocs.set(k, place(keyLoc, 'key').loc);
      }
      out = { t: 'map', loc, entries, keyLocs };
      break;
    }
    case 'list':
      out = { t: 'list', loc, items: node.items.map((item) => locateWithin(item, place)) };
      break;
    default:
      out = { ...node, loc } as Value;
  }
  return exact ? markWritten(out, 'json') : out;
}

/** Approximate (somewhere around the node), so fixes leave it alone. */
function approximate(loc: Location, around: Location): { loc: Location; exact: false } {
  return { loc: readOnlyAt(around, loc.path), exact: false };
}

function inText(origin: TextOrigin, positions: PositionMap, whole: Location): Placement {
  return (loc) => {
    const mapped = loc.kind === 'source' ? toFileRange(loc.start.offset, loc.end.offset, origin) : undefined;
    if (!mapped) return approximate(loc, whole);
    const [start, end] = mapped.range;
    const located = { kind: 'source' as const, file: origin.file, start: positions.at(start), end: positions.at(end), path: loc.path };
    // A range across lines of a `<<-` heredoc holds its text less the indentation: right place, not the same text.
    return mapped.exact ? { loc: located, exact: true } : { loc: readOnlyAt(located), exact: false };
  };
}

/**
 * At the HCL literal that writes the node (or the key), else at the deepest
 * literal around it. Its JSON text is written nowhere, so never exact.
 */
function inEncoded(encoded: EncodedFrom): Placement {
  return (loc, key) => {
    const found = expressionAt(encoded.expr, loc.path);
    const range = key ? found.key : found.expr.range;
    if (!found.complete || !range) return approximate(loc, sourceLoc(encoded.file, found.expr.range));
    return { loc: sourceLoc(encoded.file, range, loc.path), exact: false };
  };
}

/** The file range of string range [start, end), and whether one run of file text holds all of it (so it is the same text). */
function toFileRange(start: number, end: number, origin: TextOrigin): { range: [number, number]; exact: boolean } | undefined {
  const first = origin.pieces.find((p) => start >= p.at && start < p.at + p.length);
  const last = origin.pieces.find((p) => end > p.at && end <= p.at + p.length);
  if (!first || !last) return undefined;
  return { range: [first.sourceOffset + (start - first.at), last.sourceOffset + (end - last.at)], exact: first === last };
}
