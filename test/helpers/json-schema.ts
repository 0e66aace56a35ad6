/** JSON Schema validation (draft 2020-12, formats checked) with readable errors. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export interface SchemaCheck {
  valid: boolean;
  /** `instancePath message` per violation, e.g. `/runs/0/results/0/level must be equal to one of the allowed values`. */
  errors: string[];
}

/**
 * `strict` also checks the schema itself (unknown keywords, `required` naming
 * undeclared properties): on for schemas of this project, off for vendored ones
 * written in a looser style.
 */
export function createValidator(schema: object, { strict }: { strict: boolean }): (data: unknown) => SchemaCheck {
  // Two strict checks are Ajv's style, not JSON Schema's: a `required` inside
  // if/then/else names properties declared by the enclosing schema, and
  // `"type": [a, b]` is plain JSON Schema.
  const ajv = new Ajv2020({ allErrors: true, strict, strictRequired: false, allowUnionTypes: true });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  return (data) => {
    const valid = validate(data);
    return { valid, errors: (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`) };
  };
}
