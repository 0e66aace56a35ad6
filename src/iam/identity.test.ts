import { beforeAll, describe, expect, it } from 'vitest';
import { cfn, loadForTest } from '../../test/rule-tester.js';
import { ResourceGraph } from '../model/graph.js';
import { executionRoleEvidence, scopeOfIdentity, scopeOfUnattachedPolicy } from './identity.js';
import { loadIamKnowledge, type IamKnowledge } from './knowledge.js';

let knowledge: IamKnowledge;
beforeAll(async () => {
  knowledge = await loadIamKnowledge();
});

function graphOf(template: string): ResourceGraph {
  return new ResourceGraph(loadForTest(template).resources);
}

const LAMBDA_TRUST = 'AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }] }';

describe('executionRoleEvidence', () => {
  it('recognizes a role that SageMaker may assume', () => {
    const graph = graphOf(cfn`
      Resources:
        Role:
          Type: AWS::IAM::Role
          Properties:
            AssumeRolePolicyDocument:
              Statement:
                - Effect: Allow
                  Principal: { Service: [sagemaker.amazonaws.com] }
                  Action: [sts:AssumeRole]
    `);
    expect(executionRoleEvidence(graph.byId('Role')!, graph)).toEqual({ trustedBySageMaker: true, usedBy: [] });
  });

  it('recognizes a role that a SageMaker resource runs as, at any depth', () => {
    const graph = graphOf(cfn`
      Resources:
        Role:
          Type: AWS::IAM::Role
          Properties:
            ${LAMBDA_TRUST}
        Notebook:
          Type: AWS::SageMaker::NotebookInstance
          Properties:
            RoleArn: !GetAtt Role.Arn
        Domain:
          Type: AWS::SageMaker::Domain
          Properties:
            DefaultUserSettings:
              ExecutionRole: !GetAtt Role.Arn
    `);
    const evidence = executionRoleEvidence(graph.byId('Role')!, graph)!;
    expect(evidence.trustedBySageMaker).toBe(false);
    expect(evidence.usedBy.map((e) => e.from.id)).toEqual(['Notebook', 'Domain']);
  });

  it('does not count roles of other services', () => {
    const graph = graphOf(cfn`
      Resources:
        Role:
          Type: AWS::IAM::Role
          Properties:
            ${LAMBDA_TRUST}
        Machine:
          Type: AWS::StepFunctions::StateMachine
          Properties:
            RoleArn: !GetAtt Role.Arn
    `);
    expect(executionRoleEvidence(graph.byId('Role')!, graph)).toBeUndefined();
  });
});

describe('scopeOfIdentity', () => {
  const template = cfn`
    Resources:
      Role:
        Type: AWS::IAM::Role
        Properties:
          ${LAMBDA_TRUST}
          Policies:
            - PolicyName: Inline
              PolicyDocument:
                Statement: [{ Effect: Allow, Action: s3:GetObject, Resource: '*' }]
          ManagedPolicyArns:
            - !Sub arn:\${AWS::Partition}:iam::aws:policy/AmazonS3ReadOnlyAccess
            - arn:aws:iam::aws:policy/service-role/AmazonSageMakerGeospatialExecutionRole
            - arn:aws:iam::123456789012:policy/Elsewhere
            - arn:aws:iam::aws:policy/NoSuchPolicy
            - !Ref Managed
          PermissionsBoundary: !Ref Boundary
      Attached:
        Type: AWS::IAM::Policy
        Properties:
          PolicyName: attached
          Roles: [!Ref Role]
          PolicyDocument:
            Statement: [{ Effect: Deny, Action: s3:*, Resource: '*' }]
      Managed:
        Type: AWS::IAM::ManagedPolicy
        Properties:
          Roles: [!Ref Role]
          PolicyDocument:
            Statement: [{ Effect: Allow, Action: sagemaker:*, Resource: '*' }]
      RolePolicy:
        Type: AWS::IAM::RolePolicy
        Properties:
          PolicyName: per-role
          RoleName: !Ref Role
          PolicyDocument:
            Statement: [{ Effect: Allow, Action: iam:PassRole, Resource: '*' }]
      Boundary:
        Type: AWS::IAM::ManagedPolicy
        Properties:
          PolicyDocument:
            Statement: [{ Effect: Allow, Action: '*', Resource: '*' }]
  `;

  it('gathers inline, attached, AWS managed and boundary policies, and names what it cannot read', () => {
    const graph = graphOf(template);
    const scope = scopeOfIdentity(graph.byId('Role')!, graph, knowledge.managed);
    expect(scope.policies.map((p) => p.label)).toEqual([
      "inline policy 'Inline'",
      "policy Attached ('attached')",
      'policy Managed',
      "policy RolePolicy ('per-role')",
      'AWS managed policy AmazonS3ReadOnlyAccess',
      'AWS managed policy AmazonSageMakerGeospatialExecutionRole',
    ]);
    expect(scope.policies.map((p) => p.document.statements.length)).toEqual([1, 1, 1, 1, 1, 3]);
    expect(scope.boundary?.label).toBe('policy Boundary (permissions boundary)');
    expect(scope.unresolved.map((u) => u.reason)).toEqual([
      "'arn:aws:iam::123456789012:policy/Elsewhere' is a customer managed policy that is not defined in the scanned files",
      expect.stringMatching(/^AWS publishes no managed policy NoSuchPolicy \(none of its \d+ policies as of /),
    ]);
    const s3ReadOnly = scope.policies[4]!;
    expect(s3ReadOnly.attachment!.loc).toMatchObject({ kind: 'source', start: { line: 11 } });
  });

  it('adds the policies of a user’s groups', () => {
    const graph = graphOf(cfn`
      Resources:
        Group:
          Type: AWS::IAM::Group
          Properties:
            ManagedPolicyArns: [arn:aws:iam::aws:policy/AmazonSageMakerReadOnly]
        User:
          Type: AWS::IAM::User
          Properties:
            Groups: [!Ref Group]
    `);
    const scope = scopeOfIdentity(graph.byId('User')!, graph, knowledge.managed);
    expect(scope.policies.map((p) => p.label)).toEqual(['group Group: AWS managed policy AmazonSageMakerReadOnly']);
  });

  it('marks policies created under a template condition as uncertain', () => {
    const graph = graphOf(cfn`
      Conditions:
        IsDev: !Equals [!Ref AWS::AccountId, '111122223333']
      Resources:
        Role:
          Type: AWS::IAM::Role
          Properties:
            ${LAMBDA_TRUST}
        DevPolicy:
          Type: AWS::IAM::Policy
          Condition: IsDev
          Properties:
            PolicyName: dev
            Roles: [!Ref Role]
            PolicyDocument:
              Statement: [{ Effect: Allow, Action: s3:*, Resource: '*' }]
    `);
    const [policy] = scopeOfIdentity(graph.byId('Role')!, graph, knowledge.managed).policies;
    expect(policy).toMatchObject({ certain: false, via: ['condition IsDev is true'] });
  });
});

describe('scopeOfUnattachedPolicy', () => {
  it('judges a policy on its own only when no identity in scope carries it', () => {
    const graph = graphOf(cfn`
      Resources:
        Role:
          Type: AWS::IAM::Role
          Properties:
            ${LAMBDA_TRUST}
        Attached:
          Type: AWS::IAM::ManagedPolicy
          Properties:
            Roles: [!Ref Role]
            PolicyDocument: { Statement: [{ Effect: Allow, Action: s3:*, Resource: '*' }] }
        AttachedByArn:
          Type: AWS::IAM::ManagedPolicy
          Properties:
            PolicyDocument: { Statement: [{ Effect: Allow, Action: s3:*, Resource: '*' }] }
        User:
          Type: AWS::IAM::User
          Properties:
            ManagedPolicyArns: [!Ref AttachedByArn]
        Alone:
          Type: AWS::IAM::ManagedPolicy
          Properties:
            Roles: [some-role-elsewhere]
            PolicyDocument: { Statement: [{ Effect: Allow, Action: s3:*, Resource: '*' }] }
    `);
    expect(scopeOfUnattachedPolicy(graph.byId('Attached')!, graph)).toBeUndefined();
    expect(scopeOfUnattachedPolicy(graph.byId('AttachedByArn')!, graph)).toBeUndefined();
    expect(scopeOfUnattachedPolicy(graph.byId('Alone')!, graph)?.policies.map((p) => p.label)).toEqual(['policy Alone']);
  });
});
