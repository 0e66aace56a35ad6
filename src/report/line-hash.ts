/**
 * GitHub code scanning's `primaryLocationLineHash`: the value the CodeQL action
 * computes for results that lack one. Emitting the identical value lets GitHub
 * track an alert across commits, and the action does not warn about a mismatch.
 *
 * The hash of a line is a polynomial hash (base 37, modulo 2^64) of the 100
 * characters that follow the start of the line in a normalized stream of the
 * file: spaces and tabs dropped, CR and CRLF turned into LF, a U+FFFF marker at
 * the end of the file, then zeros. Identical hashes are told apart by a 1-based
 * occurrence count: `hash:count`.
 */

const WINDOW = 100;
const BASE = 37n;
const END_OF_FILE = 0xffff;
const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
/** BASE^WINDOW: the weight of the character that leaves the window. */
const LEAVING_WEIGHT = BigInt.asUintN(64, BASE ** BigInt(WINDOW));

/** The hashes of every line of `text`, in order (index 0 is line 1). */
export function computeLineHashes(text: string): string[] {
  const { units, lineStarts } = normalize(text);
  const hashes: string[] = [];
  const seen = new Map<string, number>();
  let hash = 0n;
  let nextLine = 0;
  // Roll over the stream plus WINDOW trailing zeros; a line's hash is complete
  // once the last of its WINDOW characters has entered.
  for (let i = 0; i < units.length + WINDOW && nextLine < lineStarts.length; i++) {
    const entering = i < units.length ? units[i]! : 0;
    const leaving = i >= WINDOW && i - WINDOW < units.length ? units[i - WINDOW]! : 0;
    hash = BigInt.asUintN(64, hash * BASE + BigInt(entering) - LEAVING_WEIGHT * BigInt(leaving));
    if (i - (WINDOW - 1) === lineStarts[nextLine]) {
      const hex = hash.toString(16);
      const count = (seen.get(hex) ?? 0) + 1;
      seen.set(hex, count);
      hashes.push(`${hex}:${count}`);
      nextLine++;
    }
  }
  return hashes;
}

/** The normalized character stream and the stream index where each line starts. */
function normalize(text: string): { units: Uint16Array; lineStarts: number[] } {
  const units = new Uint16Array(text.length + 1);
  const lineStarts: number[] = [];
  let length = 0;
  let atLineStart = true;
  let afterCR = false;
  const push = (unit: number): void => {
    if (atLineStart) lineStarts.push(length);
    atLineStart = unit === LF;
    units[length++] = unit;
  };
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const wasAfterCR = afterCR;
    afterCR = unit === CR;
    if (unit === SPACE || unit === TAB || (wasAfterCR && unit === LF)) continue;
    push(unit === CR ? LF : unit);
  }
  push(END_OF_FILE);
  return { units: units.subarray(0, length), lineStarts };
}
