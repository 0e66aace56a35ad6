import { describe, expect, it, vi } from 'vitest';
import type { STSClient } from '@aws-sdk/client-sts';
import { assumeRole, AuditSetupError, parseShard, selectShard, SESSION_NAME, validateAccountId } from './accounts.js';

describe('shards', () => {
  it('parses i/n', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
  });

  it.each(['0/2', '3/2', '1/0', '1', 'a/b', '1/2/3'])('refuses %s', (text) => {
    expect(() => parseShard(text)).toThrow(AuditSetupError);
  });

  it('checks a shard given as an object', () => {
    expect(parseShard({ index: 2, count: 2 })).toEqual({ index: 2, count: 2 });
    expect(() => parseShard({ index: 3, count: 2 })).toThrow('invalid shard "3/2"');
  });

  it('splits accounts into disjoint shards that cover them all, whatever their order', () => {
    const accounts = ['333333333333', '111111111111', '555555555555', '222222222222', '444444444444', '111111111111'];
    const shards = [1, 2, 3].map((index) => selectShard(accounts, { index, count: 3 }));
    expect(shards).toEqual([
      ['111111111111', '444444444444'],
      ['222222222222', '555555555555'],
      ['333333333333'],
    ]);
    expect(selectShard([...accounts].reverse(), { index: 1, count: 3 })).toEqual(shards[0]);
    expect(selectShard(accounts, undefined)).toHaveLength(5);
  });

  it('validates account IDs', () => {
    expect(validateAccountId('123456789012')).toBe('123456789012');
    expect(() => validateAccountId('12345')).toThrow(/12 digits/);
  });
});

describe('assumeRole', () => {
  /** A stand-in STS client answering AssumeRole with sessions that expire after `lifetimeMs`. */
  function fakeSts(lifetimeMs: number) {
    let issued = 0;
    const send = vi.fn(async (command: { input: { RoleArn: string; RoleSessionName: string; ExternalId?: string } }) => {
      issued++;
      const account = command.input.RoleArn.split(':')[4];
      return {
        Credentials: { AccessKeyId: `ASIA${issued}`, SecretAccessKey: 'secret', SessionToken: 'token', Expiration: new Date(Date.now() + lifetimeMs) },
        AssumedRoleUser: { Arn: `arn:aws:sts::${account}:assumed-role/Audit/${command.input.RoleSessionName}` },
      };
    });
    return { client: { send } as unknown as STSClient, send };
  }

  it('assumes the role once up front, with the external ID, and reuses a fresh session', async () => {
    const sts = fakeSts(60 * 60 * 1000);
    const assumed = await assumeRole(sts.client, 'arn:aws:iam::111111111111:role/Audit', 'ext-123');
    expect(assumed.principalArn).toBe(`arn:aws:sts::111111111111:assumed-role/Audit/${SESSION_NAME}`);
    expect(sts.send.mock.calls[0]![0].input).toEqual({ RoleArn: 'arn:aws:iam::111111111111:role/Audit', RoleSessionName: SESSION_NAME, ExternalId: 'ext-123' });
    const [a, b] = await Promise.all([assumed.credentials(), assumed.credentials()]);
    expect(a.accessKeyId).toBe('ASIA1');
    expect(b.accessKeyId).toBe('ASIA1');
    expect(sts.send).toHaveBeenCalledTimes(1);
  });

  it('renews a session about to expire, once for all waiting callers', async () => {
    const sts = fakeSts(60 * 1000);
    const assumed = await assumeRole(sts.client, 'arn:aws:iam::111111111111:role/Audit', undefined);
    const [a, b] = await Promise.all([assumed.credentials(), assumed.credentials()]);
    expect([a.accessKeyId, b.accessKeyId]).toEqual(['ASIA2', 'ASIA2']);
    expect(sts.send).toHaveBeenCalledTimes(2);
    expect(sts.send.mock.calls[0]![0].input).not.toHaveProperty('ExternalId');
  });

  it('tries again after a failed renewal instead of failing for good', async () => {
    const sts = fakeSts(60 * 1000);
    const assumed = await assumeRole(sts.client, 'arn:aws:iam::111111111111:role/Audit', undefined);
    sts.send.mockRejectedValueOnce(new Error('network down'));
    await expect(assumed.credentials()).rejects.toThrow('network down');
    await expect(assumed.credentials()).resolves.toMatchObject({ accessKeyId: 'ASIA2' });
  });
});
