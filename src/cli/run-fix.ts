/** The work behind `sagelint fix`: gather every fix of unsuppressed findings, then write or diff. */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { applyTextEdits } from '../engine/apply-edits.js';
import type { Finding, TextEdit } from '../engine/finding.js';
import { scan } from '../engine/scan.js';
import { plural } from '../report/summary.js';
import { EXIT } from './exit-codes.js';
import type { FixArgs } from './fix-command.js';
import { prepareScan } from './run-scan.js';

const PLACEHOLDER = /<[a-z0-9][a-z0-9-]*>/g;

export async function runFix(args: FixArgs): Promise<number> {
  const setup = await prepareScan(args);
  if (!setup) return EXIT.error;
  const result = await scan(setup.paths, setup);
  for (const error of result.errors) {
    process.stderr.write(`sagelint: ${error.file}${error.line ? `:${error.line}:${error.column ?? 1}` : ''}: ${error.message}\n`);
  }
  const byFile = editsByFile(result.findings);
  let fixed = 0;
  for (const [file, { edits, findings }] of byFile) {
    const absolute = path.join(result.root, file);
    const before = await readFile(absolute, 'utf8');
    const after = applyTextEdits(before, edits);
    if (after === before) continue;
    fixed += findings;
    if (args['dry-run']) {
      process.stdout.write(createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after));
    } else {
      await writeFile(absolute, after);
      process.stderr.write(`fixed ${plural(findings, 'finding')} in ${file}\n`);
    }
    for (const line of placeholderLines(file, after)) process.stderr.write(`  fill in ${line}\n`);
  }
  const unfixable = result.findings.filter((f) => !f.suppression && !f.fix).length;
  process.stderr.write(
    `${args['dry-run'] ? 'would fix' : 'fixed'} ${plural(fixed, 'finding')} in ${plural(byFile.size, 'file')}` +
      (unfixable ? `; ${plural(unfixable, 'finding')} need a manual change (see \`sagelint scan\`)` : '') +
      '\n',
  );
  return result.errors.length ? EXIT.error : EXIT.clean;
}

function editsByFile(findings: readonly Finding[]): Map<string, { edits: TextEdit[]; findings: number }> {
  const byFile = new Map<string, { edits: TextEdit[]; findings: number }>();
  for (const finding of findings) {
    if (finding.suppression || !finding.fix) continue;
    for (const file of new Set(finding.fix.edits.map((e) => e.file))) {
      const entry = byFile.get(file) ?? { edits: [], findings: 0 };
      entry.edits.push(...finding.fix.edits.filter((e) => e.file === file));
      entry.findings++;
      byFile.set(file, entry);
    }
  }
  return byFile;
}

/** `file:line: <placeholder>` for every placeholder left in the fixed text. */
function placeholderLines(file: string, text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    const found = line.match(PLACEHOLDER);
    if (found) out.push(`${file}:${i + 1}: ${[...new Set(found)].join(', ')}`);
  });
  return out;
}
