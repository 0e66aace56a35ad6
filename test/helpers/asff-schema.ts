/** Checks ASFF findings against the model of the AWS SDK's Security Hub client, the shape BatchImportFindings accepts. */
// The module ships no type declarations.
const SDK_SCHEMAS: string = '@aws-sdk/client-securityhub/dist-es/schemas/schemas_0.js';
export const { AwsSecurityFinding$ } = (await import(SDK_SCHEMAS)) as { AwsSecurityFinding$: unknown };

/**
 * The problems of `value` against a Smithy schema of the SDK: a struct is
 * `[3, ns, name, traits, memberNames, memberSchemas, requiredCount]` (its first
 * `requiredCount` members required), a list `[1, ns, name, traits, member]`, a
 * map `[2, ns, name, traits, key, value]`, a scalar 0 (string), 1 (number),
 * 2 (boolean), `64 | x` a list of x and `128 | x` a map of x; a member schema
 * may be a function returning its schema.
 */
export function schemaProblems(schema: unknown, value: unknown, at = '$'): string[] {
  const resolved = typeof schema === 'function' ? (schema as () => unknown)() : schema;
  if (typeof resolved === 'number') {
    if (resolved & 64) return listProblems(resolved & ~64, value, at);
    if (resolved & 128) return mapProblems(resolved & ~128, value, at);
    const expected = ({ 0: 'string', 1: 'number', 2: 'boolean' } as Record<number, string>)[resolved];
    if (!expected) return [`${at}: unsupported scalar schema ${resolved}`];
    return typeof value === expected ? [] : [`${at}: ${JSON.stringify(value)} is not a ${expected}`];
  }
  if (!Array.isArray(resolved)) return [`${at}: unknown schema ${String(resolved)}`];
  switch (resolved[0]) {
    case 0:
      return schemaProblems(resolved[4], value, at);
    case 1:
      return listProblems(resolved[4], value, at);
    case 2:
      return mapProblems(resolved[5], value, at);
    case 3: {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${at}: not an object`];
      const names = resolved[4] as string[];
      const members = resolved[5] as unknown[];
      const required = (resolved[6] as number | undefined) ?? 0;
      const record = value as Record<string, unknown>;
      return [
        ...names.slice(0, required).filter((name) => record[name] === undefined).map((name) => `${at}.${name}: required`),
        ...Object.entries(record).flatMap(([name, member]) => {
          const i = names.indexOf(name);
          return i < 0 ? [`${at}.${name}: unknown member`] : schemaProblems(members[i], member, `${at}.${name}`);
        }),
      ];
    }
    default:
      return [`${at}: unsupported schema kind ${String(resolved[0])}`];
  }
}

function listProblems(member: unknown, value: unknown, at: string): string[] {
  if (!Array.isArray(value)) return [`${at}: not a list`];
  return value.flatMap((item, i) => schemaProblems(member, item, `${at}[${i}]`));
}

function mapProblems(member: unknown, value: unknown, at: string): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${at}: not a map`];
  return Object.entries(value).flatMap(([key, item]) => schemaProblems(member, item, `${at}.${key}`));
}

