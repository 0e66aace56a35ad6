// Loaded with `node --import`: appends every module the process loads (ES
// modules as resolved URLs, CommonJS ones as file paths, built-ins taken with
// `process.getBuiltinModule` by their `node:` names) to the file named by
// SAGELINT_TEST_LOADS, one a line, so a test can tell what a command loaded.
import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';

const log = process.env.SAGELINT_TEST_LOADS;
if (!log) throw new Error('record-loads.mjs needs SAGELINT_TEST_LOADS');

const hooks = `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  appendFileSync(${JSON.stringify(log)}, resolved.url + '\\n');
  return resolved;
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);

// require() (createRequire) does not pass through the hooks above on every Node.js version.
const load = Module._load;
Module._load = function (request, parent, ...rest) {
  let file = request;
  try {
    file = Module._resolveFilename(request, parent);
  } catch {
    // Left to the real load to report.
  }
  appendFileSync(log, `${file}\n`);
  return load.call(this, request, parent, ...rest);
};

// Node.js built-ins taken where they are used, without an import.
const getBuiltinModule = process.getBuiltinModule;
process.getBuiltinModule = function (id) {
  appendFileSync(log, `${id.startsWith('node:') ? id : `node:${id}`}\n`);
  return getBuiltinModule.call(this, id);
};
