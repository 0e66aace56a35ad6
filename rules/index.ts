/** Every rule sagelint ships, in catalog order. */
import type { Rule } from '../src/engine/rule.js';
import sm001 from './sm001-notebook-direct-internet.js';

export const ALL_RULES: readonly Rule[] = [sm001];
