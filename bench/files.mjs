// Small file helpers shared by the benchmark scripts.
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir` whose name matches `pattern`, in a stable (sorted) order. */
export function listFiles(dir, pattern) {
  const out = [];
  const visit = (current) => {
    const entries = readdirSync(current, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (pattern.test(entry.name)) out.push(full);
    }
  };
  visit(dir);
  return out;
}
