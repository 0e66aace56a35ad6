/**
 * One finding per real thing: no two findings of a report share a fingerprint
 * (GitHub code scanning would merge them), over every bundled fixture. The
 * real-world corpus is held to the same in real-world.test.ts.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.js';
import { EMPTY_CONFIG } from '../../src/config/config.js';
import type { ScanResult } from '../../src/core/finding.js';
import { scan } from '../../src/pipeline/scan.js';
import { sharedFingerprints } from '../helpers/fingerprints.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('fingerprints of the bundled fixtures', () => {
  let result: ScanResult;
  beforeAll(async () => {
    result = await scan(['fixtures'], { root: ROOT, rules: ALL_RULES, catalog: ALL_RULES, config: EMPTY_CONFIG });
  }, 300_000);

  it('are unique across the whole report', () => {
    expect(result.findings.length).toBeGreaterThan(100);
    expect(sharedFingerprints(result.findings)).toEqual({});
  });

  it('judge a Terraform root once, through its plan when one is saved beside it', () => {
    expect(result.notes).toContainEqual({
      file: 'fixtures/terraform/plan/plan.json',
      message: 'Terraform root module fixtures/terraform/plan is judged through this plan, which takes precedence over its .tf files (they locate its findings)',
    });
  });

  it('tell apart the instances of a module that several roots call, naming the root', () => {
    const endpoint = result.findings.filter((f) => f.ruleId === 'SM051' && f.resource.id.endsWith('module.networking.aws_vpc_endpoint.api'));
    expect(endpoint.map((f) => f.resource.id).sort()).toEqual([
      'fixtures/terraform/shared-module/envs/dev → module.networking.aws_vpc_endpoint.api',
      'fixtures/terraform/shared-module/envs/prod → module.networking.aws_vpc_endpoint.api',
    ]);
    expect(endpoint.every((f) => f.location.kind === 'source' && f.location.file === 'fixtures/terraform/shared-module/modules/networking/main.tf')).toBe(true);
  });
});
