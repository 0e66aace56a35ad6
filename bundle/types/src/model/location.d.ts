/** Where a resource, property or value comes from. */
/** 1-based line and column; `offset` is the 0-based UTF-16 offset into the file text. */
export interface Position {
    line: number;
    column: number;
    offset: number;
}
/** A segment of a path inside a document: a map key or a list index. */
export type PathSegment = string | number;
export type Path = readonly PathSegment[];
/** A place in an IaC file. `file` is relative to the scan root, with `/` separators. */
export interface SourceLocation {
    kind: 'source';
    file: string;
    start: Position;
    end: Position;
    /** Path of the node inside the document (e.g. ['Resources', 'Nb', 'Properties', 'RootAccess']). */
    path: Path;
    /**
     * Set on nodes of a document embedded in a string (a state machine or pipeline
     * definition) where the file's text is not the node's text: escaped JSON, a
     * string assembled by `Fn::Join`, a line that `Fn::Sub` changes. The range may
     * then be approximate (the enclosing property), and fixes never edit there.
     */
    readOnly?: boolean;
}
/** A resource in a live account. */
export interface LiveLocation {
    kind: 'live';
    arn: string;
    partition: string;
    account: string;
    region: string;
    /** Path of the property inside the API description of the resource. */
    path: Path;
}
export type Location = SourceLocation | LiveLocation;
/**
 * The same place, marked as one that fixes must not edit (a value SageMaker
 * or a loader wrote, text inside a string, an approximate place); `path`
 * replaces the location's path when given.
 */
export declare function readOnlyAt(loc: Location, path?: Path): Location;
export declare function describeLocation(loc: Location): string;
