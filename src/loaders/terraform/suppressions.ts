/**
 * Inline suppressions in Terraform: `# sagelint:ignore SM001 <reason>` (or
 * `//`) on the line(s) right above a resource block, or above one of its
 * attributes or nested blocks. Either way it applies to the resource, and keeps
 * the comment's location.
 */
import type { Location } from '../../model/location.js';
import type { InlineSuppression } from '../../model/resource.js';
import type { HclBlock, HclBody, HclFile } from './hcl-ast.js';
import { sourceLoc } from './values.js';
import { appendAll } from '../../collections.js';

const IGNORE = /^(?:#|\/\/)\s*sagelint:ignore\s+((?:[A-Za-z]+\d+)(?:\s*,\s*[A-Za-z]+\d+)*)(?:\s+(.*))?$/;

export function suppressionsOf(block: HclBlock, file: HclFile): InlineSuppression[] {
  const lines = new Set<number>([block.range.start.line]);
  collectLines(block.body, lines);
  const out: InlineSuppression[] = [];
  const seen = new Set<number>();
  for (const line of [...lines].sort((a, b) => a - b)) {
    for (let above = line - 1; file.lineComments.has(above); above--) {
      if (seen.has(above)) continue;
      seen.add(above);
      const comment = file.lineComments.get(above)!;
      appendAll(out, parseIgnoreComment(comment.text, sourceLoc(file.path, comment.range)));
    }
  }
  return out;
}

function collectLines(body: HclBody, lines: Set<number>): void {
  for (const attribute of body.attributes.values()) lines.add(attribute.range.start.line);
  for (const nested of body.blocks) {
    lines.add(nested.range.start.line);
    collectLines(nested.body, lines);
  }
}

/** The suppressions one comment writes (none when it is not a `sagelint:ignore` comment). */
export function parseIgnoreComment(text: string, loc: Location): InlineSuppression[] {
  const match = IGNORE.exec(text.trim());
  if (!match) return [];
  const reason = match[2]?.replace(/^[\s:—–-]+/, '').trim() || undefined;
  return match[1]!.split(',').map((id) => ({ ruleId: id.trim().toUpperCase(), ...(reason ? { reason } : {}), loc }));
}
