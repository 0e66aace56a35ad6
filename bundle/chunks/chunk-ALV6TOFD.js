import {
  CLOUDFORMATION_KINDS,
  NAME_PROPERTIES,
  RESOURCE_EXPANDERS,
  TAGGABLE_TYPES,
  errorAt,
  joinInsertions
} from "./chunk-DPRLNSSC.js";
import {
  parseStructuredText
} from "./chunk-MFTJGUDJ.js";
import {
  require_dist
} from "./chunk-HCU2I2RT.js";
import {
  asFixData,
  modulePrefix
} from "./chunk-BOC5ET7R.js";
import {
  isResource,
  lowerSeverity,
  placeholdersWritten
} from "./chunk-2I7KX7CV.js";
import {
  CANONICAL_DIALECT,
  renderText
} from "./chunk-OA4DYJ3R.js";
import {
  instanceName,
  prop,
  propertyPathOf
} from "./chunk-5QBVJ72F.js";
import {
  get,
  pathSought,
  stringOf
} from "./chunk-E2XCQX3P.js";
import {
  addToGroup,
  appendAll
} from "./chunk-CAGW7M4A.js";
import {
  __commonJS,
  __toESM
} from "./chunk-RM4BNA5F.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal2 = normalizeSimpleBranch(branch);
        if (literal2 && literal2.length === 1) {
          safeChars.push(literal2);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal2 = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal2;
          open.output = safeOutput || utils.escapeRegex(literal2);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/engine/evaluate.ts
import { hash } from "node:crypto";

// src/model/graph.ts
var ResourceGraph = class {
  resources;
  byName = /* @__PURE__ */ new Map();
  outgoing = /* @__PURE__ */ new Map();
  incoming = /* @__PURE__ */ new Map();
  /** Referrers by kind, built on first ask: a security group or VPC can have thousands of referrers, asked for once per tenant. */
  incomingByKind = /* @__PURE__ */ new Map();
  constructor(resources) {
    this.resources = resources;
    for (const r of resources) {
      this.byName.set(r.id, r);
      for (const alias of r.aliases) if (!this.byName.has(alias)) this.byName.set(alias, r);
    }
    for (const r of resources) this.indexReferences(r, r.props);
  }
  byId(id) {
    return this.byName.get(id);
  }
  ofKind(kind) {
    return this.resources.filter((r) => r.kind === kind);
  }
  /** Resources a value refers to: a reference, an ID, a name or an ARN, through every choice. */
  resolve(value) {
    const found = /* @__PURE__ */ new Set();
    this.collectTargets(value, found);
    return [...found];
  }
  /** Resources this one refers to, optionally only of one kind. */
  references(resource, kind) {
    const edges = this.outgoing.get(resource) ?? [];
    return kind ? edges.filter((e) => e.to.kind === kind) : edges;
  }
  /** Resources that refer to this one, optionally only of one kind. */
  referrers(resource, kind) {
    const edges = this.incoming.get(resource) ?? [];
    if (!kind) return edges;
    let byKind = this.incomingByKind.get(resource);
    if (!byKind) {
      byKind = /* @__PURE__ */ new Map();
      for (const edge of edges) addToGroup(byKind, edge.from.kind, edge);
      this.incomingByKind.set(resource, byKind);
    }
    return byKind.get(kind) ?? [];
  }
  collectTargets(value, found) {
    switch (value.t) {
      case "ref": {
        const target = this.byName.get(value.target);
        if (target) found.add(target);
        return;
      }
      case "scalar": {
        const target = typeof value.v === "string" ? this.byName.get(value.v) : void 0;
        if (target) found.add(target);
        return;
      }
      case "list":
        for (const item of value.items) this.collectTargets(item, found);
        return;
      case "oneOf":
        for (const o of value.options) this.collectTargets(o.value, found);
        return;
      case "unknown":
        if (value.fallback) this.collectTargets(value.fallback.value, found);
        return;
      default:
        return;
    }
  }
  indexReferences(from, value) {
    switch (value.t) {
      case "map":
        for (const v of value.entries.values()) this.indexReferences(from, v);
        return;
      case "list":
        for (const item of value.items) this.indexReferences(from, item);
        return;
      case "oneOf":
        for (const o of value.options) this.indexReferences(from, o.value);
        return;
      case "unknown":
        if (value.fallback) this.indexReferences(from, value.fallback.value);
        return;
      case "ref":
      case "scalar":
        for (const to of this.resolve(value)) if (to !== from) this.addEdge({ from, to, via: value });
        return;
      case "omitted":
        return;
    }
  }
  addEdge(edge) {
    addToGroup(this.outgoing, edge.from, edge);
    addToGroup(this.incoming, edge.to, edge);
  }
};

// src/model/update-behaviour.ts
var ALL_BUT_TAGS = { allBut: ["Tags"] };
var NOTEBOOK = ["DirectInternetAccess", "KmsKeyId", "SubnetId", "SecurityGroupIds", "PlatformIdentifier", "NotebookInstanceName"];
var DOMAIN_CFN = ["KmsKeyId", "VpcId", "AuthMode", "DomainName", "AppSecurityGroupManagement"];
var REPLACED_BY = {
  "AWS::SageMaker::NotebookInstance": NOTEBOOK,
  aws_sagemaker_notebook_instance: NOTEBOOK,
  "AWS::SageMaker::Domain": DOMAIN_CFN,
  // The provider cannot change a domain's subnets in place; CloudFormation can.
  aws_sagemaker_domain: [...DOMAIN_CFN, "SubnetIds"],
  "AWS::SageMaker::UserProfile": ["DomainId", "UserProfileName"],
  "AWS::SageMaker::Cluster": ["ClusterName", "VpcConfig", "Orchestrator"],
  aws_sagemaker_cluster: ["ClusterName", "VpcConfig", "Orchestrator"],
  "AWS::SageMaker::Model": ALL_BUT_TAGS,
  aws_sagemaker_model: ALL_BUT_TAGS,
  "AWS::SageMaker::EndpointConfig": ALL_BUT_TAGS,
  aws_sagemaker_endpoint_configuration: ALL_BUT_TAGS,
  "AWS::SageMaker::DataQualityJobDefinition": ALL_BUT_TAGS,
  "AWS::SageMaker::ModelQualityJobDefinition": ALL_BUT_TAGS,
  "AWS::SageMaker::ModelBiasJobDefinition": ALL_BUT_TAGS,
  "AWS::SageMaker::ModelExplainabilityJobDefinition": ALL_BUT_TAGS,
  aws_sagemaker_data_quality_job_definition: ALL_BUT_TAGS,
  aws_sagemaker_model_quality_job_definition: ALL_BUT_TAGS,
  "AWS::EC2::SecurityGroupIngress": { allBut: ["Description"] },
  aws_security_group_rule: ALL_BUT_TAGS,
  "AWS::EC2::SecurityGroup": ["GroupDescription", "GroupName", "VpcId"],
  "AWS::EC2::VPCEndpoint": ["ServiceName", "VpcEndpointType", "VpcId"],
  aws_vpc_endpoint: ["ServiceName", "VpcEndpointType", "VpcId"],
  "AWS::Redshift::Cluster": ["ClusterIdentifier", "DBName", "MasterUsername", "ClusterSubnetGroupName", "OwnerAccount", "SnapshotIdentifier"],
  "AWS::IAM::Role": ["RoleName", "Path"]
};
function replacesResource(resource, path) {
  const top = path[0];
  const replacing = REPLACED_BY[resource.type];
  if (typeof top !== "string" || !replacing || resource.source === "live") return false;
  return "allBut" in replacing ? !replacing.allBut.includes(top) : replacing.includes(top);
}

// src/engine/template-values.ts
var KMS_KEY_SOURCES = [
  ["NotebookInstance", ["KmsKeyId"]],
  ["Domain", ["KmsKeyId"]],
  ["EndpointConfig", ["KmsKeyId"]],
  ["RedshiftCluster", ["KmsKeyId"]],
  ["Job", ["ResourceConfig", "VolumeKmsKeyId"]],
  ["Job", ["OutputDataConfig", "KmsKeyId"]],
  ["TransformJob", ["TransformResources", "VolumeKmsKeyId"]],
  ["TransformJob", ["TransformOutput", "KmsKeyId"]]
];
var SUBNET_SOURCES = [
  ["NotebookInstance", ["SubnetId"]],
  ["Domain", ["SubnetIds"]],
  ["Job", ["VpcConfig", "Subnets"]],
  ["Model", ["VpcConfig", "Subnets"]]
];
var SECURITY_GROUP_SOURCES = [
  ["NotebookInstance", ["SecurityGroupIds"]],
  ["Domain", ["DefaultUserSettings", "SecurityGroups"]],
  ["Job", ["VpcConfig", "SecurityGroupIds"]],
  ["Model", ["VpcConfig", "SecurityGroupIds"]]
];
var KMS_KEY = "<kms-key-arn>";
var SUBNET = "<subnet-id>";
var SECURITY_GROUP = "<security-group-id>";
var ACCOUNT = "<account-id>";
function fillFromUnit(fix, resource, graph) {
  const found = /* @__PURE__ */ new Map();
  const lookup = (placeholder) => {
    if (!found.has(placeholder)) found.set(placeholder, valuesFor(placeholder, resource, graph));
    return found.get(placeholder);
  };
  const fill = (data) => {
    if (typeof data === "string") {
      const values = lookup(data);
      return values && values.length ? values[0] : data;
    }
    if (Array.isArray(data)) {
      if (data.length === 1 && typeof data[0] === "string") return lookup(data[0]) ?? data;
      return data.map(fill);
    }
    if (data !== null && typeof data === "object") return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, fill(v)]));
    return data;
  };
  const edits = fix.edits.map((edit) => ({ ...edit, value: fill(edit.value) }));
  const additions = fix.additions?.map((addition) => ({ ...addition, properties: fill(addition.properties) }));
  return { ...fix, edits, ...additions ? { additions } : {} };
}
function valuesFor(placeholder, into, graph) {
  switch (placeholder) {
    case KMS_KEY:
      return mostUsed(KMS_KEY_SOURCES, into, graph);
    case SUBNET:
      return mostUsed(SUBNET_SOURCES, into, graph);
    case SECURITY_GROUP:
      return mostUsed(SECURITY_GROUP_SOURCES, into, graph);
    case ACCOUNT:
      if (into.source === "cloudformation") return [{ Ref: "AWS::AccountId" }];
      return into.source === "terraform" ? callerIdentityIn(into, graph) : void 0;
    default:
      return void 0;
  }
}
var talliesByGraph = /* @__PURE__ */ new WeakMap();
function talliesFor(sources, into, graph) {
  let bySources = talliesByGraph.get(graph);
  if (!bySources) talliesByGraph.set(graph, bySources = /* @__PURE__ */ new Map());
  let byScope = bySources.get(sources);
  if (!byScope) bySources.set(sources, byScope = /* @__PURE__ */ new Map());
  const scope = `${into.source}\0${into.source === "terraform" ? modulePrefix(into.id) : ""}`;
  let tallies = byScope.get(scope);
  if (!tallies) byScope.set(scope, tallies = tally(sources, into, graph));
  return tallies;
}
function tally(sources, into, graph) {
  const byKey = /* @__PURE__ */ new Map();
  for (const from of graph.resources) {
    if (from.source !== into.source) continue;
    for (const [kind, path] of sources) {
      if (from.kind !== kind) continue;
      const data = asFixData(prop(from, ...path), from, into);
      if (data === void 0) continue;
      const list = Array.isArray(data) ? data : [data];
      const key = JSON.stringify(list);
      let entry = byKey.get(key);
      if (!entry) byKey.set(key, entry = { data: list, count: 0, byResource: /* @__PURE__ */ new Map() });
      entry.count++;
      entry.byResource.set(from, (entry.byResource.get(from) ?? 0) + 1);
    }
  }
  return [...byKey.values()];
}
function mostUsed(sources, into, graph) {
  let best;
  for (const entry of talliesFor(sources, into, graph)) {
    const count = entry.count - (entry.byResource.get(into) ?? 0);
    if (count > 0 && (!best || count > best.count)) best = { data: entry.data, count };
  }
  return best?.data;
}
var CALLER_IDENTITY = /\$\{(data\.aws_caller_identity\.[A-Za-z0-9_-]+)\.account_id\}/;
function callerIdentityIn(into, graph) {
  const module = modulePrefix(into.id);
  for (const from of graph.resources) {
    if (from.source !== "terraform" || modulePrefix(from.id) !== module) continue;
    const source = findText(from.props, (text) => CALLER_IDENTITY.exec(text)?.[1]);
    if (source) return [{ "Fn::GetAtt": [source, "account_id"] }];
  }
  return void 0;
}
function findText(value, match) {
  switch (value.t) {
    case "scalar":
      return typeof value.v === "string" ? match(value.v) : void 0;
    case "unknown":
      return (value.placeholder && match(value.placeholder)) ?? (value.fallback && findText(value.fallback.value, match));
    case "map":
      for (const entry of value.entries.values()) {
        const found = findText(entry, match);
        if (found) return found;
      }
      return void 0;
    case "list":
      for (const item of value.items) {
        const found = findText(item, match);
        if (found) return found;
      }
      return void 0;
    case "oneOf":
      for (const option of value.options) {
        const found = findText(option.value, match);
        if (found) return found;
      }
      return void 0;
    default:
      return void 0;
  }
}

// src/engine/suppressions.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
function matchExternalSuppression(finding, suppressions, today) {
  let expired;
  for (const s of suppressions) {
    if (!matches(s, finding)) continue;
    if (s.expires && isExpired(s.expires, today)) {
      expired ??= {
        message: `suppression of ${s.rule}${s.resource ? ` on ${s.resource}` : ""} in ${s.source} expired on ${s.expires}; the finding is reported again`
      };
      continue;
    }
    return { suppression: { kind: "external", justification: s.reason, source: s.source } };
  }
  return { expired };
}
function matches(s, finding) {
  if (s.rule !== finding.ruleId && s.rule !== "*") return false;
  if (s.resource && s.resource !== finding.resource.id) return false;
  if (s.path) {
    const file = finding.location.kind === "source" ? finding.location.file : void 0;
    if (!file || !matcherFor(s.path)(file)) return false;
  }
  return true;
}
var matchers = /* @__PURE__ */ new Map();
function matcherFor(glob) {
  let matcher = matchers.get(glob);
  if (!matcher) matchers.set(glob, matcher = (0, import_picomatch.default)(glob, { dot: true }));
  return matcher;
}
function isExpired(expires, today) {
  return today.toISOString().slice(0, 10) >= expires;
}

// src/engine/string-pool.ts
var SHORTEST_SHARED_REPRESENTATION = 13;
var StringPool = class {
  strings = /* @__PURE__ */ new Map();
  /** The pool's copy of `text`, which holds no other string alive. */
  text(text) {
    const shared = this.strings.get(text);
    if (shared !== void 0) return shared;
    const own = ownCopy(text);
    this.strings.set(own, own);
    return own;
  }
  /** A copy of plain data (no cycles) whose strings are the pool's; keys whose value is undefined stay. */
  copy(data) {
    if (typeof data === "string") return this.text(data);
    if (typeof data !== "object" || data === null) return data;
    if (Array.isArray(data)) {
      const items = [];
      for (const item of data) items.push(this.copy(item));
      return items;
    }
    if (Object.getPrototypeOf(data) !== Object.prototype) return structuredClone(data);
    const record = data;
    const copied = {};
    for (const key in record) copied[key] = this.copy(record[key]);
    return copied;
  }
  /**
   * Replaces, in place, the strings of plain data with the pool's copies: for
   * results received from a worker thread, which come with their own copy of
   * every string.
   */
  share(data) {
    const pending = [data];
    for (let node = pending.pop(); node !== void 0; node = pending.pop()) {
      if (typeof node !== "object" || node === null) continue;
      const record = node;
      for (const key of Object.keys(record)) {
        const value = record[key];
        if (typeof value === "string") record[key] = this.text(value);
        else if (typeof value === "object" && value !== null) pending.push(value);
      }
    }
    return data;
  }
};
function ownCopy(text) {
  return text.length < SHORTEST_SHARED_REPRESENTATION ? text : JSON.parse(JSON.stringify(text));
}

// src/engine/evaluate.ts
function evaluateUnit(unit, options, strings = new StringPool()) {
  const graph = new ResourceGraph(unit.resources);
  const parts = new SharedParts(strings);
  const findings = [];
  const notes = [];
  const errors = [];
  const ruleNotes = new NoteSet();
  const knownRuleIds = options.knownRuleIds ?? new Set(options.rules.map((r) => r.id));
  const dialect = unit.dialect ?? CANONICAL_DIALECT;
  const rulesByKind = /* @__PURE__ */ new Map();
  for (const resource of unit.resources) {
    let applicable = rulesByKind.get(resource.kind);
    if (!applicable) rulesByKind.set(resource.kind, applicable = options.rules.filter((r) => r.appliesTo.includes(resource.kind)));
    for (const rule of applicable) {
      const reports = [];
      const context = {
        graph,
        options: { requiredTags: [...options.requiredTags ?? []] },
        report: (input) => reports.push(input),
        note: (input) => ruleNotes.add(rule.id, placeOf(resource, input), renderText(input.message, dialect, resource)),
        canReference: (target) => dialect.canReference(resource, target)
      };
      if (rule.origin) {
        try {
          rule.check(resource, context);
        } catch (error) {
          errors.push(ruleFailure(rule, resource, error));
          continue;
        }
      } else {
        rule.check(resource, context);
      }
      const rendered = reports.map((input) => inDialect(input.fix ? { ...input, fix: fillFromUnit(input.fix, resource, graph) } : input, dialect, resource));
      for (const input of distinctReports(rendered, resource)) findings.push(toFinding(rule, resource, input, unit, options, parts));
    }
    appendAll(notes, checkSuppressionsOf(resource, knownRuleIds, options));
  }
  appendAll(notes, ruleNotes.values());
  assignFingerprints(findings);
  const resourcesById = /* @__PURE__ */ new Map();
  const key = (loc, id) => `${loc.kind === "source" ? loc.file : ""}\0${id}`;
  for (const resource of unit.resources) {
    for (const k of [key(resource.loc, instanceName(resource)), instanceName(resource)]) if (!resourcesById.has(k)) resourcesById.set(k, resource);
  }
  for (const finding of findings) {
    const resource = resourcesById.get(key(finding.location, finding.resource.id)) ?? resourcesById.get(finding.resource.id);
    applySuppression(finding, resource, options, notes, strings);
  }
  return { findings, notes, errors };
}
function inDialect(input, dialect, resource) {
  const { fix, ...rest } = input;
  const message = renderText(input.message, dialect, resource);
  return fix ? { ...rest, message, fix: { ...fix, description: renderText(fix.description, dialect, resource) } } : { ...rest, message };
}
function ruleFailure(rule, resource, error) {
  const { name, version } = rule.origin;
  const where = resource.loc.kind === "source" ? { file: resource.loc.file, line: resource.loc.start.line } : { file: resource.loc.arn };
  const message = error instanceof Error ? error.message : String(error);
  return { ...where, message: `rule ${rule.id} of plugin ${name}${version ? `@${version}` : ""} failed on ${instanceName(resource)}, which it did not judge: ${message}` };
}
function toFinding(rule, resource, input, unit, options, parts) {
  const certainty = input.certainty ?? "definite";
  const base = options.severityOverrides?.[rule.id] ?? rule.severity;
  const propertyPath = isResource(input.at) ? [] : propertyPathOf(resource, input.at);
  const construct = input.fix && constructPathOf(resource);
  return {
    ruleId: rule.id,
    ruleName: rule.name,
    severity: certainty === "possible" ? lowerSeverity(base) : base,
    certainty,
    message: parts.strings.text(construct ? `${input.message} ${inCdkApp(construct, propertyPath, input.fix)}` : input.message),
    resource: parts.resource(resource),
    location: parts.location(locationOf(input.at, resource)),
    propertyPath: parts.path(propertyPath),
    fix: input.fix && !construct ? parts.fix(renderFix(input.fix, resource, unit)) : void 0,
    fingerprint: ""
  };
}
var SharedParts = class {
  constructor(strings) {
    this.strings = strings;
  }
  strings;
  resources = /* @__PURE__ */ new Map();
  locations = /* @__PURE__ */ new Map();
  paths = /* @__PURE__ */ new Map();
  resource(resource) {
    let summary = this.resources.get(resource);
    if (!summary) {
      const { type, kind, source, label } = resource;
      summary = this.strings.copy({ id: instanceName(resource), type, kind, source, label });
      this.resources.set(resource, summary);
    }
    return summary;
  }
  location(location) {
    let copied = this.locations.get(location);
    if (!copied) {
      copied = this.strings.copy(location);
      this.locations.set(location, copied);
    }
    return copied;
  }
  /** The renderer's positions hold only numbers: only the strings are the pool's. */
  fix(fix) {
    if (!fix) return void 0;
    const text = (s) => this.strings.text(s);
    const edits = fix.edits.map((edit) => ({ file: text(edit.file), start: edit.start, end: edit.end, text: text(edit.text) }));
    return { description: text(fix.description), kind: fix.kind, placeholders: fix.placeholders.map(text), edits };
  }
  path(path) {
    const key = JSON.stringify(path);
    let copied = this.paths.get(key);
    if (!copied) {
      copied = this.strings.copy(path);
      this.paths.set(key, copied);
    }
    return copied;
  }
};
function distinctReports(reports, resource) {
  if (reports.length < 2) return [...reports];
  const seen = /* @__PURE__ */ new Set();
  return reports.filter((input) => {
    const loc = locationOf(input.at, resource);
    const place = loc.kind === "source" ? [loc.file, loc.start.offset, loc.end.offset] : [loc.arn];
    const key = JSON.stringify([place, isResource(input.at) ? [] : propertyPathOf(resource, input.at), input.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function placeOf(resource, input) {
  const loc = locationOf(input.at ?? resource, resource);
  return loc.kind === "source" ? { file: loc.file, line: loc.start.line } : {};
}
var NoteSet = class {
  byKey = /* @__PURE__ */ new Map();
  add(ruleId, place, message) {
    const key = JSON.stringify([place.file, place.line, message]);
    const entry = this.byKey.get(key);
    if (!entry) this.byKey.set(key, { place, message, ruleIds: [ruleId] });
    else if (!entry.ruleIds.includes(ruleId)) entry.ruleIds.push(ruleId);
  }
  values() {
    return [...this.byKey.values()].map(({ place, message, ruleIds }) => ({ ...place, message: `${ruleIds.join(", ")}: ${message}` }));
  }
};
function locationOf(at, resource) {
  if (isResource(at)) return at.loc;
  if (at.t === "omitted") return resource.loc;
  return at.loc;
}
function constructPathOf(resource) {
  const inAssembly = resource.loc.kind === "source" && resource.loc.file.split("/").includes("cdk.out");
  if (!inAssembly) return void 0;
  return resource.label?.startsWith(CONSTRUCT_LABEL) ? resource.label.slice(CONSTRUCT_LABEL.length) : resource.id;
}
var CONSTRUCT_LABEL = "construct ";
function inCdkApp(construct, propertyPath, fix) {
  const property = propertyPath.map((p) => typeof p === "string" ? p.charAt(0).toLowerCase() + p.slice(1) : `[${p}]`).join(".").replace(/\.\[/g, "[");
  const where = property ? `property ${property} of construct ${construct}` : `construct ${construct}`;
  return `In the CDK app (cdk.out is generated; sagelint fix does not edit it): ${fix.description.replace(/\.$/, "")}, ${where}.`;
}
function renderFix(fix, resource, unit) {
  const edits = unit.renderFix?.(fix);
  if (!edits || edits.length === 0) return void 0;
  const placeholders = /* @__PURE__ */ new Set();
  const written = [...fix.edits.map((e) => e.value), ...(fix.additions ?? []).map((a) => a.properties)];
  for (const value of written) for (const p of placeholdersWritten(JSON.stringify(value))) placeholders.add(p);
  for (const edit of edits) for (const p of placeholdersWritten(edit.text)) placeholders.add(p);
  return { description: fix.description, kind: fix.kind ?? costOf(fix, resource), placeholders: [...placeholders], edits };
}
function costOf(fix, resource) {
  return fix.edits.some((edit) => replacesResource(resource, propertyPathOf(resource, edit.target))) ? "replaces" : "safe";
}
function assignFingerprints(findings) {
  const seen = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const file = f.location.kind === "source" ? f.location.file : "";
    const identity = [f.ruleId, file, f.resource.id, f.propertyPath.join(".")].join("\0");
    const n = seen.get(identity) ?? 0;
    seen.set(identity, n + 1);
    f.fingerprint = ownCopy(hash("sha256", `${identity}\0${n}`).slice(0, 32));
  }
}
function applySuppression(finding, resource, options, notes, strings) {
  let suppression;
  if (resource && options.inlineSuppressions !== false) {
    const inline = resource.suppressions.find((s) => s.ruleId === finding.ruleId && s.reason);
    if (inline) suppression = { kind: "inSource", justification: inline.reason, source: describeSource(inline.loc) };
  }
  if (!suppression) {
    const external = matchExternalSuppression(finding, options.externalSuppressions ?? [], options.today ?? /* @__PURE__ */ new Date());
    if (external.expired) notes.push(external.expired);
    suppression = external.suppression;
  }
  if (suppression) finding.suppression = strings.copy(suppression);
}
function checkSuppressionsOf(resource, knownRuleIds, options) {
  if (options.inlineSuppressions === false) return [];
  const notes = [];
  for (const s of resource.suppressions) {
    const where = s.loc.kind === "source" ? { file: s.loc.file, line: s.loc.start.line } : {};
    if (!s.reason) {
      notes.push({ ...where, message: `suppression of ${s.ruleId} on ${resource.id} has no reason, so it is not applied: add a reason` });
    } else if (!knownRuleIds.has(s.ruleId)) {
      notes.push({ ...where, message: `suppression on ${resource.id} names ${s.ruleId}, which is not a sagelint rule` });
    }
  }
  return notes;
}
function describeSource(loc) {
  return loc.kind === "source" ? `${loc.file}:${loc.start.line}` : loc.arn;
}

// src/loaders/cloudformation/fix.ts
var import_yaml = __toESM(require_dist(), 1);

// src/loaders/cloudformation/unused-declarations.ts
var SECTIONS = ["Parameters", "Conditions"];
function deleteUnusedDeclarations(doc, file, replaced, written) {
  if (replaced.length === 0 || doc.value.t !== "map") return [];
  const template = doc.value;
  const reading = readingOf(doc, template);
  if (!reading) return [];
  const { uses, declared } = reading;
  const inRanges = (offset, ranges) => ranges.some((r) => offset >= r.start && offset < r.end);
  const stillWritten = /* @__PURE__ */ new Set();
  for (const value of written) collectWrittenNames(value, stillWritten);
  const removed = /* @__PURE__ */ new Set();
  const gone = [...replaced];
  for (let changed = true; changed; ) {
    changed = false;
    for (const [name, declaration] of declared) {
      if (removed.has(name) || stillWritten.has(name)) continue;
      const own = uses.get(name) ?? [];
      if (own.length === 0 || !own.every((u) => inRanges(u.offset, gone))) continue;
      removed.add(name);
      gone.push({ start: declaration.start, end: declaration.end });
      changed = true;
    }
  }
  const edits = [];
  for (const sectionName of SECTIONS) {
    const section = template.entries.get(sectionName);
    if (section?.t !== "map") continue;
    const names = [...section.entries.keys()];
    const deleting = names.filter((n) => removed.has(n));
    if (deleting.length === 0) continue;
    const ranges = deleting.length === names.length ? [entryRange(doc, template, sectionName)] : deleting.map((n) => entryRange(doc, section, n));
    for (const range of ranges) {
      if (!range) return [];
      edits.push({ file, start: doc.positions.at(range.start), end: doc.positions.at(range.end), text: "" });
    }
  }
  return edits;
}
var readings = /* @__PURE__ */ new WeakMap();
function readingOf(doc, template) {
  let reading = readings.get(doc);
  if (reading === void 0) readings.set(doc, reading = readTemplate(template));
  return reading;
}
function readTemplate(template) {
  const all = [];
  collectUses(template, all);
  const uses = /* @__PURE__ */ new Map();
  for (const use of all) {
    const same = uses.get(use.name);
    if (same) same.push(use);
    else uses.set(use.name, [use]);
  }
  const declared = /* @__PURE__ */ new Map();
  for (const sectionName of SECTIONS) {
    const section = template.entries.get(sectionName);
    if (section?.t !== "map") continue;
    for (const [name, value] of section.entries) {
      const key = section.keyLocs.get(name);
      if (key?.kind !== "source" || value.loc.kind !== "source") return null;
      declared.set(name, { start: key.start.offset, end: value.loc.end.offset });
    }
  }
  return { uses, declared };
}
function collectUses(value, out) {
  if (value.t === "list") {
    for (const item of value.items) collectUses(item, out);
    return;
  }
  if (value.t !== "map") return;
  const offset = value.loc.kind === "source" ? value.loc.start.offset : -1;
  for (const [key, inner] of value.entries) {
    const innerOffset = inner.loc.kind === "source" ? inner.loc.start.offset : offset;
    if ((key === "Ref" || key === "Condition") && inner.t === "scalar" && typeof inner.v === "string") out.push({ name: inner.v, offset: innerOffset });
    if (key === "Fn::If" && inner.t === "list" && inner.items[0]?.t === "scalar") {
      const first = inner.items[0];
      out.push({ name: String(first.v), offset: first.loc.kind === "source" ? first.loc.start.offset : innerOffset });
    }
    if (key === "Fn::Sub") {
      const text = inner.t === "scalar" ? inner.v : inner.t === "list" && inner.items[0]?.t === "scalar" ? inner.items[0].v : void 0;
      if (typeof text === "string") for (const m of text.matchAll(/\$\{([^!}.][^}.]*)[^}]*\}/g)) out.push({ name: m[1], offset: innerOffset });
    }
    collectUses(inner, out);
  }
}
function collectWrittenNames(value, out) {
  if (Array.isArray(value)) {
    for (const item of value) collectWrittenNames(item, out);
    return;
  }
  if (value === null || typeof value !== "object") return;
  for (const [key, inner] of Object.entries(value)) {
    if ((key === "Ref" || key === "Condition") && typeof inner === "string") out.add(inner);
    collectWrittenNames(inner, out);
  }
}
function entryRange(doc, map, name) {
  const text = doc.text;
  const key = map.keyLocs.get(name);
  const value = map.entries.get(name);
  if (key?.kind !== "source" || value?.loc.kind !== "source") return void 0;
  const names = [...map.entries.keys()];
  const index = names.indexOf(name);
  if (text[key.start.offset] === '"') {
    const previous = index > 0 ? map.entries.get(names[index - 1]) : void 0;
    if (previous?.loc.kind === "source") return { start: previous.loc.end.offset, end: value.loc.end.offset };
    const next = names[index + 1] !== void 0 ? map.keyLocs.get(names[index + 1]) : void 0;
    if (next?.kind === "source") return { start: key.start.offset, end: next.start.offset };
    return void 0;
  }
  const lineStart = text.lastIndexOf("\n", key.start.offset - 1) + 1;
  if (text.slice(lineStart, key.start.offset).trim() !== "") return void 0;
  const newline = text.indexOf("\n", value.loc.end.offset);
  const lineEnd = newline === -1 ? text.length : newline + 1;
  if (text.slice(value.loc.end.offset, lineEnd).replace(/#.*/, "").trim() !== "") return void 0;
  return { start: lineStart, end: lineEnd };
}

// src/loaders/cloudformation/fix.ts
var YAML_OPTIONS = { version: "1.1", lineWidth: 0 };
function renderCloudFormationFix(fix, doc, file) {
  const edits = [];
  for (const edit of fix.edits) {
    if (!standsAtItsProperty(edit.target, doc.value)) return void 0;
    const rendered = renderEdit(edit, doc, file);
    if (!rendered) return void 0;
    edits.push(rendered);
  }
  const taken = fix.additions?.length ? logicalIds(doc.value) : /* @__PURE__ */ new Set();
  const additions = [];
  for (const addition of fix.additions ?? []) {
    const rendered = renderAddition(addition, doc, file, taken);
    if (!rendered) return void 0;
    additions.push(rendered);
  }
  const replaced = fix.edits.flatMap(({ target }) => target.t !== "omitted" && target.loc.kind === "source" ? [{ start: target.loc.start.offset, end: target.loc.end.offset }] : []);
  const written = [...fix.edits.map((e) => e.value), ...(fix.additions ?? []).map((a) => a.properties)];
  return [...edits, ...joinInsertions(additions), ...deleteUnusedDeclarations(doc, file, replaced, written)];
}
function standsAtItsProperty(target, template) {
  let node = template;
  const written = target.t === "omitted" ? target.anchor : target;
  for (const key of pathSought(target)) {
    if (node.t === "scalar" || EMBEDDING.has(intrinsicName(node) ?? "") && !holdsConditional(node)) return within(written, node) && !sameNode(written, node);
    if (intrinsicName(node)) return false;
    const child = node.t === "map" && typeof key === "string" ? node.entries.get(key) : node.t === "list" && typeof key === "number" ? node.items[key] : void 0;
    if (!child) return target.t === "omitted" && sameNode(node, target.anchor);
    node = child;
  }
  if (target.t === "omitted" || !sameNode(node, target) || holdsConditional(node)) return false;
  return intrinsicName(node) !== void 0 || node.t === target.t;
}
function intrinsicName(node) {
  if (node.t !== "map" || node.entries.size !== 1) return void 0;
  const [name] = node.entries.keys();
  return name === "Ref" || name.startsWith("Fn::") ? name : void 0;
}
function holdsConditional(node) {
  if (intrinsicName(node) === "Fn::If") return true;
  if (node.t === "map") return [...node.entries.values()].some(holdsConditional);
  return node.t === "list" && node.items.some(holdsConditional);
}
var EMBEDDING = /* @__PURE__ */ new Set(["Fn::Sub", "Fn::Join"]);
function within(inner, outer) {
  const [x, y] = [inner.loc, outer.loc];
  return x.kind === "source" && y.kind === "source" && x.file === y.file && y.start.offset <= x.start.offset && x.end.offset <= y.end.offset;
}
function sameNode(a, b) {
  const [x, y] = [a.loc, b.loc];
  return x.kind === "source" && y.kind === "source" && x.file === y.file && x.start.offset === y.start.offset && x.end.offset === y.end.offset;
}
function renderEdit({ target, value }, doc, file) {
  if (target.t === "omitted") return insertInto(target.anchor, target.path, value, doc, file);
  if (target.loc.kind !== "source" || target.loc.file !== file || target.loc.readOnly) return void 0;
  const { start, end } = target.loc;
  const flow = isJsonLike(doc.text, start.offset);
  const text = flow ? JSON.stringify(value) : renderYamlFlow(value);
  return { file, start, end, text };
}
function insertInto(anchor, fullPath, value, doc, file) {
  if (anchor.t === "list") return appendTo(anchor, fullPath, value, doc, file);
  if (anchor.t !== "map" || anchor.loc.kind !== "source" || anchor.loc.file !== file || anchor.loc.readOnly) return void 0;
  const relative = fullPath.slice(anchor.loc.path.length);
  if (relative.length === 0 || relative.some((k) => typeof k !== "string")) return void 0;
  const key = relative[0];
  const rest = relative.slice(1);
  const nested = rest.reduceRight((inner, k) => ({ [k]: inner }), value);
  const text = doc.text;
  const mapStart = anchor.loc.start.offset;
  const last = lastEntry(anchor);
  if (isJsonLike(text, mapStart)) {
    const { minified, comma, colon } = spacingAt(text, mapStart);
    if (minified && onOneLine(text, mapStart, last?.valueEnd ?? mapStart)) {
      const entry2 = `${JSON.stringify(key)}${colon}${JSON.stringify(nested)}`;
      const at3 = doc.positions.at(last ? last.valueEnd : mapStart + 1);
      return { file, start: at3, end: at3, text: last ? `${comma}${entry2}` : entry2 };
    }
    const indent2 = last ? " ".repeat(last.keyColumn - 1) : " ".repeat(anchor.loc.start.column + 1);
    const entry = `${JSON.stringify(key)}: ${indentLines(JSON.stringify(nested, null, 2), indent2)}`;
    if (!last) {
      const at3 = doc.positions.at(mapStart + 1);
      return { file, start: at3, end: at3, text: `
${indent2}${entry}
${" ".repeat(anchor.loc.start.column - 1)}` };
    }
    const at2 = doc.positions.at(last.valueEnd);
    return { file, start: at2, end: at2, text: `,
${indent2}${entry}` };
  }
  if (!last) return void 0;
  const indent = " ".repeat(last.keyColumn - 1);
  const block = indentLines(rememberedYaml("block", { [key]: nested }, (data) => (0, import_yaml.stringify)(data, { ...YAML_OPTIONS, indent: 2 }).trimEnd()), indent);
  const { offset, prefix, suffix } = lineAfter(text, last.valueEnd);
  const at = doc.positions.at(offset);
  return { file, start: at, end: at, text: `${prefix}${indent}${block}${suffix}` };
}
function appendTo(list, fullPath, value, doc, file) {
  if (list.loc.kind !== "source" || list.loc.file !== file || list.loc.readOnly) return void 0;
  const relative = fullPath.slice(list.loc.path.length);
  if (relative.length !== 1 || typeof relative[0] !== "number") return void 0;
  const text = doc.text;
  const last = list.items[list.items.length - 1];
  const listStart = list.loc.start.offset;
  if (text[listStart] === "[") {
    const rendered = isJson(file) ? JSON.stringify(value) : renderYamlFlow(value);
    if (!last || last.loc.kind !== "source") {
      const at3 = doc.positions.at(listStart + 1);
      return { file, start: at3, end: at3, text: rendered };
    }
    const at2 = doc.positions.at(last.loc.end.offset);
    return { file, start: at2, end: at2, text: `${spacingAt(text, listStart).comma}${rendered}` };
  }
  const first = list.items[0];
  if (!first || !last || first.loc.kind !== "source" || last.loc.kind !== "source") return void 0;
  const dash = text.lastIndexOf("-", first.loc.start.offset);
  const indent = " ".repeat(dash - (text.lastIndexOf("\n", dash) + 1));
  const item = indentLines(rememberedYaml("block", [value], (data) => (0, import_yaml.stringify)(data, { ...YAML_OPTIONS, indent: 2 }).trimEnd()), indent);
  const { offset, prefix, suffix } = lineAfter(text, last.loc.end.offset);
  const at = doc.positions.at(offset);
  return { file, start: at, end: at, text: `${prefix}${indent}${item}${suffix}` };
}
function logicalIds(template) {
  const taken = /* @__PURE__ */ new Set();
  if (template.t !== "map") return taken;
  for (const section of template.entries.values()) if (section.t === "map") for (const key of section.entries.keys()) taken.add(key);
  return taken;
}
function claimId(preferred, taken) {
  let id = preferred;
  for (let n = 2; taken.has(id); n++) id = `${preferred}${n}`;
  taken.add(id);
  return id;
}
function renderAddition(addition, doc, file, taken) {
  const { near } = addition;
  if (near.loc.kind !== "source" || near.loc.file !== file || near.loc.readOnly) return void 0;
  const [section, nearId] = near.loc.path;
  if (section !== "Resources" || typeof nearId !== "string" || near.loc.path.length !== 2 || doc.value.t !== "map") return void 0;
  const resources = doc.value.entries.get("Resources");
  const sectionKey = doc.value.keyLocs.get("Resources");
  if (resources?.t !== "map" || resources.loc.kind !== "source" || sectionKey?.kind !== "source") return void 0;
  const nearValue = resources.entries.get(nearId);
  const nearKey = resources.keyLocs.get(nearId);
  if (nearValue?.loc.kind !== "source" || nearKey?.kind !== "source") return void 0;
  const id = claimId(addition.id, taken);
  const body = { Type: addition.type, Properties: addition.properties };
  const text = doc.text;
  const valueEnd = nearValue.loc.end.offset;
  const step = Math.max(1, nearKey.start.column - sectionKey.start.column);
  const indent = " ".repeat(nearKey.start.column - 1);
  if (isJsonLike(text, resources.loc.start.offset)) {
    const at2 = doc.positions.at(valueEnd);
    const entry = onOneLine(text, resources.loc.start.offset, valueEnd) ? `,${JSON.stringify(id)}:${JSON.stringify(body)}` : `,
${indent}${JSON.stringify(id)}: ${indentLines(JSON.stringify(body, null, step), indent)}`;
    return { file, start: at2, end: at2, text: entry };
  }
  const block = indentLines(rememberedYaml(`short forms ${step}`, { [id]: body }, (data) => yamlWithShortForms(data, step)), indent);
  const { offset, prefix, suffix } = lineAfter(text, valueEnd);
  const at = doc.positions.at(offset);
  return { file, start: at, end: at, text: `${prefix}${indent}${block}${suffix}` };
}
var SHORT_FORMS = { Ref: "!Ref", "Fn::Sub": "!Sub", "Fn::GetAtt": "!GetAtt", "Fn::ImportValue": "!ImportValue" };
function yamlWithShortForms(value, indent) {
  const doc = new import_yaml.Document(value, YAML_OPTIONS);
  (0, import_yaml.visit)(doc, {
    Map(_, map) {
      const only = map.items.length === 1 ? map.items[0] : void 0;
      if (!(0, import_yaml.isPair)(only) || !(0, import_yaml.isScalar)(only.key) || !(0, import_yaml.isScalar)(only.value) || typeof only.value.value !== "string") return void 0;
      const tag = SHORT_FORMS[String(only.key.value)];
      if (!tag) return void 0;
      const short = new import_yaml.Scalar(only.value.value);
      short.tag = tag;
      return short;
    }
  });
  return doc.toString({ ...YAML_OPTIONS, indent }).trimEnd();
}
function onOneLine(text, from, to) {
  return !text.slice(from, to).includes("\n");
}
function spacingAt(text, offset) {
  const start = text.lastIndexOf("\n", offset) + 1;
  const end = text.indexOf("\n", offset);
  const line = text.slice(start, end === -1 ? text.length : end);
  const minified = /[,:]/.test(line) && !/[,:] /.test(line);
  return minified ? { minified, comma: ",", colon: ":" } : { minified, comma: ", ", colon: ": " };
}
function isJson(file) {
  return file.toLowerCase().endsWith(".json");
}
function lastEntry(map) {
  let keyColumn;
  let valueEnd = -1;
  for (const [key, child] of map.entries) {
    const keyLoc = map.keyLocs.get(key);
    if (keyLoc?.kind !== "source" || child.loc.kind !== "source") continue;
    keyColumn ??= keyLoc.start.column;
    valueEnd = Math.max(valueEnd, child.loc.end.offset, keyLoc.end.offset);
  }
  return keyColumn === void 0 ? void 0 : { keyColumn, valueEnd };
}
function lineAfter(text, offset) {
  if (offset > 0 && text[offset - 1] === "\n") return { offset, prefix: "", suffix: "\n" };
  const newline = text.indexOf("\n", offset);
  if (newline === -1) return { offset: text.length, prefix: "\n", suffix: "" };
  return { offset: newline + 1, prefix: "", suffix: "\n" };
}
function isJsonLike(text, offset) {
  const c = text[offset];
  return c === "{" || c === "[" || c === '"';
}
function renderYamlFlow(value) {
  return rememberedYaml("flow", value, (data) => (0, import_yaml.stringify)(data, { ...YAML_OPTIONS, collectionStyle: "flow" }).trimEnd());
}
var yamlByData = /* @__PURE__ */ new Map();
var MAX_REMEMBERED_YAML = 4096;
function rememberedYaml(style, data, render) {
  if (!isPlainJson(data)) return render(data);
  const key = `${style}\0${JSON.stringify(data)}`;
  let text = yamlByData.get(key);
  if (text === void 0) {
    if (yamlByData.size >= MAX_REMEMBERED_YAML) yamlByData.clear();
    text = render(data);
    yamlByData.set(key, text);
  }
  return text;
}
function isPlainJson(data) {
  if (data === null || typeof data === "string" || typeof data === "boolean") return true;
  if (typeof data === "number") return Number.isFinite(data) && !Object.is(data, -0);
  if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i++) if (!(i in data) || !isPlainJson(data[i])) return false;
    return true;
  }
  if (typeof data !== "object") return false;
  const proto = Object.getPrototypeOf(data);
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.values(data).every(isPlainJson);
}
function indentLines(text, indent) {
  return text.replace(/\n/g, `
${indent}`);
}

// src/loaders/cloudformation/intrinsics.ts
var PSEUDO_PARAMETERS = {
  "AWS::Region": "the region the stack is deployed in",
  "AWS::AccountId": "the account the stack is deployed in",
  "AWS::Partition": "the partition the stack is deployed in",
  "AWS::URLSuffix": "the domain suffix of the partition",
  "AWS::StackName": "the name given to the stack",
  "AWS::StackId": "the ID of the stack",
  "AWS::NotificationARNs": "the notification ARNs of the stack"
};
var MAX_OPTIONS = 32;
var IntrinsicResolver = class {
  constructor(scope, links = {}) {
    this.scope = scope;
    this.links = links;
  }
  scope;
  links;
  conditionCache = /* @__PURE__ */ new Map();
  conditionsInProgress = /* @__PURE__ */ new Set();
  /** A reference to a resource of this template, as the graph knows it. */
  reference(target, loc, text, attribute) {
    const ref = { t: "ref", loc, target: `${this.links.namespace ?? ""}${target}`, text };
    return attribute === void 0 ? ref : { ...ref, attribute };
  }
  /** `Stack.Outputs.Name` of a nested stack whose template the links know. */
  nestedOutput(target, attribute, loc) {
    const match = attribute === void 0 ? null : /^Outputs\.(.+)$/.exec(attribute);
    return match ? this.links.stackOutput?.(target, match[1], loc) : void 0;
  }
  resolve(raw) {
    switch (raw.t) {
      case "map":
        return this.resolveMap(raw);
      case "list": {
        const items = [];
        for (const item of raw.items) {
          const resolved = this.resolve(item);
          if (resolved.t !== "omitted") items.push(resolved);
        }
        return { t: "list", loc: raw.loc, items };
      }
      default:
        return raw;
    }
  }
  /** Evaluates a condition by name: true, false, or undefined when deploy-time choices decide it. */
  evaluateCondition(name) {
    if (this.conditionCache.has(name)) return this.conditionCache.get(name);
    const expression = this.scope.conditions.get(name);
    if (!expression || this.conditionsInProgress.has(name)) return void 0;
    this.conditionsInProgress.add(name);
    const result = this.evaluateConditionExpression(expression);
    this.conditionsInProgress.delete(name);
    this.conditionCache.set(name, result);
    return result;
  }
  resolveMap(raw) {
    const intrinsic = singleKey(raw);
    if (intrinsic && (intrinsic === "Ref" || intrinsic.startsWith("Fn::"))) {
      return this.resolveIntrinsic(intrinsic, raw.entries.get(intrinsic), raw);
    }
    const entries = /* @__PURE__ */ new Map();
    const keyLocs = /* @__PURE__ */ new Map();
    for (const [key, child] of raw.entries) {
      const resolved = this.resolve(child);
      if (resolved.t === "omitted") continue;
      entries.set(key, resolved);
      keyLocs.set(key, raw.keyLocs.get(key));
    }
    return { t: "map", loc: raw.loc, entries, keyLocs };
  }
  resolveIntrinsic(name, arg, whole) {
    const loc = whole.loc;
    switch (name) {
      case "Ref":
        return this.resolveRef(arg, loc);
      case "Fn::GetAtt":
        return this.resolveGetAtt(arg, loc);
      case "Fn::If":
        return this.resolveIf(arg, whole);
      case "Fn::Sub":
        return this.resolveSub(arg, loc);
      case "Fn::Join":
        return this.resolveJoin(arg, loc);
      case "Fn::Select":
        return this.resolveSelect(arg, loc);
      case "Fn::Split":
        return this.resolveSplit(arg, loc);
      case "Fn::FindInMap":
        return this.resolveFindInMap(arg, loc);
      case "Fn::Base64":
        return relocate(this.resolve(arg), loc);
      case "Fn::ImportValue": {
        const exported = this.resolve(arg);
        const imported = this.links.importValue?.(exported, loc, arg);
        if (imported) return imported;
        const label = exported.t === "scalar" ? `'${String(exported.v)}'` : "a computed name";
        return unknown(loc, `imported from another stack's export ${label}`);
      }
      case "Fn::GetAZs":
        return unknown(loc, "the availability zones of the region");
      case "Fn::Transform":
        return unknown(loc, "produced by a macro (Fn::Transform), which sagelint does not run");
      default:
        return unknown(loc, `computed by ${name}`);
    }
  }
  resolveRef(arg, loc) {
    const name = arg.t === "scalar" ? String(arg.v) : void 0;
    if (name === void 0) return unknown(loc, "Ref to a computed name");
    if (name === "AWS::NoValue") return { t: "omitted", loc, anchor: arg, path: loc.path };
    const pseudo = PSEUDO_PARAMETERS[name];
    if (pseudo) return withPlaceholder(unknown(loc, pseudo), name);
    const parameter = this.scope.parameters.get(name);
    if (parameter) return withPlaceholder(this.suppliedValue(parameter, loc) ?? this.parameterValue(parameter, loc), name);
    if (this.scope.resourceIds.has(name)) return this.reference(name, loc, `!Ref ${name}`);
    return unknown(loc, `Ref to '${name}', which the template does not define`);
  }
  /**
   * The value given for a parameter from outside the template. A NoEcho value
   * stays unread, so it is never shown; an SSM parameter's value names the SSM
   * parameter, whose own value only the account knows.
   */
  suppliedValue(parameter, loc) {
    if (parameter.noEcho || parameter.type.startsWith("AWS::SSM::Parameter::Value")) return void 0;
    const supplied = this.links.parameter?.(parameter.name, loc);
    return supplied && isListParameter(parameter) ? splitList(supplied) : supplied;
  }
  parameterValue(parameter, loc) {
    const { name } = parameter;
    if (parameter.noEcho) return unknown(loc, `parameter ${name} is NoEcho`);
    if (parameter.type.startsWith("AWS::SSM::Parameter::Value")) {
      const named = this.links.parameter?.(name, loc) ?? parameter.default;
      const declared = named?.t === "scalar" && this.links.ssmParameter?.(String(named.v), loc);
      return declared || unknown(loc, `parameter ${name} is read from SSM at deploy time`);
    }
    const shape = (v) => isListParameter(parameter) ? splitList(v) : v;
    if (parameter.allowed && parameter.allowed.length > 0) {
      return {
        t: "oneOf",
        loc,
        options: parameter.allowed.map((v) => ({ value: relocate(shape(v), loc), via: `parameter ${name} is ${show(v)}` }))
      };
    }
    if (parameter.default) {
      const def = parameter.default;
      return {
        t: "unknown",
        loc,
        reason: `parameter ${name} can be set at deploy time`,
        fallback: { value: relocate(shape(def), loc), via: `parameter ${name} keeps its default ${show(def)}` }
      };
    }
    return unknown(loc, `parameter ${name} has no default`);
  }
  resolveGetAtt(arg, loc) {
    let target;
    let attribute;
    if (arg.t === "scalar" && typeof arg.v === "string") {
      const dot = arg.v.indexOf(".");
      target = dot === -1 ? arg.v : arg.v.slice(0, dot);
      attribute = dot === -1 ? void 0 : arg.v.slice(dot + 1);
    } else if (arg.t === "list" && arg.items[0]?.t === "scalar") {
      target = String(arg.items[0].v);
      const attr = arg.items[1] && this.resolve(arg.items[1]);
      attribute = attr?.t === "scalar" ? String(attr.v) : void 0;
    }
    if (!target) return unknown(loc, "Fn::GetAtt of a computed name");
    const text = `!GetAtt ${target}${attribute ? `.${attribute}` : ""}`;
    if (!this.scope.resourceIds.has(target)) return unknown(loc, `${text} names a resource the template does not define`);
    return this.nestedOutput(target, attribute, loc) ?? this.reference(target, loc, text, attribute);
  }
  resolveIf(arg, whole) {
    const loc = whole.loc;
    if (arg.t !== "list" || arg.items.length !== 3 || arg.items[0].t !== "scalar") return unknown(loc, "malformed Fn::If");
    const condition = String(arg.items[0].v);
    const whenTrue = this.resolve(arg.items[1]);
    const whenFalse = this.resolve(arg.items[2]);
    const verdict = this.evaluateCondition(condition);
    if (verdict === true) return whenTrue;
    if (verdict === false) return whenFalse;
    const options = [
      { value: absentAt(whenTrue, whole), via: `condition ${condition} is true` },
      { value: absentAt(whenFalse, whole), via: `condition ${condition} is false` }
    ];
    return { t: "oneOf", loc, options };
  }
  resolveSub(arg, loc) {
    let templateValue = arg;
    let variables;
    if (arg.t === "list") {
      templateValue = arg.items[0];
      const vars = arg.items[1];
      if (vars?.t === "map") variables = vars;
    }
    if (templateValue?.t !== "scalar" || typeof templateValue.v !== "string") return unknown(loc, "Fn::Sub of a computed string");
    const parts = [];
    const text = templateValue.v;
    const pattern = /\$\{([^}]*)\}/g;
    let last = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match.index > last) parts.push(literal(text.slice(last, match.index), loc));
      const name = match[1].trim();
      if (name.startsWith("!")) parts.push(literal(`\${${name.slice(1)}}`, loc));
      else parts.push(this.substitution(name, variables, loc));
      last = match.index + match[0].length;
    }
    if (last < text.length) parts.push(literal(text.slice(last), loc));
    return concatenate(parts, loc);
  }
  substitution(name, variables, loc) {
    const variable = variables?.entries.get(name);
    if (variable) return withPlaceholder(this.resolve(variable), name);
    const dot = name.indexOf(".");
    if (dot > 0 && this.scope.resourceIds.has(name.slice(0, dot))) {
      const [target, attribute] = [name.slice(0, dot), name.slice(dot + 1)];
      const output = this.nestedOutput(target, attribute, loc);
      return output ? withPlaceholder(output, name) : this.reference(target, loc, `\${${name}}`, attribute);
    }
    const resolved = this.resolveRef(literal(name, loc), loc);
    return resolved.t === "ref" ? { ...resolved, text: `\${${name}}` } : withPlaceholder(resolved, name);
  }
  resolveJoin(arg, loc) {
    if (arg.t !== "list" || arg.items.length !== 2) return unknown(loc, "malformed Fn::Join");
    const delimiter = arg.items[0].t === "scalar" ? String(arg.items[0].v ?? "") : void 0;
    const list = this.resolve(arg.items[1]);
    if (delimiter === void 0 || list.t !== "list") return unknown(loc, "Fn::Join of a computed list");
    const parts = [];
    list.items.forEach((item, i) => {
      if (i > 0 && delimiter) parts.push(literal(delimiter, loc));
      parts.push(item);
    });
    return concatenate(parts, loc);
  }
  resolveSelect(arg, loc) {
    if (arg.t !== "list" || arg.items.length !== 2) return unknown(loc, "malformed Fn::Select");
    const index = this.resolve(arg.items[0]);
    const list = this.resolve(arg.items[1]);
    const i = index.t === "scalar" ? Number(index.v) : NaN;
    if (list.t === "list" && Number.isInteger(i) && list.items[i]) return list.items[i];
    if (list.t === "ref") return { ...list, loc };
    return unknown(loc, "Fn::Select from a list known only at deploy time");
  }
  resolveSplit(arg, loc) {
    if (arg.t !== "list" || arg.items.length !== 2) return unknown(loc, "malformed Fn::Split");
    const delimiter = this.resolve(arg.items[0]);
    const source = this.resolve(arg.items[1]);
    if (delimiter.t !== "scalar") return unknown(loc, "Fn::Split by a delimiter known only at deploy time");
    const split = (text) => text.t === "scalar" && typeof text.v === "string" ? { t: "list", loc, items: text.v.split(String(delimiter.v)).map((s) => literal(s, loc)) } : void 0;
    const known = split(source);
    if (known) return known;
    if (source.t === "unknown") {
      const fallback = source.fallback && split(source.fallback.value);
      return { t: "unknown", loc, reason: source.reason, ...fallback && { fallback: { via: source.fallback.via, value: fallback } } };
    }
    if (source.t === "oneOf" && source.options.every((o) => split(o.value))) {
      return { t: "oneOf", loc, options: source.options.map((o) => ({ via: o.via, value: split(o.value) })) };
    }
    if (source.t === "ref") return { ...source, loc };
    return unknown(loc, "Fn::Split of a string known only at deploy time");
  }
  resolveFindInMap(arg, loc) {
    if (arg.t !== "list" || arg.items.length < 3 || !this.scope.mappings) return unknown(loc, "Fn::FindInMap on a missing mapping");
    const keys = arg.items.slice(0, 3).map((k) => this.resolve(k));
    return this.lookup(this.scope.mappings, keys, [], loc);
  }
  /** Walks the Mappings section; a key decided at deploy time fans out over every entry. */
  lookup(node, keys, via, loc) {
    if (keys.length === 0) return via.length ? node : this.resolve(node);
    if (node.t !== "map") return unknown(loc, "Fn::FindInMap into a value that is not a map");
    const [key, ...rest] = keys;
    if (key.t === "scalar") {
      const next = node.entries.get(String(key.v));
      return next ? this.lookup(next, rest, via, loc) : unknown(loc, `Fn::FindInMap key '${String(key.v)}' is not in the mapping`);
    }
    const keysToTry = key.t === "oneOf" ? key.options.filter((o) => o.value.t === "scalar").map((o) => ({ value: o.value, via: o.via })) : [...node.entries.keys()].map((k) => ({ value: literal(k, loc), via: `${key.t === "unknown" ? key.reason : "the key"} is '${k}'` }));
    if (keysToTry.length === 0 || keysToTry.length > MAX_OPTIONS) return unknown(loc, "Fn::FindInMap with a key known only at deploy time");
    const options = keysToTry.map((k) => ({ via: k.via, value: this.resolve(this.lookup(node, [k.value, ...rest], [...via, k.via], loc)) }));
    return { t: "oneOf", loc, options };
  }
  evaluateConditionExpression(expression) {
    if (expression.t !== "map") return void 0;
    const fn = singleKey(expression);
    const arg = fn ? expression.entries.get(fn) : void 0;
    if (!fn || !arg) return void 0;
    if (fn === "Condition") return arg.t === "scalar" ? this.evaluateCondition(String(arg.v)) : void 0;
    if (arg.t !== "list") return void 0;
    switch (fn) {
      case "Fn::Equals": {
        const [a, b] = arg.items.map((i) => this.resolve(i));
        if (a?.t === "scalar" && b?.t === "scalar") return String(a.v) === String(b.v);
        return void 0;
      }
      case "Fn::Not": {
        const inner = arg.items[0] && this.evaluateConditionExpression(arg.items[0]);
        return inner === void 0 ? void 0 : !inner;
      }
      case "Fn::And":
      case "Fn::Or": {
        const results = arg.items.map((i) => this.evaluateConditionExpression(i));
        const decisive = fn === "Fn::And" ? false : true;
        if (results.includes(decisive)) return decisive;
        return results.includes(void 0) ? void 0 : !decisive;
      }
      default:
        return void 0;
    }
  }
};
function singleKey(map) {
  if (map.entries.size !== 1) return void 0;
  return map.entries.keys().next().value;
}
function unknown(loc, reason) {
  return { t: "unknown", loc, reason };
}
function literal(text, loc) {
  return { t: "scalar", v: text, loc };
}
function show(v) {
  return v.t === "scalar" ? `'${String(v.v)}'` : "a computed value";
}
function relocate(value, loc) {
  return { ...value, loc };
}
function absentAt(value, whole) {
  return value.t === "omitted" ? { t: "omitted", loc: whole.loc, anchor: whole, path: whole.loc.path } : value;
}
function isListParameter(parameter) {
  return parameter.type === "CommaDelimitedList" || parameter.type.startsWith("List<");
}
function splitList(v) {
  if (v.t !== "scalar" || typeof v.v !== "string") return v;
  return { t: "list", loc: v.loc, items: v.v === "" ? [] : v.v.split(",").map((s) => literal(s.trim(), v.loc)) };
}
function withPlaceholder(value, name) {
  return value.t === "unknown" ? { ...value, placeholder: `\${${name}}` } : value;
}
function concatenate(parts, loc) {
  const choiceIndex = parts.findIndex((p) => p.t === "oneOf" || p.t === "unknown" && p.fallback);
  const onlyOneChoice = choiceIndex !== -1 && parts.every((p, i) => i === choiceIndex || p.t === "scalar");
  if (onlyOneChoice) {
    const choice = parts[choiceIndex];
    const build = (v) => concatenate(parts.map((p, i) => i === choiceIndex ? v : p), loc);
    if (choice.t === "oneOf" && choice.options.length <= MAX_OPTIONS) {
      return { t: "oneOf", loc, options: choice.options.map((o) => ({ via: o.via, value: build(o.value) })) };
    }
    if (choice.t === "unknown" && choice.fallback) {
      return { t: "unknown", loc, reason: choice.reason, fallback: { via: choice.fallback.via, value: build(choice.fallback.value) } };
    }
  }
  return { t: "scalar", loc, v: parts.map(textOf).join("") };
}
function localTarget(target) {
  return target.slice(target.lastIndexOf("#") + 1);
}
function textOf(part) {
  switch (part.t) {
    case "scalar":
      return part.v === null ? "" : String(part.v);
    case "ref":
      return part.text.startsWith("${") ? part.text : `\${${localTarget(part.target)}${part.attribute ? `.${part.attribute}` : ""}}`;
    case "unknown":
      return part.placeholder ?? "${?}";
    default:
      return "${?}";
  }
}

// src/loaders/cloudformation/template.ts
function isCloudFormationTemplate(root) {
  if (root.t !== "map") return false;
  if (root.entries.has("AWSTemplateFormatVersion")) return true;
  const resources = root.entries.get("Resources");
  if (resources?.t !== "map" || resources.entries.size === 0) return false;
  return [...resources.entries.values()].some((r) => r.t === "map" && stringOf(get(r, "Type")) !== void 0);
}
function readTemplate2(root, file, label, text, links) {
  const errors = [];
  const notes = [];
  const resourcesNode = root.entries.get("Resources");
  if (resourcesNode && resourcesNode.t !== "map") {
    errors.push(errorAt(file, resourcesNode.loc, "Resources must be a map of logical IDs to resources"));
    return { resources: [], errors, notes };
  }
  const scope = templateScope(root, resourcesNode);
  const resolver = new IntrinsicResolver(scope, links);
  noteTransforms(root, file, notes);
  if (mayWriteTransform(text)) noteTransformFunctions(root, file, notes);
  const resources = [];
  for (const [logicalId, node] of resourcesNode?.entries ?? []) {
    if (logicalId === "Fn::Transform") continue;
    const keyLoc = resourcesNode.keyLocs.get(logicalId);
    if (node.t !== "map") {
      errors.push(errorAt(file, node.loc, `resource ${logicalId} must be a map with a Type`));
      continue;
    }
    const type = stringOf(get(node, "Type"));
    if (type === void 0) {
      errors.push(errorAt(file, keyLoc, `resource ${logicalId} has no Type`));
      continue;
    }
    const kind = CLOUDFORMATION_KINDS[type];
    const expander = RESOURCE_EXPANDERS[type];
    if (!kind && !expander) continue;
    const rawProps = node.entries.get("Properties");
    const props = rawProps ? resolver.resolve(rawProps) : get(node, "Properties");
    const metadata = node.entries.get("Metadata");
    const cdkPath = metadata ? stringOf(get(metadata, "aws:cdk:path")) : void 0;
    const base = {
      id: logicalId,
      type,
      source: "cloudformation",
      loc: keyLoc,
      props,
      tags: TAGGABLE_TYPES.has(type) ? readTags(get(props, "Tags"), props.loc) : void 0,
      suppressions: metadata ? readSuppressions(metadata, file, logicalId, errors) : [],
      aliases: links?.namespace ? [`${links.namespace}${logicalId}`, ...literalName(props, NAME_PROPERTIES[type])] : literalName(props, NAME_PROPERTIES[type]),
      label: cdkPath ? `construct ${cdkPath}` : label,
      condition: stringOf(get(node, "Condition"))
    };
    if (kind) resources.push({ ...base, kind });
    if (expander) {
      const expanded = expander({ logicalId, type, props, loc: keyLoc, file, text, base });
      appendAll(resources, expanded.resources);
      appendAll(notes, expanded.notes);
      appendAll(errors, expanded.errors ?? []);
    }
  }
  return { resources, errors, notes };
}
function templateScope(root, resourcesNode) {
  const parameters = /* @__PURE__ */ new Map();
  const parametersNode = root.entries.get("Parameters");
  if (parametersNode?.t === "map") {
    for (const [name, p] of parametersNode.entries) {
      const allowed = get(p, "AllowedValues");
      const noEcho = get(p, "NoEcho");
      const def = get(p, "Default");
      parameters.set(name, {
        name,
        type: stringOf(get(p, "Type")) ?? "String",
        default: def.t === "scalar" || def.t === "list" ? def : void 0,
        allowed: allowed.t === "list" ? allowed.items.filter((v) => v.t === "scalar") : void 0,
        noEcho: noEcho.t === "scalar" && String(noEcho.v).toLowerCase() === "true"
      });
    }
  }
  const conditions = /* @__PURE__ */ new Map();
  const conditionsNode = root.entries.get("Conditions");
  if (conditionsNode?.t === "map") for (const [name, c] of conditionsNode.entries) conditions.set(name, c);
  const mappings = root.entries.get("Mappings");
  return { parameters, conditions, mappings, resourceIds: new Set(resourcesNode?.entries.keys() ?? []) };
}
function noteTransforms(root, file, notes) {
  const transform = root.entries.get("Transform");
  if (!transform) return;
  const names = transform.t === "list" ? transform.items.map(stringOf) : [stringOf(transform)];
  const line = transform.loc.kind === "source" ? transform.loc.start.line : void 0;
  for (const name of names) {
    if (name === "AWS::Serverless-2016-10-31") {
      notes.push({ file, line, message: "SAM transform is not expanded: AWS::Serverless::* resources are checked as written" });
    } else {
      notes.push({ file, line, message: `transform ${name ?? "(computed)"} is not run: resources it would generate are not checked` });
    }
  }
}
function mayWriteTransform(text) {
  return text === void 0 || text.includes("Transform") || text.includes("\\");
}
function noteTransformFunctions(node, file, notes) {
  if (node.t === "list") {
    for (const item of node.items) noteTransformFunctions(item, file, notes);
    return;
  }
  if (node.t !== "map") return;
  const transform = node.entries.get("Fn::Transform");
  if (transform) {
    const name = stringOf(get(transform, "Name")) ?? "(computed)";
    const location = stringOf(get(transform, "Parameters", "Location"));
    const key = node.keyLocs.get("Fn::Transform");
    const line = key?.kind === "source" ? key.start.line : void 0;
    const what = location ? `${name} of ${location}` : name;
    notes.push({ file, line, message: `Fn::Transform ${what} is not run and nothing is fetched: what it would produce is not checked` });
  }
  for (const child of node.entries.values()) noteTransformFunctions(child, file, notes);
}
function readTags(tags, resourceLoc) {
  const known = /* @__PURE__ */ new Map();
  if (tags.t === "omitted") return { known, partial: false, loc: resourceLoc };
  if (tags.t !== "list") return { known, partial: true, loc: tags.loc };
  let partial = false;
  for (const tag of tags.items) {
    const key = stringOf(get(tag, "Key"));
    if (key === void 0) {
      partial = true;
      continue;
    }
    known.set(key, stringOf(get(tag, "Value")));
  }
  return { known, partial, loc: tags.loc };
}
function readSuppressions(metadata, file, logicalId, errors) {
  const ignore = get(metadata, "sagelint", "ignore");
  if (ignore.t === "omitted") return [];
  if (ignore.t !== "list") {
    errors.push(errorAt(file, ignore.loc, `Metadata.sagelint.ignore of ${logicalId} must be a list of { id, reason }`));
    return [];
  }
  const out = [];
  for (const entry of ignore.items) {
    const ruleId = stringOf(entry) ?? stringOf(get(entry, "id"));
    if (!ruleId) {
      errors.push(errorAt(file, entry.loc, `suppression on ${logicalId} has no rule id`));
      continue;
    }
    out.push({ ruleId, reason: stringOf(get(entry, "reason"))?.trim() || void 0, loc: entry.loc });
  }
  return out;
}
function literalName(props, property) {
  if (!property) return [];
  const name = get(props, property);
  return name.t === "scalar" && typeof name.v === "string" ? [name.v] : [];
}

// src/loaders/cloudformation/index.ts
function loadCloudFormationText(text, file, options = {}) {
  const parsed = parseStructuredText(text, file);
  if (!parsed.ok) return { files: [file], resources: [], errors: [parsed.error], notes: [] };
  return loadCloudFormationDocument(parsed.doc, file, options);
}
function lenientYamlNote(doc, file) {
  const { offset, what } = doc.leniency;
  return {
    file,
    line: doc.positions.at(offset).line,
    message: `not valid YAML 1.2 (${what}); read as CloudFormation and PyYAML read it, but stricter YAML tools will reject the file`
  };
}
function loadCloudFormationDocument(doc, file, options = {}) {
  if (!isCloudFormationTemplate(doc.value)) return void 0;
  const { resources, errors, notes } = readTemplate2(doc.value, file, options.label, doc.text, options.links);
  if (doc.leniency) notes.unshift(lenientYamlNote(doc, file));
  return {
    files: [file],
    resources,
    errors,
    notes,
    renderFix: (fix) => renderCloudFormationFix(fix, doc, file)
  };
}

export {
  require_picomatch2 as require_picomatch,
  StringPool,
  evaluateUnit,
  renderCloudFormationFix,
  IntrinsicResolver,
  isCloudFormationTemplate,
  templateScope,
  loadCloudFormationText,
  loadCloudFormationDocument
};
