// Loaded with `node --import`: reading the managed policy documents fails, so a command that reads them cannot succeed.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const refused = (file) => String(file).includes('aws-managed-policies.json.br');
const { readFileSync } = fs;
fs.readFileSync = function (file, ...rest) {
  if (refused(file)) throw new Error(`refused to read ${String(file)}`);
  return readFileSync.call(this, file, ...rest);
};
const { readFile } = fs.promises;
fs.promises.readFile = function (file, ...rest) {
  if (refused(file)) return Promise.reject(new Error(`refused to read ${String(file)}`));
  return readFile.call(this, file, ...rest);
};
// Modules imported later see the replacements through `import { readFile } from 'node:fs/promises'` too.
syncBuiltinESMExports();
