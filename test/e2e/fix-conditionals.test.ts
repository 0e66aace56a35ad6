/**
 * A fix never writes through a conditional. Every fixable rule's round-trip
 * input (fix-roundtrip-cases.ts) is rewritten so that a deploy-time choice
 * stands above or at the property the rule fixes, with the same value on both
 * sides:
 *
 * - CloudFormation (YAML with `!If`, and the same template as JSON with
 *   `Fn::If`): each resource's whole `Properties`, and separately each of its
 *   properties;
 * - Terraform: each argument of a resource as `var.sagelint_choice ? x : x`,
 *   and separately each of its nested blocks as a `dynamic` block whose
 *   `for_each` is such a conditional.
 *
 * The rule's fixes are then applied as `sagelint fix` renders them. The result
 * must be no edit, or edits that leave every conditional exactly as it was
 * written; and the file must still load.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse, parseDocument, Scalar, YAMLSeq, type Node as YamlNode } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.js';
import { applyTextEdits, compatibleFixes } from '../../src/core/apply-edits.js';
import { EMPTY_CONFIG } from '../../src/config/config.js';
import type { Finding, RenderedFix, ScanResult } from '../../src/core/finding.js';
import { scan } from '../../src/pipeline/scan.js';
import type { HclAttribute, HclBlock } from '../../src/loaders/terraform/hcl-ast.js';
import { parseHcl } from '../../src/loaders/terraform/hcl-parser.js';
import { FORMATS, ROUND_TRIP_CASES, type Format } from './fix-roundtrip-cases.js';

const CONDITION = 'SagelintChoice';
const VARIABLE = 'sagelint_choice';

/** Where a conditional was written, and how to find it again in the fixed text. */
interface Wrapped {
  text: string;
  /** CloudFormation: the document path of each `Fn::If`. Terraform: resource address and argument, or dynamic block, with its text. */
  conditionals: { where: string; written: unknown }[];
}

type Variant = { format: Format; name: string; wrap: (input: string) => Promise<Wrapped> | Wrapped };

const SHORT_FORMS = [
  { tag: '!Ref', resolve: (name: string) => ({ Ref: name }) },
  { tag: '!Sub', resolve: (text: string) => ({ 'Fn::Sub': text }) },
  { tag: '!If', collection: 'seq' as const, resolve: (seq: YAMLSeq) => ({ 'Fn::If': seq.toJSON() as unknown }) },
  { tag: '!Equals', collection: 'seq' as const, resolve: (seq: YAMLSeq) => ({ 'Fn::Equals': seq.toJSON() as unknown }) },
];

/** The template as plain data, short-form intrinsics in their long form. */
function templateData(text: string, format: Format): Record<string, Record<string, Record<string, unknown>>> {
  return (format === 'json' ? JSON.parse(text) : parse(text, { customTags: SHORT_FORMS })) as Record<string, Record<string, Record<string, unknown>>>;
}

/**
 * The YAML template with `!If [SagelintChoice, x, x]` around the nodes `select`
 * names (paths from the template root), the condition undecided (a parameter
 * without default).
 */
function wrapTemplate(yaml: string, select: (data: Record<string, Record<string, Record<string, unknown>>>) => (string | number)[][]): Wrapped {
  const doc = parseDocument(yaml, { customTags: SHORT_FORMS.map((t) => ({ ...t, resolve: (v: unknown) => v })) as never });
  const paths = select(templateData(yaml, 'yaml'));
  for (const at of paths) {
    const node = doc.getIn(at, true) as YamlNode;
    const conditional = new YAMLSeq();
    conditional.tag = '!If';
    conditional.items = [new Scalar(CONDITION), node.clone(), node.clone()];
    doc.setIn(at, conditional);
  }
  doc.set('Parameters', doc.createNode({ Stage: { Type: 'String' } }));
  const equals = new YAMLSeq();
  equals.tag = '!Equals';
  equals.flow = true;
  const ref = new Scalar('Stage');
  ref.tag = '!Ref';
  equals.items = [ref, new Scalar('prod')];
  doc.set('Conditions', doc.createNode({ [CONDITION]: equals }));
  const text = doc.toString({ lineWidth: 0 });
  const data = templateData(text, 'yaml');
  return { text, conditionals: paths.map((at) => ({ where: JSON.stringify(at), written: valueAt(data, at) })) };
}

function valueAt(data: unknown, at: readonly (string | number)[]): unknown {
  return at.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), data);
}

function resourcesOf(data: Record<string, Record<string, Record<string, unknown>>>): [string, Record<string, unknown>][] {
  return Object.entries(data.Resources ?? {}).filter(([, resource]) => resource.Properties !== undefined) as [string, Record<string, unknown>][];
}

const wholeProperties = (data: Record<string, Record<string, Record<string, unknown>>>) => resourcesOf(data).map(([id]) => ['Resources', id, 'Properties']);
const eachProperty = (data: Record<string, Record<string, Record<string, unknown>>>) =>
  resourcesOf(data).flatMap(([id, resource]) => Object.keys(resource.Properties as Record<string, unknown>).map((key) => ['Resources', id, 'Properties', key]));

/** Every plain value below the properties of each resource (not the properties themselves), leaves first. */
const eachNestedValue = (data: Record<string, Record<string, Record<string, unknown>>>) =>
  resourcesOf(data).flatMap(([id, resource]) => {
    const paths: (string | number)[][] = [];
    const visit = (node: unknown, at: (string | number)[]) => {
      if (node === null || typeof node !== 'object') {
        if (at.length > 4) paths.push(at);
        return;
      }
      const entries: [string | number, unknown][] = Array.isArray(node) ? node.map((item, i) => [i, item]) : Object.entries(node);
      // An intrinsic function is not a plain value: leave it as written.
      if (!Array.isArray(node) && entries.length === 1 && /^(Ref|Fn::)/.test(String(entries[0]![0]))) return;
      for (const [key, child] of entries) visit(child, [...at, key]);
    };
    visit(resource.Properties, ['Resources', id, 'Properties']);
    return paths;
  });

function asJson(wrapped: Wrapped): Wrapped {
  return { ...wrapped, text: `${JSON.stringify(templateData(wrapped.text, 'yaml'), null, 2)}\n` };
}

/** The resource blocks of a Terraform file, by address. */
async function resourceBlocks(text: string): Promise<Map<string, HclBlock>> {
  const parsed = await parseHcl(text, 'main.tf');
  if (!parsed.ok) throw new Error(parsed.error.message);
  return new Map(parsed.file.body.blocks.filter((b) => b.type === 'resource').map((b) => [b.labels.join('.'), b]));
}

/** Replaces ranges of `text` (last first), and declares the variable the conditionals choose by. */
function rewrite(text: string, replacements: { start: number; end: number; text: string }[]): string {
  let out = text;
  for (const r of [...replacements].sort((a, b) => b.start - a.start)) out = out.slice(0, r.start) + r.text + out.slice(r.end);
  return `variable "${VARIABLE}" {\n  type = bool\n}\n\n${out}`;
}

/** The arguments of a block and of the blocks nested in it, each with the block types that lead to it (`vpc_config/subnets`). */
function argumentsOf(block: HclBlock, at = ''): { where: string; attribute: HclAttribute }[] {
  return [
    ...[...block.body.attributes.values()].map((attribute) => ({ where: `${at}${attribute.name}`, attribute })),
    ...block.body.blocks.flatMap((nested) => argumentsOf(nested, `${at}${nested.type}/`)),
  ];
}

/** Every argument of every resource, nested blocks included, as `var.sagelint_choice ? x : x`. */
async function conditionalArguments(hcl: string): Promise<Wrapped> {
  const replacements = [...(await resourceBlocks(hcl)).values()].flatMap((block) =>
    argumentsOf(block).map(({ attribute: a }) => ({ start: a.expr.range.start.offset, end: a.expr.range.end.offset, text: `var.${VARIABLE} ? ${a.expr.text} : ${a.expr.text}` })),
  );
  const text = rewrite(hcl, replacements);
  const conditionals = [...(await resourceBlocks(text)).entries()].flatMap(([address, block]) =>
    argumentsOf(block).filter(({ attribute }) => attribute.expr.kind === 'conditional').map(({ where, attribute }) => ({ where: `${address}.${where}`, written: attribute.expr.text })),
  );
  return { text, conditionals };
}

/** Every nested block of every resource as a `dynamic` block repeated over `var.sagelint_choice ? [1] : [1]`. */
async function dynamicBlocks(hcl: string): Promise<Wrapped> {
  const replacements = [...(await resourceBlocks(hcl)).values()].flatMap((block) =>
    block.body.blocks.map((nested) => {
      const open = hcl.indexOf('{', nested.headerRange.end.offset);
      const content = hcl.slice(open, nested.range.end.offset);
      return { start: nested.range.start.offset, end: nested.range.end.offset, text: `dynamic "${nested.type}" {\n    for_each = var.${VARIABLE} ? [1] : [1]\n    content ${content}\n  }` };
    }),
  );
  const text = rewrite(hcl, replacements);
  const conditionals = [...(await resourceBlocks(text)).entries()].flatMap(([address, block]) =>
    block.body.blocks.filter((b) => b.type === 'dynamic').map((b) => ({ where: `${address}.dynamic.${b.labels[0]}`, written: b.body.attributes.get('for_each')?.expr.text })),
  );
  return { text, conditionals };
}

/** The conditionals of `wrapped` as the fixed text writes them (undefined where one is gone). */
async function conditionalsIn(text: string, format: Format, wrapped: Wrapped): Promise<{ where: string; written: unknown }[]> {
  if (format !== 'hcl') {
    const data = templateData(text, format);
    return wrapped.conditionals.map(({ where }) => ({ where, written: valueAt(data, JSON.parse(where) as (string | number)[]) }));
  }
  const blocks = await resourceBlocks(text);
  return wrapped.conditionals.map(({ where }) => {
    const [type, name, ...rest] = where.split('.');
    const block = blocks.get(`${type}.${name}`);
    const written =
      rest[0] === 'dynamic'
        ? block?.body.blocks.find((b) => b.type === 'dynamic' && b.labels[0] === rest[1])?.body.attributes.get('for_each')?.expr.text
        : block && argumentsOf(block).find((a) => a.where === rest.join('.'))?.attribute.expr.text;
    return { where, written };
  });
}

const VARIANTS: Variant[] = [
  { format: 'yaml', name: 'Properties in !If', wrap: (yaml) => wrapTemplate(yaml, wholeProperties) },
  { format: 'yaml', name: 'each property in !If', wrap: (yaml) => wrapTemplate(yaml, eachProperty) },
  { format: 'yaml', name: 'each nested value in !If', wrap: (yaml) => wrapTemplate(yaml, eachNestedValue) },
  { format: 'json', name: 'Properties in Fn::If', wrap: (yaml) => asJson(wrapTemplate(yaml, wholeProperties)) },
  { format: 'json', name: 'each property in Fn::If', wrap: (yaml) => asJson(wrapTemplate(yaml, eachProperty)) },
  { format: 'json', name: 'each nested value in Fn::If', wrap: (yaml) => asJson(wrapTemplate(yaml, eachNestedValue)) },
  { format: 'hcl', name: 'each argument (nested ones too) a conditional', wrap: conditionalArguments },
  { format: 'hcl', name: 'each nested block dynamic over a conditional', wrap: dynamicBlocks },
];

const FILE_NAMES: Record<Format, string> = { yaml: 'template.yaml', json: 'template.json', hcl: 'main.tf' };
const FIXABLE = ALL_RULES.filter((rule) => rule.fixable).map((rule) => rule.id);

interface Case {
  ruleId: string;
  variant: Variant;
  /** Relative to the scan root: one file per input and variant, shared by the rules it breaks. */
  file: string;
  wrapped: Wrapped;
}

function scanRoot(root: string, rules = ALL_RULES): Promise<ScanResult> {
  return scan(['.'], { root, rules, catalog: ALL_RULES, config: EMPTY_CONFIG });
}

describe('fixes never write through a conditional', () => {
  const cases: Case[] = [];
  let before: ScanResult;
  let after: ScanResult;
  const fixedTexts = new Map<Case, string>();
  const roots: string[] = [];

  beforeAll(async () => {
    const [root, fixedRoot] = [mkdtempSync(path.join(tmpdir(), 'sagelint-conditionals-')), mkdtempSync(path.join(tmpdir(), 'sagelint-conditionals-fixed-'))];
    roots.push(root, fixedRoot);
    const byInput = new Map<string, Map<Variant, { file: string; wrapped: Wrapped }>>();
    for (const ruleId of FIXABLE) {
      const input = ROUND_TRIP_CASES[ruleId]?.input;
      if (!input) continue;
      const key = JSON.stringify(input);
      if (!byInput.has(key)) {
        const files = new Map<Variant, { file: string; wrapped: Wrapped }>();
        for (const [v, variant] of VARIANTS.entries()) {
          const written = variant.format === 'hcl' ? input.hcl : input.yaml;
          if (written === undefined) continue;
          const file = `${byInput.size}/${v}/${FILE_NAMES[variant.format]}`;
          files.set(variant, { file, wrapped: await variant.wrap(written) });
        }
        byInput.set(key, files);
      }
      for (const [variant, { file, wrapped }] of byInput.get(key)!) if (wrapped.conditionals.length) cases.push({ ruleId, variant, file, wrapped });
    }
    for (const files of byInput.values()) {
      for (const { file, wrapped } of files.values()) {
        mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
        writeFileSync(path.join(root, file), wrapped.text);
      }
    }
    before = await scanRoot(root);
    for (const c of cases) {
      const own = before.findings.filter((f): f is Finding & { fix: RenderedFix } => f.ruleId === c.ruleId && !!f.fix && f.location.kind === 'source' && f.location.file === c.file);
      const edits = compatibleFixes(own).accepted.flatMap((f) => f.fix.edits.filter((e) => e.file === c.file));
      const text = applyTextEdits(c.wrapped.text, edits);
      fixedTexts.set(c, text);
      const fixedFile = path.join(fixedRoot, c.ruleId, c.file);
      mkdirSync(path.dirname(fixedFile), { recursive: true });
      writeFileSync(fixedFile, text);
    }
    after = await scanRoot(fixedRoot, []);
  }, 300_000);
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  it('covers every fixable rule in YAML, JSON and HCL, each input loading with its conditionals', () => {
    // A rule whose resource one format cannot declare at all (no `hcl` input) has no case in it.
    const declarable = (ruleId: string, format: Format) => format !== 'hcl' || ROUND_TRIP_CASES[ruleId]?.input.hcl !== undefined;
    const missing = FIXABLE.flatMap((ruleId) =>
      FORMATS.filter((format) => declarable(ruleId, format) && !cases.some((c) => c.ruleId === ruleId && c.variant.format === format)).map((format) => `${ruleId} ${format}`),
    );
    expect(missing).toEqual([]);
    expect(before.errors).toEqual([]);
  });

  for (const variant of VARIANTS) {
    it(`${variant.format}, ${variant.name}: every conditional survives every rule's fix, and the file still loads`, async () => {
      const broken: string[] = [];
      for (const c of cases.filter((c) => c.variant === variant)) {
        const text = fixedTexts.get(c)!;
        const errors = after.errors.filter((e) => e.file === `${c.ruleId}/${c.file}`);
        if (errors.length) broken.push(`${c.ruleId}: ${c.file} no longer loads: ${errors.map((e) => e.message).join('; ')}`);
        let now: { where: string; written: unknown }[];
        try {
          now = await conditionalsIn(text, variant.format, c.wrapped);
        } catch (error) {
          broken.push(`${c.ruleId}: ${c.file} no longer parses: ${(error as Error).message}`);
          continue;
        }
        for (const [i, { where, written }] of c.wrapped.conditionals.entries()) {
          if (!isDeepStrictEqual(now[i]!.written, written)) broken.push(`${c.ruleId}: the conditional at ${where} became ${JSON.stringify(now[i]!.written)}`);
        }
      }
      expect(broken).toEqual([]);
    });
  }
});
