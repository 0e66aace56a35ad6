/**
 * `sagelint/rules`: what a rule plugin writes its rules with — the rule
 * contract and `defineRule`, the resource model and its accessors, the
 * value predicates and fix builders sagelint's own rules use, and the
 * `message` tag with `propertyName()`, which each input's dialect names in
 * its own words. Everything here
 * is the same code the built-in rules import, so a plugin rule judges values
 * exactly as they do (docs/plugins.md).
 */
export { PLUGIN_API_VERSION } from '../config/plugins.js';
export { defineRule, isResource, lowerSeverity, FIX_KINDS, SEVERITIES, type Fix, type FixKind, type GuidanceLink, type NoteInput, type PropertyEdit, type Remediation, type ReportInput, type ResourceAddition, type Rule, type RuleContext, type RuleDocs, type RuleMeta, type RuleOptions, type RulePresets, type Severity, regionName, REGION_VARIABLE, } from '../core/rule.js';
export { joinText, literal, message, propertyName, REGION, SCOPE, type Message, type MessagePart, type PropertyNameOptions, type Text, } from '../core/dialect.js';
export { instanceName, prop, propertyPathOf, GATE_KINDS, RESOURCE_KINDS, SAGEMAKER_KINDS, type InlineSuppression, type Resource, type ResourceKind, type SourceFormat, type TagSet, } from '../model/resource.js';
export { displayConcrete, get, isFullyKnown, judge, leaves, pathOf, scalar, stringOf, toPlain, withDefault, type Certainty, type Choice, type ConcreteValue, type Judgement, type Leaf, type ListValue, type MapValue, type OmittedValue, type OneOfValue, type RefValue, type Scalar, type ScalarValue, type UnknownValue, type Value, } from '../model/value.js';
export { AWS_DEFAULTS } from '../model/defaults.js';
export type { Edge, ResourceGraph } from '../model/graph.js';
export type { Location, LiveLocation, Path, PathSegment, Position, SourceLocation } from '../model/location.js';
export { isAbsent, isBoolean, isFalse, isSurelyAbsent, isTrue, itemsOf, jointCertainty, numberOf } from '../../rules/support/value-predicates.js';
export { addTags, type TagEntry } from '../../rules/support/fixes.js';
