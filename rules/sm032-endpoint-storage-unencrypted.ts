import { message, propertyName } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { prop, type Resource } from '../src/model/resource.js';
import { get, judge, leaves, withDefault, type Value } from '../src/model/value.js';
import { isServerless, productionVariants, shadowVariants } from './support/endpoint-variants.js';
import { reportMissingKmsKey } from './support/kms-key.js';
import { isBoolean } from './support/value-predicates.js';

/**
 * Hosting instance families whose storage is local NVMe (instance store). The
 * instance encrypts it in hardware, and an endpoint configuration's KmsKeyId
 * does not apply to it (older API versions rejected the key outright).
 * Source: the Amazon EC2 "Instance store volumes" table, as referenced by the
 * KmsKeyId documentation of CreateEndpointConfig; compiled 2026-11.
 */
const LOCAL_STORAGE_FAMILIES: ReadonlySet<string> = new Set([
  'c5d', 'm5d', 'r5d',
  'c6id', 'm6id', 'r6id',
  'c6gd', 'm6gd', 'r6gd',
  'g4dn', 'g5', 'g6', 'g6e', 'gr6',
  'p3dn', 'p4d', 'p4de', 'p5', 'p5e', 'p5en', 'p6-b200',
  'dl1', 'trn1', 'trn1n', 'trn2',
]);

export default defineRule({
  id: 'SM032',
  name: 'endpoint-storage-unencrypted',
  severity: 'medium',
  appliesTo: ['EndpointConfig'],
  fixable: true,
  tags: ['security', 'encryption', 'sagemaker', 'inference'],
  presets: {
    recommended: true,
    reason: 'Endpoint storage holds the model and may hold captured inference data; a customer managed key is what lets the team audit and revoke access.',
  },
  docs: {
    summary: 'SageMaker endpoint configuration stores data without a customer managed KMS key',
    description:
      "Reports, on an endpoint configuration, each place where a KMS key is missing, one finding each: (1) `KmsKeyId`, the key for the ML storage volumes of the hosting instances; (2) `DataCaptureConfig.KmsKeyId`, when data capture is configured and `EnableCapture` is true or omitted (AWS defaults it to true); (3) `AsyncInferenceConfig.OutputConfig.KmsKeyId`, when asynchronous inference is configured. A key is missing when omitted, empty, or dropped by one branch of an `Fn::If`; a missing key or a block present only for some choices is reported one severity lower as a possible violation. Keys imported from other stacks or set from parameters without defaults are taken as present. (1) is not reported when every variant (production and shadow) is serverless or uses an instance type whose storage is local NVMe (the `d` families such as ml.m5d and ml.g4dn, ml.g5, ml.g6, ml.p3dn, ml.p4d, ml.p5, ml.trn1): such storage is encrypted by the instance hardware and the key would not apply. A configuration that mixes such variants with EBS-backed ones is reported, because the key protects the EBS-backed ones.",
    risk: 'Endpoint instances keep model artifacts and, for some containers, request data on their ML storage volume; data capture writes full inference requests and responses to S3, and asynchronous inference writes every result there. Without customer managed keys, you cannot restrict or audit decryption through a key policy or cut off access by disabling the key, and captured payloads often contain the most sensitive data in the system.',
    guidance: [
      {
        title: 'Encryption at rest for notebook instances, SageMaker jobs and endpoints',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-nbi.html',
      },
      {
        title: 'CreateEndpointConfig (KmsKeyId, DataCaptureConfig, AsyncInferenceConfig)',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateEndpointConfig.html',
      },
      {
        title: 'AWS Config rule sagemaker-endpoint-configuration-kms-key-configured',
        url: 'https://docs.aws.amazon.com/config/latest/developerguide/sagemaker-endpoint-configuration-kms-key-configured.html',
      },
    ],
    remediation: {
      cloudformation:
        'KmsKeyId: <kms-key-arn>\nDataCaptureConfig:\n  KmsKeyId: <kms-key-arn>\nAsyncInferenceConfig:\n  OutputConfig:\n    KmsKeyId: <kms-key-arn>',
      terraform:
        'kms_key_arn = "<kms-key-arn>"\ndata_capture_config {\n  kms_key_id = "<kms-key-arn>"\n}\nasync_inference_config {\n  output_config {\n    kms_key_id = "<kms-key-arn>"\n  }\n}',
      cli: 'aws sagemaker create-endpoint-config --endpoint-config-name <new-config> --production-variants <variants-json> --kms-key-id <kms-key-arn> --data-capture-config \'{"KmsKeyId":"<kms-key-arn>",...}\'\naws sagemaker update-endpoint --endpoint-name <endpoint> --endpoint-config-name <new-config>',
      console:
        'SageMaker console → Inference → Endpoint configurations → the configuration → Clone: choose your customer managed key under Encryption key (and under data capture / async output), create it, then update the endpoint to the new configuration.',
      recreate:
        'Endpoint configurations are immutable: CloudFormation replaces the configuration and updates the endpoint to it; for a live endpoint, create a new configuration and call UpdateEndpoint (SageMaker switches over without downtime).',
    },
    alsoKnownAs: {
      'AWS Config': ['sagemaker-endpoint-config-kms-key-required', 'sagemaker-endpoint-configuration-kms-key-configured'],
      'cdk-nag': [
        'HIPAA.Security-SageMakerEndpointConfigurationKMSKeyConfigured',
        'NIST.800.53.R4-SageMakerEndpointConfigurationKMSKeyConfigured',
        'NIST.800.53.R5-SageMakerEndpointConfigurationKMSKeyConfigured',
        'PCI.DSS.321-SageMakerEndpointConfigurationKMSKeyConfigured',
      ],
      checkov: ['CKV_AWS_98'],
      KICS: ['44034eda-1c3f-486a-831d-e09a7dd94354', '58b35504-0287-4154-bf69-02c0573deab8'],
      Prowler: ['sagemaker_endpoint_config_kms_encryption_enabled'],
      Steampipe: ['sagemaker_endpoint_configuration_encryption_at_rest_enabled'],
    },
    notes: [
      "This rule tests key ownership, not whether data is encrypted: SageMaker always encrypts hosting volumes, captured data and asynchronous output, with a key AWS manages when no key is given, so no case is unencrypted. Hence medium, the severity Security Hub gives its customer-managed-key controls; an unencrypted store would be high, as RS002 is for Redshift clusters, whose key ownership RS006 judges at low severity.",
      'Variants on instances with local NVMe storage need no KmsKeyId (the hardware encrypts it); the list of such families is kept in the rule as data with its source. AWS Config and checkov report those configurations anyway.',
      "The key policy must let the endpoint's execution role, and SageMaker on its behalf, use the key (kms:CreateGrant, kms:Decrypt, kms:GenerateDataKey*).",
    ],
  },
  check(config, { report }) {
    if (!everyVariantHasOnlyKeylessStorage(config)) {
      reportMissingKmsKey(config, prop(config, 'KmsKeyId'), "the ML storage volumes of the endpoint's instances are encrypted with a key SageMaker manages, not one whose policy you control", report);
    }
    const capture = prop(config, 'DataCaptureConfig');
    const captureConfigured = judge(capture, (v) => v.t === 'map');
    const captureEnabled = judge(withDefault(get(capture, 'EnableCapture'), true), (v) => isBoolean(v, true));
    if (captureConfigured && captureEnabled) {
      const captured = 'captured inference requests and responses are written to S3 without a customer managed key';
      reportMissingKmsKey(config, get(capture, 'KmsKeyId'), captured, report, { preconditions: [captureConfigured, captureEnabled], name: message`${propertyName('DataCaptureConfig.KmsKeyId')}` });
    }
    const asyncConfig = prop(config, 'AsyncInferenceConfig');
    const asyncConfigured = judge(asyncConfig, (v) => v.t === 'map');
    if (asyncConfigured) {
      const results = 'asynchronous inference results are written to S3 without a customer managed key';
      reportMissingKmsKey(config, get(asyncConfig, 'OutputConfig', 'KmsKeyId'), results, report, { preconditions: [asyncConfigured], name: message`${propertyName('AsyncInferenceConfig.OutputConfig.KmsKeyId')}` });
    }
  },
});

/** True when no variant has an EBS volume for KmsKeyId to encrypt: all serverless or on local NVMe storage. */
function everyVariantHasOnlyKeylessStorage(config: Resource): boolean {
  const variants = [...productionVariants(config), ...shadowVariants(config)];
  return variants.length > 0 && variants.every((v) => isServerless(v) || runsOnLocalStorage(v));
}

function runsOnLocalStorage(variant: Value): boolean {
  const types = leaves(get(variant, 'InstanceType'));
  return types.length > 0 && types.every((l) => l.value.t === 'scalar' && LOCAL_STORAGE_FAMILIES.has(familyOf(String(l.value.v))));
}

/** `ml.g4dn.xlarge` → `g4dn`. */
function familyOf(instanceType: string): string {
  return instanceType.split('.')[1] ?? '';
}
