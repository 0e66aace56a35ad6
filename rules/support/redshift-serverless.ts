/** What the Redshift Serverless rules (RS007–RS010) share: their references and the live-audit limit. */
import type { GuidanceLink } from '../../src/core/rule.js';

/** Why these rules judge templates and Terraform but not yet a live account. */
export const SERVERLESS_LIVE_AUDIT_NOTE =
  'The live audit (sagelint audit) does not collect Redshift Serverless namespaces and workgroups yet (GetNamespace / GetWorkgroup of the Redshift Serverless API are not among its read-only calls, and the moto version its live tests run against implements no Redshift Serverless API), so this rule judges CloudFormation, CDK and Terraform (HCL and plan) only; Security Hub runs the matching control on deployed resources.';

export const SERVERLESS_SECURITY_HUB: GuidanceLink = {
  title: 'Security Hub CSPM controls for Amazon Redshift Serverless',
  url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/redshiftserverless-controls.html',
};

export const SERVERLESS_WORKGROUP_CFN: GuidanceLink = {
  title: 'AWS::RedshiftServerless::Workgroup',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshiftserverless-workgroup.html',
};

export const SERVERLESS_NAMESPACE_CFN: GuidanceLink = {
  title: 'AWS::RedshiftServerless::Namespace',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshiftserverless-namespace.html',
};
