/** Fixture files, and mutations of their text driven by a stream of numbers (so fast-check can shrink and replay them). */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** A fuzz test's work is fixed by its number of runs; its time limit only catches a hang, so it leaves room for a busy machine. */
export const FUZZ_SUITE = { timeout: 300_000 } as const;

/**
 * A property that gives the event loop a turn before each run. A worker busy
 * for a minute without one misses vitest's RPC ("Timeout calling onTaskUpdate").
 */
export function yielding<Args extends unknown[]>(check: (...args: Args) => void): (...args: Args) => Promise<void> {
  return async (...args) => {
    await new Promise(setImmediate);
    check(...args);
  };
}

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

/** Every fixture whose name matches, relative to the working directory's view of the repository. */
export function fixtureFiles(pattern: RegExp): string[] {
  const out: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.isFile() && pattern.test(entry.name)) out.push(full);
    }
  };
  visit(FIXTURES);
  return out.sort();
}

/** Pieces a character-level mutation inserts: the syntax that decides how YAML and JSON read. */
const INSERTS = [' ', '  ', '\n', '\r\n', '# x', ':', ': ', '- ', '[', ']', '{', '}', ',', '"', "'", '!Ref ', '|', '>', 'a', '1', '~', '\\', ' #', '-', '\n  ', '\n    # c\n', 'true', 'null', '&a ', '*a', '\t'];

type Choose = (bound: number) => number;

/** A number below `bound` taken from the stream. */
function chooser(choices: Iterator<number>): Choose {
  return (bound) => (bound <= 0 ? 0 : (choices.next().value as number) % bound);
}

/** Deletes, duplicates or swaps a line, as an editor would. */
function editLine(lines: string[], choose: Choose): void {
  const i = choose(lines.length);
  const j = choose(lines.length);
  const op = choose(3);
  if (op === 0) lines.splice(i, 1);
  else if (op === 1) lines.splice(i, 0, lines[j]!);
  else [lines[i], lines[j]] = [lines[j]!, lines[i]!];
}

/** One to three line edits. */
export function mutatedLines(text: string, choices: Iterator<number>): string {
  const choose = chooser(choices);
  const lines = text.split('\n');
  for (let edits = 1 + choose(3); edits > 0; edits--) editLine(lines, choose);
  return lines.join('\n');
}

/** One to four edits, each a line edit or a character inserted or deleted. */
export function mutatedText(text: string, choices: Iterator<number>): string {
  const choose = chooser(choices);
  let out = text;
  for (let edits = 1 + choose(4); edits > 0; edits--) {
    if (choose(2) === 0) {
      const lines = out.split('\n');
      editLine(lines, choose);
      out = lines.join('\n');
    } else {
      const at = choose(out.length + 1);
      out = choose(3) === 0 ? out.slice(0, at) + out.slice(at + 1 + choose(3)) : out.slice(0, at) + INSERTS[choose(INSERTS.length)] + out.slice(at);
    }
  }
  return out;
}
