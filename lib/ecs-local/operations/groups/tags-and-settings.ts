import { listAccountSettings } from '../list-account-settings';
import { listTagsForResource } from '../list-tags-for-resource';
import { putAccountSetting } from '../put-account-setting';
import { putAccountSettingDefault } from '../put-account-setting-default';
import type { Handler } from '../registry';
import { tagResource } from '../tag-resource';
import { untagResource } from '../untag-resource';

export const tagsAndSettingsOperations: Record<string, Handler> = {
  TagResource: tagResource,
  UntagResource: untagResource,
  ListTagsForResource: listTagsForResource,
  ListAccountSettings: listAccountSettings,
  PutAccountSetting: putAccountSetting,
  PutAccountSettingDefault: putAccountSettingDefault,
};
