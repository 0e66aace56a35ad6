/** Every rule sagelint ships, in catalog order. */
import type { Rule } from '../src/engine/rule.js';
import sm001 from './sm001-notebook-direct-internet.js';
import rs001 from './rs001-redshift-public.js';
import rs002 from './rs002-redshift-unencrypted.js';
import rs003 from './rs003-redshift-no-enhanced-vpc-routing.js';
import rs004 from './rs004-redshift-ssl-not-required.js';
import rs005 from './rs005-redshift-audit-logging-off.js';

export const ALL_RULES: readonly Rule[] = [sm001, rs001, rs002, rs003, rs004, rs005];
