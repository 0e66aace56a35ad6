/** IAM records → resources: roles, users, groups and managed policies, with their documents decoded. */
import type { Value } from '../../../model/value.js';
import type { LiveValues } from '../live-values.js';
import type { IamState } from '../snapshot.js';
import type { MappingContext, Spec, SpecTable } from './spec.js';

type I<K extends keyof IamState> = IamState[K][number];

/** Inline policies as CloudFormation's `Policies`: { PolicyName, PolicyDocument } with the document decoded. */
function inlinePolicies(list: readonly { PolicyName?: string; PolicyDocument?: string }[] | undefined, key: string, v: LiveValues, ctx: MappingContext): Value | undefined {
  if (!list) return undefined;
  return v.list(
    list.map((policy, i) =>
      v.map(
        [
          ['PolicyName', v.optional(policy.PolicyName, [key, i, 'PolicyName'])],
          ['PolicyDocument', ctx.document(v, policy.PolicyDocument, [key, i, 'PolicyDocument'])],
        ],
        [key, i],
      ),
    ),
    [key],
  );
}

function managedPolicyArns(attached: readonly { PolicyArn?: string }[] | undefined, v: LiveValues): Value | undefined {
  if (!attached) return undefined;
  return v.list(
    attached.map((p, i) => v.plain(p.PolicyArn ?? null, ['AttachedManagedPolicies', i, 'PolicyArn'])),
    ['AttachedManagedPolicies'],
  );
}

function permissionsBoundary(boundary: { PermissionsBoundaryArn?: string } | undefined, v: LiveValues): Value | undefined {
  return v.optional(boundary?.PermissionsBoundaryArn, ['PermissionsBoundary', 'PermissionsBoundaryArn']);
}

const IAM_ROLE: Spec<I<'roles'>> = {
  kind: 'IamRole',
  type: 'Role',
  arn: (r) => r.Arn,
  name: (r) => r.RoleName,
  ids: (r) => [r.RoleId],
  tags: 'inline',
  props: (r, v, ctx) =>
    v.record(r, {
      AssumeRolePolicyDocument: ctx.document(v, r.AssumeRolePolicyDocument, ['AssumeRolePolicyDocument']),
      RolePolicyList: undefined,
      Policies: inlinePolicies(r.RolePolicyList, 'RolePolicyList', v, ctx),
      AttachedManagedPolicies: undefined,
      ManagedPolicyArns: managedPolicyArns(r.AttachedManagedPolicies, v),
      PermissionsBoundary: permissionsBoundary(r.PermissionsBoundary, v),
    }),
};

const IAM_USER: Spec<I<'users'>> = {
  kind: 'IamUser',
  type: 'User',
  arn: (r) => r.Arn,
  name: (r) => r.UserName,
  ids: (r) => [r.UserId],
  tags: 'inline',
  props: (r, v, ctx) =>
    v.record(r, {
      UserPolicyList: undefined,
      Policies: inlinePolicies(r.UserPolicyList, 'UserPolicyList', v, ctx),
      AttachedManagedPolicies: undefined,
      ManagedPolicyArns: managedPolicyArns(r.AttachedManagedPolicies, v),
      PermissionsBoundary: permissionsBoundary(r.PermissionsBoundary, v),
      GroupList: undefined,
      Groups: r.GroupList && v.list(r.GroupList.map((group, i) => ctx.byNameOf(v, 'IamGroup', group, ['GroupList', i]) ?? v.plain(null, ['GroupList', i])), ['GroupList']),
    }),
};

const IAM_GROUP: Spec<I<'groups'>> = {
  kind: 'IamGroup',
  type: 'Group',
  arn: (r) => r.Arn,
  name: (r) => r.GroupName,
  ids: (r) => [r.GroupId],
  tags: 'none',
  props: (r, v, ctx) =>
    v.record(r, {
      GroupPolicyList: undefined,
      Policies: inlinePolicies(r.GroupPolicyList, 'GroupPolicyList', v, ctx),
      AttachedManagedPolicies: undefined,
      ManagedPolicyArns: managedPolicyArns(r.AttachedManagedPolicies, v),
    }),
};

/** GetAccountAuthorizationDetails may leave out a policy's name: then it is the ARN's last segment. */
const policyName = (r: I<'policies'>) => r.PolicyName ?? r.Arn?.split('/').pop();

/** The default version's document becomes `PolicyDocument`. */
const IAM_POLICY: Spec<I<'policies'>> = {
  kind: 'IamPolicy',
  type: 'ManagedPolicy',
  arn: (r) => r.Arn,
  name: policyName,
  ids: (r) => [r.PolicyId],
  tags: 'none',
  props: (r, v, ctx) => {
    const versions = r.PolicyVersionList ?? [];
    const index = versions.findIndex((version) => version.IsDefaultVersion || version.VersionId === r.DefaultVersionId);
    const name = policyName(r);
    return v.record(r, {
      PolicyName: undefined,
      ManagedPolicyName: v.optional(name, r.PolicyName ? ['PolicyName'] : ['Arn']),
      PolicyVersionList: undefined,
      PolicyDocument: index < 0 ? undefined : ctx.document(v, versions[index]!.Document, ['PolicyVersionList', index, 'Document']),
    });
  },
};

/** How each collection of an account's IAM state maps. */
export const IAM_SPECS: SpecTable<IamState> = { roles: IAM_ROLE, users: IAM_USER, groups: IAM_GROUP, policies: IAM_POLICY };
