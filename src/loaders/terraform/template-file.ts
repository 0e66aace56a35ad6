/**
 * `templatefile(path, vars)`: substitutes `${name}` and `${name.attr}` from
 * `vars`. What is not a known string stays in the text as its `${…}`
 * placeholder, so a policy template still reads as JSON; the file's own text
 * keeps its positions.
 */
import { textOrigin, scalarText, type TextOrigin } from './values.js';
import { assembleString, type TextPiece } from './evaluator.js';
import type { MapValue, ScalarValue, Value } from '../../model/value.js';
import type { SourceRun } from './hcl-ast.js';

const SIMPLE_REFERENCE = /^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*|\[\d+\])*$/;

export function renderTemplateFile(content: ScalarValue, vars: MapValue): Value {
  const text = String(content.v);
  const origin = textOrigin(content);
  const file = origin?.file ?? (content.loc.kind === 'source' ? content.loc.file : '');
  const pieces: TextPiece[] = [];
  const literal = (from: number, to: number, cooked?: string) => {
    if (to > from) pieces.push({ text: cooked ?? text.slice(from, to), runs: cooked === undefined ? runsOf(origin, from, to) : undefined });
  };
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const escaped = (text[i] === '$' || text[i] === '%') && text[i + 1] === text[i] && text[i + 2] === '{';
    if (escaped) {
      literal(at, i);
      literal(i, i + 3, `${text[i]}{`);
      at = i + 3;
      i += 2;
      continue;
    }
    if (text[i] !== '$' || text[i + 1] !== '{') continue;
    const end = closingBrace(text, i + 2);
    if (end === -1) break;
    literal(at, i);
    const inner = text.slice(i + 2, end).replace(/^~/, '').replace(/~$/, '').trim();
    const resolved = SIMPLE_REFERENCE.test(inner) ? lookup(vars, inner) : undefined;
    const known = resolved?.t === 'scalar' ? scalarText(resolved) : undefined;
    pieces.push(known !== undefined ? { text: known } : { text: text.slice(i, end + 1), runs: runsOf(origin, i, end + 1), ...(resolved ? { hole: resolved } : {}) });
    at = end + 1;
    i = end;
  }
  literal(at, text.length);
  return assembleString(pieces, content.loc, file);
}

function closingBrace(text: string, from: number): number {
  let depth = 0;
  let quoted = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

function lookup(vars: MapValue, reference: string): Value | undefined {
  let current: Value | undefined = vars;
  for (const step of reference.split(/\.|(?=\[)/)) {
    if (!current) return undefined;
    const index = /^\[(\d+)\]$/.exec(step);
    if (index) current = current.t === 'list' ? current.items[Number(index[1])] : undefined;
    else current = current.t === 'map' ? current.entries.get(step) : undefined;
  }
  return current;
}

/** The runs of the file text that characters [from, to) of the template come from, relative to `from`. */
function runsOf(origin: TextOrigin | undefined, from: number, to: number): SourceRun[] {
  return (origin?.pieces ?? []).flatMap((p) => {
    const start = Math.max(from, p.at);
    const end = Math.min(to, p.at + p.length);
    return end > start ? [{ at: start - from, length: end - start, sourceOffset: p.sourceOffset + (start - p.at) }] : [];
  });
}
