import type { Finding, Note } from '../engine/finding.js';
import { type Rule, type Severity } from '../engine/rule.js';
import type { LoadedUnit } from '../loaders/types.js';
import type { Certainty } from '../model/value.js';
export interface ValidCase {
    name?: string;
    template: string;
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
    /** The template after every fix is applied; `null` asserts that no fix is offered. */
    fixed?: string | null;
}
export interface RuleTable {
    valid: (string | ValidCase)[];
    invalid: InvalidCase[];
}
/** Tagged template that removes the common indentation, so templates can sit indented in tests. */
export declare function cfn(strings: TemplateStringsArray, ...values: unknown[]): string;
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
