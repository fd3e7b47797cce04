// DeleteAccountSetting: removes the setting a principal put (the caller when principalArn is omitted) and
// answers with it; what applies afterwards is the account default or the AWS default. Differs from ECS:
// principals are not checked against IAM; deleting a setting that was never put answers with the value that
// applies instead of an error (ECS's answer for that case is not documented).
import type { DeleteAccountSettingRequest, DeleteAccountSettingResponse } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import { effectiveSetting, principalFrom, settingId, storedSetting } from '../model';

export const deleteAccountSetting = operation<DeleteAccountSettingRequest, DeleteAccountSettingResponse>((ctx, input) => {
  const name = input.name ?? 'containerInsights';
  const principal = principalFrom(ctx, input.principalArn);
  const stored = storedSetting(ctx, principal, name);
  if (!stored) return { setting: effectiveSetting(ctx, name, principal) };
  ctx.store.delete(ctx.region, 'setting', settingId(principal, name));
  return { setting: { ...stored, principalArn: principal } };
});
