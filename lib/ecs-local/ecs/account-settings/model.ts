// Account settings: documents of kind `setting`, id `<principal>#<name>`, parent = principal, key = name.
// The account default (PutAccountSettingDefault) is stored under the principal `*`. Values fall back to
// the built-in AWS defaults below, which ListAccountSettings reports with type `aws_managed`.
import type { Setting, SettingName } from '@aws-sdk/client-ecs';
import type { OpContext } from '../../core/context';
import { invalidParameter } from '../common/errors';

export const ACCOUNT_DEFAULT_PRINCIPAL = '*';

interface SettingRule {
  defaultValue: string;
  values: readonly string[];
  /** Why a value other than the default is refused, when the setting is fixed. */
  fixed?: string;
}

const LONG_ARN = 'Long ARN formats are mandatory for all accounts since April 1, 2021; the only accepted value is enabled.';

export const SETTING_RULES: Readonly<Record<SettingName, SettingRule>> = {
  serviceLongArnFormat: { defaultValue: 'enabled', values: ['enabled'], fixed: LONG_ARN },
  taskLongArnFormat: { defaultValue: 'enabled', values: ['enabled'], fixed: LONG_ARN },
  containerInstanceLongArnFormat: { defaultValue: 'enabled', values: ['enabled'], fixed: LONG_ARN },
  awsvpcTrunking: { defaultValue: 'disabled', values: ['enabled', 'disabled'] },
  containerInsights: { defaultValue: 'disabled', values: ['enabled', 'enhanced', 'disabled'] },
  fargateFIPSMode: { defaultValue: 'disabled', values: ['enabled', 'disabled'] },
  tagResourceAuthorization: { defaultValue: 'on', values: ['on', 'off'] },
  fargateTaskRetirementWaitPeriod: { defaultValue: '7', values: ['0', '7', '14'] },
  guardDutyActivate: { defaultValue: 'off', values: ['on', 'off'] },
  defaultLogDriverMode: { defaultValue: 'non-blocking', values: ['blocking', 'non-blocking'] },
  fargateEventWindows: { defaultValue: 'disabled', values: ['enabled', 'disabled'] },
};

export const SETTING_NAMES = Object.keys(SETTING_RULES).sort() as SettingName[];

export type SettingDoc = Required<Pick<Setting, 'name' | 'value' | 'principalArn' | 'type'>>;

export function settingId(principal: string, name: string): string {
  return `${principal}#${name}`;
}

/** InvalidParameterException unless `value` is allowed for `name`. */
export function checkSettingValue(name: SettingName, value: string): void {
  const rule = SETTING_RULES[name];
  if (rule.values.includes(value)) return;
  throw invalidParameter(rule.fixed ?? `The value '${value}' is not valid for ${name}. Valid values: ${rule.values.join(', ')}.`);
}

const PRINCIPAL_ARN = /^arn:aws[a-z-]*:iam::\d{12}:(root|user\/.+|role\/.+)$/;

/** The principal a request names (the caller when omitted); InvalidParameterException unless it is an IAM user, role or root ARN. */
export function principalFrom(ctx: OpContext, principalArn: string | undefined): string {
  if (principalArn === undefined) return ctx.principal;
  if (!PRINCIPAL_ARN.test(principalArn))
    throw invalidParameter(
      `principalArn '${principalArn}' is not an IAM user, IAM role or root ARN (arn:aws:iam::<account>:user/<name>, role/<name> or root).`,
    );
  return principalArn;
}

export function storedSetting(ctx: OpContext, principal: string, name: SettingName): SettingDoc | undefined {
  return ctx.store.get<SettingDoc>(ctx.region, 'setting', settingId(principal, name));
}

export function putSetting(ctx: OpContext, principal: string, name: SettingName, value: string): SettingDoc {
  const doc: SettingDoc = {
    name,
    value,
    principalArn: principal === ACCOUNT_DEFAULT_PRINCIPAL ? ctx.principal : principal,
    type: 'user',
  };
  ctx.store.put(ctx.region, 'setting', settingId(principal, name), doc, { parent: principal, key: name });
  return doc;
}

/** What applies to a principal: its own setting, else the account default, else the AWS default. */
export function effectiveSetting(ctx: OpContext, name: SettingName, principal: string = ctx.principal): SettingDoc {
  const own = storedSetting(ctx, principal, name);
  if (own) return { ...own, principalArn: principal };
  const accountDefault = storedSetting(ctx, ACCOUNT_DEFAULT_PRINCIPAL, name);
  if (accountDefault) return { ...accountDefault, principalArn: principal };
  return { name, value: SETTING_RULES[name].defaultValue, principalArn: principal, type: 'aws_managed' };
}
