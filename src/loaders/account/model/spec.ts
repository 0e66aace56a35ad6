/**
 * What mapping a record of the snapshot takes: the per-kind `Spec` (identity,
 * canonical properties, where its tags come from), and the context every record
 * is mapped in (names to resolve references by, notes). The specs themselves
 * live by AWS service beside this file.
 */
import type { Path } from '../../../model/location.js';
import type { ResourceKind } from '../../../model/resource.js';
import type { Value } from '../../../model/value.js';
import { decodeJsonDocument, type LiveValues } from '../live-values.js';

/** How a record's tags are known: from ListTags or the Tagging API (absent = unreadable), inline in the description (absent = none), or not at all. */
export type TagSource = 'listed' | 'inline' | 'none';

export interface Spec<R> {
  kind: ResourceKind;
  /** The API shape the record is (Resource.type of live resources). */
  type: string;
  arn(record: R, where: Where): string | undefined;
  name?(record: R): string | undefined;
  /** Physical identifiers other resources use to refer to it (sg-…, subnet-…, a domain ID). */
  ids?(record: R): (string | undefined)[];
  /** The canonical properties; a list of parts when the record declares several resources, or none. */
  props(record: R, values: LiveValues, ctx: MappingContext): Value | Part[];
  tags: TagSource;
  /** Whether the record is judged at all (default: every record is). */
  include?(record: R): boolean;
}

/** How each collection of a service's state maps, in the order its resources are listed; collections without one are read by others. */
export type SpecTable<S> = { [K in keyof S]?: Spec<S[K] extends readonly (infer R)[] ? R : never> };

/**
 * One of the resources a record declares: a tuning job declares a job per
 * training definition, identified by the tuning job's ARN and the definition's name.
 */
export interface Part {
  props: Value;
  /** Appended to the record's ARN (`<arn>/<suffix>`) to identify the part. */
  suffix?: string;
}

export interface Where {
  account: string;
  partition: string;
  region: string;
}

export interface Source {
  spec: Spec<never>;
  record: object;
  where: Where;
  /** Where the record sits in the snapshot, for messages. */
  path: string;
}

/** What mapping one record needs from the others: names to resolve references by, and a place for notes. */
export class MappingContext {
  private readonly nameCounts = new Map<string, number>();
  private readonly byName = new Map<string, string>();
  /** What the mapping could not take in, said in the unit's notes. */
  readonly notes: string[] = [];

  constructor(sources: readonly Source[]) {
    for (const { spec, record, where } of sources) {
      const name = spec.name?.(record as never);
      const arn = spec.arn(record as never, where);
      if (!name || !arn) continue;
      this.nameCounts.set(name, (this.nameCounts.get(name) ?? 0) + 1);
      this.byName.set(this.key(spec.kind, where.region, name), arn);
    }
  }

  isUniqueName(name: string): boolean {
    return this.nameCounts.get(name) === 1;
  }

  /**
   * A property that names another resource: the name itself when it is an alias
   * (unique in the account), else a reference to the ARN of the resource of that
   * kind in the same region; the plain name when there is no such resource.
   */
  byNameOf(values: LiveValues, kind: ResourceKind, name: unknown, apiPath: Path): Value | undefined {
    if (name === undefined || name === null) return undefined;
    if (typeof name !== 'string') return values.plain(name, apiPath);
    const target = this.byName.get(this.key(kind, values.origin.region, name));
    return target && !this.isUniqueName(name) ? values.ref(target, name, apiPath) : values.scalar(name, apiPath);
  }

  /** A policy document decoded into a value; unknown (and a note) when it cannot be decoded. */
  document(values: LiveValues, document: unknown, apiPath: Path): Value | undefined {
    if (document === undefined || document === null) return undefined;
    const decoded = decodeJsonDocument(document);
    if (decoded) return values.plain(decoded, apiPath);
    this.notes.push(`${values.origin.arn}: the policy document at ${apiPath.join('.')} is neither JSON nor URL-encoded JSON; rules see it as unknown`);
    return values.unknown('the policy document could not be decoded', apiPath);
  }

  private key(kind: ResourceKind, region: string, name: string): string {
    return `${kind}\u0000${region}\u0000${name}`;
  }
}

/** Records whose API names are already CloudFormation's. */
export const asIs = (record: object, values: LiveValues): Value => values.record(record);
