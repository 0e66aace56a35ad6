// The esbuild build of bundle/ (scripts/bundle.mjs writes it; tests build it in memory)
// and the licences that the packages built into it bring to NOTICE.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OUTDIR = path.join(ROOT, 'bundle');

/**
 * Dependencies built into the bundle, with everything they import; every other package
 * stays external, installed by npm. Every command loads yaml and yargs, and every scan
 * picomatch: built in, they are a few files instead of some 125 resolved and compiled
 * one by one, picomatch's CommonJS read by Node.js's export lexer (issue 21, target 2).
 */
export const INLINED = new Set(['yaml', 'yargs', 'picomatch']);

/** `yaml`, `yargs/helpers`, `@aws-sdk/client-iam/dist` → the package's name. */
const packageName = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
const insideNodeModules = (file) => file.split(/[\\/]/).includes('node_modules');

/** Bare imports from sagelint's sources are external unless INLINED; an inlined package's own imports are inlined too. */
const inlineChosenPackages = {
  name: 'inline-chosen-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (insideNodeModules(args.importer) || INLINED.has(packageName(args.path))) return undefined;
      return { path: args.path, external: true };
    });
  },
};

/** Where the bundled yargs reads its messages in the user's language: beside the output file that holds it. */
export const YARGS_LOCALES_DIR = 'yargs-locales';
// yargs finds `locales/` relative to its own file; bundled, its file is an output of the build.
const YARGS_LOCALES = { from: "resolve(__dirname, '../../../locales')", to: `fileURLToPath(new URL('./${YARGS_LOCALES_DIR}/', import.meta.url))` };
const yargsLocalesBesideOutput = {
  name: 'yargs-locales-beside-output',
  setup(build) {
    build.onLoad({ filter: /[\\/]yargs[\\/]lib[\\/]platform-shims[\\/]esm\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(YARGS_LOCALES.from)) throw new Error(`${args.path} no longer finds its locales by ${YARGS_LOCALES.from}: update scripts/bundle-options.mjs`);
      return { contents: source.replace(YARGS_LOCALES.from, YARGS_LOCALES.to), loader: 'js' };
    });
  },
};

/**
 * string-width (which yargs, cliui and wrap-ansi import) builds an Intl.Segmenter and
 * Unicode property regular expressions as it loads, tens of milliseconds of every run,
 * for text widths that only `--help` measures. Each import of it gets a function that
 * loads the real module (built in, as a lazily initialised module) at its first call.
 */
const STRING_WIDTH_ON_FIRST_CALL = 'string-width-on-first-call';
const stringWidthOnFirstCall = {
  name: STRING_WIDTH_ON_FIRST_CALL,
  setup(build) {
    build.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.pluginData?.real) return undefined;
      const real = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: { real: true } });
      if (real.errors.length > 0) return { errors: real.errors };
      // The path esbuild prints in the bundle is relative, so the bundle is the same wherever it is built.
      return { path: path.relative(ROOT, real.path).split(path.sep).join('/'), namespace: STRING_WIDTH_ON_FIRST_CALL, pluginData: { file: real.path } };
    });
    build.onLoad({ filter: /.*/, namespace: STRING_WIDTH_ON_FIRST_CALL }, (args) => ({
      contents: `export default function stringWidth(...args) {\n  return require(${JSON.stringify(args.pluginData.file)}).default(...args);\n}\n`,
      resolveDir: path.dirname(args.pluginData.file),
      loader: 'js',
    }));
  },
};

/** Gives an output's CommonJS code a `require` (an ES module has none of its own). */
export const REQUIRE_BANNER = "import { createRequire as __sagelintCreateRequire } from 'node:module';\nconst require = __sagelintCreateRequire(import.meta.url);";

/**
 * An output's text without REQUIRE_BANNER when nothing in it uses `require`: each
 * `createRequire` builds a CommonJS module object as the output loads, and a scan
 * loads some forty outputs, most of them without CommonJS code.
 */
export function withoutUnusedRequire(text) {
  const at = text.indexOf(`${REQUIRE_BANNER}\n`);
  if (at === -1) return text;
  const rest = text.slice(0, at) + text.slice(at + REQUIRE_BANNER.length + 1);
  return /\brequire\b/.test(rest) ? text : rest;
}

/** esbuild's options for bundle/, built in memory (`write: false`) with its metafile. */
export function bundleOptions() {
  return {
    absWorkingDir: ROOT,
    entryPoints: { sagelint: 'src/cli/start.ts', rules: 'src/plugin-api/rules.ts', testing: 'src/plugin-api/rule-tester.ts' },
    outdir: OUTDIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    plugins: [stringWidthOnFirstCall, inlineChosenPackages, yargsLocalesBesideOutput],
    // The paths esbuild prints beside inlined code stay below node_modules/ even where it is a link (a copy of the repository sharing an install): the bundle is the same wherever it is built.
    preserveSymlinks: true,
    // The inlined CommonJS code (yaml) requires Node.js built-ins; an ES module has no `require` of its own. Outputs without it lose it (withoutUnusedRequire).
    banner: { js: REQUIRE_BANNER },
    metafile: true,
    chunkNames: 'chunks/[name]-[hash]',
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    logLevel: 'warning',
  };
}

/**
 * The packages built into the bundle, by the metafile's inputs: one entry per
 * installed copy (two versions of a package are two entries, each with its licence).
 * @returns {{ name: string, version: string, dir: string }[]}
 */
export function inlinedPackages(metafile) {
  const dirs = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    // A plugin's module (`string-width-on-first-call:node_modules/...`) stands for the package it names.
    const file = input.replace(/^[\w-]+:/, '');
    const parts = (path.isAbsolute(file) ? path.relative(ROOT, file) : file).split(/[\\/]/);
    const at = parts.lastIndexOf('node_modules');
    if (at === -1) continue;
    dirs.add(parts.slice(0, at + (parts[at + 1]?.startsWith('@') ? 3 : 2)).join('/'));
  }
  return [...dirs].sort().map((dir) => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, dir, 'package.json'), 'utf8'));
    return { name: manifest.name, version: manifest.version, dir };
  });
}

const words = (text) => text.replace(/\s+/g, ' ').trim();

/**
 * What NOTICE lacks for the packages built into the bundle: each must be named in a
 * heading line, `name, other-name (licence):`, and its licence text quoted.
 */
export function noticeGaps(packages, notice) {
  const named = new Set([...notice.matchAll(/^(.+) \([^()]+\):$/gm)].flatMap(([, names]) => names.split(', ')));
  const unnamed = [...new Set(packages.map((p) => p.name))].filter((name) => !named.has(name));
  const unquoted = packages.flatMap(({ name, version, dir }) => {
    const licence = readdirSync(path.join(ROOT, dir)).find((file) => /^licen[cs]e/i.test(file));
    if (licence === undefined) return [`${name}@${version} (${dir}) has no licence file to quote`];
    return words(notice).includes(words(readFileSync(path.join(ROOT, dir, licence), 'utf8'))) ? [] : [`${name}@${version}'s licence (${dir}/${licence}) is not quoted`];
  });
  return [...unnamed.map((name) => `${name} is not named`), ...unquoted];
}
