import { deleteTaskDefinitions } from '../delete-task-definitions';
import { deregisterTaskDefinition } from '../deregister-task-definition';
import { describeTaskDefinition } from '../describe-task-definition';
import { listTaskDefinitionFamilies } from '../list-task-definition-families';
import { listTaskDefinitions } from '../list-task-definitions';
import { registerTaskDefinition } from '../register-task-definition';
import type { Handler } from '../registry';

export const taskDefinitionsOperations: Record<string, Handler> = {
  RegisterTaskDefinition: registerTaskDefinition,
  DescribeTaskDefinition: describeTaskDefinition,
  ListTaskDefinitions: listTaskDefinitions,
  ListTaskDefinitionFamilies: listTaskDefinitionFamilies,
  DeregisterTaskDefinition: deregisterTaskDefinition,
  DeleteTaskDefinitions: deleteTaskDefinitions,
};
