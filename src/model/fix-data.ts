/**
 * Values of the model as fix data: what a fix may write to mean the same value
 * elsewhere in its input (a literal, or a reference valid where it is written).
 */
import type { Resource } from './resource.js';
import type { Value } from './value.js';

/**
 * A value of `from` as fix data that means the same written into `into` (a
 * list item by item); undefined when it cannot be written there, or is an
 * empty list. For a rule whose fix copies a value the resource already has.
 */
export function asFixData(value: Value, from: Resource, into: Resource): unknown {
  const data = value.t === 'list' ? listData(value.items, from, into) : fixData(value, from, into);
  return Array.isArray(data) && data.length === 0 ? undefined : data;
}

function listData(items: readonly Value[], from: Resource, into: Resource): unknown[] | undefined {
  const out: unknown[] = [];
  for (const item of items) {
    const data = fixData(item, from, into);
    if (data === undefined) return undefined;
    out.push(data);
  }
  return out;
}

/**
 * A value of `from` as fix data that means the same written into `into`: a
 * literal, a reference to a resource or a parameter (`{ Ref }`, `{ 'Fn::GetAtt' }`,
 * relative to the module for Terraform). Undefined for anything else.
 */
function fixData(value: Value, from: Resource, into: Resource): unknown {
  switch (value.t) {
    case 'scalar':
      return typeof value.v === 'string' && value.v !== '' && !/<[a-z0-9-]+>/.test(value.v) ? value.v : undefined;
    case 'ref': {
      if (from.source === 'cloudformation') return value.attribute ? { 'Fn::GetAtt': [value.target, value.attribute] } : { Ref: value.target };
      if (from.source !== 'terraform') return undefined;
      // A Terraform reference means the same only inside the same module.
      const module = modulePrefix(into.id);
      if (modulePrefix(from.id) !== module || !value.target.startsWith(module)) return undefined;
      const address = value.target.slice(module.length);
      return value.attribute ? { 'Fn::GetAtt': [address, value.attribute] } : { Ref: address };
    }
    case 'unknown': {
      // `!Ref Parameter` with no default: the parameter itself.
      const name = from.source === 'cloudformation' ? /^\$\{([A-Za-z0-9:]+)\}$/.exec(value.placeholder ?? '')?.[1] : undefined;
      return name ? { Ref: name } : undefined;
    }
    default:
      return undefined;
  }
}

/** `module.a.module.b.` of `module.a.module.b.aws_x.y`; empty at the root module. */
export function modulePrefix(address: string): string {
  const parts = address.split('.');
  return parts.length > 2 ? `${parts.slice(0, -2).join('.')}.` : '';
}
