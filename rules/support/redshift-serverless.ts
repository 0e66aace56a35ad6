/** What the Redshift Serverless rules (RS007–RS010, RS016) share: their references and how the live audit reads them. */
import type { GuidanceLink } from '../../src/core/rule.js';

/** How the live audit reads what these rules judge, and what it cannot read. */
export const SERVERLESS_LIVE_AUDIT_NOTE =
  'The live audit (sagelint audit) reads Redshift Serverless workgroups with ListWorkgroups and the namespace each workgroup uses with GetNamespace, and judges them as it judges a template: the SecurityAudit managed policy grants both but not ListNamespaces, so a namespace that no workgroup uses is not read. The moto version the live tests run against implements no Redshift Serverless API (a live audit of it reports ListWorkgroups as an unsupported operation), so the collector is tested on the response shapes of the Redshift Serverless API reference instead.';

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
