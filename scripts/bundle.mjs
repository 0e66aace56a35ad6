#!/usr/bin/env node
// `npm run bundle`: the CLI's sources (src/, rules/) as plain JavaScript in bundle/,
// committed so that the GitHub Action, pre-commit and the npm package run without
// a TypeScript build. Dependencies stay in node_modules (npm installs them), except
// the YAML and argument parsers every command loads (INLINED in bundle-options.mjs),
// whose licences NOTICE quotes. Dynamic imports become chunks, so commands still
// load only what they need and the scan worker (src/pipeline/parallel.ts, which
// starts itself by its own URL) is a module of its own.
//
// The plugin API (`sagelint/rules`, `sagelint/testing`) is two more entries of the same
// build, so a plugin imports the very modules the CLI runs (shared chunks), with
// TypeScript declarations under bundle/types/.
//
// `npm run bundle -- --check` builds in memory and fails when bundle/ differs.
import { build } from 'esbuild';
import ts from 'typescript';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleOptions, inlinedPackages, noticeGaps, OUTDIR as outdir, ROOT as root, withoutUnusedRequire, YARGS_LOCALES_DIR } from './bundle-options.mjs';

const result = await build(bundleOptions());

const gaps = noticeGaps(inlinedPackages(result.metafile), readFileSync(path.join(root, 'NOTICE'), 'utf8'));
if (gaps.length > 0) {
  process.stderr.write(`NOTICE must name each package built into the bundle and quote its licence:\n  ${gaps.join('\n  ')}\n`);
  process.exit(1);
}

const built = new Map(
  result.outputFiles.map((file) => [path.relative(outdir, file.path).split(path.sep).join('/'), file.path.endsWith('.js') ? Buffer.from(withoutUnusedRequire(file.text)) : Buffer.from(file.contents)]),
);

// Data files the code reads beside itself (`new URL('./name', import.meta.url)`): each goes next to the output that reads it.
const ASSETS = ['src/iam/aws-managed-policies.json.br', 'src/report/html-client.js', 'src/report/html-report.css'];
for (const asset of ASSETS) {
  const name = path.basename(asset);
  const readers = [...built].filter(([file, contents]) => file.endsWith('.js') && contents.includes(`./${name}`)).map(([file]) => file);
  if (readers.length === 0) throw new Error(`no bundled module reads ${asset}`);
  for (const reader of readers) built.set(path.posix.join(path.posix.dirname(reader), name), readFileSync(path.join(root, asset)));
}
// The bundled yargs's messages in each language, beside the output that holds yargs (bundle-options.mjs).
const yargsLocales = path.join(root, 'node_modules/yargs/locales');
const localeReaders = [...built].filter(([file, contents]) => file.endsWith('.js') && contents.includes(`./${YARGS_LOCALES_DIR}/`)).map(([file]) => file);
if (localeReaders.length === 0) throw new Error('no bundled module reads the yargs locales');
for (const reader of localeReaders) {
  for (const name of readdirSync(yargsLocales)) built.set(path.posix.join(path.posix.dirname(reader), YARGS_LOCALES_DIR, name), readFileSync(path.join(yargsLocales, name)));
}

/**
 * Declarations of the plugin API: tsc emits one per source file it reaches;
 * only those the API's own declarations import, directly or not, are kept.
 */
function apiDeclarations() {
  const entries = { 'src/plugin-api/rules.ts': 'rules.d.ts', 'src/plugin-api/rule-tester.ts': 'testing.d.ts' };
  // The options of tsconfig.json that shape declarations, written out so the bundle depends on sources only.
  const options = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    skipLibCheck: true,
    resolveJsonModule: true,
    esModuleInterop: true,
    types: ['node'],
    declaration: true,
    emitDeclarationOnly: true,
    outDir: path.join(outdir, 'types'),
    rootDir: root,
  };
  const emitted = new Map();
  const program = ts.createProgram(Object.keys(entries).map((file) => path.join(root, file)), options);
  const { diagnostics } = program.emit(undefined, (file, text) => emitted.set(path.relative(outdir, file).split(path.sep).join('/'), text));
  if (diagnostics.length) throw new Error(ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' }));
  const kept = new Map();
  const visit = (file) => {
    if (kept.has(file) || !emitted.has(file)) return;
    const text = emitted.get(file);
    kept.set(file, Buffer.from(text));
    for (const [, specifier] of text.matchAll(/(?:from |import\()['"](\.{1,2}\/[^'"]+)\.js['"]/g)) visit(path.posix.join(path.posix.dirname(file), `${specifier}.d.ts`));
  };
  for (const [source, name] of Object.entries(entries)) {
    const declaration = `types/${source.replace(/\.ts$/, '.d.ts')}`;
    visit(declaration);
    // Each subpath's declarations sit beside its module, as TypeScript looks for them.
    kept.set(name, Buffer.from(`export * from './${declaration.replace(/\.d\.ts$/, '.js')}';\n`));
  }
  return kept;
}
for (const [file, contents] of apiDeclarations()) built.set(file, contents);

/** Every file under bundle/, as posix paths relative to it. */
function committedFiles(dir = outdir, prefix = '') {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) =>
    entry.isDirectory() ? committedFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

if (process.argv.includes('--check')) {
  const committed = committedFiles();
  const stale = [
    ...[...built.keys()].filter((file) => !committed.includes(file)).map((file) => `missing: bundle/${file}`),
    ...committed.filter((file) => !built.has(file)).map((file) => `left over: bundle/${file}`),
    ...committed.filter((file) => built.has(file) && !readFileSync(path.join(outdir, file)).equals(built.get(file))).map((file) => `differs: bundle/${file}`),
  ];
  if (stale.length > 0) {
    process.stderr.write(`bundle/ is stale; run \`npm run bundle\` and commit it:\n  ${stale.join('\n  ')}\n`);
    process.exit(1);
  }
} else {
  rmSync(outdir, { recursive: true, force: true });
  for (const [file, contents] of built) {
    const target = path.join(outdir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    // The entry is the package's `bin`: executable, like npm makes it on install.
    writeFileSync(target, contents, { mode: file === 'sagelint.js' ? 0o755 : 0o644 });
  }
}
