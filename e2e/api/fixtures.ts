// Inputs the API suites share: a minimal valid Fargate task definition and quick waiter settings.
import type { ECSClient, RegisterTaskDefinitionCommandInput } from '@aws-sdk/client-ecs';

/** A Fargate task definition; `labels` are docker labels, e.g. the engine's fault-injection labels. */
export function fargateTaskDefinition(family: string, labels: Record<string, string> = {}): RegisterTaskDefinitionCommandInput {
  return {
    family,
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    containerDefinitions: [
      { name: 'web', image: 'nginx:latest', essential: true, portMappings: [{ containerPort: 80 }], dockerLabels: labels },
    ],
  };
}

/** Waiter settings for an engine running at time scale 0.1: poll every second, give up after 45 s. */
export function quickWaiter(client: ECSClient) {
  return { client, minDelay: 1, maxDelay: 1, maxWaitTime: 45 };
}
