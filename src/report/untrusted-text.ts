/**
 * Text from the scanned inputs (values, names, file names, comments, and the
 * messages that quote them) is attacker-controlled on a pull request. Written
 * as it is, a line break lets it start a line of its own in a CI log, where
 * `::add-mask::`, `::error` or `##[stop-commands]` are commands to GitHub
 * Actions, and an escape sequence rewrites the terminal or makes a link. Every
 * human-readable output passes such text through `escapeUntrusted`; JSON text
 * goes through `inertJson`, HTML text through `inertHtml`.
 */

/**
 * C0 controls but tab, DEL, C1 controls (8-bit CSI and OSC among them), the
 * Unicode line and paragraph separators, and bidirectional controls (text that
 * reads differently than it parses).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CHARACTER = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]/g;

/** GitHub's older command syntax, recognised anywhere in a line (`##[add-mask]…`). */
const LEGACY_COMMAND = /##\[/g;
/** GitHub's command syntax, recognised at the start of a line after blanks (`::error::…`). */
const LEADING_COMMAND = /^(\s*):(?=:)/;

/**
 * `text` as one inert line: each unsafe character becomes one visible
 * character (a C0 control its Unicode control picture, `\n` → `␊`, `\r` → `␍`,
 * ESC → `␛`; the others U+FFFD), so code frames keep their columns; `##[` and
 * a leading `::` get a full-width bracket or colon, so no CI runner reads a
 * command in it wherever it lands in a line. Tabs stay.
 */
export function escapeUntrusted(text: string): string {
  return text.replace(UNSAFE_CHARACTER, controlPicture).replace(LEGACY_COMMAND, '##\uFF3B').replace(LEADING_COMMAND, '$1\uFF1A');
}

/**
 * Text of several lines (a diff, a stack trace) with each line made inert by
 * `escapeUntrusted`: its line breaks stay, `\n` or `\r\n`, and any other
 * control character (a lone `\r` among them) is shown.
 */
export function escapeUntrustedLines(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.endsWith('\r') ? `${escapeUntrusted(line.slice(0, -1))}\r` : escapeUntrusted(line)))
    .join('\n');
}

function controlPicture(character: string): string {
  const code = character.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return '\uFFFD';
}

/** Characters JSON.stringify leaves raw that a terminal or log would act on. */
const JSON_UNSAFE_CHARACTER = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]/g;

/**
 * JSON text (from JSON.stringify) that means the same data but shows no raw
 * control character and no `##[`: those are written as `\uXXXX` escapes, which
 * every JSON reader turns back into the same string. JSON.stringify already
 * escapes line breaks and the other C0 controls.
 */
export function inertJson(text: string): string {
  return text
    .replace(JSON_UNSAFE_CHARACTER, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(LEGACY_COMMAND, '##\\u005b');
}

/** Markup, and the characters escapeUntrusted makes visible. */
const HTML_UNSAFE_CHARACTER = new RegExp(`[&<>"']|${UNSAFE_CHARACTER.source}`, 'g');

/**
 * Text for HTML element content or a quoted attribute value: markup, control
 * characters and line breaks are written as numeric character references and
 * `##[` as `##&#91;`, so a browser reads the same text (a filter's option
 * value still equals the data it filters) while the HTML source, shown in a
 * log when the report goes to stdout, holds no escape sequence and no line an
 * input starts.
 */
export function inertHtml(text: string): string {
  return text.replace(HTML_UNSAFE_CHARACTER, (c) => `&#${c.charCodeAt(0)};`).replace(LEGACY_COMMAND, '##&#91;');
}
