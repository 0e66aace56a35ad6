import fc from '../../test/helpers/property.js';
import { describe, expect, it } from 'vitest';
import { Glob } from './glob.js';

describe('Glob', () => {
  it.each([
    ['*', 'arn:aws:s3:::bucket/key', true],
    ['arn:aws:s3:::*', 'arn:aws:s3:::bucket/a/b', true],
    ['arn:aws:s3:::*/*', 'arn:aws:s3:::bucket', false],
    ['arn:aws:s3:::b?t', 'arn:aws:s3:::bat', true],
    ['arn:aws:s3:::b?t', 'arn:aws:s3:::bt', false],
    ['arn:aws:s3:::*sagemaker*', 'arn:aws:s3:::my-sagemaker-data', true],
    ['arn:aws:s3:::*sagemaker*', 'arn:aws:s3:::my-SageMaker-data', false],
    ['arn:aws:s3:::${aws:username}/*', 'arn:aws:s3:::alice/x', false],
    ['arn:aws:s3:::a${*}b', 'arn:aws:s3:::a*b', true],
    ['arn:aws:s3:::a${*}b', 'arn:aws:s3:::axb', false],
  ])('%s matches %s: %s', (pattern, text, expected) => {
    expect(new Glob(pattern).matches(text)).toBe(expected);
  });

  it('compares actions without case when asked', () => {
    expect(new Glob('S3:get*', { ignoreCase: true }).matches('s3:GetObject')).toBe(true);
    expect(new Glob('S3:get*').matches('s3:GetObject')).toBe(false);
  });

  it('substitutes deploy-time placeholders it is given and keeps the others opaque', () => {
    const g = new Glob('arn:${AWS::Partition}:s3:::${Bucket}', { substitutions: { 'AWS::Partition': 'aws' } });
    expect(g.matches('arn:aws:s3:::${Bucket}')).toBe(false);
    expect(g.admitsPrefix('arn:aws:s3:::')).toBe(true);
    expect(g.admitsPrefix('arn:aws-cn:')).toBe(false);
    expect(g.hasWildcard).toBe(false);
  });

  it('tells whether some completion of a prefix can match', () => {
    expect(new Glob('arn:aws:s3:::*x').admitsPrefix('arn:aws:s3:::anything')).toBe(true);
    expect(new Glob('arn:aws:s3:::team-*').admitsPrefix('arn:aws:s3:::other')).toBe(false);
    expect(new Glob('arn:aws:s3:::team-*').hasWildcard).toBe(true);
  });
});

describe('matches agrees with a regular expression of the pattern, whatever its shape', () => {
  const reference = (pattern: string, ignoreCase: boolean) => {
    const source = [...pattern].map((c) => (c === '*' ? '[\\s\\S]*' : c === '?' ? '[\\s\\S]' : c)).join('');
    return new RegExp(`^${source}$`, ignoreCase ? 'iu' : 'u');
  };
  it.each([false, true])('ignoreCase %s', (ignoreCase) => {
    // Exact, prefix (`a:*`) and general shapes, over an alphabet small enough to collide and free of other regex syntax.
    // Characters beyond one UTF-16 code unit (🙂) count as one, for `?` too.
    const pattern = fc.stringMatching(/^[aAb:*?🙂]{0,6}$/u);
    const text = fc.stringMatching(/^[aAb:/.é🙂]{0,8}$/u);
    fc.assert(
      fc.property(pattern, text, (p, t) => {
        expect(new Glob(p, { ignoreCase }).matches(t)).toBe(reference(p, ignoreCase).test(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('a pattern with an opaque placeholder matches nothing, not even its own text', () => {
    expect(new Glob('arn:aws:s3:::${aws:username}/*').matches('arn:aws:s3:::${aws:username}/x')).toBe(false);
    expect(new Glob('${aws:username}').matches('${aws:username}')).toBe(false);
  });
});
