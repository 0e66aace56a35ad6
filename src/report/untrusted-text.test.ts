import { describe, expect, it } from 'vitest';
import { escapeUntrusted, escapeUntrustedLines, inertHtml, inertJson } from './untrusted-text.js';

describe('escapeUntrusted', () => {
  it('shows each control character as one visible character and keeps tabs', () => {
    expect(escapeUntrusted('a\nb\r\nc\u001b[31md\u0007\u007f\u009b\u0085\tz')).toBe('a\u240ab\u240d\u240ac\u241b[31md\u2407\u2421\uFFFD\uFFFD\tz');
  });

  it('shows line separators and bidirectional controls as U+FFFD', () => {
    expect(escapeUntrusted('x\u2028y\u2029\u202eeurt\u2066')).toBe('x\uFFFDy\uFFFD\uFFFDeurt\uFFFD');
  });

  it('neutralises GitHub workflow commands: `##[` anywhere and `::` at the start', () => {
    expect(escapeUntrusted('a ##[add-mask]b ##[stop-commands]c')).toBe('a ##\uFF3Badd-mask]b ##\uFF3Bstop-commands]c');
    expect(escapeUntrusted('::error::x')).toBe('\uFF1A:error::x');
    expect(escapeUntrusted('  \u00a0::add-mask::x')).toBe('  \u00a0\uFF1A:add-mask::x');
    expect(escapeUntrusted('arn:aws:iam::123456789012:role/x')).toBe('arn:aws:iam::123456789012:role/x');
    expect(escapeUntrusted('x\n::error::y')).toBe('x\u240a::error::y');
  });
});

describe('escapeUntrustedLines', () => {
  it('keeps line breaks (LF or CRLF) and makes each line inert', () => {
    expect(escapeUntrustedLines('a\r\n::error::b\n  ##[add-mask]c\u001b\rd\n')).toBe('a\r\n\uFF1A:error::b\n  ##\uFF3Badd-mask]c\u241b\u240dd\n');
  });
});

describe('inertJson', () => {
  it('escapes what JSON.stringify leaves raw, and the data reads back the same', () => {
    const value = { a: '\u009b31m ##[add-mask]x \u2028 \u202e \u007f' };
    const text = inertJson(JSON.stringify(value));
    expect(text).toBe('{"a":"\\u009b31m ##\\u005badd-mask]x \\u2028 \\u202e \\u007f"}');
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('inertHtml', () => {
  it('escapes every character that could end text or an attribute value', () => {
    expect(inertHtml(`<a href="x" title='y'>&</a>`)).toBe('&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;');
  });

  it('writes line breaks, control characters and `##[` as character references, which read back the same', () => {
    const text = 'a\n::error::b\r\u001b[2J\u202e ##[add-mask]c\td';
    const html = inertHtml(text);
    expect(html).toBe('a&#10;::error::b&#13;&#27;[2J&#8238; ##&#91;add-mask]c\td');
    expect(html.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))).toBe(text);
  });
});
