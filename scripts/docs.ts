// `npm run docs`: regenerate rule pages, the README rule table and the config schema.
import { writeGeneratedDocs } from '../src/docs/generate.js';

const count = writeGeneratedDocs(process.cwd());
process.stdout.write(`docs written for ${count} rules\n`);
