import { describe, expect, it } from 'vitest';
import { classifyError, describeGap, hidesScope, kindsAffected, markAnsweredByOtherEndpoint, redactSecrets, rulesAffectedBy, type RuleScope } from './coverage.js';
import { type CoverageGap } from '../../core/coverage.js';
import { ReadOnlyViolationError } from './guard.js';

const RULES: RuleScope[] = [
  { id: 'SM001', appliesTo: ['NotebookInstance'] },
  { id: 'SM006', appliesTo: ['NotebookInstance', 'NotebookLifecycleConfig'] },
  { id: 'SM007', appliesTo: ['NotebookInstance', 'SecurityGroup'] },
  { id: 'SM060', appliesTo: ['IamRole', 'IamPolicy'] },
  { id: 'RS001', appliesTo: ['RedshiftCluster'] },
  { id: 'TG001', appliesTo: ['NotebookInstance', 'RedshiftCluster'] },
];

/** An error shaped like the SDK's. */
function sdkError(name: string, message: string, status?: number, extra: object = {}) {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status }, ...extra });
}

/** The error, as the audit's clients mark one that an endpoint other than the service's standard one gave (a local AWS API). */
function fromOtherEndpoint<E extends object>(err: E): E {
  markAnsweredByOtherEndpoint(err);
  return err;
}

describe('rulesAffectedBy', () => {
  it('names the rules that apply to the kinds an operation provides', () => {
    expect(rulesAffectedBy('sagemaker', 'ListNotebookInstanceLifecycleConfigs', RULES)).toEqual(['SM006']);
    expect(rulesAffectedBy('sagemaker', 'DescribeNotebookInstance', RULES)).toEqual(['SM001', 'SM006', 'SM007', 'TG001']);
    expect(rulesAffectedBy('ec2', 'DescribeSecurityGroups', RULES)).toEqual(['SM007']);
    expect(rulesAffectedBy('iam', 'GetAccountAuthorizationDetails', RULES)).toEqual(['SM060']);
  });

  it('names the job rules for a failure to read monitoring job definitions', () => {
    const rules: RuleScope[] = [...RULES, { id: 'SM020', appliesTo: ['Job'] }, { id: 'SM023', appliesTo: ['Job'] }];
    for (const type of ['DataQuality', 'ModelQuality', 'ModelBias', 'ModelExplainability']) {
      expect(rulesAffectedBy('sagemaker', `List${type}JobDefinitions`, rules)).toEqual(['SM020', 'SM023']);
      expect(rulesAffectedBy('sagemaker', `Describe${type}JobDefinition`, rules)).toEqual(['SM020', 'SM023']);
    }
  });

  it('names only the tag rules for a failure to read tags', () => {
    expect(rulesAffectedBy('sagemaker', 'ListTags', RULES)).toEqual(['TG001']);
  });

  it('names every rule when an account or its regions could not be reached', () => {
    const all = RULES.map((r) => r.id).sort();
    expect(rulesAffectedBy('sts', 'AssumeRole', RULES)).toEqual(all);
    expect(rulesAffectedBy('organizations', 'ListAccounts', RULES)).toEqual(all);
    expect(rulesAffectedBy('ec2', 'DescribeRegions', RULES)).toEqual(all);
  });

  it('names every rule of the service when the whole service is out of reach', () => {
    expect(rulesAffectedBy('redshift', 'DescribeClusters', RULES, true)).toEqual(['RS001', 'TG001']);
    expect(rulesAffectedBy('sagemaker', 'ListTags', RULES, true)).toEqual(['SM001', 'SM006', 'SM007', 'TG001']);
    expect(kindsAffected('ec2', '*')).toEqual(['Vpc', 'Subnet', 'SecurityGroup', 'SecurityGroupIngress', 'VpcEndpoint']);
  });
});

describe('classifyError', () => {
  it.each([
    [sdkError('AccessDeniedException', 'User: arn:aws:iam::1:user/a is not authorized to perform: sagemaker:ListModels', 400), 'access-denied'],
    [sdkError('UnauthorizedOperation', 'You are not authorized to perform this operation.', 403), 'access-denied'],
    [sdkError('SomethingElse', 'Forbidden', 403), 'access-denied'],
    [sdkError('UnrecognizedClientException', 'The security token included in the request is invalid', 400), 'region-unavailable'],
    [sdkError('OptInRequired', 'You are not subscribed to this service', 401), 'region-unavailable'],
    [Object.assign(new Error('getaddrinfo ENOTFOUND sagemaker.xx-fake-1.amazonaws.com'), { code: 'ENOTFOUND' }), 'region-unavailable'],
    [sdkError('ThrottlingException', 'Rate exceeded', 400), 'throttled'],
    [sdkError('ServiceUnavailable', 'try again', 503), 'throttled'],
    [sdkError('TimeoutError', 'socket hang up'), 'timeout'],
    // A body that is not an AWS API response, from AWS's own endpoint: something in the way answered, and the call read nothing.
    [sdkError('SyntaxError', 'Unexpected token \'<\'\n  Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.', 500, { $response: {} }), 'error'],
    [sdkError('SyntaxError', 'Unexpected token \'<\'\n  Deserialization error: …', 404, { $response: {} }), 'error'],
    [fromOtherEndpoint(sdkError('SyntaxError', 'Unexpected token \'<\'\n  Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.', 500, { $response: {} })), 'unsupported'],
    [fromOtherEndpoint(sdkError('SyntaxError', 'Unexpected token \'<\'\n  Deserialization error: …', 404, { $response: {} })), 'unsupported'],
    // A gateway that cannot reach the service (the endpoint went away): unreachable, whatever its body.
    [sdkError('SyntaxError', 'Unexpected token \'E\'\n  Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.', 502, { $response: {} }), 'region-unavailable'],
    [sdkError('Error', 'Bad Gateway', 504), 'region-unavailable'],
    [sdkError('ValidationException', 'bad input', 400), 'error'],
    [new ReadOnlyViolationError('SageMaker', 'DeleteModel'), 'error'],
    ['a string thrown', 'error'],
  ])('sorts %s as %s', (err, reason) => {
    expect(classifyError(err).reason).toBe(reason);
  });

  it('keeps the first line of the message, without secrets, at bounded length', () => {
    const { error } = classifyError(sdkError('AccessDenied', `denied for AKIAABCDEFGHIJKLMNOP and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nsecond line ${'x'.repeat(500)}`, 403));
    expect(error).toBe('AccessDenied: denied for [redacted access key] and [redacted secret]');
    expect(classifyError(sdkError('ValidationException', 'y'.repeat(1000))).error.length).toBeLessThanOrEqual(300);
  });

  it('describes an unreadable response without echoing its body', () => {
    const { error } = classifyError(fromOtherEndpoint(sdkError('SyntaxError', '<html>secret page</html>\n  Deserialization error: …', 500, { $response: { body: '<html>' } })));
    expect(error).toBe('the endpoint answered HTTP 500 with a body that is not an AWS API response (it may not implement this operation)');
    const fromAws = classifyError(sdkError('SyntaxError', '<html>secret page</html>\n  Deserialization error: …', 500, { $response: { body: '<html>' } }));
    expect(fromAws).toEqual({ reason: 'error', error: 'the endpoint answered HTTP 500 with a body that is not an AWS API response' });
  });
});

describe('redactSecrets', () => {
  it('leaves ordinary identifiers alone', () => {
    const text = 'arn:aws:sagemaker:us-east-1:123456789012:notebook-instance/nb sg-0123456789abcdef0 AROAEXAMPLEROLEID1234';
    expect(redactSecrets(text)).toBe(text);
  });

  it('hides session tokens', () => {
    expect(redactSecrets(`token ${'A'.repeat(120)}=`)).toBe('token [redacted token]');
  });
});

describe('describeGap', () => {
  it('says where, why, and what was not evaluated', () => {
    expect(
      describeGap({
        account: '123456789012',
        region: 'global',
        service: 'iam',
        operation: 'GetAccountAuthorizationDetails',
        error: 'AccessDenied: no',
        reason: 'access-denied',
        rulesAffected: ['SM060', 'SM061'],
      }),
    ).toBe('Coverage gap (access-denied): iam:GetAccountAuthorizationDetails in account 123456789012 failed — AccessDenied: no; not evaluated: SM060, SM061');
  });
});

describe('hidesScope: the gaps an audit fails closed on', () => {
  const gap = (over: Partial<CoverageGap>): CoverageGap => ({
    account: '123456789012',
    region: 'us-east-1',
    service: 'sagemaker',
    operation: 'ListModels',
    error: 'e',
    reason: 'access-denied',
    rulesAffected: [],
    ...over,
  });

  it('a List call, a whole service, an account or its regions', () => {
    expect(hidesScope(gap({}))).toBe(true);
    expect(hidesScope(gap({ operation: '*', reason: 'error' }))).toBe(true);
    expect(hidesScope(gap({ reason: 'throttled' }))).toBe(true);
    expect(hidesScope(gap({ reason: 'region-unavailable' }))).toBe(true);
    expect(hidesScope(gap({ service: 'sts', region: 'global', operation: 'AssumeRole', resource: 'arn:aws:iam::1:role/R' }))).toBe(true);
    expect(hidesScope(gap({ service: 'ec2', operation: 'DescribeRegions' }))).toBe(true);
  });

  it('not one resource, nor an operation the endpoint does not implement', () => {
    expect(hidesScope(gap({ operation: 'DescribeModel', resource: 'arn:aws:sagemaker:us-east-1:1:model/m' }))).toBe(false);
    expect(hidesScope(gap({ operation: 'ListTags', resource: 'arn:aws:sagemaker:us-east-1:1:model/m', reason: 'throttled' }))).toBe(false);
    expect(hidesScope(gap({ operation: 'ListUserProfiles', reason: 'unsupported' }))).toBe(false);
  });
});
