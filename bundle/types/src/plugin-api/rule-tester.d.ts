import type { Finding, Note } from '../core/finding.js';
import { type Rule, type Severity } from '../core/rule.js';
import type { LoadedUnit } from '../core/unit.js';
import type { Certainty } from '../model/value.js';
/** A Terraform root module held in memory: the text of main.tf, or `{ 'main.tf': '…', 'variables.tf': '…' }`. */
export type TerraformFiles = string | Record<string, string>;
/** One resource of a plan's `planned_values.root_module`, as `terraform show -json` writes it. */
export interface PlannedResource {
    type: string;
    name: string;
    values: Record<string, unknown>;
}
/** Each case gives exactly one input: `template` (CloudFormation), `hcl` or `plan` (Terraform). */
export interface ValidCase {
    name?: string;
    template?: string;
    /** A Terraform root module; a finding's line and column are in its file. */
    hcl?: TerraformFiles;
    /** A plan JSON: its planned root-module resources, or the whole plan (object or text). */
    plan?: PlannedResource[] | Record<string, unknown> | string;
    /** The template's file name (`template.json` for JSON), or the name of `hcl` when it is one text (default `main.tf`). */
    file?: string;
    requiredTags?: string[];
    /** Every note the evaluation gives, in order (the rule's notes start with its ID); unchecked when absent. */
    notes?: ExpectedNote[];
}
export interface ExpectedNote {
    line?: number;
    message: RegExp | string;
}
export interface ExpectedFinding {
    line?: number;
    column?: number;
    message?: RegExp | string;
    certainty?: Certainty;
    severity?: Severity;
    resource?: string;
}
export interface InvalidCase extends ValidCase {
    findings: ExpectedFinding[];
    /**
     * The input after every fix is applied (a template, main.tf's text, or every
     * file of an `hcl` map); `null` asserts that no fix is offered.
     */
    fixed?: TerraformFiles | null;
}
export interface RuleTable {
    valid: (string | ValidCase)[];
    invalid: InvalidCase[];
}
/** Tagged template that removes the common indentation, so templates can sit indented in tests. */
export declare function cfn(strings: TemplateStringsArray, ...values: unknown[]): string;
/** The same for Terraform: the text of main.tf in an `hcl` case. */
export declare const tf: typeof cfn;
export declare function loadForTest(template: string, file?: string): LoadedUnit;
/** The rule's findings on one template; the rule must be prepared (`runRuleTests` does that). */
export declare function findingsOf(rule: Rule, template: string, options?: {
    file?: string;
    requiredTags?: string[];
}): Finding[];
/** The notes of evaluating the rule on one template (the rule's own and the engine's). */
export declare function notesOf(rule: Rule, template: string, options?: {
    file?: string;
    requiredTags?: string[];
}): Note[];
export declare function runRuleTests(rule: Rule, table: RuleTable): void;
/** The text of a plan JSON whose `planned_values` hold these root-module resources (no configuration beside it). */
export declare function planJson(resources: PlannedResource[]): string;
/** Loads a plan JSON given as text; the plan's configuration, if any, is looked for in an empty directory. */
export declare function loadPlanForTest(text: string): Promise<LoadedUnit>;
/** Loads a Terraform root module held in memory (`{ 'main.tf': '…' }`). */
export declare function loadTerraformForTest(files: Record<string, string>): Promise<LoadedUnit>;
