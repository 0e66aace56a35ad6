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
import sm030 from './sm030-model-outside-vpc.js';
import sm031 from './sm031-model-network-isolation-off.js';
import sm032 from './sm032-endpoint-storage-unencrypted.js';
import sm033 from './sm033-endpoint-single-instance.js';
import rs001 from './rs001-redshift-public.js';
import rs002 from './rs002-redshift-unencrypted.js';
import rs003 from './rs003-redshift-no-enhanced-vpc-routing.js';
import rs004 from './rs004-redshift-ssl-not-required.js';
import rs005 from './rs005-redshift-audit-logging-off.js';
import tg001 from './tg001-missing-required-tags.js';

export const ALL_RULES: readonly Rule[] = [
  sm001, sm002, sm003, sm004, sm005, sm006, sm007, sm008, sm010, sm011, sm012, sm030, sm031, sm032, sm033, rs001, rs002, rs003, rs004, rs005, tg001,
];
