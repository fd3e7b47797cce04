// Task definitions for the RegisterTaskDefinition rule tests: a valid Fargate one and a valid EC2 one, each changed
// by the fields given (and its one container by `container`).
import type { ContainerDefinition } from '@aws-sdk/client-ecs';
import type { TaskDefinitionInput } from './task-definition';

export const fargate = (
  over: Partial<TaskDefinitionInput> = {},
  container: Partial<ContainerDefinition> = {},
): TaskDefinitionInput => ({
  family: 'web',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '256',
  memory: '512',
  containerDefinitions: [{ name: 'web', image: 'nginx:latest', ...container }],
  ...over,
});

export const ec2 = (
  over: Partial<TaskDefinitionInput> = {},
  container: Partial<ContainerDefinition> = {},
): TaskDefinitionInput => ({
  family: 'worker',
  containerDefinitions: [{ name: 'worker', image: 'busybox', memory: 128, ...container }],
  ...over,
});
