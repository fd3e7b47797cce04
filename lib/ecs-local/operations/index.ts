import { capacityOperations } from './groups/capacity';
import { clustersOperations } from './groups/clusters';
import { servicesOperations } from './groups/services';
import { tagsAndSettingsOperations } from './groups/tags-and-settings';
import { taskDefinitionsOperations } from './groups/task-definitions';
import { tasksOperations } from './groups/tasks';
import type { Handler } from './registry';

export const operations: Readonly<Record<string, Handler>> = {
  ...clustersOperations,
  ...capacityOperations,
  ...taskDefinitionsOperations,
  ...servicesOperations,
  ...tasksOperations,
  ...tagsAndSettingsOperations,
};
