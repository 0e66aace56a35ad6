/** What an IAM analysis concludes: the offending value, how sure, why, and how to fix it. */
import type { Fix } from '../core/rule.js';
import type { Certainty, Value } from '../model/value.js';

export interface IamFinding {
  /** The narrowest value at fault; for an AWS managed policy, the ARN that attaches it. */
  at: Value;
  certainty: Certainty;
  /** A sentence for the user: what is allowed, by which policy, and when. */
  message: string;
  fix?: Fix;
}
