#!/usr/bin/env node
// `npm run bundle`: the CLI's sources (src/, rules/) as plain JavaScript in bundle/,
// committed so that the GitHub Action, pre-commit and the npm package run without
// a TypeScript build. Dependencies stay in node_modules (npm installs them); only
// sagelint's own code is bundled. Dynamic imports become chunks, so commands still
// load only what they need and the scan worker (src/engine/parallel.ts, which
// starts itself by its own URL) is a module of its own.
//
// `npm run bundle -- --check` builds in memory and fails when bundle/ differs.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'bundle');

const result = await build({
  absWorkingDir: root,
  entryPoints: { sagelint: 'src/cli/main.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  charset: 'utf8',
  write: false,
  logLevel: 'warning',
});

const built = new Map(result.outputFiles.map((file) => [path.relative(outdir, file.path).split(path.sep).join('/'), Buffer.from(file.contents)]));

// Data files the code reads beside itself (`new URL('./name', import.meta.url)`): each goes next to the output that reads it.
const ASSETS = ['src/iam/aws-managed-policies.json.br', 'src/report/html-client.js', 'src/report/html-report.css'];
for (const asset of ASSETS) {
  const name = path.basename(asset);
  const readers = [...built].filter(([file, contents]) => file.endsWith('.js') && contents.includes(`./${name}`)).map(([file]) => file);
  if (readers.length === 0) throw new Error(`no bundled module reads ${asset}`);
  for (const reader of readers) built.set(path.posix.join(path.posix.dirname(reader), name), readFileSync(path.join(root, asset)));
}

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
