import { describe, expect, it } from 'vitest';
import { prop } from '../../model/resource.js';
import { judge } from '../../model/value.js';
import { parseConstraint, versionedDefault, type AwsProviderVersions } from './provider-version.js';
import { fixtureUnit, memoryUnit, plain, resource } from './testing.js';

const PUBLIC = { property: 'PubliclyAccessible', changedIn: 6, before: true, after: false };
const loc = { kind: 'source', file: 'main.tf', start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 }, path: [] } as const;
const defaultUnder = (constraint: string) => plain(versionedDefault(parseConstraint(constraint, 'test'), PUBLIC, loc));

describe('AWS provider version constraints', () => {
  it.each([
    ['~> 5.0', true],
    ['~> 5.31.0', true],
    ['< 6.0.0', true],
    ['>= 4.0, < 6.0', true],
    ['= 5.100.0', true],
    ['5.1.0', true],
    ['~> 6.0', false],
    ['>= 6.0', false],
    ['> 6.0.0', false],
  ])('%s decides the default (%s)', (constraint, expected) => {
    expect(defaultUnder(constraint)).toBe(expected);
  });

  it.each([['>= 5.0'], ['~> 5'], ['>= 4.0, != 5.2.0'], ['<= 6.0.0']])('%s allows both sides of 6.0, so both defaults are possible', (constraint) => {
    expect(defaultUnder(constraint)).toEqual({
      oneOf: [
        ['the AWS provider is older than 6.0 (test)', true],
        ['the AWS provider is 6.0 or newer', false],
      ],
    });
  });

  it('says the version is not constrained when nothing constrains it', () => {
    const unconstrained: AwsProviderVersions = {};
    expect(plain(versionedDefault(unconstrained, PUBLIC, loc))).toMatchObject({
      oneOf: [['the AWS provider is older than 6.0 (the configuration does not constrain the AWS provider version)', true], expect.anything()],
    });
  });
});

describe('Redshift defaults that changed in provider 6.0', () => {
  it('under a constraint below 6.0, an omitted publicly_accessible is publicly accessible for sure', async () => {
    const cluster = resource(await fixtureUnit('redshift/constraint'), 'aws_redshift_cluster.warehouse');
    const verdict = judge(prop(cluster, 'PubliclyAccessible'), (l) => l.t === 'scalar' && l.v === true);
    expect(verdict).toMatchObject({ certainty: 'definite', because: 'is omitted and defaults to true' });
    expect(plain(prop(cluster, 'Encrypted'))).toEqual({ omitted: 'Encrypted', fallback: false });
  });

  it('takes the version .terraform.lock.hcl pins over looser constraints', async () => {
    const cluster = resource(await fixtureUnit('redshift/locked'), 'aws_redshift_cluster.warehouse');
    expect(plain(prop(cluster, 'PubliclyAccessible'))).toEqual({ omitted: 'PubliclyAccessible', fallback: false });
    expect(plain(prop(cluster, 'Encrypted'))).toEqual({ omitted: 'Encrypted', fallback: true });
  });

  it('with no version known, an omitted publicly_accessible is a possible violation that says why', async () => {
    const cluster = resource(await fixtureUnit('redshift/unpinned'), 'aws_redshift_cluster.warehouse');
    const verdict = judge(prop(cluster, 'PubliclyAccessible'), (l) => l.t === 'scalar' && l.v === true);
    expect(verdict?.certainty).toBe('possible');
    expect(verdict?.because).toMatch(/older than 6\.0 \(the configuration does not constrain the AWS provider version\)/);
  });

  it('intersects the constraints of every module and reads the legacy string form', async () => {
    const unit = await memoryUnit({
      'main.tf': 'terraform {\n  required_providers {\n    aws = ">= 3.0"\n  }\n}\nmodule "db" {\n  source = "./db"\n}\n',
      'db/main.tf':
        'terraform {\n  required_providers {\n    aws = { source = "hashicorp/aws", version = "< 6.0" }\n  }\n}\nresource "aws_redshift_cluster" "c" {\n  cluster_identifier = "c"\n}\n',
    });
    expect(plain(prop(resource(unit, 'module.db.aws_redshift_cluster.c'), 'PubliclyAccessible'))).toEqual({ omitted: 'PubliclyAccessible', fallback: true });
  });
});
