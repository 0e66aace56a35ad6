export * from './types/src/plugin-api/rule-tester.js';
