import { describe, expect, it } from 'vitest';
import type { ReportInput } from '../src/core/rule.js';
import { ResourceGraph } from '../src/model/graph.js';
import { pathOf } from '../src/model/value.js';
import { liveFindings, LIVE_ACCOUNT } from '../test/rule-inputs.js';
import { cfn, loadForTest, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './tg001-missing-required-tags.js';

const REQUIRED = ['Owner', 'CostCenter'];

runRuleTests(rule, {
  valid: [
    {
      name: 'no requiredTags configured: any tag will do',
      template: cfn`
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              Tags:
                - { Key: team, Value: ml }
      `,
    },
    {
      name: 'every required key present, whatever the values',
      requiredTags: REQUIRED,
      template: cfn`
        Parameters:
          Owner: { Type: String }
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              Tags:
                - { Key: Owner, Value: !Ref Owner }
                - { Key: CostCenter, Value: '4711' }
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              Tags: [{ Key: CostCenter, Value: '4711' }, { Key: Owner, Value: data }]
      `,
    },
    {
      name: 'tags chosen by Fn::If: unreadable, so a missing key is not reported',
      requiredTags: REQUIRED,
      template: cfn`
        Parameters:
          Env: { Type: String }
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Resources:
          Endpoint:
            Type: AWS::SageMaker::Endpoint
            Properties:
              Tags: !If [IsProd, [{ Key: Owner, Value: ml }], !Ref AWS::NoValue]
      `,
    },
    {
      name: 'a tag key from a parameter with allowed values: it may be the required one',
      requiredTags: ['Owner'],
      template: cfn`
        Parameters:
          OwnerKey: { Type: String, AllowedValues: [Owner, owner] }
        Resources:
          Pipeline:
            Type: AWS::SageMaker::Pipeline
            Properties:
              Tags:
                - { Key: !Ref OwnerKey, Value: ml }
      `,
    },
    {
      name: 'tag key imported from another stack: unknown, not judged',
      requiredTags: ['Owner'],
      template: cfn`
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              Tags:
                - { Key: !ImportValue owner-tag-key, Value: ml }
      `,
    },
    {
      name: 'resources outside SageMaker and Redshift are not checked',
      requiredTags: REQUIRED,
      template: cfn`
        Resources:
          Group:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: no tags
      `,
    },
  ],
  invalid: [
    {
      name: 'no requiredTags configured and no tags at all',
      template: cfn`
        Resources:
          Endpoint:
            Type: AWS::SageMaker::Endpoint
            Properties:
              EndpointConfigName: config
      `,
      findings: [{ line: 2, severity: 'low', message: /^The resource has no tags: .*set requiredTags/ }],
      fixed: cfn`
        Resources:
          Endpoint:
            Type: AWS::SageMaker::Endpoint
            Properties:
              EndpointConfigName: config
              Tags:
                - Key: <tag-key>
                  Value: <tag-value>
      `,
    },
    {
      name: 'keys AWS sets itself do not count as tags',
      template: cfn`
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              Tags:
                - { Key: 'aws:cloudformation:stack-name', Value: studio }
      `,
      findings: [{ line: 6, column: 9, message: /^The resource has no tags/ }],
    },
    {
      name: 'required keys missing, no Tags: one finding naming every key; the fix adds the list',
      requiredTags: REQUIRED,
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              NodeType: ra3.xlplus
      `,
      findings: [{ line: 2, message: /^Tags lack Owner, CostCenter, required by the configuration \(requiredTags\).*Add them\.$/ }],
      fixed: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              NodeType: ra3.xlplus
              Tags:
                - Key: Owner
                  Value: <value>
                - Key: CostCenter
                  Value: <value>
      `,
    },
    {
      name: 'one required key missing next to others; keys are case-sensitive; configured keys are trimmed and deduplicated',
      requiredTags: ['Owner', ' Owner ', 'CostCenter'],
      template: cfn`
        Resources:
          Profile:
            Type: AWS::SageMaker::UserProfile
            Properties:
              Tags:
                - Key: owner
                  Value: ml
                - Key: CostCenter
                  Value: '4711'
      `,
      findings: [{ line: 6, column: 9, message: /^Tags lack Owner, required by the configuration \(requiredTags\).*Add it\.$/ }],
      fixed: cfn`
        Resources:
          Profile:
            Type: AWS::SageMaker::UserProfile
            Properties:
              Tags:
                - Key: owner
                  Value: ml
                - Key: CostCenter
                  Value: '4711'
                - Key: Owner
                  Value: <value>
      `,
    },
    {
      name: 'two keys appended to a block list, in the configured order',
      requiredTags: REQUIRED,
      template: cfn`
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              Tags:
                - Key: team
                  Value: ml # owning team
              ExecutionRoleArn: arn:aws:iam::123456789012:role/model
      `,
      findings: [{ line: 6, message: /^Tags lack Owner, CostCenter/ }],
      fixed: cfn`
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              Tags:
                - Key: team
                  Value: ml # owning team
                - Key: Owner
                  Value: <value>
                - Key: CostCenter
                  Value: <value>
              ExecutionRoleArn: arn:aws:iam::123456789012:role/model
      `,
    },
    {
      name: 'two keys appended to a flow list',
      requiredTags: REQUIRED,
      template: cfn`
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              Tags: [{ Key: team, Value: ml }]
      `,
      findings: [{ line: 5, column: 13 }],
      fixed: cfn`
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              Tags: [{ Key: team, Value: ml }, { Key: Owner, Value: <value> }, { Key: CostCenter, Value: <value> }]
      `,
    },
    {
      name: 'an empty list is replaced by the required entries',
      requiredTags: REQUIRED,
      template: cfn`
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              Tags: []
      `,
      findings: [{ line: 5, column: 13 }],
      fixed: cfn`
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              Tags: [{"Key":"Owner","Value":"<value>"},{"Key":"CostCenter","Value":"<value>"}]
      `,
    },
    {
      name: 'JSON template, existing Tags',
      file: 'template.json',
      requiredTags: REQUIRED,
      template: '{\n  "Resources": {\n    "Model": {\n      "Type": "AWS::SageMaker::Model",\n      "Properties": {\n        "Tags": [{"Key": "team", "Value": "ml"}]\n      }\n    }\n  }\n}\n',
      findings: [{ line: 6, column: 17 }],
      fixed:
        '{\n  "Resources": {\n    "Model": {\n      "Type": "AWS::SageMaker::Model",\n      "Properties": {\n        "Tags": [{"Key": "team", "Value": "ml"}, {"Key":"Owner","Value":"<value>"}, {"Key":"CostCenter","Value":"<value>"}]\n      }\n    }\n  }\n}\n',
    },
    {
      name: 'JSON template, no Tags',
      file: 'template.json',
      requiredTags: ['Owner'],
      template: '{\n  "Resources": {\n    "Model": {\n      "Type": "AWS::SageMaker::Model",\n      "Properties": {\n        "ExecutionRoleArn": "arn:aws:iam::123456789012:role/model"\n      }\n    }\n  }\n}\n',
      findings: [{ line: 3, message: /^Tags lack Owner/ }],
      fixed:
        '{\n  "Resources": {\n    "Model": {\n      "Type": "AWS::SageMaker::Model",\n      "Properties": {\n        "ExecutionRoleArn": "arn:aws:iam::123456789012:role/model",\n        "Tags": [\n          {\n            "Key": "Owner",\n            "Value": "<value>"\n          }\n        ]\n      }\n    }\n  }\n}\n',
    },
    {
      name: 'an untagged cluster subnet group (Redshift.14), not a tagged one',
      template: cfn`
        Resources:
          Bare:
            Type: AWS::Redshift::ClusterSubnetGroup
            Properties: { Description: bare, SubnetIds: [subnet-0aaa] }
          Tagged:
            Type: AWS::Redshift::ClusterSubnetGroup
            Properties: { Description: tagged, SubnetIds: [subnet-0aaa], Tags: [{ Key: team, Value: data }] }
      `,
      findings: [{ line: 2, resource: 'Bare', message: /^The resource has no tags/ }],
    },
    {
      name: 'HCL, a required key missing: the message names the Terraform argument',
      requiredTags: ['Owner'],
      hcl: tf`
        resource "aws_sagemaker_notebook_instance" "nb" {
          name          = "nb"
          role_arn      = "arn:aws:iam::123456789012:role/nb"
          instance_type = "ml.t3.medium"
          tags          = { team = "data" }
        }
      `,
      // At the tags argument, though the loader reads Terraform tags (with the provider's default_tags) into the tag set, not into the properties.
      findings: [{ line: 5, column: 3, severity: 'low', message: /^tags lack Owner, required by the configuration/ }],
      fixed: tf`
        resource "aws_sagemaker_notebook_instance" "nb" {
          name          = "nb"
          role_arn      = "arn:aws:iam::123456789012:role/nb"
          instance_type = "ml.t3.medium"
          tags          = { team = "data", Owner = "<value>" }
        }
      `,
    },
    {
      name: 'HCL, tags from the provider only: at the resource, where the fix adds the tags argument',
      requiredTags: ['Owner'],
      hcl: tf`
        provider "aws" {
          default_tags {
            tags = { team = "data" }
          }
        }
        resource "aws_sagemaker_model" "m" {
          name               = "m"
          execution_role_arn = "arn:aws:iam::123456789012:role/m"
        }
      `,
      findings: [{ line: 6, column: 1, message: /^tags lack Owner/ }],
    },
    {
      name: 'plan, a required key missing',
      requiredTags: ['Owner'],
      plan: [{ type: 'aws_sagemaker_model', name: 'm', values: { name: 'm', tags: { team: 'data' }, tags_all: { team: 'data' } } }],
      findings: [{ resource: 'aws_sagemaker_model.m', message: /^tags lack Owner/ }],
    },
    {
      name: 'a feature group and an inference experiment without a required key (AWS Config sagemaker-feature-group-tagged)',
      requiredTags: ['Owner'],
      template: cfn`
        Resources:
          Features:
            Type: AWS::SageMaker::FeatureGroup
            Properties:
              FeatureGroupName: features
              Tags: [{ Key: team, Value: data }]
          Experiment:
            Type: AWS::SageMaker::InferenceExperiment
            Properties:
              Name: shadow
              Tags: [{ Key: Owner, Value: data }]
          Untagged:
            Type: AWS::SageMaker::InferenceExperiment
            Properties:
              Name: bare
      `,
      findings: [
        { line: 6, resource: 'Features', message: /^Tags lack Owner/ },
        { line: 12, resource: 'Untagged', message: /^Tags lack Owner/ },
      ],
    },
    {
      name: 'HCL, an aws_sagemaker_feature_group without a required key',
      requiredTags: ['Owner'],
      hcl: tf`
        resource "aws_sagemaker_feature_group" "features" {
          feature_group_name             = "features"
          record_identifier_feature_name = "id"
          event_time_feature_name        = "time"
          role_arn                       = "arn:aws:iam::123456789012:role/fs"
          tags                           = { team = "data" }
        }
      `,
      findings: [{ line: 6, column: 3, resource: 'aws_sagemaker_feature_group.features', message: /^tags lack Owner/ }],
    },
    {
      name: 'HCL, an untagged aws_redshift_cluster_snapshot (Redshift.13), not a tagged one',
      hcl: tf`
        resource "aws_redshift_cluster_snapshot" "bare" {
          cluster_identifier  = "dw"
          snapshot_identifier = "bare"
        }
        resource "aws_redshift_cluster_snapshot" "tagged" {
          cluster_identifier  = "dw"
          snapshot_identifier = "tagged"
          tags                = { team = "data" }
        }
      `,
      findings: [{ line: 1, severity: 'low', resource: 'aws_redshift_cluster_snapshot.bare', message: /^The resource has no tags/ }],
    },
    {
      name: 'HCL, an untagged aws_redshift_subnet_group (Redshift.14), not a tagged one',
      hcl: tf`
        resource "aws_redshift_subnet_group" "bare" {
          name       = "bare"
          subnet_ids = ["subnet-0aaa"]
        }
        resource "aws_redshift_subnet_group" "tagged" {
          name       = "tagged"
          subnet_ids = ["subnet-0aaa"]
          tags       = { team = "data" }
        }
      `,
      findings: [{ line: 1, severity: 'low', resource: 'aws_redshift_subnet_group.bare', message: /^The resource has no tags/ }],
    },
    {
      name: 'untagged event subscriptions, app image configurations and images (Redshift.12, SageMaker.6, SageMaker.7)',
      template: cfn`
        Resources:
          Alerts:
            Type: AWS::Redshift::EventSubscription
            Properties: { SubscriptionName: alerts, SnsTopicArn: arn:aws:sns:eu-west-1:123456789012:alerts }
          KernelConfig:
            Type: AWS::SageMaker::AppImageConfig
            Properties: { AppImageConfigName: kernel, Tags: [{ Key: team, Value: ml }] }
          CustomImage:
            Type: AWS::SageMaker::Image
            Properties: { ImageName: custom, ImageRoleArn: arn:aws:iam::123456789012:role/image }
      `,
      findings: [
        { line: 2, resource: 'Alerts', message: /^The resource has no tags/ },
        { line: 8, resource: 'CustomImage', message: /^The resource has no tags/ },
      ],
    },
    {
      name: 'HCL, untagged event subscriptions, app image configurations and images',
      hcl: tf`
        resource "aws_redshift_event_subscription" "alerts" {
          name          = "alerts"
          sns_topic_arn = "arn:aws:sns:eu-west-1:123456789012:alerts"
          tags          = { team = "data" }
        }
        resource "aws_sagemaker_app_image_config" "kernel" {
          app_image_config_name = "kernel"
        }
        resource "aws_sagemaker_image" "custom" {
          image_name = "custom"
          role_arn   = "arn:aws:iam::123456789012:role/image"
        }
      `,
      findings: [
        { line: 6, resource: 'aws_sagemaker_app_image_config.kernel', message: /^The resource has no tags/ },
        { line: 9, resource: 'aws_sagemaker_image.custom', message: /^The resource has no tags/ },
      ],
    },
    {
      name: 'plan, no tags',
      plan: [{ type: 'aws_sagemaker_model', name: 'm', values: { name: 'm', tags: {} } }],
      findings: [{ severity: 'low', resource: 'aws_sagemaker_model.m', message: /^The resource has no tags/ }],
    },
  ],
});

// The table checks the text a fix writes; this checks the canonical edits the rule reports before rendering.
describe('TG001 fix on an existing Tags list', () => {
  it('is canonical: one entry per missing key, at the positions after the last item', () => {
    const unit = loadForTest(cfn`
      Resources:
        Model:
          Type: AWS::SageMaker::Model
          Properties:
            Tags:
              - { Key: team, Value: ml }
    `);
    const reports: ReportInput[] = [];
    rule.check(unit.resources[0]!, { graph: new ResourceGraph(unit.resources), options: { requiredTags: REQUIRED }, report: (r) => reports.push(r), note: () => {}, canReference: () => false });
    expect(reports).toHaveLength(1);
    const edits = reports[0]!.fix?.edits ?? [];
    const byIndex = edits.map((e) => ({ kind: e.target.t, path: pathOf(e.target), value: e.value })).sort((a, b) => Number(a.path[4]) - Number(b.path[4]));
    expect(byIndex).toEqual([
      { kind: 'omitted', path: ['Resources', 'Model', 'Properties', 'Tags', 1], value: { Key: 'Owner', Value: '<value>' } },
      { kind: 'omitted', path: ['Resources', 'Model', 'Properties', 'Tags', 2], value: { Key: 'CostCenter', Value: '<value>' } },
    ]);
  });
});

// Live state is not a table input: the audit's Describe records are filled in here.
describe('TG001 on live Redshift and SageMaker resources', () => {
  it('reports live snapshots, event subscriptions, app image configurations, images, feature groups and inference experiments without tags', async () => {
    const findings = await liveFindings(rule, (region) => {
      region.redshift.snapshots.push({ ClusterIdentifier: 'dw', SnapshotIdentifier: 'nightly', Tags: [] }, { ClusterIdentifier: 'dw', SnapshotIdentifier: 'kept', Tags: [{ Key: 'team', Value: 'data' }] });
      region.redshift.eventSubscriptions.push({ CustSubscriptionId: 'alerts', Tags: [] });
      region.sagemaker.appImageConfigs.push({ AppImageConfigArn: `arn:aws:sagemaker:eu-west-1:${LIVE_ACCOUNT}:app-image-config/kernel`, AppImageConfigName: 'kernel', Tags: [] });
      region.sagemaker.images.push({ ImageArn: `arn:aws:sagemaker:eu-west-1:${LIVE_ACCOUNT}:image/custom`, ImageName: 'custom', Tags: [{ Key: 'team', Value: 'ml' }] });
      region.sagemaker.featureGroups.push(
        { FeatureGroupArn: `arn:aws:sagemaker:eu-west-1:${LIVE_ACCOUNT}:feature-group/customers`, FeatureGroupName: 'customers', Tags: [] },
        { FeatureGroupArn: `arn:aws:sagemaker:eu-west-1:${LIVE_ACCOUNT}:feature-group/orders`, FeatureGroupName: 'orders', Tags: [{ Key: 'team', Value: 'ml' }] },
      );
      region.sagemaker.inferenceExperiments.push({ Arn: `arn:aws:sagemaker:eu-west-1:${LIVE_ACCOUNT}:inference-experiment/shadow`, Name: 'shadow', Tags: [] });
    });
    expect(findings.map((f) => f.resource.id).sort()).toEqual([
      `arn:aws:redshift:eu-west-1:${LIVE_ACCOUNT}:eventsubscription:alerts`,
      `arn:aws:redshift:eu-west-1:${LIVE_ACCOUNT}:snapshot:dw/nightly`,
      `arn:aws:sagemaker:eu-west-1:${LIVE_ACCOUNT}:app-image-config/kernel`,
      `arn:aws:sagemaker:eu-west-1:${LIVE_ACCOUNT}:feature-group/customers`,
      `arn:aws:sagemaker:eu-west-1:${LIVE_ACCOUNT}:inference-experiment/shadow`,
    ]);
  });
});
