/**
 * Trusted mode for pull requests: the config and the baseline that judge a
 * pull request come from the base branch's git tree, not from the working
 * tree the pull request controls (`--config-from-ref`, `--baseline-from-ref`).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { BASELINE_VERSION, baselineAdditions, DEFAULT_BASELINE_FILE, parseBaseline, readBaseline, type BaselineFile } from '../engine/baseline.js';
import { ConfigError, configWeakenings, EMPTY_CONFIG, findConfigFile, loadConfig, parseConfig, workingTreeTop, type ResolvedConfig } from '../engine/config.js';
import type { Rule } from '../engine/rule.js';
import { plural } from '../report/summary.js';
import type { ScanArgs } from './scan-command.js';
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

/**
 * What the working tree's own config and baseline would change about the
 * gate, in trusted mode (where they are not applied): one warning line each,
 * for the pull request's reviewers.
 */
export async function workingTreeGateChanges(
  root: string,
  args: Pick<ScanArgs, 'config' | 'config-from-ref' | 'baseline' | 'baseline-from-ref'>,
  trusted: { config: ResolvedConfig; baseline?: BaselineFile },
  catalog: readonly Rule[],
): Promise<string[]> {
  const lines: string[] = [];
  const configRef = args['config-from-ref'];
  if (configRef) {
    const file = args.config ? path.resolve(args.config) : findConfigFile(root, workingTreeTop(root) ?? root);
    try {
      const own = file ? await loadConfig(file, catalog) : EMPTY_CONFIG;
      for (const change of configWeakenings(trusted.config, own, catalog)) lines.push(`the working tree's config ${change} (not applied: the config comes from ${JSON.stringify(configRef)})`);
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      lines.push(`the working tree's config cannot be read: ${JSON.stringify(err.message)}`);
    }
  }
  const baselineRef = args['baseline-from-ref'];
  const file = path.resolve(args.baseline ?? DEFAULT_BASELINE_FILE);
  if (baselineRef && trusted.baseline && existsSync(file)) {
    try {
      const added = baselineAdditions(trusted.baseline, await readBaseline(file));
      const named = added.slice(0, 5).map((e) => `${e.ruleId} ${JSON.stringify(e.resource)}`);
      if (added.length) lines.push(`the working tree's baseline accepts ${plural(added.length, 'finding')} that ${JSON.stringify(baselineRef)}'s does not: ${named.join(', ')}${added.length > named.length ? ', …' : ''} (not applied)`);
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      lines.push(`the working tree's baseline cannot be read: ${JSON.stringify(err.message)}`);
    }
  }
  return lines;
}
