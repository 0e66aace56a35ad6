/** The contract every loader fulfils: read inputs, emit model resources, never judge. */
import type { LoadError, Note, TextEdit } from './finding.js';
import type { Dialect } from './dialect.js';
import type { Fix } from './rule.js';
import type { Resource } from '../model/resource.js';
/**
 * One independent unit of scanning: a template (or CDK stack), a Terraform root
 * module, an account snapshot. References resolve within a unit; units can be
 * scanned in parallel.
 */
export interface LoadedUnit {
    /** Files that make up the unit, relative to the scan root. */
    files: string[];
    resources: Resource[];
    errors: LoadError[];
    notes: Note[];
    /** Turns a canonical fix into edits of this unit's files; absent for live state. */
    renderFix?(fix: Fix): TextEdit[] | undefined;
    /** How the input names properties, types, new resources and the region (src/core/dialect.ts); default: CloudFormation's, the canonical names. */
    dialect?: Dialect;
}
