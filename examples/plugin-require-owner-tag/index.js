// A sagelint rule plugin: the plugin API range it needs, and its rules.
import requireOwnerTag from './rules/own001-require-owner-tag.js';

export const apiVersion = '^1.0.0';

export const rules = [requireOwnerTag];
