// The Auto Scaling group behind a capacity provider of the local engine. There is no EC2 Auto Scaling API in
// the engine, so the group's size and instance type come from tags on the capacity provider
// (CreateCapacityProvider `tags`), in the manner of the fault-injection docker labels. Real ECS ignores these
// tags (they stay ordinary tags), so a request using them stays valid on AWS.
//
// | tag                            | value                        | default             |
// |--------------------------------|------------------------------|---------------------|
// | `ecs-local.asg-min-size`       | instances, 0-100             | 0                   |
// | `ecs-local.asg-max-size`       | instances, 1-100, ≥ min      | 10                  |
// | `ecs-local.asg-desired-capacity` | instances, min-max         | the minimum size    |
// | `ecs-local.instance-type`      | one of INSTANCE_TYPES        | t3.medium           |
//
// The group's instances register with the cluster the capacity provider is associated with, a little while
// after they launch (their boot time, scaled by the engine's time scale).
import { DEFAULT_INSTANCE_TYPE, INSTANCE_TYPES, isKnownInstanceType } from './instance-types';

export const ASG_TAGS = {
  minSize: 'ecs-local.asg-min-size',
  maxSize: 'ecs-local.asg-max-size',
  desiredCapacity: 'ecs-local.asg-desired-capacity',
  instanceType: 'ecs-local.instance-type',
} as const;

export const ASG_SIZE_LIMIT = 100;
export const DEFAULT_ASG_MAX_SIZE = 10;

export interface SimulatedAsgSettings {
  minSize: number;
  maxSize: number;
  desiredCapacity: number;
  instanceType: string;
}

type Tags = readonly { key?: string; value?: string }[] | undefined;

function tagValue(tags: Tags, key: string): string | undefined {
  return tags?.find((t) => t.key === key)?.value?.trim();
}

function count(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d{1,3}$/.test(value)) return undefined;
  const n = Number(value);
  return n <= ASG_SIZE_LIMIT ? n : undefined;
}

/** The first problem with the simulated group's tags, or undefined. */
export function asgTagsError(tags: Tags): string | undefined {
  for (const key of [ASG_TAGS.minSize, ASG_TAGS.maxSize, ASG_TAGS.desiredCapacity]) {
    const value = tagValue(tags, key);
    if (value !== undefined && count(value) === undefined)
      return `Tag ${key} must be a number of instances from 0 to ${ASG_SIZE_LIMIT}; got '${value}'.`;
  }
  const type = tagValue(tags, ASG_TAGS.instanceType);
  if (type !== undefined && !isKnownInstanceType(type))
    return `Tag ${ASG_TAGS.instanceType} must be one of ${Object.keys(INSTANCE_TYPES).join(', ')}; got '${type}'.`;
  const { minSize, maxSize, desiredCapacity } = asgSettings(tags);
  if (maxSize < 1) return `Tag ${ASG_TAGS.maxSize} must be at least 1.`;
  if (minSize > maxSize) return `Tag ${ASG_TAGS.minSize} (${minSize}) must not exceed ${ASG_TAGS.maxSize} (${maxSize}).`;
  if (desiredCapacity < minSize || desiredCapacity > maxSize)
    return `Tag ${ASG_TAGS.desiredCapacity} (${desiredCapacity}) must be between the minimum (${minSize}) and maximum (${maxSize}) sizes.`;
  return undefined;
}

/** The group's settings from the tags (values that do not parse fall back to the defaults). */
export function asgSettings(tags: Tags): SimulatedAsgSettings {
  const minSize = count(tagValue(tags, ASG_TAGS.minSize)) ?? 0;
  const maxSize = count(tagValue(tags, ASG_TAGS.maxSize)) ?? Math.max(DEFAULT_ASG_MAX_SIZE, minSize);
  const type = tagValue(tags, ASG_TAGS.instanceType);
  return {
    minSize,
    maxSize,
    desiredCapacity: count(tagValue(tags, ASG_TAGS.desiredCapacity)) ?? minSize,
    instanceType: type && isKnownInstanceType(type) ? type : DEFAULT_INSTANCE_TYPE,
  };
}

/** The name of an Auto Scaling group from its ARN (`...:autoScalingGroupName/<name>`), or the value itself (ECS accepts a name too). */
export function asgName(arnOrName: string): string {
  const marker = ':autoScalingGroupName/';
  const at = arnOrName.indexOf(marker);
  return at >= 0 ? arnOrName.slice(at + marker.length) : arnOrName;
}
