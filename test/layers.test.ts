/** The import-boundary lint (eslint.config.js, docs/architecture.md "Layers") refuses an import from a higher layer. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');

interface Layer {
  name: string;
  tier: number;
  files: string[];
}

let eslint: ESLint;
let layers: Layer[];

beforeAll(async () => {
  eslint = new ESLint({ cwd: REPO_ROOT });
  layers = ((await import(pathToFileURL(path.join(REPO_ROOT, 'eslint.config.js')).href)) as { LAYERS: Layer[] }).LAYERS;
}, 120_000);

/** The boundary errors ESLint reports for `text` as the file `file` (relative to the repository). */
async function boundaryErrors(file: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: path.join(REPO_ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

describe('layer boundaries', () => {
  it('refuse an import of a higher layer', async () => {
    const errors = await boundaryErrors('src/core/violating.ts', "import { scan } from '../pipeline/scan.js';\nexport const run = scan;\n");
    expect(errors).toEqual([expect.stringMatching(/core \(tier 2\) may not import pipeline \(tier 6\)/)]);
  });

  it('refuse a type-only import and a re-export as well', async () => {
    const text = "import type { LoadOptions } from '../loaders/index.js';\nexport type Options = LoadOptions;\nexport { scan } from '../pipeline/scan.js';\n";
    const errors = await boundaryErrors('src/engine/violating.ts', text);
    expect(errors).toEqual([expect.stringMatching(/engine \(tier 4\) may not import loaders/), expect.stringMatching(/engine \(tier 4\) may not import pipeline/)]);
  });

  it('refuse a rule that reaches past core, model and iam', async () => {
    const errors = await boundaryErrors('rules/sm999-violating.ts', "import { evaluateUnit } from '../src/engine/evaluate.js';\nexport const evaluate = evaluateUnit;\n");
    expect(errors).toEqual([expect.stringMatching(/rules \(tier 4\) may not import engine/)]);
  });

  it("refuse one input format's loader importing another's", async () => {
    const errors = await boundaryErrors('src/loaders/terraform/violating.ts', "import { loadCloudFormationText } from '../cloudformation/index.js';\nexport const load = loadCloudFormationText;\n");
    expect(errors).toEqual([expect.stringMatching(/src\/loaders\/terraform may not import another input format's loader/)]);
  });

  it('keep the pipeline below the commands and the reports: its steps return results, the CLI tells them', async () => {
    const text = "import { EXIT } from '../cli/exit-codes.js';\nimport { plural } from '../report/summary.js';\nexport const codes = [EXIT, plural];\n";
    const errors = await boundaryErrors('src/pipeline/violating.ts', text);
    expect(errors).toEqual([expect.stringMatching(/pipeline \(tier 6\) may not import cli \(tier 9\)/), expect.stringMatching(/pipeline \(tier 6\) may not import report \(tier 7\)/)]);
  });

  it('refuse a dynamic import of a higher layer', async () => {
    const errors = await boundaryErrors('src/report/violating.ts', "export const load = () => import('../cli/run-scan.js');\n");
    expect(errors).toEqual([expect.stringMatching(/report \(tier 7\) may only import lower layers/)]);
  });

  it('allow imports of lower layers, and tests to cross layers', async () => {
    expect(await boundaryErrors('src/pipeline/allowed.ts', "import { loadUnitSource } from '../loaders/index.js';\nimport type { Finding } from '../core/finding.js';\nexport const load = loadUnitSource;\nexport type F = Finding;\n")).toEqual([]);
    expect(await boundaryErrors('src/core/allowed.test.ts', "import { scan } from '../pipeline/scan.js';\nexport const run = scan;\n")).toEqual([]);
  });

  it('cover every folder of src/, and docs/architecture.md names every layer', () => {
    const covered = new Set(layers.flatMap((layer) => layer.files));
    const entries = readdirSync(path.join(REPO_ROOT, 'src'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() || (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')))
      .map((entry) => (entry.isDirectory() ? `src/${entry.name}/**` : `src/${entry.name}`));
    expect(entries.filter((entry) => !covered.has(entry))).toEqual([]);
    const architecture = readFileSync(path.join(REPO_ROOT, 'docs/architecture.md'), 'utf8');
    expect(architecture).toContain('\n## Layers\n');
    const layersSection = architecture.slice(architecture.indexOf('\n## Layers\n'));
    for (const layer of layers) expect(layersSection, layer.name).toContain(`| ${layer.tier} | \`${layer.files[0]!.replace('/**', '/')}\``);
  });
});
