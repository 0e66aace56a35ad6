
// src/report/untrusted-text.ts
var UNSAFE_CHARACTER = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]/g;
var LEGACY_COMMAND = /##\[/g;
var LEADING_COMMAND = /^(\s*):(?=:)/;
function escapeUntrusted(text) {
  return text.replace(UNSAFE_CHARACTER, controlPicture).replace(LEGACY_COMMAND, "##［").replace(LEADING_COMMAND, "$1：");
}
function escapeUntrustedLines(text) {
  return text.split("\n").map((line) => line.endsWith("\r") ? `${escapeUntrusted(line.slice(0, -1))}\r` : escapeUntrusted(line)).join("\n");
}
function controlPicture(character) {
  const code = character.charCodeAt(0);
  if (code < 32) return String.fromCharCode(9216 + code);
  if (code === 127) return "␡";
  return "�";
}
var JSON_UNSAFE_CHARACTER = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]/g;
function inertJson(text) {
  return text.replace(JSON_UNSAFE_CHARACTER, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).replace(LEGACY_COMMAND, "##\\u005b");
}
var HTML_UNSAFE_CHARACTER = new RegExp(`[&<>"']|${UNSAFE_CHARACTER.source}`, "g");
function inertHtml(text) {
  return text.replace(HTML_UNSAFE_CHARACTER, (c) => `&#${c.charCodeAt(0)};`).replace(LEGACY_COMMAND, "##&#91;");
}

export {
  escapeUntrusted,
  escapeUntrustedLines,
  inertJson,
  inertHtml
};
