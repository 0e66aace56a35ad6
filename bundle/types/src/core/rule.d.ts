/**
 * What a rule is: metadata (id, severity, docs, remediation) and a check over one
 * resource of the model. Rules never see YAML, HCL or API responses.
 */
import type { ResourceGraph } from '../model/graph.js';
import type { Resource, ResourceKind } from '../model/resource.js';
import type { Certainty, Value } from '../model/value.js';
import type { Text } from './dialect.js';
export declare const SEVERITIES: readonly ["critical", "high", "medium", "low"];
export type Severity = (typeof SEVERITIES)[number];
/** A possible (not certain) violation is reported one level lower. */
export declare function lowerSeverity(severity: Severity): Severity;
/** How to fix a finding in each place it can live (Prowler-style remediation data). */
export interface Remediation {
    /** The CloudFormation property or block, as YAML. */
    cloudformation?: string;
    /** The Terraform attribute or block. */
    terraform?: string;
    /** AWS CLI command(s) for a live resource. */
    cli?: string;
    /** Console steps for a live resource. */
    console?: string;
    /** Set when the property cannot be changed in place and the resource must be recreated. */
    recreate?: string;
    /** The sagelint config (`.sagelint.yml`), as YAML: for the rules about the gate itself. */
    config?: string;
}
export interface GuidanceLink {
    title: string;
    url: string;
}
export interface RuleDocs {
    /** One line: what is wrong. */
    summary: string;
    /** A paragraph: what the rule checks, including defaults and edge cases. */
    description: string;
    /** Why it matters. */
    risk: string;
    /** AWS documentation this rule enforces. */
    guidance: GuidanceLink[];
    remediation: Remediation;
    /** Equivalent controls elsewhere: { 'Security Hub': ['SageMaker.1'], checkov: ['CKV_AWS_122'] }. */
    alsoKnownAs?: Record<string, string[]>;
    /**
     * Where a control named in `alsoKnownAs` covers only some of the resources the
     * rule checks: control ID → the resource types it covers, as CloudFormation
     * names them (the Terraform and API names of the same type match too). The
     * compliance view counts only those for the control.
     */
    controlScopes?: Record<string, string[]>;
    /** Deliberate choices a user should know (e.g. why a peer disagrees). */
    notes?: string[];
}
/** Where a rule that sagelint does not ship comes from: a plugin package or a declarative rules file. */
export interface RuleOrigin {
    /** The plugin's package name, or the rules file's path relative to the config. */
    name: string;
    version?: string;
    /** Where the plugin documents its rules (its package.json `homepage`). */
    homepage?: string;
}
export interface RuleMeta {
    id: string;
    name: string;
    severity: Severity;
    appliesTo: readonly ResourceKind[];
    /** Whether the rule offers edits for IaC files. */
    fixable: boolean;
    tags: string[];
    docs: RuleDocs;
    /**
     * Which presets hold the rule (src/config/presets.ts), and why. Every rule is in
     * `strict`, and in `security-hub` when `docs.alsoKnownAs` names a Security Hub
     * control; `recommended` (the default) is decided here.
     */
    presets: RulePresets;
    /** Set by sagelint when it loads the rule from a plugin or a rules file; absent for its own rules. */
    origin?: RuleOrigin;
}
/** A rule's place in the presets; see `RuleMeta.presets`. */
export interface RulePresets {
    /**
     * Whether the default preset runs the rule: `true` for what a security team
     * would gate a merge on, `false` for guardrails and hygiene left to `strict`,
     * or `{ whenConfigured: option }` for a rule that joins once the config sets
     * that option (TG001 with `requiredTags`).
     */
    recommended: boolean | {
        whenConfigured: keyof RuleOptions;
    };
    /** One or two sentences: why `recommended` holds the rule or leaves it to `strict` (docs/presets.md). */
    reason: string;
}
/** One change a fix makes, in canonical (CloudFormation-shaped) terms. */
export interface PropertyEdit {
    /** The property to set: a present value (replaced) or an omitted one (inserted). */
    target: Value;
    /** Plain data; strings like `<subnet-id>` are placeholders the user must fill. */
    value: unknown;
}
/**
 * A whole resource a fix adds next to an existing one (in the same file and
 * module). Properties are canonical plain data; `{ Ref: id }` names a resource
 * of the unit by its ID and `{ 'Fn::Sub': '…${AWS::Region}…' }` (`regionName`)
 * a name built from the region, which each format writes in its own syntax.
 */
export interface ResourceAddition {
    /** The new resource is written right after this one. */
    near: Resource;
    /** Preferred logical ID, canonically (`SageMakerApiEndpoint`): each input derives its own (`sagemaker_api` in Terraform), made unique when taken. */
    id: string;
    /** Canonical (CloudFormation) type, e.g. `AWS::EC2::VPCEndpoint`. */
    type: string;
    properties: Record<string, unknown>;
}
/**
 * What applying a fix costs: `safe` updates the resource in place, `replaces`
 * makes CloudFormation replace it (Terraform: forces a new one), `capacity`
 * changes how many instances run, and so what it costs.
 */
export declare const FIX_KINDS: readonly ["safe", "replaces", "capacity"];
export type FixKind = (typeof FIX_KINDS)[number];
export interface Fix {
    /** What the fix does; name properties with `propertyName()` in a `message` so each input reads its own names. */
    description: Text;
    /** Default: `replaces` when an edit sets a property that replaces the resource (src/model/update-behaviour.ts), else `safe`. */
    kind?: FixKind;
    edits: PropertyEdit[];
    /** Resources to add; a format that cannot add them renders no edit for the whole fix. */
    additions?: ResourceAddition[];
}
/** The placeholders written in a text, in order. Most texts hold none, and the test for `<` is cheaper than the match. */
export declare function placeholdersWritten(text: string): string[];
export interface ReportInput {
    /** The offending value (narrowest), or the resource when no property applies. */
    at: Value | Resource;
    /** Names properties with `propertyName()` in a `message` (src/core/dialect.ts), which the unit's dialect writes. */
    message: Text;
    /** Default: definite. A possible finding is reported one severity lower. */
    certainty?: Certainty;
    fix?: Fix;
}
export interface RuleOptions {
    /** Tag keys every taggable resource must carry (config `requiredTags`). */
    requiredTags: string[];
}
/** Something the rule could not judge and the user should know, e.g. a VPC outside the template. */
export interface NoteInput {
    /** Where the note points; default: the resource being checked. */
    at?: Value | Resource;
    message: Text;
}
export interface RuleContext {
    graph: ResourceGraph;
    options: RuleOptions;
    report(input: ReportInput): void;
    note(input: NoteInput): void;
    /**
     * Whether a fix on the checked resource can name `target` by reference
     * (`{ Ref: id }`): a template refers only to its own resources, a Terraform
     * module to those of its folder, live state to none.
     */
    canReference(target: Resource): boolean;
}
/** A name built from the deploying region (`com.amazonaws.${AWS::Region}.s3`), as a fix's canonical data writes it. */
export declare const REGION_VARIABLE = "${AWS::Region}";
/** `{ 'Fn::Sub': 'com.amazonaws.${AWS::Region}.s3' }` from `name => `com.amazonaws.${name}.s3``: each format writes it in its own syntax. */
export declare function regionName(build: (region: string) => string): {
    'Fn::Sub': string;
};
export interface Rule extends RuleMeta {
    /**
     * Loads what `check` needs besides the model (e.g. the IAM action catalog).
     * Every evaluator awaits it (see `prepareRules`) before the first check, and
     * a scan only once a resource of the rule's `appliesTo` kinds is loaded
     * (`prepareRulesFor`), so commands that only describe rules, and scans of
     * templates the rule does not apply to, never pay for it. Must be idempotent.
     */
    prepare?(): Promise<void>;
    check(resource: Resource, context: RuleContext): void;
}
/** Runs the `prepare` hook of each rule; evaluate rules only once it resolves. */
export declare function prepareRules(rules: readonly Rule[]): Promise<void>;
/**
 * Runs the `prepare` hook of the rules that apply to any of these resource
 * kinds: a rule is checked on resources of its `appliesTo` kinds only, so this
 * is all that evaluating resources of these kinds needs (a template without an
 * IAM resource never loads the IAM data).
 */
export declare function prepareRulesFor(rules: readonly Rule[], kinds: ReadonlySet<ResourceKind>): Promise<void>;
/** Thrown by a rule checked before its `prepare` hook ran: a skipped check must never pass for a clean one. */
export declare class RuleNotPreparedError extends Error {
    readonly ruleId: string;
    constructor(ruleId: string);
}
export declare function defineRule(rule: Rule): Rule;
export declare function isResource(x: Value | Resource): x is Resource;
