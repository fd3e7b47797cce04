// PutAccountSettingDefault: the account-wide default for principals that have no setting of their own.
import type { PutAccountSettingDefaultRequest, PutAccountSettingDefaultResponse } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import { ACCOUNT_DEFAULT_PRINCIPAL, checkSettingValue, putSetting } from '../model';

export const putAccountSettingDefault = operation<PutAccountSettingDefaultRequest, PutAccountSettingDefaultResponse>(
  (ctx, input) => {
    const name = input.name ?? 'containerInsights';
    const value = input.value ?? '';
    checkSettingValue(name, value);
    return { setting: putSetting(ctx, ACCOUNT_DEFAULT_PRINCIPAL, name, value) };
  },
);
