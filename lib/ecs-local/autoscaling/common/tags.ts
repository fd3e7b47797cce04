// Tags of scalable targets (the only taggable resource): at most 50, keys not starting with `aws:`.
import { MAX_SCALING_TAGS } from '../../../ecs-rules/auto-scaling';
import { AutoScalingError, validation } from './errors';

export function checkTags(tags: Record<string, string>, arn: string): void {
  for (const key of Object.keys(tags))
    if (key.toLowerCase().startsWith('aws:'))
      throw validation(`Tag key ${key} is not allowed: keys starting with aws: are reserved for AWS.`);
  if (Object.keys(tags).length > MAX_SCALING_TAGS)
    throw new AutoScalingError(
      'TooManyTagsException',
      `A scalable target can have at most ${MAX_SCALING_TAGS} tags; ${arn} would have ${Object.keys(tags).length}.`,
    );
}
