/** JSON Schema of `.sagelint.yml` (also published as schema/sagelint-config.schema.json). */
import { PRESET_NAMES } from './presets.js';

const severity = { enum: ['critical', 'high', 'medium', 'low'] };

export const CONFIG_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/sagelint/sagelint/schema/sagelint-config.schema.json',
  title: 'sagelint configuration (.sagelint.yml)',
  type: 'object',
  additionalProperties: false,
  properties: {
    extends: {
      description: 'The rule preset the `rules` settings apply on top of: recommended (the default), strict (every rule) or security-hub (the rules with a Security Hub control). See docs/presets.md.',
      enum: PRESET_NAMES,
    },
    rules: {
      description: 'Per rule, on top of the preset: off, on, a severity override (which also turns the rule on), or { enabled, severity }.',
      type: 'object',
      additionalProperties: {
        oneOf: [
          { enum: ['off', 'on', 'critical', 'high', 'medium', 'low'] },
          {
            type: 'object',
            additionalProperties: false,
            properties: { enabled: { type: 'boolean' }, severity },
          },
        ],
      },
    },
    requiredTags: {
      description: 'Tag keys every taggable SageMaker and Redshift resource must carry (TG001).',
      type: 'array',
      items: { type: 'string', minLength: 1 },
      uniqueItems: true,
    },
    exclude: {
      description: 'Globs, relative to the scan root, of files and folders not to scan.',
      type: 'array',
      items: { type: 'string', minLength: 1 },
    },
    suppressions: {
      description: 'Findings to accept, each with a reason; an expired entry stops applying.',
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['rule', 'reason'],
        properties: {
          rule: { type: 'string', pattern: '^([A-Z]+[0-9]+|\\*)$' },
          path: { type: 'string', minLength: 1 },
          resource: { type: 'string', minLength: 1 },
          reason: { type: 'string', minLength: 3 },
          expires: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' },
        },
      },
    },
    failOn: { enum: ['critical', 'high', 'medium', 'low', 'none'] },
    inlineSuppressions: { type: 'boolean', description: 'Honour suppressions written in templates (default true).' },
    plugins: {
      description:
        'Rule plugins to load: a folder relative to this file (starting with ./ or ../) or the name of an npm package installed where this file is. A plugin runs code: see docs/plugins.md. In trusted mode only the trusted config names plugins.',
      type: 'array',
      items: { type: 'string', minLength: 1 },
      uniqueItems: true,
    },
    customRules: {
      description: 'Declarative rule files (YAML, relative to this file): property and tag requirements, see docs/plugins.md.',
      type: 'array',
      items: { type: 'string', minLength: 1 },
      uniqueItems: true,
    },
    parameters: {
      description:
        'CloudFormation parameter values, per template glob (relative to the scan root): a parameter file or a list of them, relative to this file. CloudFormation CLI JSON ([{ParameterKey, ParameterValue}]), CodePipeline template configuration ({"Parameters": {…}}) or samconfig.toml (parameter_overrides); later files win.',
      type: 'object',
      additionalProperties: {
        oneOf: [
          { type: 'string', minLength: 1 },
          { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
        ],
      },
    },
  },
} as const;
