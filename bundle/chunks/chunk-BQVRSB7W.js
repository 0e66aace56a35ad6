// src/loaders/source-text.ts
import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";
import { open } from "node:fs/promises";
var DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
async function readSourceText(absPath, maxBytes = DEFAULT_MAX_FILE_BYTES) {
  let handle;
  try {
    handle = await open(absPath, OPEN_FLAGS);
  } catch (err) {
    return cannotRead(err);
  }
  try {
    return refusal(await handle.stat(), maxBytes) ?? decodeSource(await handle.readFile());
  } catch (err) {
    return cannotRead(err);
  } finally {
    await handle.close();
  }
}
function readSourceTextSync(absPath, maxBytes = DEFAULT_MAX_FILE_BYTES) {
  let fd;
  try {
    fd = openSync(absPath, OPEN_FLAGS);
  } catch (err) {
    return cannotRead(err);
  }
  try {
    return refusal(fstatSync(fd), maxBytes) ?? decodeSource(readFileSync(fd));
  } catch (err) {
    return cannotRead(err);
  } finally {
    closeSync(fd);
  }
}
function refusal(stats, maxBytes) {
  if (stats.isDirectory()) return { ok: false, message: "cannot read file: is a directory" };
  if (!stats.isFile()) return { ok: false, message: `cannot read file: not a regular file (${describeKind(stats)})` };
  return stats.size > maxBytes ? overLimit(stats.size, maxBytes) : void 0;
}
function overLimit(size, maxBytes) {
  return { ok: false, message: `file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit (raise it with --max-file-size)` };
}
function unsavedSourceText(text, maxBytes = DEFAULT_MAX_FILE_BYTES) {
  const size = Buffer.byteLength(text, "utf8");
  return size > maxBytes ? overLimit(size, maxBytes) : decodeSource(Buffer.from(text, "utf8"));
}
function describeKind(stats) {
  if (stats.isFIFO()) return "a named pipe";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  if (stats.isSocket()) return "a socket";
  return "a special file";
}
function cannotRead(err) {
  return { ok: false, message: `cannot read file: ${describeFsError(err)}` };
}
function decodeSource(bytes) {
  if (bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255)) {
    return { ok: false, message: "file is UTF-16 encoded; save it as UTF-8", line: 1, column: 1 };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, message: "file contains NUL bytes (binary data?)", ...positionOfByte(bytes, nul) };
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, message: "file is not valid UTF-8", ...positionOfByte(bytes, firstInvalidUtf8(bytes)) };
  }
}
function positionOfByte(bytes, index) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}
function firstInvalidUtf8(bytes) {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = low + high >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid + 1), { stream: true });
      low = mid + 1;
    } catch {
      high = mid;
    }
  }
  return low;
}
function formatBytes(n) {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
function describeFsError(err) {
  const code = err?.code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "is a directory";
  return err instanceof Error ? err.message : String(err);
}
var PositionMap = class {
  lineStarts = [0];
  constructor(text) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
  }
  at(offset) {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low] + 1, offset };
  }
};

export {
  DEFAULT_MAX_FILE_BYTES,
  readSourceText,
  readSourceTextSync,
  unsavedSourceText,
  describeFsError,
  PositionMap
};
