// A task set's scale: a percentage of its service's desired count, 0 to 100.
import type { Scale } from '@aws-sdk/client-ecs';
import type { Wire } from '../../protocol/serialize';
import { invalidParameter } from '../common/errors';

export function checkScale(scale: Wire<Scale> | undefined): Wire<Scale> | undefined {
  if (!scale) return undefined;
  const value = scale.value ?? 100;
  if (value < 0 || value > 100) throw invalidParameter(`scale.value must be a percentage from 0 to 100; got ${value}.`);
  return { value, unit: scale.unit ?? 'PERCENT' };
}
