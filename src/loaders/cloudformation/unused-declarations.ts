/**
 * Parameters and conditions a fix leaves unused. A fix that replaces
 * `!Ref NotebookInternet` or `!If [IsProd, …]` with a constant can leave the
 * parameter or condition declared but used nowhere (cfn-lint W2001, W8001):
 * its declaration is deleted with the fix, and so are parameters only that
 * declaration used.
 */
import type { TextEdit } from '../../core/finding.js';
import type { MapValue, Value } from '../../model/value.js';
import type { StructuredDocument } from '../structured-text.js';

const SECTIONS = ['Parameters', 'Conditions'] as const;

interface Use {
  name: string;
  offset: number;
}

/**
 * Deletions of every parameter and condition that the template uses only
 * inside `replaced` (offset ranges the fix replaces), not in the values it
 * writes (`written`), given as text edits of `file`.
 */
export function deleteUnusedDeclarations(doc: StructuredDocument, file: string, replaced: readonly { start: number; end: number }[], written: readonly unknown[]): TextEdit[] {
  if (replaced.length === 0 || doc.value.t !== 'map') return [];
  const template = doc.value;
  const reading = readingOf(doc, template);
  if (!reading) return [];
  const { uses, declared } = reading;
  const inRanges = (offset: number, ranges: readonly { start: number; end: number }[]) => ranges.some((r) => offset >= r.start && offset < r.end);
  const stillWritten = new Set<string>();
  for (const value of written) collectWrittenNames(value, stillWritten);
  // A name becomes unused when each of its uses is replaced, or inside a declaration deleted before it.
  const removed = new Set<string>();
  const gone: { start: number; end: number }[] = [...replaced];
  for (let changed = true; changed; ) {
    changed = false;
    for (const [name, declaration] of declared) {
      if (removed.has(name) || stillWritten.has(name)) continue;
      const own = uses.get(name) ?? [];
      if (own.length === 0 || !own.every((u) => inRanges(u.offset, gone))) continue;
      removed.add(name);
      gone.push({ start: declaration.start, end: declaration.end });
      changed = true;
    }
  }
  const edits: TextEdit[] = [];
  for (const sectionName of SECTIONS) {
    const section = template.entries.get(sectionName);
    if (section?.t !== 'map') continue;
    const names = [...section.entries.keys()];
    const deleting = names.filter((n) => removed.has(n));
    if (deleting.length === 0) continue;
    // Every entry goes: the section goes, so no empty `Parameters:` is left.
    const ranges = deleting.length === names.length ? [entryRange(doc, template, sectionName)] : deleting.map((n) => entryRange(doc, section, n));
    for (const range of ranges) {
      if (!range) return [];
      edits.push({ file, start: doc.positions.at(range.start), end: doc.positions.at(range.end), text: '' });
    }
  }
  return edits;
}

/** Every use of a name in the template, by name, and where each parameter and condition is declared. */
interface Reading {
  uses: Map<string, Use[]>;
  declared: Map<string, { start: number; end: number }>;
}

/**
 * The template read once per document, not once per fix: every fix that
 * replaces a value asks. Null when a declaration has no place in the text.
 */
const readings = new WeakMap<StructuredDocument, Reading | null>();

function readingOf(doc: StructuredDocument, template: MapValue): Reading | null {
  let reading = readings.get(doc);
  if (reading === undefined) readings.set(doc, (reading = readTemplate(template)));
  return reading;
}

function readTemplate(template: MapValue): Reading | null {
  const all: Use[] = [];
  collectUses(template, all);
  const uses = new Map<string, Use[]>();
  for (const use of all) {
    const same = uses.get(use.name);
    if (same) same.push(use);
    else uses.set(use.name, [use]);
  }
  const declared = new Map<string, { start: number; end: number }>();
  for (const sectionName of SECTIONS) {
    const section = template.entries.get(sectionName);
    if (section?.t !== 'map') continue;
    for (const [name, value] of section.entries) {
      const key = section.keyLocs.get(name);
      if (key?.kind !== 'source' || value.loc.kind !== 'source') return null;
      declared.set(name, { start: key.start.offset, end: value.loc.end.offset });
    }
  }
  return { uses, declared };
}

/** Refs, `Fn::If` and `Condition` names, and `${Name}` in `Fn::Sub`, with where they stand. */
function collectUses(value: Value, out: Use[]): void {
  if (value.t === 'list') {
    for (const item of value.items) collectUses(item, out);
    return;
  }
  if (value.t !== 'map') return;
  const offset = value.loc.kind === 'source' ? value.loc.start.offset : -1;
  for (const [key, inner] of value.entries) {
    const innerOffset = inner.loc.kind === 'source' ? inner.loc.start.offset : offset;
    if ((key === 'Ref' || key === 'Condition') && inner.t === 'scalar' && typeof inner.v === 'string') out.push({ name: inner.v, offset: innerOffset });
    if (key === 'Fn::If' && inner.t === 'list' && inner.items[0]?.t === 'scalar') {
      const first = inner.items[0];
      out.push({ name: String(first.v), offset: first.loc.kind === 'source' ? first.loc.start.offset : innerOffset });
    }
    if (key === 'Fn::Sub') {
      const text = inner.t === 'scalar' ? inner.v : inner.t === 'list' && inner.items[0]?.t === 'scalar' ? inner.items[0].v : undefined;
      if (typeof text === 'string') for (const m of text.matchAll(/\$\{([^!}.][^}.]*)[^}]*\}/g)) out.push({ name: m[1]!, offset: innerOffset });
    }
    collectUses(inner, out);
  }
}

/** Names the fix's own values refer to: they stay used. */
function collectWrittenNames(value: unknown, out: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectWrittenNames(item, out);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, inner] of Object.entries(value)) {
    if ((key === 'Ref' || key === 'Condition') && typeof inner === 'string') out.add(inner);
    collectWrittenNames(inner, out);
  }
}

/**
 * The text of one entry of a map: in YAML its whole lines (key line to the
 * end of the value's last line); in JSON the entry with the comma that joins
 * it to a neighbour. Undefined when it cannot be cut cleanly (one line holds more).
 */
function entryRange(doc: StructuredDocument, map: MapValue, name: string): { start: number; end: number } | undefined {
  const text = doc.text;
  const key = map.keyLocs.get(name);
  const value = map.entries.get(name);
  if (key?.kind !== 'source' || value?.loc.kind !== 'source') return undefined;
  const names = [...map.entries.keys()];
  const index = names.indexOf(name);
  if (text[key.start.offset] === '"') {
    const previous = index > 0 ? map.entries.get(names[index - 1]!) : undefined;
    if (previous?.loc.kind === 'source') return { start: previous.loc.end.offset, end: value.loc.end.offset };
    const next = names[index + 1] !== undefined ? map.keyLocs.get(names[index + 1]!) : undefined;
    if (next?.kind === 'source') return { start: key.start.offset, end: next.start.offset };
    return undefined;
  }
  const lineStart = text.lastIndexOf('\n', key.start.offset - 1) + 1;
  if (text.slice(lineStart, key.start.offset).trim() !== '') return undefined;
  const newline = text.indexOf('\n', value.loc.end.offset);
  const lineEnd = newline === -1 ? text.length : newline + 1;
  // Something else on the value's last line (a flow map holding other entries) cannot be cut by lines.
  if (text.slice(value.loc.end.offset, lineEnd).replace(/#.*/, '').trim() !== '') return undefined;
  return { start: lineStart, end: lineEnd };
}
