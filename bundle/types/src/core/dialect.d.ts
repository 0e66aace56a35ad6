/**
 * Rules speak canonically (CloudFormation's property names and types); each
 * loaded unit says how its input names things: its *dialect*. A rule's
 * message, note or fix description names a property with `propertyName()`,
 * a value as the input writes it with `literal()`, the deploying region
 * with `REGION` and the code it reads with `SCOPE`, inside the `message`
 * tagged template; the evaluator renders
 * the message through the unit's dialect, so a Terraform user reads
 * `direct_internet_access` where a CloudFormation user reads
 * `DirectInternetAccess`, and a new input format brings its own names
 * without touching a rule.
 */
import type { Path } from '../model/location.js';
import { type Resource } from '../model/resource.js';
import type { Value } from '../model/value.js';
/** How one input names what rules name canonically. */
export interface Dialect {
    /**
     * The input's name of the property at canonical `path` of `resource`, dotted
     * (`VpcConfig.Subnets` → `vpc_config.subnets`).
     */
    propertyName(resource: Pick<Resource, 'type'>, path: Path): string;
    /** A value written as the input writes it: `Disabled` in a template, `"Disabled"` in HCL. */
    literal(value: unknown): string;
    /** The input's type for a canonical (CloudFormation) type, if it has one: `AWS::EC2::VPCEndpoint` → `aws_vpc_endpoint`. */
    resourceType(canonicalType: string): string | undefined;
    /** The ID the input gives a resource a fix adds, from the canonical logical ID and type: `SageMakerApiEndpoint` → `sagemaker_api`. */
    proposedId(canonicalId: string, canonicalType: string): string;
    /** What stands for the deploying region in a name built from it: `${AWS::Region}`, or a placeholder to fill. */
    region: string;
    /** How a message names the code a unit is read from: "the template", "the configuration", "the snapshot". */
    scope: string;
    /** Whether text written into `from`'s code can name `to` by reference: a template its own resources, a Terraform module those of its folder. */
    canReference(from: Resource, to: Resource): boolean;
}
/**
 * CloudFormation's names, which are the canonical ones; the live account's
 * API shapes use the same names (SageMaker, EC2, IAM and Redshift), so an
 * audit speaks this dialect too, with its own scope.
 */
export declare const CANONICAL_DIALECT: Dialect;
/** Live state: names as the API gives them, which are the canonical ones; no code to refer from. */
export declare const LIVE_DIALECT: Dialect;
/** A property named canonically: a dotted path, a path, or the value read at it; of the checked resource unless `of` says otherwise. */
interface PropertyPart {
    readonly part: 'property';
    readonly property: Property;
    readonly of?: Resource;
    readonly below?: Property;
}
/** A canonical property: dotted (`VpcConfig.Subnets`), a path, or the value read at it. */
type Property = string | Path | Value;
export interface PropertyNameOptions {
    /** The resource the property belongs to; default: the checked one. */
    of?: Resource;
    /** Name it relative to this enclosing property (`EnableSSMAccess` below a production variant), whose own name the message gives. */
    below?: Property;
}
interface LiteralPart {
    readonly part: 'literal';
    readonly value: unknown;
}
interface RegionPart {
    readonly part: 'region';
}
interface ScopePart {
    readonly part: 'scope';
}
export type MessagePart = PropertyPart | LiteralPart | RegionPart | ScopePart;
/** Text whose names the unit's dialect writes; build it with the `message` tag. */
export interface Message {
    readonly parts: readonly (string | MessagePart)[];
}
/** What rules write where a user reads text: plain, or with canonical names in it. */
export type Text = string | Message;
/** A property of the checked resource, named in the input's words: `propertyName('VpcConfig.Subnets')`, `propertyName(value)`. */
export declare function propertyName(property: Property, options?: PropertyNameOptions): MessagePart;
/** A value as the input writes it: `literal('Disabled')` reads `Disabled` in a template and `"Disabled"` in HCL. */
export declare function literal(value: unknown): MessagePart;
/** The deploying region, as the input names it: `${AWS::Region}` in a template. */
export declare const REGION: MessagePart;
/** The code the unit is read from: "the template", "the configuration", "the snapshot". */
export declare const SCOPE: MessagePart;
type Interpolation = string | number | boolean | MessagePart | Message;
/** `` message`${propertyName('KmsKeyId')} is omitted` ``: a message whose parts each dialect renders; plain text and nested messages join in. */
export declare function message(strings: TemplateStringsArray, ...values: Interpolation[]): Message;
/** Joins texts with a separator, as `Array.join` does for strings. */
export declare function joinText(texts: readonly Text[], separator: string): Message;
/** The text a user reads: `text` with each canonical part written by `dialect`, properties as those of `resource` unless a part names another. */
export declare function renderText(text: Text, dialect: Dialect, resource: Resource): string;
/** The canonical wording of a text (CloudFormation's names), where no unit is at hand: tests, docs. */
export declare function canonicalText(text: Text, resource: Resource): string;
export {};
