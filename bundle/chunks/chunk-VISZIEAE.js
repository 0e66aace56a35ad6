import {
  escapeUntrusted
} from "./chunk-EMSR244R.js";

// src/cli/output-file.ts
async function writeOutputFile(file, write) {
  try {
    await write();
    return true;
  } catch (error) {
    process.stderr.write(`sagelint: cannot write ${escapeUntrusted(`${file}: ${error.message}`)}
`);
    return false;
  }
}

export {
  writeOutputFile
};
