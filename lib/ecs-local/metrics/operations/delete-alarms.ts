// DeleteAlarms: up to 100 alarms by name, all or none (an unknown name deletes nothing and is ResourceNotFound).
import type { DeleteAlarmsInput } from '@aws-sdk/client-cloudwatch';
import { operation } from '../../core/aws-service';
import type { Wire } from '../../protocol/serialize';
import { deleteAlarm, getAlarm } from '../alarms/model';
import { MetricsError } from '../errors';

export const deleteAlarms = operation<Wire<DeleteAlarmsInput>, object>((ctx, input) => {
  const names = input.AlarmNames ?? [];
  const unknown = names.filter((name) => !getAlarm(ctx, name));
  if (unknown.length > 0)
    throw new MetricsError('ResourceNotFound', `The following alarms were not found: ${unknown.join(', ')}.`);
  for (const name of names) deleteAlarm(ctx, name);
  return {};
});
