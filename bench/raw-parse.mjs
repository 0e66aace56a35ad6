// The raw parse reference: in this one process, js-yaml `load` of every YAML
// file and `JSON.parse` of every JSON file under a folder, reading included.
// Prints {"files", "bytes", "seconds"} as JSON. Usage: node bench/raw-parse.mjs DIR
import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, defineMappingTag, defineScalarTag, defineSequenceTag, load } from 'js-yaml';
import { listFiles } from './files.mjs';

/** CloudFormation short-form tags (`!Ref`, `!Sub`, …) in their long form, as templates mean them. */
const longName = (tag) => (tag === '!Ref' || tag === '!Condition' ? tag.slice(1) : `Fn::${tag.slice(1)}`);
const anyTag = { matchByTagPrefix: true, identify: () => false };
const CLOUDFORMATION_SCHEMA = CORE_SCHEMA.withTags(
  defineScalarTag('!', { ...anyTag, resolve: (source, _explicit, tag) => ({ [longName(tag)]: source }) }),
  defineSequenceTag('!', {
    ...anyTag,
    create: (tag) => ({ tag, items: [] }),
    addItem: (carrier, item) => {
      carrier.items.push(item);
    },
    finalize: (carrier) => ({ [longName(carrier.tag)]: carrier.items }),
  }),
  defineMappingTag('!', {
    ...anyTag,
    create: (tag) => ({ tag, map: {} }),
    addPair: (carrier, key, value) => {
      carrier.map[key] = value;
      return '';
    },
    has: (carrier, key) => Object.hasOwn(carrier.map, key),
    keys: (result) => Object.keys(result),
    get: (result, key) => result[key],
    finalize: (carrier) => ({ [longName(carrier.tag)]: carrier.map }),
  }),
);

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node bench/raw-parse.mjs DIR\n');
  process.exit(2);
}
const files = listFiles(dir, /\.(ya?ml|json|template)$/);
const started = process.hrtime.bigint();
let bytes = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  bytes += Buffer.byteLength(text);
  if (file.endsWith('.json')) JSON.parse(text);
  else load(text, { schema: CLOUDFORMATION_SCHEMA });
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
process.stdout.write(`${JSON.stringify({ files: files.length, bytes, seconds })}\n`);
