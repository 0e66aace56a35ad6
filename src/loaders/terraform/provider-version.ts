/**
 * Which AWS provider versions a configuration runs with: the version pinned in
 * `.terraform.lock.hcl`, else what every `required_providers` constraint allows.
 * Some defaults changed between major versions (Redshift `publicly_accessible`
 * was true before 6.0), so an omitted argument's default can be certain, or
 * one of two with the reason.
 */
import type { Location } from '../../model/location.js';
import type { Scalar, Value } from '../../model/value.js';
import { blocksOf, literalString, type HclBody, type HclExpr } from './hcl-ast.js';
import type { ProviderDefault } from './resource-tables.js';
import { scalarAt } from './values.js';

type Version = [number, number, number];

interface Bound {
  version: Version;
  inclusive: boolean;
}

export interface AwsProviderVersions {
  lower?: Bound;
  upper?: Bound;
  /** Where the knowledge comes from, for messages. */
  source?: string;
}

export const UNCONSTRAINED: AwsProviderVersions = {};

function parseVersion(text: string): Version | undefined {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)] : undefined;
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** The versions a constraint such as `>= 4.0, < 6.0` or `~> 5.31` allows. */
export function parseConstraint(constraint: string, source: string): AwsProviderVersions {
  let result: AwsProviderVersions = { source };
  for (const part of constraint.split(',')) {
    const m = /^\s*(~>|>=|<=|!=|=|>|<)?\s*(\S+)\s*$/.exec(part);
    const version = m && parseVersion(m[2]!);
    if (!m || !version) continue;
    const op = m[1] ?? '=';
    const segments = m[2]!.replace(/^v/, '').split('.').length;
    switch (op) {
      case '=':
        result = intersect(result, { lower: { version, inclusive: true }, upper: { version, inclusive: true } });
        break;
      case '>=':
      case '>':
        result = intersect(result, { lower: { version, inclusive: op === '>=' } });
        break;
      case '<=':
      case '<':
        result = intersect(result, { upper: { version, inclusive: op === '<=' } });
        break;
      case '~>': {
        // Only the right-most written component may grow: `~> 5` is `>= 5`, `~> 5.1` is `< 6.0`, `~> 5.1.0` is `< 5.2.0`.
        const next: Version | undefined = segments >= 3 ? [version[0], version[1] + 1, 0] : segments === 2 ? [version[0] + 1, 0, 0] : undefined;
        result = intersect(result, { lower: { version, inclusive: true }, ...(next ? { upper: { version: next, inclusive: false } } : {}) });
        break;
      }
    }
  }
  return result;
}

/** Versions allowed by both. */
export function intersect(a: AwsProviderVersions, b: AwsProviderVersions): AwsProviderVersions {
  const lower = !a.lower ? b.lower : !b.lower ? a.lower : compare(a.lower.version, b.lower.version) >= 0 ? a.lower : b.lower;
  const upper = !a.upper ? b.upper : !b.upper ? a.upper : compare(a.upper.version, b.upper.version) <= 0 ? a.upper : b.upper;
  const source = [a.source, b.source].filter(Boolean).join('; ') || undefined;
  return { lower, upper, source };
}

/** The AWS provider constraints a module declares (`required_providers`, or a legacy `provider` `version`). */
export function awsConstraintsOf(body: HclBody, file: string): AwsProviderVersions[] {
  const out: AwsProviderVersions[] = [];
  for (const terraform of blocksOf(body, 'terraform')) {
    for (const required of blocksOf(terraform.body, 'required_providers')) {
      for (const [name, attribute] of required.body.attributes) {
        const constraint = requirementVersion(name, attribute.expr);
        if (constraint) out.push(parseConstraint(constraint, `required_providers in ${file} allows ${constraint}`));
      }
    }
  }
  for (const provider of blocksOf(body, 'provider', 'aws')) {
    const constraint = literalString(provider.body.attributes.get('version')?.expr);
    if (constraint) out.push(parseConstraint(constraint, `provider "aws" in ${file} allows ${constraint}`));
  }
  return out;
}

function requirementVersion(name: string, expr: HclExpr): string | undefined {
  if (expr.kind !== 'object') return name === 'aws' ? literalString(expr) : undefined;
  const field = (key: string) => expr.items.find((i) => i.key.kind === 'variable' && i.key.name === key)?.value;
  const source = literalString(field('source'));
  const isAws = source ? /(^|\/)hashicorp\/aws$/i.test(source) : name === 'aws';
  return isAws ? literalString(field('version')) : undefined;
}

/** The version `.terraform.lock.hcl` pins for the AWS provider. */
export function lockedAwsVersion(body: HclBody, file: string): AwsProviderVersions | undefined {
  for (const provider of blocksOf(body, 'provider')) {
    if (!/(^|\/)hashicorp\/aws$/i.test(provider.labels[0] ?? '')) continue;
    const version = literalString(provider.body.attributes.get('version')?.expr);
    const parsed = version && parseVersion(version);
    if (parsed) return { lower: { version: parsed, inclusive: true }, upper: { version: parsed, inclusive: true }, source: `${file} pins ${version}` };
  }
  return undefined;
}

/**
 * The default of a property that changed in a major version: certain when every
 * allowed version is on one side, otherwise a choice saying which versions give which.
 */
export function versionedDefault(versions: AwsProviderVersions, change: ProviderDefault, loc: Location): Value {
  const boundary: Version = [change.changedIn, 0, 0];
  const { lower, upper } = versions;
  const allBefore = upper && (compare(upper.version, boundary) < 0 || (!upper.inclusive && compare(upper.version, boundary) === 0));
  const allAfter = lower && compare(lower.version, boundary) >= 0;
  if (allBefore) return scalarAt(loc, change.before);
  if (allAfter) return scalarAt(loc, change.after);
  const why = versions.source ?? 'the configuration does not constrain the AWS provider version';
  const option = (v: Scalar, via: string) => ({ via, value: scalarAt(loc, v) });
  return {
    t: 'oneOf',
    loc,
    options: [
      option(change.before, `the AWS provider is older than ${change.changedIn}.0 (${why})`),
      option(change.after, `the AWS provider is ${change.changedIn}.0 or newer`),
    ],
  };
}
