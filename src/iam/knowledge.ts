/**
 * Everything the IAM analyses know about AWS besides the scanned input: the
 * action catalog and the managed policy snapshot. Loaded on first use only, so
 * commands that judge nothing (`--version`, `rules`) never read them; the
 * snapshot only when an AWS managed policy ARN is looked up.
 */
import { RuleNotPreparedError } from '../core/rule.js';
import { loadActionCatalog, type ActionCatalog } from './actions.js';
import { awsManagedPolicies, type ManagedPolicyCatalog } from './managed.js';

export interface IamKnowledge {
  actions: ActionCatalog;
  managed: ManagedPolicyCatalog;
}

let loading: Promise<IamKnowledge> | undefined;

export function loadIamKnowledge(): Promise<IamKnowledge> {
  loading ??= loadActionCatalog().then((actions) => ({ actions, managed: awsManagedPolicies() }));
  return loading;
}

let prepared: IamKnowledge | undefined;

/** The `prepare` hook of the rules that judge IAM policies. */
export async function prepareIamKnowledge(): Promise<void> {
  prepared = await loadIamKnowledge();
}

/** The knowledge for `ruleId`'s check, which `prepareIamKnowledge` must have loaded. */
export function preparedIamKnowledge(ruleId: string): IamKnowledge {
  if (!prepared) throw new RuleNotPreparedError(ruleId);
  return prepared;
}
