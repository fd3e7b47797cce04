import type { DeleteAccountSettingResponse, ListAccountSettingsResponse } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../engine';

const ROOT = 'arn:aws:iam::000000000000:root';
const USER = 'arn:aws:iam::000000000000:user/dev';

function names(engine: Engine, input: Record<string, unknown> = {}) {
  const out = engine.call('ListAccountSettings', input) as ListAccountSettingsResponse;
  return out.settings?.map((s) => `${s.name}=${s.value}`);
}

describe('DeleteAccountSetting', () => {
  it("removes the caller's setting, answers with it, and the default applies again", () => {
    const engine = new Engine({ memory: true });
    engine.call('PutAccountSetting', { name: 'containerInsights', value: 'enhanced' });
    engine.call('PutAccountSetting', { name: 'awsvpcTrunking', value: 'enabled' });
    const out = engine.call('DeleteAccountSetting', { name: 'containerInsights' }) as DeleteAccountSettingResponse;
    expect(out.setting).toEqual({ name: 'containerInsights', value: 'enhanced', principalArn: ROOT, type: 'user' });
    expect(names(engine)).toEqual(['awsvpcTrunking=enabled']);
    expect(names(engine, { name: 'containerInsights', effectiveSettings: true })).toEqual(['containerInsights=disabled']);
  });

  it("removes another principal's setting only, and falls back to the account default", () => {
    const engine = new Engine({ memory: true });
    engine.call('PutAccountSettingDefault', { name: 'awsvpcTrunking', value: 'enabled' });
    engine.call('PutAccountSetting', { name: 'awsvpcTrunking', value: 'disabled', principalArn: USER });
    engine.call('DeleteAccountSetting', { name: 'awsvpcTrunking', principalArn: USER });
    expect(names(engine, { principalArn: USER, effectiveSettings: true, name: 'awsvpcTrunking' })).toEqual([
      'awsvpcTrunking=enabled',
    ]);
    // The account default is untouched.
    expect(names(engine)).toEqual(['awsvpcTrunking=enabled']);
  });

  it('answers a setting that was never put with the value that applies, and refuses bad principals', () => {
    const engine = new Engine({ memory: true });
    const out = engine.call('DeleteAccountSetting', { name: 'fargateFIPSMode' }) as DeleteAccountSettingResponse;
    expect(out.setting).toEqual({ name: 'fargateFIPSMode', value: 'disabled', principalArn: ROOT, type: 'aws_managed' });
    expect(() => engine.call('DeleteAccountSetting', { name: 'awsvpcTrunking', principalArn: 'bob' })).toThrow(
      expect.objectContaining({ type: 'InvalidParameterException', message: expect.stringContaining("principalArn 'bob'") }),
    );
    expect(() => engine.call('DeleteAccountSetting', { name: 'nope' })).toThrow(
      expect.objectContaining({ type: 'InvalidParameterException', message: expect.stringContaining('enum value set') }),
    );
  });
});
