/** Every rule sagelint ships, in catalog order. */
import type { Rule } from '../src/engine/rule.js';
import sm001 from './sm001-notebook-direct-internet.js';
import sm002 from './sm002-notebook-outside-vpc.js';
import sm003 from './sm003-notebook-root-access.js';
import sm004 from './sm004-notebook-storage-unencrypted.js';
import sm005 from './sm005-notebook-imdsv1.js';
import sm006 from './sm006-notebook-lifecycle-risk.js';
import sm007 from './sm007-notebook-security-group-open.js';
import sm008 from './sm008-notebook-unsupported-platform.js';
import sm010 from './sm010-domain-public-internet.js';
import sm011 from './sm011-domain-storage-unencrypted.js';
import sm012 from './sm012-domain-root-access.js';
import sm020 from './sm020-job-outside-vpc.js';
import sm021 from './sm021-job-network-isolation-off.js';
import sm022 from './sm022-job-intercontainer-encryption-off.js';
import sm023 from './sm023-job-storage-unencrypted.js';
import sm030 from './sm030-model-outside-vpc.js';
import sm031 from './sm031-model-network-isolation-off.js';
import sm032 from './sm032-endpoint-storage-unencrypted.js';
import sm033 from './sm033-endpoint-single-instance.js';
import sm040 from './sm040-transform-unprotected.js';
import sm041 from './sm041-transform-storage-unencrypted.js';
import sm050 from './sm050-vpc-missing-sagemaker-endpoints.js';
import sm051 from './sm051-vpc-endpoint-private-dns-off.js';
import sm052 from './sm052-vpc-endpoint-open-policy.js';
import sm060 from './sm060-role-any-s3-bucket.js';
import sm061 from './sm061-role-full-access.js';
import sm062 from './sm062-role-trust-too-broad.js';
import sm063 from './sm063-passrole-any-role.js';
import sm064 from './sm064-create-without-guardrails.js';
import sm065 from './sm065-presigned-url-unrestricted.js';
import sm066 from './sm066-no-tag-based-access.js';
import sm080 from './sm080-endpoint-config-outside-vpc.js';
import sm081 from './sm081-endpoint-config-network-isolation-off.js';
import sm082 from './sm082-endpoint-ssm-access.js';
import sm083 from './sm083-presigned-studio-url-unrestricted.js';
import rs001 from './rs001-redshift-public.js';
import rs002 from './rs002-redshift-unencrypted.js';
import rs003 from './rs003-redshift-no-enhanced-vpc-routing.js';
import rs004 from './rs004-redshift-ssl-not-required.js';
import rs005 from './rs005-redshift-audit-logging-off.js';
import tg001 from './tg001-missing-required-tags.js';
import sl001 from './sl001-fix-placeholder.js';
import sl002 from './sl002-gate-weakened.js';

export const ALL_RULES: readonly Rule[] = [
  sm001, sm002, sm003, sm004, sm005, sm006, sm007, sm008, sm010, sm011, sm012, sm020, sm021, sm022, sm023, sm030, sm031, sm032, sm033, sm040, sm041, sm050, sm051, sm052, sm060, sm061, sm062, sm063, sm064, sm065, sm066, sm080, sm081, sm082, sm083, rs001, rs002, rs003, rs004, rs005, tg001, sl001, sl002,
];
