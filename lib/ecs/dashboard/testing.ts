// Test helpers for the dashboard's poller tests: the task definitions its services run.
import type { Engine } from '../../ecs-local/engine';

/** Registers a one-container Fargate family; `labels` are docker labels (fault injection, e.g. a crash loop). */
export function registerFamily(engine: Engine, family: string, labels?: Record<string, string>): void {
  engine.call('RegisterTaskDefinition', {
    family,
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    containerDefinitions: [{ name: 'app', image: 'nginx:latest', essential: true, dockerLabels: labels }],
  });
}

/** Labels that make every task of a family exit with code 3 a second after it starts. */
export const CRASH_LABELS = { 'ecs-local.exit-code': '3', 'ecs-local.exit-after': '1' };
