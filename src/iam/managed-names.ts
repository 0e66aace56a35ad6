/**
 * The ARN of each AWS managed policy by name, for loaders that meet a policy by
 * name (Terraform's `data "aws_iam_policy" { name = … }`): a list of names
 * under each path, written with the document snapshot by
 * refresh-managed-policies.mjs, so that turning a name into an ARN never reads
 * the documents (the IAM analyses read those at the first lookup of an AWS
 * managed policy ARN).
 */
import names from './aws-managed-policy-names.json' with { type: 'json' };

let arnByName: ReadonlyMap<string, string> | undefined;

/** The ARN of the AWS managed policy named `name` (unique among them, whatever its path), or undefined when AWS publishes none by that name. */
export function awsManagedPolicyArn(name: string): string | undefined {
  arnByName ??= new Map(Object.entries(names.paths as Record<string, string[]>).flatMap(([path, inPath]) => inPath.map((n) => [n, `arn:aws:iam::aws:policy${path}${n}`] as const)));
  return arnByName.get(name);
}
