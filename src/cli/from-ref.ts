/**
 * Trusted mode for pull requests: the config and the baseline that judge a
 * pull request come from the base branch's git tree, not from the working
 * tree the pull request controls (`--config-from-ref`, `--baseline-from-ref`).
 */
import path from 'node:path';
import { BASELINE_VERSION, parseBaseline, type BaselineFile } from '../engine/baseline.js';
import { ConfigError, EMPTY_CONFIG, findConfigFile, parseConfig, type ResolvedConfig } from '../engine/config.js';
import type { Rule } from '../engine/rule.js';
import { fileAtCommit, gitTopLevel, resolveCommit, type GitAnswer } from './changed-files.js';

interface AtRef {
  top: string;
  commit: string;
  read(file: string): string | undefined;
}

function atRef(root: string, option: string, ref: string): AtRef {
  const top = gitTopLevel(root);
  const commit = resolveCommit(root, ref);
  if (!commit.ok) throw new ConfigError(`${option} ${JSON.stringify(ref)}: ${commit.message}`);
  if (top === undefined) throw new ConfigError(`${option}: not inside a git repository`);
  const read = (file: string) => orThrow(fileAtCommit(top, commit.value, file), option, ref);
  return { top, commit: commit.value, read };
}

function orThrow<T>(answer: GitAnswer<T>, option: string, ref: string): T {
  if (!answer.ok) throw new ConfigError(`${option} ${JSON.stringify(ref)}: ${answer.message}`);
  return answer.value;
}

/** Where a file of the working tree is in REF's tree, for messages: `REF:path`. */
function label(at: AtRef, ref: string, file: string): string {
  return `${ref}:${path.relative(at.top, file).split(path.sep).join('/')}`;
}

/**
 * The config as REF has it: the `--config` path, else `.sagelint.yml` found
 * upward from the scan root within REF's tree. None there: the defaults, whatever
 * the working tree holds.
 */
export function configFromRef(root: string, ref: string, explicit: string | undefined, catalog: readonly Rule[]): ResolvedConfig {
  const at = atRef(root, '--config-from-ref', ref);
  const file = explicit ? path.resolve(explicit) : findConfigFile(root, at.top, (candidate) => at.read(candidate) !== undefined);
  const text = file ? at.read(file) : undefined;
  if (file === undefined || text === undefined) return EMPTY_CONFIG;
  return parseConfig(text, label(at, ref, file), catalog);
}

/** The baseline as REF has it; none there: an empty one, so every finding is new. */
export function baselineFromRef(root: string, ref: string, file: string): { baseline: BaselineFile; label: string } {
  const at = atRef(root, '--baseline-from-ref', ref);
  const where = label(at, ref, path.resolve(file));
  const text = at.read(path.resolve(file));
  return { baseline: text === undefined ? { version: BASELINE_VERSION, findings: [] } : parseBaseline(text, where), label: where };
}
