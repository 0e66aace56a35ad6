/** Minimal ANSI styling; a painter with color off returns text unchanged. */

const CODES = {
  bold: [1, 22],
  dim: [2, 22],
  underline: [4, 24],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
} as const;

export type Style = keyof typeof CODES;
export type Paint = (text: string, ...styles: Style[]) => string;

export function painter(color: boolean): Paint {
  if (!color) return (text) => text;
  return (text, ...styles) =>
    text === '' ? text : styles.reduce((styled, style) => `\u001b[${CODES[style][0]}m${styled}\u001b[${CODES[style][1]}m`, text);
}
