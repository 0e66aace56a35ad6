/**
 * How the peer corpus's concerns (../shared/peer-corpus/README.md) map onto
 * sagelint rules, and where sagelint deliberately disagrees with a peer.
 */

/** Concern → the rules whose findings stand for it. */
export const CONCERN_RULES: Readonly<Record<string, readonly string[]>> = {
  'notebook-direct-internet': ['SM001'],
  'notebook-no-vpc': ['SM002'],
  'notebook-root-access': ['SM003'],
  'notebook-no-kms': ['SM004'],
  'other-notebook-imdsv1': ['SM005'],
  'domain-no-kms': ['SM011'],
  'model-no-network-isolation': ['SM031'],
  'endpoint-config-no-kms': ['SM032'],
  'other-dq-job-no-kms': ['SM023'],
  'other-dq-job-no-volume-kms': ['SM023'],
  'other-dq-job-no-traffic-encryption': ['SM022'],
  'other-notebook-role-wildcard': ['SM061'],
  'redshift-public': ['RS001'],
  'redshift-unencrypted': ['RS002'],
  'redshift-no-kms-cmk': ['RS006'],
  'redshift-no-enhanced-vpc-routing': ['RS003'],
  'redshift-no-logging': ['RS005'],
  'iam-passrole-wildcard': ['SM063'],
  // Concerns of the fixtures under peer-fixtures/ (their README).
  'redshift-snapshot-retention': ['RS013'],
  'redshift-default-database-name': ['RS017'],
  'redshift-serverless-no-kms-cmk': ['RS008'],
  'redshift-version-upgrade-off': ['RS012'],
};

/** Concerns no sagelint rule covers, and why. */
export const OUT_OF_SCOPE: Readonly<Record<string, string>> = {
  'iam-full-admin': 'sagelint judges IAM only for SageMaker execution roles and identities that create SageMaker resources (SM060–SM066), not every admin policy',
  'iam-wildcard-action': 'generic IAM hygiene, not SageMaker guidance; SM061 covers `*` on execution roles',
  'iam-wildcard-resource': 'generic IAM hygiene; SM060 covers S3 on any bucket for execution roles',
  'iam-write-wildcard-resource': 'generic IAM hygiene; SM060 covers S3 on any bucket for execution roles',
  'iam-data-exfiltration-wildcard': 'generic IAM hygiene, not SageMaker guidance',
  'iam-admin-managed-policy': 'AdministratorAccess is reported (SM061) only on SageMaker execution roles',
  'missing-tags': 'TG001 covers SageMaker and Redshift resources; the peer fixtures tag EFS, Lambda and generic resources',
  'redshift-no-vpc': 'EC2-Classic is retired: every Redshift cluster runs in a VPC',
  'other-redshift-public-common-username': 'RS001 reports public clusters whatever the user name',
  'other-flow-definition-no-kms': 'human review flow definitions are not in the rule catalog',
  'vpc-endpoint-private-dns': 'the peer checks SQS endpoints; SM051 covers SageMaker endpoints',
  'vpc-endpoint-route-table': 'the peer checks DynamoDB gateway endpoints, not SageMaker',
  'vpc-endpoint-service-acceptance': 'endpoint services (PrivateLink providers) are not SageMaker resources',
};

/** Case id → why sagelint's verdict differs from the peer's. */
const ENCRYPTED_BY_DEFAULT =
  'Encrypted is omitted: AWS has encrypted every new Redshift cluster by default since January 2025 (an AWS owned key, which RS006 reports at low severity); the peer assumes the old default';

const SINGLE_INSTANCE =
  'SM022 applies only where more than one instance can run: a single-instance job has no inter-container traffic to encrypt';

export const DIVERGENCES: Readonly<Record<string, string>> = {
  'checkov:cloudformation:RedshiftClusterEncryption:RedshiftClusterEncryption-FAILED.yaml:RedshiftClusterDefault': ENCRYPTED_BY_DEFAULT,
  'kics:cloudformation:redshift_not_encrypted:positive1.yaml': ENCRYPTED_BY_DEFAULT,
  'kics:cloudformation:redshift_not_encrypted:positive3.json': ENCRYPTED_BY_DEFAULT,
  'checkov:cloudformation:RedshiftClusterPubliclyAccessible:RedshiftClusterPubliclyAccessible-PASSED.yaml:RedshiftClusterDefault':
    'PubliclyAccessible is omitted: AWS has created clusters private by default since January 2025',
  'checkov:cloudformation:SagemakerDataQualityJobDefinitionTrafficEncryption:SagemakerDataQualityJobDefinitionTrafficEncryption-FAILED.yaml:DataQualityJobDefinitionFail1':
    SINGLE_INSTANCE,
  'checkov:cloudformation:SagemakerDataQualityJobDefinitionTrafficEncryption:SagemakerDataQualityJobDefinitionTrafficEncryption-FAILED.yaml:DataQualityJobDefinitionFail2':
    SINGLE_INSTANCE,
  'checkov:cloudformation:SageMakerIAMPolicyOverlyPermissiveToAllTraffic:template.yaml:aws_sagemaker_notebook_instance_fail':
    'SM061 reports the execution role (aws_iam_role3), where the policy and its fix live, not the notebook that uses it',
  'checkov:terraform:SagemakerDataQualityJobDefinitionTrafficEncryption:main.tf:aws_sagemaker_data_quality_job_definition.data_quality_job_fail_1':
    SINGLE_INSTANCE,
  'checkov:terraform:SagemakerDataQualityJobDefinitionTrafficEncryption:main.tf:aws_sagemaker_data_quality_job_definition.data_quality_job_fail_2':
    SINGLE_INSTANCE,
  'checkov:terraform:SageMakerIAMPolicyOverlyPermissiveToAllTraffic:main.tf:aws_sagemaker_notebook_instance.fail1':
    "SM061 reports the notebook's execution role, where the policy and its fix live, not the notebook that uses it",
};

/**
 * KICS cases where sagelint agrees with the file's verdict but not on every
 * resource: case id → the resources KICS flags that sagelint does not, and why.
 */
export const RESOURCE_DIVERGENCES: Readonly<Record<string, { notFlagged: string[]; reason: string }>> = {
  'kics:cloudformation:redshift_publicly_accessible:positive1.yaml': {
    notFlagged: ['myCluster'],
    reason: 'PubliclyAccessible is omitted: AWS has created clusters private by default since January 2025',
  },
  'kics:cloudformation:redshift_publicly_accessible:positive2.json': {
    notFlagged: ['myCluster'],
    reason: 'PubliclyAccessible is omitted: AWS has created clusters private by default since January 2025',
  },
};
