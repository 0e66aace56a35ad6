/** Output files the user names, shared by every command that writes one (light to import: `merge` needs no engine). */
import { escapeUntrusted } from '../report/untrusted-text.js';

/**
 * Writes a file the user named (a report, a baseline, a snapshot). A folder
 * that does not exist or a missing permission is theirs to fix, not a crash:
 * it is reported with the file name, and the caller exits with 2.
 */
export async function writeOutputFile(file: string, write: () => Promise<void>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    process.stderr.write(`sagelint: cannot write ${escapeUntrusted(`${file}: ${(error as Error).message}`)}\n`);
    return false;
  }
}
