/**
 * Values for live resources: canonical (CloudFormation) property names, with
 * locations that point into the API record they came from (ARN + API path).
 */
import type { LiveLocation, Path } from '../../model/location.js';
import { fromPlain } from '../../model/plain.js';
import type { TagSet } from '../../model/resource.js';
import type { MapValue, Value } from '../../model/value.js';
import type { ApiTag } from './snapshot.js';

export interface LiveOrigin {
  arn: string;
  partition: string;
  account: string;
  region: string;
}

/** Builds the values of one resource, all located in its API record. */
export class LiveValues {
  constructor(readonly origin: LiveOrigin) {}

  loc(path: Path): LiveLocation {
    return { kind: 'live', ...this.origin, path };
  }

  /** Plain API data found at `apiPath` of the record. Empty objects are dropped (AWS omits what they stand for). */
  plain(data: unknown, apiPath: Path): Value {
    return this.plainWithoutEmptyObjects(withoutEmptyObjects(data), apiPath);
  }

  private plainWithoutEmptyObjects(data: unknown, apiPath: Path): Value {
    return fromPlain(data, (path) => this.loc(path), apiPath);
  }

  /** A map of canonical keys; entries left undefined are omitted. */
  map(entries: Iterable<readonly [string, Value | undefined]>, apiPath: Path = []): MapValue {
    const values = new Map<string, Value>();
    const keyLocs = new Map<string, LiveLocation>();
    for (const [key, value] of entries) {
      if (value === undefined) continue;
      values.set(key, value);
      keyLocs.set(key, value.loc.kind === 'live' ? value.loc : this.loc([...apiPath, key]));
    }
    return { t: 'map', loc: this.loc(apiPath), entries: values, keyLocs };
  }

  list(items: Value[], apiPath: Path): Value {
    return { t: 'list', loc: this.loc(apiPath), items };
  }

  scalar(v: string | number | boolean, apiPath: Path): Value {
    return { t: 'scalar', v, loc: this.loc(apiPath) };
  }

  /** A reference to another resource of the snapshot, by the ARN it answers to. */
  ref(targetArn: string, text: string, apiPath: Path): Value {
    return { t: 'ref', target: targetArn, text, loc: this.loc(apiPath) };
  }

  unknown(reason: string, apiPath: Path): Value {
    return { t: 'unknown', reason, loc: this.loc(apiPath) };
  }

  /**
   * The record's properties, with `overrides` applied: a key set to a value is
   * added or replaced (a renamed or reshaped property), a key set to undefined is
   * removed (the API name of a renamed property).
   */
  record(record: object, overrides: Record<string, Value | undefined> = {}, apiPath: Path = []): MapValue {
    const own = Object.entries(withoutEmptyObjects(record) as object)
      .filter(([key]) => !(key in overrides))
      .map(([key, data]) => [key, data === undefined ? undefined : this.plainWithoutEmptyObjects(data, [...apiPath, key])] as const);
    return this.map([...own, ...Object.entries(overrides)], apiPath);
  }

  /** An optional API field at `apiPath`, as a value (undefined when absent). */
  optional(data: unknown, apiPath: Path): Value | undefined {
    return data === undefined ? undefined : this.plain(data, apiPath);
  }
}

function withoutEmptyObjects(data: unknown): unknown {
  if (Array.isArray(data)) return data.map(withoutEmptyObjects);
  if (data === null || typeof data !== 'object') return data;
  const kept = Object.entries(data)
    .map(([key, value]) => [key, withoutEmptyObjects(value)] as const)
    .filter(([, value]) => !isEmptyObject(value));
  return Object.fromEntries(kept);
}

function isEmptyObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0;
}

/**
 * A JSON policy document as IAM, EC2 or S3 return it: raw JSON, or URL-encoded
 * JSON (IAM's GetAccountAuthorizationDetails and Get*Policy). Undefined when
 * neither reading yields an object.
 */
export function decodeJsonDocument(document: unknown): object | undefined {
  if (document !== null && typeof document === 'object') return document;
  if (typeof document !== 'string') return undefined;
  const text = document.trim();
  for (const candidate of text.startsWith('{') ? [text] : [safeDecodeUri(text), text]) {
    if (candidate === undefined) continue;
    try {
      const parsed: unknown = JSON.parse(candidate);
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed;
    } catch {
      // Try the next reading.
    }
  }
  return undefined;
}

function safeDecodeUri(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/**
 * Tags as a TagSet. `undefined` tags mean they could not be read (`partial`);
 * `absentMeansNone` is for APIs that leave out `Tags` when there are none.
 */
export function liveTagSet(tags: readonly ApiTag[] | undefined, values: LiveValues, absentMeansNone: boolean): TagSet {
  const known = new Map<string, string | undefined>();
  for (const tag of tags ?? []) if (tag.Key !== undefined) known.set(tag.Key, tag.Value);
  return { known, partial: tags === undefined && !absentMeansNone, loc: values.loc(['Tags']) };
}

/** The tags CloudFormation puts on the resources it creates. */
export const STACK_NAME_TAG = 'aws:cloudformation:stack-name';
export const LOGICAL_ID_TAG = 'aws:cloudformation:logical-id';

/** "CloudFormation stack <name>, logical ID <id>" when CloudFormation created the resource. */
export function cloudFormationLabel(tags: TagSet): string | undefined {
  const stack = tags.known.get(STACK_NAME_TAG);
  const logicalId = tags.known.get(LOGICAL_ID_TAG);
  if (!stack && !logicalId) return undefined;
  return [stack && `CloudFormation stack ${stack}`, logicalId && `logical ID ${logicalId}`].filter(Boolean).join(', ');
}
