/**
 * IAM wildcard matching: `*` matches any run of characters (including `/` and
 * `:`), `?` matches one. Policy variables (`${aws:username}`) and placeholders
 * left by deploy-time substitution stay opaque: they match only themselves, so
 * a pattern built around them never counts as a wildcard. `${*}`, `${?}` and
 * `${$}` are IAM's escapes for the literal characters.
 */

type Token = { t: 'char'; c: string } | { t: 'one' } | { t: 'any' } | { t: 'opaque'; text: string };
import { appendAll } from '../collections.js';
import { BoundedCache } from './cache.js';

export interface GlobOptions {
  /** Actions and condition keys compare without case; ARNs do not. */
  ignoreCase?: boolean;
  /** Text that replaces a `${Name}` placeholder before matching (e.g. `AWS::Partition` → `aws`). */
  substitutions?: Readonly<Record<string, string>>;
}

const ESCAPES: Record<string, string> = { '*': '*', '?': '?', $: '$' };

/** Bounds the memory of each pattern's remembered verdicts (a catalog's worth of action IDs fits). */
const MAX_REMEMBERED_VERDICTS = 4096;

export class Glob {
  private readonly tokens: Token[];
  private readonly ignoreCase: boolean;
  /** How `matches` decides without the automaton, for the common shapes (analyses call it per action and per probe). */
  private readonly shortcut: Shortcut;
  private readonly verdicts = new BoundedCache<boolean>(MAX_REMEMBERED_VERDICTS);

  constructor(
    readonly pattern: string,
    options: GlobOptions = {},
  ) {
    this.ignoreCase = options.ignoreCase ?? false;
    this.tokens = tokenize(pattern, options.substitutions ?? {}, this.ignoreCase);
    this.shortcut = shortcutOf(this.tokens);
  }

  /** Whether the pattern matches the whole text. */
  matches(text: string): boolean {
    // Analyses test the same action IDs and probe ARNs against the same patterns over and over.
    return this.verdicts.getOrCompute(text, () => this.decide(text));
  }

  private decide(text: string): boolean {
    const input = this.ignoreCase ? text.toLowerCase() : text;
    const { kind, prefix } = this.shortcut;
    if (kind === 'never') return false;
    if (kind === 'exact') return input === prefix;
    if (!input.startsWith(prefix)) return false;
    if (kind === 'prefix') return true;
    return matchesTokens(this.tokens, SURROGATE.test(input) ? Array.from(input) : input);
  }

  /** Whether some text that starts with `prefix` matches (the pattern does not rule the prefix out). */
  admitsPrefix(prefix: string): boolean {
    return this.run(this.ignoreCase ? prefix.toLowerCase() : prefix).size > 0;
  }

  /**
   * What the pattern can match, for indexes that look texts up instead of
   * matching each: `exact` only `literal`, `prefix` every text that starts
   * with it, `never` nothing, `general` only texts that start with it (then
   * `matches` decides). `literal` is lower-cased when case is ignored.
   */
  get shape(): { kind: Shortcut['kind']; literal: string; ignoreCase: boolean } {
    return { kind: this.shortcut.kind, literal: this.shortcut.prefix, ignoreCase: this.ignoreCase };
  }

  /** True when the pattern has a wildcard (`*` or `?`) outside placeholders. */
  get hasWildcard(): boolean {
    return this.tokens.some((t) => t.t === 'any' || t.t === 'one');
  }

  /** Simulates the pattern as an automaton: the set of token positions alive after reading `input` (already lower-cased if need be). */
  private run(input: string): Set<number> {
    let states = this.closure(new Set([0]));
    for (const ch of input) {
      const next = new Set<number>();
      for (const s of states) {
        const token = this.tokens[s];
        if (!token) continue;
        if (token.t === 'any') next.add(s);
        else if (token.t === 'one' || (token.t === 'char' && token.c === ch)) next.add(s + 1);
      }
      states = this.closure(next);
      if (states.size === 0) break;
    }
    return states;
  }

  /** `*` may match nothing: a state before it is also a state after it. */
  private closure(states: Set<number>): Set<number> {
    for (const s of [...states]) {
      let i = s;
      while (this.tokens[i]?.t === 'any') states.add(++i);
    }
    return states;
  }
}

/** A UTF-16 surrogate: the text has characters beyond one code unit, which `?` and the tokens count whole. */
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Whether the tokens (no opaque ones) match all of `input`, read by character.
 * Wildcard matching that remembers only the last `*`: when the characters
 * after it fail, that `*` takes one more character and the rest is tried
 * again. Only the last `*` needs to be remembered (a later `*` can absorb
 * whatever an earlier one would have), so this allocates nothing and takes
 * linear time for the common shapes, where the set-of-states automaton built a
 * set per character.
 */
function matchesTokens(tokens: readonly Token[], input: string | readonly string[]): boolean {
  let t = 0;
  let i = 0;
  let starToken = -1;
  let starInput = 0;
  while (i < input.length) {
    const token = tokens[t];
    if (token !== undefined && (token.t === 'one' || (token.t === 'char' && token.c === input[i]))) {
      t++;
      i++;
    } else if (token?.t === 'any') {
      starToken = t++;
      starInput = i;
    } else if (starToken !== -1) {
      t = starToken + 1;
      i = ++starInput;
    } else {
      return false;
    }
  }
  while (tokens[t]?.t === 'any') t++;
  return t === tokens.length;
}

/**
 * `exact`: only literal characters; `prefix`: literal characters then one `*`;
 * `never`: an opaque placeholder, which no text gets past; `general`: anything
 * else, where the literal characters before the first wildcard still rule out
 * most texts before the automaton runs.
 */
interface Shortcut {
  kind: 'exact' | 'prefix' | 'never' | 'general';
  prefix: string;
}

function shortcutOf(tokens: readonly Token[]): Shortcut {
  if (tokens.some((t) => t.t === 'opaque')) return { kind: 'never', prefix: '' };
  const literalEnd = tokens.findIndex((t) => t.t !== 'char');
  const prefix = (literalEnd === -1 ? tokens : tokens.slice(0, literalEnd)).map((t) => (t.t === 'char' ? t.c : '')).join('');
  if (literalEnd === -1) return { kind: 'exact', prefix };
  if (literalEnd === tokens.length - 1 && tokens[literalEnd]!.t === 'any') return { kind: 'prefix', prefix };
  return { kind: 'general', prefix };
}

function tokenize(pattern: string, substitutions: Readonly<Record<string, string>>, ignoreCase: boolean): Token[] {
  const tokens: Token[] = [];
  const literal = (text: string) => {
    for (const c of ignoreCase ? text.toLowerCase() : text) tokens.push({ t: 'char', c });
  };
  let i = 0;
  while (i < pattern.length) {
    // By character, as the text is read: a character beyond one UTF-16 code unit is one token.
    const ch = String.fromCodePoint(pattern.codePointAt(i)!);
    if (ch === '$' && pattern[i + 1] === '{') {
      const close = pattern.indexOf('}', i + 2);
      if (close !== -1) {
        const name = pattern.slice(i + 2, close).trim();
        const escaped = ESCAPES[name];
        const substituted = substitutions[name];
        if (escaped !== undefined) literal(escaped);
        else if (substituted !== undefined) appendAll(tokens, tokenize(substituted, {}, ignoreCase));
        else tokens.push({ t: 'opaque', text: pattern.slice(i, close + 1) });
        i = close + 1;
        continue;
      }
    }
    if (ch === '*') tokens.push({ t: 'any' });
    else if (ch === '?') tokens.push({ t: 'one' });
    else literal(ch);
    i += ch.length;
  }
  return tokens;
}
