// ListAccountSettings. With effectiveSettings every setting is listed with the value that applies (own,
// account default, or AWS default as type aws_managed); without it, only settings that were put explicitly.
import type { ListAccountSettingsRequest, ListAccountSettingsResponse, Setting } from '@aws-sdk/client-ecs';
import { LIST_ACCOUNT_SETTINGS_MAX } from '../../../../ecs-rules';
import { operation } from '../../../core/aws-service';
import { invalidParameter } from '../../common/errors';
import { paginate } from '../../common/pagination';
import { ACCOUNT_DEFAULT_PRINCIPAL, effectiveSetting, principalFrom, SETTING_NAMES, storedSetting } from '../model';

export const listAccountSettings = operation<ListAccountSettingsRequest, ListAccountSettingsResponse>((ctx, input) => {
  if (input.value !== undefined && input.name === undefined)
    throw invalidParameter('A value filter needs a name: pass name together with value.');
  const principal = principalFrom(ctx, input.principalArn);
  const names = input.name ? [input.name] : SETTING_NAMES;
  const settings: Setting[] = [];
  for (const name of names) {
    const setting = input.effectiveSettings
      ? effectiveSetting(ctx, name, principal)
      : (storedSetting(ctx, principal, name) ??
        (principal === ctx.principal ? storedSetting(ctx, ACCOUNT_DEFAULT_PRINCIPAL, name) : undefined));
    if (setting && (input.value === undefined || setting.value === input.value)) settings.push(setting);
  }
  const { page, nextToken } = paginate(
    settings,
    input,
    { defaultPage: LIST_ACCOUNT_SETTINGS_MAX, maxPage: LIST_ACCOUNT_SETTINGS_MAX },
    (setting) => setting.name ?? '',
  );
  return { settings: page, nextToken };
});
