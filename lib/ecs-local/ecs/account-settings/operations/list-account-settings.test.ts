import type { ListAccountSettingsResponse } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../engine';

const ROOT = 'arn:aws:iam::000000000000:root';
const USER = 'arn:aws:iam::000000000000:user/dev';

function list(engine: Engine, input: Record<string, unknown> = {}) {
  return engine.call('ListAccountSettings', input) as ListAccountSettingsResponse;
}

describe('account settings', () => {
  it('lists nothing explicit at first, and every effective setting with its AWS default in pages of 10', () => {
    const engine = new Engine({ memory: true });
    expect(list(engine)).toEqual({ settings: [] });
    const first = list(engine, { effectiveSettings: true });
    expect(first.settings).toHaveLength(10);
    expect(first.settings?.find((s) => s.name === 'serviceLongArnFormat')).toEqual({
      name: 'serviceLongArnFormat',
      value: 'enabled',
      principalArn: ROOT,
      type: 'aws_managed',
    });
    const second = list(engine, { effectiveSettings: true, nextToken: first.nextToken });
    expect(second.settings).toHaveLength(1);
    expect(second.nextToken).toBeUndefined();
    expect(() => list(engine, { maxResults: 11 })).toThrow(expect.objectContaining({ type: 'InvalidParameterException' }));
    expect(() => list(engine, { nextToken: 'x!' })).toThrow(
      expect.objectContaining({ type: 'InvalidParameterException', message: 'Invalid nextToken.' }),
    );
  });

  it('puts a setting for the caller or a principal, and applies account defaults to principals without their own', () => {
    const engine = new Engine({ memory: true });
    expect(engine.call('PutAccountSetting', { name: 'containerInsights', value: 'enabled' })).toEqual({
      setting: { name: 'containerInsights', value: 'enabled', principalArn: ROOT, type: 'user' },
    });
    engine.call('PutAccountSetting', { name: 'awsvpcTrunking', value: 'enabled', principalArn: USER });
    engine.call('PutAccountSettingDefault', { name: 'tagResourceAuthorization', value: 'off' });
    expect(list(engine).settings?.map((s) => `${s.name}=${s.value}`)).toEqual([
      'containerInsights=enabled',
      'tagResourceAuthorization=off',
    ]);
    expect(list(engine, { principalArn: USER }).settings).toEqual([
      { name: 'awsvpcTrunking', value: 'enabled', principalArn: USER, type: 'user' },
    ]);
    const effective = list(engine, { principalArn: USER, effectiveSettings: true, name: 'tagResourceAuthorization' });
    expect(effective.settings).toEqual([{ name: 'tagResourceAuthorization', value: 'off', principalArn: USER, type: 'user' }]);
    expect(list(engine, { name: 'containerInsights', value: 'disabled' }).settings).toEqual([]);
  });

  it('refuses values a setting does not take, and turning long ARN formats off', () => {
    const engine = new Engine({ memory: true });
    expect(() => engine.call('PutAccountSetting', { name: 'containerInsights', value: 'on' })).toThrow(
      expect.objectContaining({
        type: 'InvalidParameterException',
        message: "The value 'on' is not valid for containerInsights. Valid values: enabled, enhanced, disabled.",
      }),
    );
    expect(() => engine.call('PutAccountSettingDefault', { name: 'taskLongArnFormat', value: 'disabled' })).toThrow(
      expect.objectContaining({ type: 'InvalidParameterException', message: expect.stringContaining('mandatory') }),
    );
    expect(() => list(engine, { value: 'enabled' })).toThrow(expect.objectContaining({ type: 'InvalidParameterException' }));
    expect(() => engine.call('PutAccountSetting', { name: 'awsvpcTrunking', value: 'enabled', principalArn: 'bob' })).toThrow(
      expect.objectContaining({ type: 'InvalidParameterException', message: expect.stringContaining("principalArn 'bob'") }),
    );
  });
});
