/** The rule tests' RuleTester is the one plugins use (`sagelint/testing`). */
export * from '../src/plugin-api/rule-tester.js';
