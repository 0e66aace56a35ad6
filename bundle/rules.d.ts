export * from './types/src/plugin-api/rules.js';
