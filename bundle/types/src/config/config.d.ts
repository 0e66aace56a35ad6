import { type Rule, type Severity } from '../core/rule.js';
import { type PresetName } from './presets.js';
import type { ExternalSuppression } from '../engine/suppressions.js';
import type { Path, Position } from '../model/location.js';
export declare const CONFIG_FILE_NAMES: string[];
type RuleSetting = 'off' | 'on' | Severity | {
    enabled?: boolean;
    severity?: Severity;
};
export interface ConfigFile {
    /** The preset the `rules` settings apply on top of (default `recommended`). */
    extends?: PresetName;
    rules?: Record<string, RuleSetting>;
    requiredTags?: string[];
    exclude?: string[];
    suppressions?: {
        rule: string;
        path?: string;
        resource?: string;
        reason: string;
        expires?: string;
    }[];
    failOn?: Severity | 'none';
    inlineSuppressions?: boolean;
    /** CloudFormation parameter files per template glob: `"cfn/*.yaml": params/prod.json` (or a list of files). */
    parameters?: Record<string, string | string[]>;
    plugins?: string[];
    customRules?: string[];
}
export interface ResolvedConfig {
    /** The file it came from, if any. */
    file?: string;
    /** `extends`, else the default preset. */
    preset: PresetName;
    /** Rules the `rules` settings turn on (`on`, a severity, `enabled: true`), whether or not the preset holds them. */
    enabledRules: Set<string>;
    disabledRules: Set<string>;
    severityOverrides: Record<string, Severity>;
    requiredTags: string[];
    exclude: string[];
    suppressions: ExternalSuppression[];
    failOn?: Severity | 'none';
    inlineSuppressions: boolean;
    /** Parameter files (absolute paths) and the template glob each applies to, in the order written. */
    parameters?: {
        templates: string;
        file: string;
    }[];
    /** Plugins as the file names them (folders relative to it, or package names), in order. */
    plugins?: string[];
    /** Declarative rule files (absolute paths), in order. */
    customRules?: string[];
    /** Where the file writes each of its entries, so that a report can point at one (absent for the defaults). */
    ranges?: ConfigRanges;
}
export interface TextRange {
    start: Position;
    end: Position;
}
/**
 * The text range of each entry of a config file, by its path (as JSON:
 * `["exclude",0]`, `["rules","SM001"]`, `[]` for the whole document): a list
 * item, or a map entry from its key to the end of its value. Plain data, so a
 * config still crosses to worker threads.
 */
export type ConfigRanges = Readonly<Record<string, TextRange>>;
/** The range `ranges` records for `at`, else for its nearest recorded ancestor. */
export declare function rangeOf(ranges: ConfigRanges | undefined, at: Path): TextRange | undefined;
export declare class ConfigError extends Error {
}
/** A config's text before it is resolved, from a file or from a git tree. */
export interface ConfigSource {
    text: string;
    /** How messages name it: its path, or `REF:path` for a trusted config. */
    label: string;
    /** The folder its relative paths start from (in the working tree). */
    dir: string;
    /** Reads a file it names as data (a rules file); default: from the working tree. */
    read?: (file: string) => string | undefined;
    /** Throws a ConfigError when a local plugin folder must not run (trusted mode: the working tree changed it). */
    vetPluginFolder?: (folder: string) => void;
}
/** What to do with rule IDs the catalog does not know: an error, except when reading a config only to compare it. */
export interface ConfigReading {
    unknownRules?: 'error' | 'keep';
}
export declare const EMPTY_CONFIG: ResolvedConfig;
/**
 * The working tree's top folder: the nearest folder upward holding `.git` (a
 * folder, or the file of a linked worktree or submodule). Found on disk rather
 * than by running git, so a plain scan starts no process in the folders it reads.
 */
export declare function workingTreeTop(dir: string): string | undefined;
/**
 * Finds the config upward from `startDir`, never above `topDir` (the
 * repository's top folder, or the scan root outside git): a file above it is
 * not the project's and may be anyone's. `exists` lets the search run over a
 * git tree instead of the working tree.
 */
export declare function findConfigFile(startDir: string, topDir: string, exists?: (file: string) => boolean): string | undefined;
/** The config a scan of `root` reads: the one named, else the nearest upward within the working tree. */
export declare function configFileFor(root: string, explicit?: string): string | undefined;
export declare function loadConfig(file: string, rules: readonly Rule[], reading?: ConfigReading): Promise<ResolvedConfig>;
/** A config's text, read from a file or a git tree; `file` names it in messages. */
export declare function parseConfig(text: string, file: string, rules: readonly Rule[], dir?: string, reading?: ConfigReading): ResolvedConfig;
/**
 * A config parsed and held to the schema, before its rule IDs are checked:
 * what it asks to load besides sagelint's rules (`plugins`, `customRules`) is
 * read from it, and its rule settings may name the rules those bring.
 */
export interface CheckedConfig {
    data: ConfigFile;
    ranges: ConfigRanges;
}
/** Parses a config's text and checks it against the schema; `file` names it in messages. */
export declare function checkConfig(text: string, file: string): CheckedConfig;
/** A checked config resolved against the catalog (its own plugins' rules included); `dir` as for `resolveConfig`. */
export declare function resolveCheckedConfig({ data, ranges }: CheckedConfig, file: string, rules: readonly Rule[], dir?: string, reading?: ConfigReading): ResolvedConfig;
/** `dir` is the folder the file's relative paths start from: its own, or the working tree's for a config read from git; `ranges` (from `parseConfig`) lets a schema error name the line it is on. */
export declare function resolveConfig(data: unknown, file: string, rules: readonly Rule[], dir?: string, reading?: ConfigReading, ranges?: ConfigRanges): ResolvedConfig;
/** The rules a config runs: its preset's, those its `rules` turn on, less those they turn off (before --rules and --skip-rules). */
export declare function configuredRules(config: ResolvedConfig, rules: readonly Rule[]): Rule[];
/** One way a config weakens the gate another config sets. */
export interface GateWeakening {
    /** What it does, e.g. `excludes "**"`; values from the file are quoted as JSON, so none starts a line of a log. */
    description: string;
    /** Names the change by what it is, not where it is written (`["exclude","**"]`), so it stays the same when entries move. */
    key: Path;
    /** The entry of the config's document that makes the change (`["exclude",2]`); `[]`: the document as a whole. */
    at: Path;
}
/**
 * How `head` (the working tree's config, in a pull request) weakens the gate
 * that `base` (the base branch's) sets: suppressions, excludes and disabled
 * rules it adds, rules the base runs that its preset no longer holds, severities it lowers, a higher failOn, inline suppressions
 * turned on, required tags dropped.
 */
export declare function configWeakenings(base: ResolvedConfig, head: ResolvedConfig, rules: readonly Rule[]): GateWeakening[];
export {};
