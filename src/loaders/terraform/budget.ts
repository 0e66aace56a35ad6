/**
 * How much evaluating one Terraform root module may build and do. A
 * configuration is its author's, and a few hundred bytes can describe values of
 * astronomical size (locals that double each other, nested `for` expressions,
 * `format("%400000000s", "")`, modules that call modules four times each). Every
 * value is measured as it is built (its size as later steps walk it, shared
 * parts counted each time they appear), the work done is counted, and
 * exceeding a limit stops the evaluation with a load error at the expression.
 */
import type { LoadError } from '../../core/finding.js';
import type { Location } from '../../model/location.js';
import type { Value } from '../../model/value.js';

export const EVALUATION_LIMITS = {
  /** Values in any one value, counting a shared part each time it appears (as rules walk it). */
  valueNodes: 1_000_000,
  /** Characters in the strings of any one value, counted the same way. */
  stringChars: 8 * 1024 * 1024,
  /** Work per root module: expressions evaluated (10 each) and values walked or built (1 each). */
  work: 5_000_000,
  /** Module instances per root module, the root included. */
  moduleInstances: 1_000,
} as const;

/** What evaluating one expression costs in work units, besides the values it walks. */
const EVALUATION_COST = 10;

/** A limit was exceeded: the root module is not evaluated further. `loc` is the expression that went over. */
export class EvaluationLimitExceeded extends Error {
  constructor(
    readonly loc: Location,
    message: string,
  ) {
    super(message);
  }
}

interface Size {
  nodes: number;
  chars: number;
}

/** The size of a value as it is walked: shared parts counted where each appears. Remembered per value object. */
const sizes = new WeakMap<Value, Size>();
/** How many value objects have been measured so far: each is built work, charged once. */
let measured = 0;

export function measuredSoFar(): number {
  return measured;
}

export function sizeOf(value: Value): Size {
  const known = sizes.get(value);
  if (known) return known;
  measured++;
  let nodes = 1;
  let chars = 0;
  const add = (part: Value) => {
    const size = sizeOf(part);
    nodes += size.nodes;
    chars += size.chars;
  };
  switch (value.t) {
    case 'scalar':
      if (typeof value.v === 'string') chars = value.v.length;
      break;
    case 'list':
      value.items.forEach(add);
      break;
    case 'map':
      for (const [key, entry] of value.entries) {
        chars += key.length;
        add(entry);
      }
      break;
    case 'oneOf':
      for (const option of value.options) add(option.value);
      break;
    case 'unknown':
      if (value.fallback) add(value.fallback.value);
      break;
    default:
      break;
  }
  const size = { nodes, chars };
  sizes.set(value, size);
  return size;
}

/** Why a value of `size` characters or elements is refused, or undefined when it is within the limit. */
export function tooLarge(size: number, what: 'characters' | 'elements'): string | undefined {
  const limit = what === 'characters' ? EVALUATION_LIMITS.stringChars : EVALUATION_LIMITS.valueNodes;
  return size > limit ? `not checked: the value would hold more than ${limit.toLocaleString('en-US')} ${what}; what uses it is not checked` : undefined;
}

/** Refuses a value larger than one value may be. */
export function checkValueSize(value: Value, loc: Location): void {
  const { nodes, chars } = sizeOf(value);
  checkElementCount(nodes, loc);
  checkStringLength(chars, loc);
}

/** Refuses, before it is built, a string (or the strings of a value) longer than one value may hold. */
export function checkStringLength(chars: number, loc: Location): void {
  const refused = tooLarge(chars, 'characters');
  if (refused) throw new EvaluationLimitExceeded(loc, refused);
}

/** Refuses, before it is built, a collection with more elements than one value may hold. */
export function checkElementCount(count: number, loc: Location): void {
  const refused = tooLarge(count, 'elements');
  if (refused) throw new EvaluationLimitExceeded(loc, refused);
}

/** The work and module instances of one root module's evaluation. */
export class EvaluationBudget {
  private work = 0;
  private modules = 0;
  /** Once spent, every later check fails with the first error, so it is reported once. */
  private spent: EvaluationLimitExceeded | undefined;

  /** One expression evaluated. */
  evaluation(loc: Location): void {
    this.charge(EVALUATION_COST, loc);
  }

  /** Work proportional to the size of `values` (a comparison, a conversion to plain data, a value landing in a resource). */
  walk(values: readonly Value[], loc: Location): void {
    let nodes = 0;
    for (const value of values) nodes += sizeOf(value).nodes;
    this.charge(nodes, loc);
  }

  charge(units: number, loc: Location): void {
    if (this.spent) throw this.spent;
    this.work += units;
    if (this.work > EVALUATION_LIMITS.work) {
      this.spent = new EvaluationLimitExceeded(loc, `not checked: evaluating this root module takes more than ${EVALUATION_LIMITS.work.toLocaleString('en-US')} steps; what is not yet evaluated is not checked`);
      throw this.spent;
    }
  }

  /** The first module call refused for the number of module instances: calls past the limit are not loaded. */
  moduleRefusal: EvaluationLimitExceeded | undefined;

  /** Counts one more module instance; false (and the refusal recorded once) past the limit. */
  moduleInstance(loc: Location): boolean {
    if (++this.modules <= EVALUATION_LIMITS.moduleInstances) return true;
    this.moduleRefusal ??= new EvaluationLimitExceeded(loc, `not checked: the root module calls more than ${EVALUATION_LIMITS.moduleInstances.toLocaleString('en-US')} module instances; calls past that are not loaded`);
    return false;
  }
}

/** The load error for an exceeded limit: at the expression, saying what is not checked. */
export function limitError(err: EvaluationLimitExceeded, fallbackFile: string): LoadError {
  const message = `${err.message} (a limit on evaluating Terraform; see "Resource limits" in docs/security.md)`;
  const loc = err.loc;
  return loc.kind === 'source' ? { file: loc.file, line: loc.start.line, column: loc.start.column, message } : { file: fallbackFile, message };
}
