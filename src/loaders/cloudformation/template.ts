/**
 * A parsed CloudFormation template → model resources. Recognizes templates among
 * other YAML/JSON, reads Parameters/Conditions/Mappings for the resolver, and
 * reads each resource's tags, suppressions and CDK construct path.
 */
import type { LoadError, Note } from '../../core/finding.js';
import type { Location } from '../../model/location.js';
import type { InlineSuppression, Resource, TagSet } from '../../model/resource.js';
import { get, stringOf, type MapValue, type Value } from '../../model/value.js';
import { IntrinsicResolver, type ParameterInfo, type TemplateLinks, type TemplateScope } from './intrinsics.js';
import { RESOURCE_EXPANDERS } from '../expanders/expanders.js';
import { errorAt } from '../expanders/embedded-values.js';
import { CLOUDFORMATION_KINDS, NAME_PROPERTIES, TAGGABLE_TYPES } from '../../model/resource-types.js';
import { appendAll } from '../../collections.js';

/** A template is a map with a Resources map whose entries have a Type, or a format version. */
export function isCloudFormationTemplate(root: Value): root is MapValue {
  if (root.t !== 'map') return false;
  if (root.entries.has('AWSTemplateFormatVersion')) return true;
  const resources = root.entries.get('Resources');
  if (resources?.t !== 'map' || resources.entries.size === 0) return false;
  return [...resources.entries.values()].some((r) => r.t === 'map' && stringOf(get(r, 'Type')) !== undefined);
}

export interface TemplateResources {
  resources: Resource[];
  errors: LoadError[];
  notes: Note[];
}

/**
 * Builds the model resources of one template. `label` describes where it comes
 * from (a CDK stack) for resources without a construct path; `text`, the
 * template's source, lets expanders locate documents embedded in strings;
 * `links`, what the repository around it decides (parameter values, exports,
 * nested stacks).
 */
export function readTemplate(root: MapValue, file: string, label?: string, text?: string, links?: TemplateLinks): TemplateResources {
  const errors: LoadError[] = [];
  const notes: Note[] = [];
  const resourcesNode = root.entries.get('Resources');
  if (resourcesNode && resourcesNode.t !== 'map') {
    errors.push(errorAt(file, resourcesNode.loc, 'Resources must be a map of logical IDs to resources'));
    return { resources: [], errors, notes };
  }
  const scope = templateScope(root, resourcesNode);
  const resolver = new IntrinsicResolver(scope, links);
  noteTransforms(root, file, notes);
  if (mayWriteTransform(text)) noteTransformFunctions(root, file, notes);

  const resources: Resource[] = [];
  for (const [logicalId, node] of resourcesNode?.entries ?? []) {
    // Resources included from elsewhere (AWS::Include), not a resource: noted, not read.
    if (logicalId === 'Fn::Transform') continue;
    const keyLoc = resourcesNode!.keyLocs.get(logicalId)!;
    if (node.t !== 'map') {
      errors.push(errorAt(file, node.loc, `resource ${logicalId} must be a map with a Type`));
      continue;
    }
    const type = stringOf(get(node, 'Type'));
    if (type === undefined) {
      errors.push(errorAt(file, keyLoc, `resource ${logicalId} has no Type`));
      continue;
    }
    const kind = CLOUDFORMATION_KINDS[type];
    const expander = RESOURCE_EXPANDERS[type];
    if (!kind && !expander) continue;
    const rawProps = node.entries.get('Properties');
    const props = rawProps ? resolver.resolve(rawProps) : get(node, 'Properties');
    const metadata = node.entries.get('Metadata');
    const cdkPath = metadata ? stringOf(get(metadata, 'aws:cdk:path')) : undefined;
    const base = {
      id: logicalId,
      type,
      source: 'cloudformation' as const,
      loc: keyLoc,
      props,
      tags: TAGGABLE_TYPES.has(type) ? readTags(get(props, 'Tags'), props.loc) : undefined,
      suppressions: metadata ? readSuppressions(metadata, file, logicalId, errors) : [],
      aliases: links?.namespace ? [`${links.namespace}${logicalId}`, ...literalName(props, NAME_PROPERTIES[type])] : literalName(props, NAME_PROPERTIES[type]),
      label: cdkPath ? `construct ${cdkPath}` : label,
      condition: stringOf(get(node, 'Condition')),
    };
    if (kind) resources.push({ ...base, kind });
    if (expander) {
      const expanded = expander({ logicalId, type, props, loc: keyLoc, file, text, base });
      appendAll(resources, expanded.resources);
      appendAll(notes, expanded.notes);
      appendAll(errors, expanded.errors ?? []);
    }
  }
  return { resources, errors, notes };
}

export function templateScope(root: MapValue, resourcesNode: MapValue | undefined): TemplateScope {
  const parameters = new Map<string, ParameterInfo>();
  const parametersNode = root.entries.get('Parameters');
  if (parametersNode?.t === 'map') {
    for (const [name, p] of parametersNode.entries) {
      const allowed = get(p, 'AllowedValues');
      const noEcho = get(p, 'NoEcho');
      const def = get(p, 'Default');
      parameters.set(name, {
        name,
        type: stringOf(get(p, 'Type')) ?? 'String',
        default: def.t === 'scalar' || def.t === 'list' ? def : undefined,
        allowed: allowed.t === 'list' ? allowed.items.filter((v) => v.t === 'scalar') : undefined,
        noEcho: noEcho.t === 'scalar' && String(noEcho.v).toLowerCase() === 'true',
      });
    }
  }
  const conditions = new Map<string, Value>();
  const conditionsNode = root.entries.get('Conditions');
  if (conditionsNode?.t === 'map') for (const [name, c] of conditionsNode.entries) conditions.set(name, c);
  const mappings = root.entries.get('Mappings');
  return { parameters, conditions, mappings, resourceIds: new Set(resourcesNode?.entries.keys() ?? []) };
}

function noteTransforms(root: MapValue, file: string, notes: Note[]): void {
  const transform = root.entries.get('Transform');
  if (!transform) return;
  const names = transform.t === 'list' ? transform.items.map(stringOf) : [stringOf(transform)];
  const line = transform.loc.kind === 'source' ? transform.loc.start.line : undefined;
  for (const name of names) {
    if (name === 'AWS::Serverless-2016-10-31') {
      notes.push({ file, line, message: 'SAM transform is not expanded: AWS::Serverless::* resources are checked as written' });
    } else {
      notes.push({ file, line, message: `transform ${name ?? '(computed)'} is not run: resources it would generate are not checked` });
    }
  }
}

/**
 * Whether the text can hold an `Fn::Transform` key (or `!Transform` tag) at
 * all: the walk over every node is needed only then. Without the word, only an
 * escape (JSON `\u0054`, YAML `\x54`) could spell it; unknown text is walked.
 */
function mayWriteTransform(text: string | undefined): boolean {
  return text === undefined || text.includes('Transform') || text.includes('\\');
}

/**
 * `Fn::Transform` anywhere in the template (`AWS::Include` of a snippet in S3,
 * a macro): sagelint neither runs nor fetches it, so it says what goes unchecked.
 */
function noteTransformFunctions(node: Value, file: string, notes: Note[]): void {
  if (node.t === 'list') {
    for (const item of node.items) noteTransformFunctions(item, file, notes);
    return;
  }
  if (node.t !== 'map') return;
  const transform = node.entries.get('Fn::Transform');
  if (transform) {
    const name = stringOf(get(transform, 'Name')) ?? '(computed)';
    const location = stringOf(get(transform, 'Parameters', 'Location'));
    const key = node.keyLocs.get('Fn::Transform');
    const line = key?.kind === 'source' ? key.start.line : undefined;
    const what = location ? `${name} of ${location}` : name;
    notes.push({ file, line, message: `Fn::Transform ${what} is not run and nothing is fetched: what it would produce is not checked` });
  }
  for (const child of node.entries.values()) noteTransformFunctions(child, file, notes);
}

/** CloudFormation `Tags: [{ Key, Value }]` → TagSet. */
function readTags(tags: Value, resourceLoc: Location): TagSet {
  const known = new Map<string, string | undefined>();
  if (tags.t === 'omitted') return { known, partial: false, loc: resourceLoc };
  if (tags.t !== 'list') return { known, partial: true, loc: tags.loc };
  let partial = false;
  for (const tag of tags.items) {
    const key = stringOf(get(tag, 'Key'));
    if (key === undefined) {
      partial = true;
      continue;
    }
    known.set(key, stringOf(get(tag, 'Value')));
  }
  return { known, partial, loc: tags.loc };
}

/** `Metadata: { sagelint: { ignore: [ { id: SM003, reason: "…" } | "SM003" ] } }` */
function readSuppressions(metadata: Value, file: string, logicalId: string, errors: LoadError[]): InlineSuppression[] {
  const ignore = get(metadata, 'sagelint', 'ignore');
  if (ignore.t === 'omitted') return [];
  if (ignore.t !== 'list') {
    errors.push(errorAt(file, ignore.loc, `Metadata.sagelint.ignore of ${logicalId} must be a list of { id, reason }`));
    return [];
  }
  const out: InlineSuppression[] = [];
  for (const entry of ignore.items) {
    const ruleId = stringOf(entry) ?? stringOf(get(entry, 'id'));
    if (!ruleId) {
      errors.push(errorAt(file, entry.loc, `suppression on ${logicalId} has no rule id`));
      continue;
    }
    out.push({ ruleId, reason: stringOf(get(entry, 'reason'))?.trim() || undefined, loc: entry.loc });
  }
  return out;
}

/** The resource's physical name when the template writes it as a plain string. */
function literalName(props: Value, property: string | undefined): string[] {
  if (!property) return [];
  const name = get(props, property);
  return name.t === 'scalar' && typeof name.v === 'string' ? [name.v] : [];
}
