// PutAccountSetting: sets a setting for one principal (the caller when principalArn is omitted). Differs
// from ECS: principals are not checked against IAM, and long ARN formats cannot be turned off.
import type { PutAccountSettingRequest, PutAccountSettingResponse } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import { checkSettingValue, principalFrom, putSetting } from '../model';

export const putAccountSetting = operation<PutAccountSettingRequest, PutAccountSettingResponse>((ctx, input) => {
  const name = input.name ?? 'containerInsights';
  const value = input.value ?? '';
  checkSettingValue(name, value);
  return { setting: putSetting(ctx, principalFrom(ctx, input.principalArn), name, value) };
});
