// Test helpers for the task definition operations: an engine with a fake clock and a one-line register.
import type { RegisterTaskDefinitionRequest, RegisterTaskDefinitionResponse } from '@aws-sdk/client-ecs';
import type { Engine } from '../engine';
import type { Wire } from '../protocol/serialize';

export { ecsError, testEngine } from './engine';

export const TD_ARN = 'arn:aws:ecs:us-east-1:000000000000:task-definition';

/** A valid Fargate definition for `family`, with overrides. */
export function fargateInput(family: string, over: Partial<RegisterTaskDefinitionRequest> = {}): RegisterTaskDefinitionRequest {
  return {
    family,
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    containerDefinitions: [{ name: 'app', image: 'nginx:latest', portMappings: [{ containerPort: 80 }] }],
    ...over,
  };
}

export function register(engine: Engine, family: string, over: Partial<RegisterTaskDefinitionRequest> = {}) {
  const out = engine.call('RegisterTaskDefinition', fargateInput(family, over)) as Wire<RegisterTaskDefinitionResponse>;
  if (!out.taskDefinition) throw new Error('RegisterTaskDefinition returned no taskDefinition');
  return out.taskDefinition;
}
