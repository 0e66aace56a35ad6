import { type ConfigFile, type ConfigSource } from './config.js';
import type { LoadError } from '../core/finding.js';
import { type Rule, type RuleOrigin } from '../core/rule.js';
/**
 * The version of what `sagelint/rules` and `sagelint/testing` offer plugins.
 * A plugin states the range it needs (`export const apiVersion = '^1.0.0'`);
 * the major version changes when a rule written for the previous one may no
 * longer work.
 */
export declare const PLUGIN_API_VERSION = "1.0.0";
/** Rule IDs are letters then digits, as inline suppressions and the config write them. */
export declare const RULE_ID: RegExp;
export interface LoadedExtensions {
    rules: Rule[];
    /** A plugin that failed to load, or one of its rules that is malformed: the rest still run. */
    errors: LoadError[];
}
/**
 * Loads every plugin and rules file the config (`source`, checked against the
 * schema as `list`) names. A plugin that cannot be
 * found, needs another plugin API version, or brings a rule ID that is taken
 * is a config error (exit 2); one that throws while loading, and each
 * malformed rule, is a load error and the other rules still run.
 */
export declare function loadExtensions(source: ConfigSource, builtIn: readonly Rule[], list: Pick<ConfigFile, 'plugins' | 'customRules'>): Promise<LoadedExtensions>;
export declare function describeOrigin(origin: RuleOrigin): string;
