/**
 * JSON held in Terraform strings (IAM policies, state machine and pipeline
 * definitions written as heredocs, read with `file()`, or returned by a data
 * source) → a Value tree. Where the string's characters are the file's own
 * text, every node is located at its exact place in the file; elsewhere, at the
 * string.
 */
import type { Location } from '../../model/location.js';
import type { Value } from '../../model/value.js';
import type { PositionMap } from '../source-text.js';
import { parseStructuredText } from '../structured-text.js';
import { markWritten, relocate, textOrigin, unknownAt, type TextOrigin } from './values.js';

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
  const located = locateWithin(parsed.doc.value, value.loc, origin && positions ? { origin, positions } : undefined);
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

interface Mapping {
  origin: TextOrigin;
  positions: PositionMap;
}

/** Moves locations of a document parsed from a string to where its text stands (or to the string). */
function locateWithin(node: Value, whole: Location, mapping: Mapping | undefined): Value {
  const { loc, exact } = mappedLocation(node.loc, whole, mapping);
  let out: Value;
  switch (node.t) {
    case 'map': {
      const entries = new Map<string, Value>();
      const keyLocs = new Map<string, Location>();
      for (const [k, v] of node.entries) {
        entries.set(k, locateWithin(v, whole, mapping));
        const keyLoc = node.keyLocs.get(k);
        if (keyLoc) keyLocs.set(k, mappedLocation(keyLoc, whole, mapping).loc);
      }
      out = { t: 'map', loc, entries, keyLocs };
      break;
    }
    case 'list':
      out = { t: 'list', loc, items: node.items.map((item) => locateWithin(item, whole, mapping)) };
      break;
    default:
      out = { ...node, loc } as Value;
  }
  return exact ? markWritten(out, 'json') : out;
}

function mappedLocation(loc: Location, whole: Location, mapping: Mapping | undefined): { loc: Location; exact: boolean } {
  // Approximate (the enclosing string), so fixes leave it alone.
  const fallback = { loc: whole.kind === 'source' ? { ...whole, path: loc.path, readOnly: true } : { ...whole, path: loc.path }, exact: false };
  if (!mapping || loc.kind !== 'source') return fallback;
  const mapped = toFileRange(loc.start.offset, loc.end.offset, mapping.origin);
  if (!mapped) return fallback;
  const [start, end] = mapped.range;
  const { file } = mapping.origin;
  const located = { kind: 'source' as const, file, start: mapping.positions.at(start), end: mapping.positions.at(end), path: loc.path };
  // A range across lines of a `<<-` heredoc holds its text less the indentation: right place, not the same text.
  return mapped.exact ? { loc: located, exact: true } : { loc: { ...located, readOnly: true }, exact: false };
}

/** The file range of string range [start, end), and whether one run of file text holds all of it (so it is the same text). */
function toFileRange(start: number, end: number, origin: TextOrigin): { range: [number, number]; exact: boolean } | undefined {
  const first = origin.pieces.find((p) => start >= p.at && start < p.at + p.length);
  const last = origin.pieces.find((p) => end > p.at && end <= p.at + p.length);
  if (!first || !last) return undefined;
  return { range: [first.sourceOffset + (start - first.at), last.sourceOffset + (end - last.at)], exact: first === last };
}
