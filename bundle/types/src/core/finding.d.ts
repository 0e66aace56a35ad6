/** What a scan produces: findings, load errors and notes, ready for any reporter. */
import type { CoverageGap } from './coverage.js';
import type { ComplianceView } from './compliance.js';
import type { Location, Path, Position } from '../model/location.js';
import type { ResourceKind, SourceFormat } from '../model/resource.js';
import type { Certainty } from '../model/value.js';
import type { FixKind, Severity } from './rule.js';
/** Replace the text between `start` and `end` (end exclusive) of `file` with `text`. */
export interface TextEdit {
    file: string;
    start: Position;
    end: Position;
    text: string;
}
/** A fix rendered for the file it applies to. */
export interface RenderedFix {
    description: string;
    /** What applying it costs; `sagelint fix` applies only `safe` ones unless told otherwise. */
    kind: FixKind;
    /** Placeholder values the user must fill, e.g. `<subnet-id>`. */
    placeholders: string[];
    edits: TextEdit[];
}
export interface Suppression {
    kind: 'inSource' | 'external';
    justification: string;
    /** Where the suppression is written (template metadata, config file, baseline). */
    source: string;
}
export interface Finding {
    ruleId: string;
    ruleName: string;
    /** Effective severity: the rule's (or the config's override), one lower when possible. */
    severity: Severity;
    certainty: Certainty;
    message: string;
    resource: {
        id: string;
        type: string;
        kind: ResourceKind;
        source: SourceFormat;
        label?: string;
    };
    location: Location;
    /** Path of the offending property inside the resource (empty for the resource itself). */
    propertyPath: Path;
    fix?: RenderedFix;
    suppression?: Suppression;
    /** Stable across unrelated edits: rule + file + resource identity + property path. */
    fingerprint: string;
    /** Against a baseline (scan --baseline): new, or already known. */
    baselineState?: 'new' | 'unchanged';
}
/** An input that could not be read, or read only in part. */
export interface LoadError {
    file: string;
    line?: number;
    column?: number;
    message: string;
}
/** Something the user should know that is not a finding (e.g. a definition held in S3). */
export interface Note {
    file?: string;
    line?: number;
    message: string;
}
/** Everything one scan or audit produced. */
export interface ScanResult {
    /** Absolute path of the scan root (source findings are relative to it). */
    root: string;
    findings: Finding[];
    errors: LoadError[];
    notes: Note[];
    stats: {
        files: number;
        resources: number;
        /** Resources of each kind: a rule checks every resource of the kinds it applies to (the compliance view's "checked"). */
        resourcesByKind?: Partial<Record<ResourceKind, number>>;
        /** Resources of each native type, for controls that cover only some types of a kind. */
        resourcesByType?: Record<string, number>;
    };
    /** Set when the scan compared against a baseline file. */
    baseline?: {
        file: string;
        absent: BaselineEntry[];
    };
    /** Set when an audit could not read everything its rules need: no report may then read as complete. */
    incomplete?: Incompleteness;
    /** With `--compliance`: each control of the framework, passed or failed. */
    compliance?: ComplianceView;
}
/** What an audit could not read (docs/audit.md, "Coverage"). */
export interface Incompleteness {
    /** One line: how much could not be read, for the INCOMPLETE banner of every report. */
    summary: string;
    /** Every coverage gap, as the snapshot records it. */
    gaps: CoverageGap[];
}
/** One accepted finding in a baseline file, by fingerprint (rule and resource for humans). */
export interface BaselineEntry {
    fingerprint: string;
    ruleId: string;
    resource: string;
    file?: string;
}
