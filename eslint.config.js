import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layers of the sources (docs/architecture.md, "Layers"), lowest first. A
 * module may import its own layer and any lower tier, never a layer of its
 * own tier or above; `loaders` also keeps each input format's folder to
 * itself. Tests (and test helpers) exercise the layers together and are exempt.
 */
export const LAYERS = [
  { name: 'collections', tier: 0, files: ['src/collections.ts'] },
  { name: 'model', tier: 1, files: ['src/model/**'] },
  { name: 'core', tier: 2, files: ['src/core/**'] },
  { name: 'iam', tier: 3, files: ['src/iam/**'] },
  { name: 'rules', tier: 4, files: ['rules/**'] },
  { name: 'loaders', tier: 4, files: ['src/loaders/**'] },
  { name: 'engine', tier: 4, files: ['src/engine/**'] },
  { name: 'config', tier: 5, files: ['src/config/**'] },
  { name: 'pipeline', tier: 6, files: ['src/pipeline/**'] },
  { name: 'report', tier: 7, files: ['src/report/**'] },
  { name: 'docs', tier: 8, files: ['src/docs/**'] },
  { name: 'plugin-api', tier: 8, files: ['src/plugin-api/**'] },
  // cli and lsp are the top: they may import every layer.
  { name: 'cli', tier: 9, files: ['src/cli/**'] },
  { name: 'lsp', tier: 9, files: ['src/lsp/**'] },
];

/** The input formats' folders under src/loaders: none imports another's (shared code lives in src/loaders/ and src/loaders/expanders/). */
const INPUT_FORMATS = ['cloudformation', 'terraform', 'account'];

const TEST_FILES = ['**/*.test.ts', '**/testing.ts'];

/** A relative import specifier that reaches into one of `folders` (each layer's folder name is unique in the tree). */
function reaching(folders) {
  return `^\\.\\.?\\/(?:[^'"]*\\/)?(?:${folders.join('|')})\\/`;
}

function boundaryRules(layer, extraForbidden = []) {
  const above = LAYERS.filter((other) => other !== layer && other.tier >= layer.tier);
  const patterns = above.map((other) => ({
    regex: reaching([other.name]),
    message: `${layer.name} (tier ${layer.tier}) may not import ${other.name} (tier ${other.tier}): see "Layers" in docs/architecture.md.`,
  }));
  for (const { folders, message } of extraForbidden) patterns.push({ regex: reaching(folders), message });
  // Dynamic import() is not covered by no-restricted-imports; esquery regexes cannot hold '/', hence \x2F.
  const dynamic = [...above.map((other) => other.name), ...extraForbidden.flatMap((e) => e.folders)];
  const dynamicPattern = reaching(dynamic).replace(/\\\//g, '\\x2F');
  return {
    'no-restricted-imports': ['error', { patterns }],
    'no-restricted-syntax': [
      'error',
      {
        selector: `ImportExpression[source.value=/${dynamicPattern}/]`,
        message: `${layer.name} (tier ${layer.tier}) may only import lower layers: see "Layers" in docs/architecture.md.`,
      },
    ],
  };
}

const layerConfigs = LAYERS.filter((layer) => layer.tier < 9).flatMap((layer) => {
  if (layer.name !== 'loaders') return [{ files: layer.files, ignores: TEST_FILES, rules: boundaryRules(layer) }];
  // Each input format's folder additionally keeps to itself.
  return [
    { files: layer.files, ignores: [...TEST_FILES, ...INPUT_FORMATS.map((f) => `src/loaders/${f}/**`)], rules: boundaryRules(layer) },
    ...INPUT_FORMATS.map((format) => ({
      files: [`src/loaders/${format}/**`],
      ignores: TEST_FILES,
      rules: boundaryRules(layer, [
        {
          folders: INPUT_FORMATS.filter((f) => f !== format),
          message: `src/loaders/${format} may not import another input format's loader: shared code belongs in src/loaders/ or src/loaders/expanders/, canonical shapes in src/model/.`,
        },
      ]),
    })),
  ];
});

export default tseslint.config(
  { ignores: ['dist/', 'bundle/', 'node_modules/', 'coverage/', 'bench/corpus/', 'bench/out/', 'fixtures/', 'test/schemas/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  ...layerConfigs,
  {
    files: TEST_FILES,
    ignores: ['test/helpers/property.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'fast-check', message: 'Import fc from test/helpers/property.ts: it seeds every property so the suite replays the same cases.' }] }],
    },
  },
);
