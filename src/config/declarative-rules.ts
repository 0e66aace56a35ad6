/**
 * Declarative rules (the config's `customRules:`): YAML files of simple
 * requirements — a property must be a value, one of some values, or present;
 * a tag is required — compiled to rule objects like sagelint's own. Property
 * values are judged with `prop` and `judge`, so an omitted property takes
 * AWS's default and a deploy-time choice gives a possible finding, as in the
 * built-in rules.
 */
import { literal, message, propertyName, type Text } from '../core/dialect.js';
import { Ajv, type ErrorObject } from 'ajv';
import { isNode, parseDocument, type Document } from 'yaml';
import { ConfigError } from './config.js';
import { defineRule, type Fix, type Rule, type RuleDocs, type RuleOrigin, type Severity } from '../core/rule.js';
import { PositionMap } from '../loaders/source-text.js';
import { prop, type Resource, type ResourceKind } from '../model/resource.js';
import { displayConcrete, get, judge, scalar, type ConcreteValue, type OmittedValue, type Scalar } from '../model/value.js';
import { RESOURCE_KINDS } from '../model/resource.js';
import { addTags } from '../../rules/support/fixes.js';
import { isAbsent } from '../../rules/support/value-predicates.js';
import tg001 from '../../rules/tg001-missing-required-tags.js';

const severity = { enum: ['critical', 'high', 'medium', 'low'] };
const scalarValue = { type: ['string', 'number', 'boolean'] };

/** JSON Schema of a declarative rules file (also published as schema/sagelint-rules.schema.json). */
export const RULES_FILE_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/sagelint/sagelint/schema/sagelint-rules.schema.json',
  title: 'sagelint declarative rules (customRules)',
  type: 'object',
  additionalProperties: false,
  required: ['rules'],
  properties: {
    rules: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name', 'severity', 'summary'],
        properties: {
          id: { type: 'string', pattern: '^[A-Z]+[0-9]+$', description: 'Upper-case letters then digits, e.g. ACME010; not a prefix of sagelint (SM, RS, TG, SL).' },
          name: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' },
          severity,
          resources: {
            description: 'Resource kinds the rule checks (the model of docs/plugins.md); requireTag defaults to every taggable kind.',
            type: 'array',
            minItems: 1,
            uniqueItems: true,
            items: { enum: [...RESOURCE_KINDS] },
          },
          property: { type: 'string', pattern: '^[A-Za-z0-9]+(\\.[A-Za-z0-9]+)*$', description: 'Canonical (CloudFormation) property path, e.g. InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion.' },
          mustBe: { ...scalarValue, description: 'The property must have this value.' },
          mustBeOneOf: { type: 'array', minItems: 1, items: scalarValue, description: 'The property must have one of these values.' },
          mustBePresent: { const: true, description: 'The property must be set (a default AWS applies counts).' },
          requireTag: { type: 'string', minLength: 1, description: 'The resource must carry this tag key.' },
          summary: { type: 'string', minLength: 1 },
          description: { type: 'string', minLength: 1 },
          risk: { type: 'string', minLength: 1 },
          message: { type: 'string', minLength: 1, description: 'Said after what is wrong, e.g. how to fix it.' },
          guidance: {
            type: 'array',
            items: { type: 'object', additionalProperties: false, required: ['title', 'url'], properties: { title: { type: 'string' }, url: { type: 'string' } } },
          },
          tags: { type: 'array', items: { type: 'string' } },
        },
        oneOf: [
          { required: ['property', 'mustBe', 'resources'] },
          { required: ['property', 'mustBeOneOf', 'resources'] },
          { required: ['property', 'mustBePresent', 'resources'] },
          { required: ['requireTag'], not: { anyOf: [{ required: ['property'] }, { required: ['mustBe'] }, { required: ['mustBeOneOf'] }, { required: ['mustBePresent'] }] } },
        ],
      },
    },
  },
} as const;

interface DeclaredRule {
  id: string;
  name: string;
  severity: Severity;
  resources?: ResourceKind[];
  property?: string;
  mustBe?: Scalar;
  mustBeOneOf?: Scalar[];
  mustBePresent?: true;
  requireTag?: string;
  summary: string;
  description?: string;
  risk?: string;
  message?: string;
  guidance?: { title: string; url: string }[];
  tags?: string[];
}

let validateRulesFile: ReturnType<Ajv['compile']> | undefined;

/** The rules a file declares; a file that is not valid YAML or breaks the schema is a config error naming file, line and column. */
export function compileRuleFile(text: string, file: string, origin: RuleOrigin): Rule[] {
  const doc = parseDocument(text, { prettyErrors: false });
  const positions = new PositionMap(text);
  const at = (offset: number | undefined) => {
    const p = positions.at(offset ?? 0);
    return `${file}:${p.line}:${p.column}`;
  };
  const syntax = doc.errors[0];
  if (syntax) throw new ConfigError(`${at(syntax.pos[0])}: ${syntax.message.split('\n')[0]}`);
  const data = doc.toJS() as unknown;
  validateRulesFile ??= new Ajv({ allErrors: true, strict: false }).compile(RULES_FILE_SCHEMA);
  if (!validateRulesFile(data)) {
    const problems = mostSpecific(validateRulesFile.errors ?? []).map((e) => `${at(offsetOf(doc, e.instancePath))}: ${describe(e)}`);
    throw new ConfigError(problems.join('; '));
  }
  return (data as { rules: DeclaredRule[] }).rules.map((declared) => compileRule(declared, origin));
}

/** A `oneOf` failure repeats every branch's complaint: keep the errors about the deepest entries, the `oneOf` itself last. */
function mostSpecific(errors: readonly ErrorObject[]): ErrorObject[] {
  const specific = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'required' && e.keyword !== 'not');
  if (specific.length) return specific;
  const oneOf = errors.find((e) => e.keyword === 'oneOf');
  return oneOf ? [oneOf] : errors.slice(0, 1);
}

function describe(error: ErrorObject): string {
  const where = error.instancePath ? error.instancePath.slice(1).replace(/\//g, '.') : 'file';
  if (error.keyword === 'additionalProperties') return `${where}: unknown key '${String(error.params.additionalProperty)}'`;
  if (error.keyword === 'enum') return `${where}: must be one of ${(error.params.allowedValues as unknown[]).join(', ')}`;
  if (error.keyword === 'oneOf') return `${where}: give exactly one requirement: property with resources and one of mustBe, mustBeOneOf or mustBePresent; or requireTag`;
  return `${where}: ${error.message ?? 'is invalid'}`;
}

function offsetOf(doc: Document, instancePath: string): number | undefined {
  const keys = instancePath.split('/').slice(1).map((k) => (/^\d+$/.test(k) ? Number(k) : k.replace(/~1/g, '/').replace(/~0/g, '~')));
  for (let depth = keys.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(keys.slice(0, depth), true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return undefined;
}

function compileRule(declared: DeclaredRule, origin: RuleOrigin): Rule {
  const docs: RuleDocs = {
    summary: declared.summary,
    description: declared.description ?? describeRequirement(declared),
    risk: declared.risk ?? '',
    guidance: declared.guidance ?? [],
    remediation: {},
  };
  // A team declares a rule to run it: the default preset holds it, and `rules: { ID: off }` drops it as any other.
  const presets = { recommended: true, reason: `Declared in ${origin.name} by the team that runs it.` };
  const meta = { id: declared.id, name: declared.name, severity: declared.severity, tags: declared.tags ?? [], docs, presets, origin };
  if (declared.requireTag !== undefined) {
    const key = declared.requireTag;
    return defineRule({
      ...meta,
      appliesTo: declared.resources ?? tg001.appliesTo,
      fixable: true,
      check(resource, { report }) {
        // Untaggable types have no tag set; unreadable tags may hold the key.
        if (!resource.tags || resource.tags.partial || resource.tags.known.has(key)) return;
        const tagsValue = get(resource.props, 'Tags');
        report({ at: tagsValue, message: withAdvice(`Tags lack ${key}, which rule ${declared.id} requires.`, declared), fix: addTags(tagsValue, [{ Key: key, Value: '<value>' }], resource) });
      },
    });
  }
  const path = declared.property!.split('.');
  const allowed = declared.mustBe !== undefined ? [declared.mustBe] : declared.mustBeOneOf;
  return defineRule({
    ...meta,
    appliesTo: declared.resources!,
    fixable: declared.mustBe !== undefined,
    check(resource, { report }) {
      const value = prop(resource, ...path);
      const verdict = judge(value, allowed ? (leaf) => !isAllowed(leaf, allowed) : isAbsent);
      if (!verdict) return;
      const requirement = allowed ? `must be ${allowed.map((v) => displayConcrete(scalar(v, value.loc))).join(' or ')}` : 'must be set';
      report({
        at: value,
        certainty: verdict.certainty,
        message: withAdvice(message`${propertyName(path)} ${verdict.because}: rule ${declared.id} says it ${requirement}.`, declared),
        fix: declared.mustBe !== undefined ? setValue(resource, value, path, declared.mustBe) : undefined,
      });
    },
  });
}

/**
 * A leaf meets the requirement when it equals an allowed value, compared as
 * text (CloudFormation writes `true` and `2` as strings as often as not). A
 * reference (an ID or ARN known only at deploy time) cannot be judged.
 */
function isAllowed(leaf: ConcreteValue | OmittedValue, allowed: readonly Scalar[]): boolean {
  if (leaf.t === 'ref') return true;
  return leaf.t === 'scalar' && allowed.some((v) => String(v).toLowerCase() === String(leaf.v).toLowerCase());
}

/** The fix renderers refuse an edit that does not stand at its own property (one under a condition, say). */
function setValue(resource: Resource, value: ReturnType<typeof prop>, path: string[], to: Scalar): Fix {
  return { description: message`Set ${propertyName(path)} to ${literal(to)} on ${resource.id}`, edits: [{ target: value, value: to }] };
}

function withAdvice(text: Text, declared: DeclaredRule): Text {
  return declared.message ? message`${text} ${declared.message}` : text;
}

function describeRequirement(declared: DeclaredRule): string {
  const kinds = (declared.resources ?? ['taggable SageMaker and Redshift resource']).join(', ');
  if (declared.requireTag !== undefined) return `Reports a ${kinds} without the tag \`${declared.requireTag}\`. Tags that cannot be read (computed, or chosen at deploy time) are not judged.`;
  const requirement =
    declared.mustBe !== undefined ? `is not \`${String(declared.mustBe)}\`` : declared.mustBeOneOf ? `is not one of ${declared.mustBeOneOf.map((v) => `\`${String(v)}\``).join(', ')}` : 'is not set';
  return `Reports a ${kinds} whose \`${declared.property}\` ${requirement}. An omitted property is judged by the value AWS then uses; a value chosen at deploy time (a parameter, a condition, a variable) that may break the requirement is reported one severity lower as a possible violation; a value that cannot be known is not judged.`;
}
