/**
 * A fixed list of action IDs (every S3 action the analyses reason about, the
 * SageMaker actions tags can limit) indexed by lower-cased ID, in sorted
 * order: the IDs an Action pattern names are looked up (a literal ID) or read
 * off a range (the literal start of `sagemaker:Describe*`, or of `s3:*Object`)
 * instead of matching the pattern against each of a service's hundreds of
 * actions. A pattern of another service costs one lookup.
 */
import { countBefore } from '../collections.js';
import type { Glob } from './glob.js';

export class ActionIndex {
  /** Lower-cased IDs, sorted by code unit, each once. */
  private readonly sorted: string[];
  /** The IDs as given, per lower-cased ID. */
  private readonly byLowerCase = new Map<string, string[]>();

  constructor(ids: Iterable<string>) {
    for (const id of ids) {
      const lower = id.toLowerCase();
      const same = this.byLowerCase.get(lower);
      if (same) {
        if (!same.includes(id)) same.push(id);
      } else {
        this.byLowerCase.set(lower, [id]);
      }
    }
    this.sorted = [...this.byLowerCase.keys()].sort();
  }

  /** The IDs `glob.matches`, each once. */
  matching(glob: Glob): string[] {
    const { kind, literal, ignoreCase } = glob.shape;
    // The index is by lower-cased ID: a pattern that compares with case is matched against each.
    if (!ignoreCase) return [...this.byLowerCase.values()].flat().filter((id) => glob.matches(id));
    if (kind === 'never') return [];
    if (kind === 'exact') return [...(this.byLowerCase.get(literal) ?? [])];
    const found: string[] = [];
    for (let i = countBefore(this.sorted, literal); i < this.sorted.length && this.sorted[i]!.startsWith(literal); i++) {
      for (const id of this.byLowerCase.get(this.sorted[i]!)!) if (kind === 'prefix' || glob.matches(id)) found.push(id);
    }
    return found;
  }
}
