import { execFileSync } from 'node:child_process';
/**
 * `sagelint fix` in passes: three rules that each insert `NetworkConfig` into
 * the same job give one `NetworkConfig` with all three settings, in YAML, JSON
 * and HCL; `--dry-run` shows the same final text without writing.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCliAsync } from './cli.js';

const RULES = ['--rules', 'SM020', 'SM021', 'SM022'];
/** Every setting of a job definition replaces it, so its fixes apply only when included. */
const INCLUDE = ['--include', 'replaces'];

const INPUTS: Record<string, string> = {
  'job.yaml': [
    'Resources:',
    '  Quality:',
    '    Type: AWS::SageMaker::DataQualityJobDefinition',
    '    Properties:',
    '      JobResources:',
    '        ClusterConfig: { InstanceCount: 2, InstanceType: ml.m5.large, VolumeSizeInGB: 20 }',
    '',
  ].join('\n'),
  'job.json': `${JSON.stringify(
    {
      Resources: {
        Quality: {
          Type: 'AWS::SageMaker::DataQualityJobDefinition',
          Properties: { JobResources: { ClusterConfig: { InstanceCount: 2, InstanceType: 'ml.m5.large', VolumeSizeInGB: 20 } } },
        },
      },
    },
    null,
    2,
  )}\n`,
  'main.tf': [
    'resource "aws_sagemaker_data_quality_job_definition" "quality" {',
    '  name     = "quality"',
    '  role_arn = "arn:aws:iam::123456789012:role/monitor"',
    '',
    '  job_resources {',
    '    cluster_config {',
    '      instance_count    = 2',
    '      instance_type     = "ml.m5.large"',
    '      volume_size_in_gb = 20',
    '    }',
    '  }',
    '}',
    '',
  ].join('\n'),
};

function workspace(file: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sagelint-passes-'));
  writeFileSync(path.join(dir, file), INPUTS[file]!);
  return dir;
}

/** The NetworkConfig the job ends up with, read back from the fixed file. */
function networkConfigOf(file: string, text: string): unknown {
  if (file === 'main.tf') {
    expect(text.match(/network_config \{/g)).toHaveLength(1);
    return text.slice(text.indexOf('network_config {'));
  }
  const template = (file.endsWith('.json') ? JSON.parse(text) : parse(text)) as { Resources: { Quality: { Properties: { NetworkConfig: unknown } } } };
  expect(text.match(/NetworkConfig/g)).toHaveLength(1);
  return template.Resources.Quality.Properties.NetworkConfig;
}

describe('sagelint fix applies fixes in passes', { timeout: 300_000 }, () => {
  for (const file of Object.keys(INPUTS)) {
    it(`${file}: one NetworkConfig with all three fixes, the same with --dry-run`, async () => {
      const dryDir = workspace(file);
      // The dry run's later passes scan a private copy, which leaves out what cannot be copied (a named pipe).
      execFileSync('mkfifo', [path.join(dryDir, 'pipe')]);
      const dry = await runCliAsync(['fix', '.', ...RULES, ...INCLUDE, '--dry-run'], { cwd: dryDir });
      // The subnet and security group are placeholders to fill: exit 1 until they are.
      expect(dry.status, dry.stderr).toBe(1);
      expect(dry.stderr).toMatch(/2 placeholders would be left to fill in/);
      expect(readFileSync(path.join(dryDir, file), 'utf8')).toBe(INPUTS[file]);
      expect(dry.stderr).toMatch(/would fix 3 findings in 1 file/);

      const dir = workspace(file);
      const run = await runCliAsync(['fix', '.', ...RULES, ...INCLUDE], { cwd: dir });
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`fixed 3 findings in ${file.replace('.', '\\.')}`));
      const fixed = readFileSync(path.join(dir, file), 'utf8');
      const config = networkConfigOf(file, fixed);
      if (typeof config === 'string') {
        expect(config).toMatch(/enable_network_isolation\s+= true/);
        expect(config).toMatch(/enable_inter_container_traffic_encryption\s+= true/);
        expect(config).toMatch(/vpc_config \{/);
      } else {
        expect(config).toEqual({
          VpcConfig: { SecurityGroupIds: ['<security-group-id>'], Subnets: ['<subnet-id>'] },
          EnableNetworkIsolation: true,
          EnableInterContainerTrafficEncryption: true,
        });
      }
      // The dry run printed the diff of exactly this final text.
      for (const added of fixed.split('\n').filter((line) => !INPUTS[file]!.includes(line))) expect(dry.stdout).toContain(`+${added}\n`);
      expect((await runCliAsync(['scan', '.', ...RULES], { cwd: dir })).status).toBe(0);
    });
  }
});
