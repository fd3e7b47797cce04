// A task definition revision as the API shows it.
import type { TaskDefinition } from '@aws-sdk/client-ecs';
import type { Wire } from '../../protocol/serialize';
import type { TaskDefinitionDoc } from './model';

/** The wire view of a stored revision: everything but its tags (sent separately, on request). */
export function taskDefinitionView(doc: TaskDefinitionDoc): Wire<TaskDefinition> {
  const { tags: _tags, ...view } = doc;
  return view;
}
