/**
 * Audit findings located in the snapshot the audit wrote. A live resource has
 * no source file, but its record in the snapshot is a file and a line that
 * GitHub code scanning accepts, so every audit finding can be a SARIF result.
 * Fingerprints do not change: they were computed from the ARN.
 */
import type { Finding } from '../../core/finding.js';
import type { Location, Path, PathSegment, SourceLocation } from '../../model/location.js';
import type { Value } from '../../model/value.js';
import { parseStructuredText } from '../structured-text.js';
import { mapAccountState } from './model.js';
import type { Snapshot } from './snapshot.js';

/**
 * `text` is the snapshot as written (`serializeSnapshot`), `file` its path
 * relative to the report root. Each finding on a live resource moves to the
 * property it is about in the resource's record, or to the record's ARN.
 */
export function locateInSnapshot(findings: readonly Finding[], snapshot: Snapshot, text: string, file: string): Finding[] {
  const parsed = parseStructuredText(text, file);
  if (!parsed.ok) return [...findings];
  const records = recordJsonPaths(snapshot);
  return findings.map((finding) => {
    const { location, resource } = finding;
    if (location.kind !== 'live') return finding;
    const recordPath = records.get(resource.id);
    const record = recordPath && walk(parsed.doc.value, recordPath);
    if (!record || record.value.t !== 'map') return finding;
    // A value read from another record (a subnet's route table) is located at the resource's own record.
    const ownRecord = resource.id === location.arn || resource.id.startsWith(`${location.arn}/`);
    const property = ownRecord ? deepest(record.value, location.path) : undefined;
    const found = property?.reached ?? arnEntry(record.value, location.arn);
    const loc = found && sourceRange(found.keyLoc ?? found.value.loc, found.value.loc, file, [...recordPath, ...(property?.path ?? [])]);
    return loc ? { ...finding, location: loc } : finding;
  });
}

/** Where each resource's record is in the snapshot, as a JSON path, by resource ID. */
function recordJsonPaths(snapshot: Snapshot): Map<string, Path> {
  const paths = new Map<string, Path>();
  snapshot.accounts.forEach((account, accountIndex) => {
    const regionIndex = new Map(account.regions.map((r, i) => [r.region, i]));
    for (const [id, at] of mapAccountState(account).recordPaths) {
      const match = /^accounts\[[^\]]+\]\.(?:regions\[([^\]]+)\]\.)?(\w+)\.(\w+)\[(\d+)\]$/.exec(at);
      if (!match) continue;
      const [, region, service, collection, index] = match;
      const regional = region === undefined ? [] : ['regions', regionIndex.get(region) ?? -1];
      paths.set(id, ['accounts', accountIndex, ...regional, service!, collection!, Number(index)]);
    }
  });
  return paths;
}

interface Reached {
  value: Value;
  /** The key the value is written under, when it is a map entry. */
  keyLoc?: Location;
}

/** The node at `path`; undefined when the path leaves the document. */
function walk(root: Value, path: Path): Reached | undefined {
  let reached: Reached = { value: root };
  for (const segment of path) {
    const next = step(reached.value, segment);
    if (!next) return undefined;
    reached = next;
  }
  return reached;
}

/**
 * The deepest node on `path` below `from`, and the path to it; undefined when
 * not even the first step exists. A property decoded from a string (a policy
 * document) is located at the string.
 */
function deepest(from: Value, path: Path): { reached: Reached; path: Path } | undefined {
  let reached: Reached | undefined;
  let depth = 0;
  for (const segment of path) {
    const next = step(reached?.value ?? from, segment);
    if (!next) break;
    reached = next;
    depth++;
  }
  return reached && { reached, path: path.slice(0, depth) };
}

function step(value: Value, segment: PathSegment): Reached | undefined {
  if (value.t === 'map' && typeof segment === 'string') {
    const entry = value.entries.get(segment);
    return entry && { value: entry, keyLoc: value.keyLocs.get(segment) };
  }
  if (value.t === 'list' && typeof segment === 'number') {
    const item = value.items[segment];
    return item && { value: item };
  }
  return undefined;
}

/**
 * The record's entry that holds its ARN, or the identifier the ARN ends with
 * (a line unique to the resource), else its first entry.
 */
function arnEntry(record: Value & { t: 'map' }, arn: string): Reached | undefined {
  const id = arn.split(/[/:]/).pop();
  for (const match of [arn, id]) {
    for (const [key, value] of record.entries) {
      if (value.t === 'scalar' && value.v === match) return { value, keyLoc: record.keyLocs.get(key) };
    }
  }
  const [first] = record.entries;
  return first && { value: first[1], keyLoc: record.keyLocs.get(first[0]) };
}

function sourceRange(start: Location, end: Location, file: string, path: Path): SourceLocation | undefined {
  if (start.kind !== 'source' || end.kind !== 'source') return undefined;
  return { kind: 'source', file, start: start.start, end: end.end, path, readOnly: true };
}
