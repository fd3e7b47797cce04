import { describe, expect, it } from 'vitest';
import { apiPaths, paths } from './paths';

describe('paths', () => {
  it('builds the cluster, service and task pages', () => {
    expect(paths.cluster('prod')).toBe('/clusters/prod');
    expect(paths.clusterTab('prod', 'tasks')).toBe('/clusters/prod/tasks');
    expect(paths.service('prod', 'web')).toBe('/clusters/prod/services/web');
    expect(paths.service('prod', 'web', 'deployments')).toBe('/clusters/prod/services/web?tab=deployments');
    expect(paths.updateService('prod', 'web')).toBe('/clusters/prod/services/web/update');
    expect(paths.newService('prod', 'web:3')).toBe('/clusters/prod/services/new?taskDefinition=web%3A3');
    expect(paths.runTask('prod')).toBe('/clusters/prod/run-task');
    expect(paths.task('prod', '0a1b')).toBe('/clusters/prod/tasks/0a1b');
  });

  it('encodes names, so whatever a name holds stays one path segment', () => {
    expect(paths.service('a b', 'x/y')).toBe('/clusters/a%20b/services/x%2Fy');
  });

  it('builds the task definition pages', () => {
    expect(paths.newTaskDefinition()).toBe('/task-definitions/new');
    expect(paths.newTaskDefinition({ json: true })).toBe('/task-definitions/new?json=1');
    expect(paths.family('web')).toBe('/task-definitions/web');
    expect(paths.revision('web', 3)).toBe('/task-definitions/web/3');
    expect(paths.revision('web', 3, 'json')).toBe('/task-definitions/web/3?tab=json');
    expect(paths.revisionOf('web:3')).toBe('/task-definitions/web/3');
    expect(paths.revisionOf('arn:aws:ecs:us-east-1:123456789012:task-definition/web:3')).toBe('/task-definitions/web/3');
    expect(paths.newRevision('web', 3, { json: true })).toBe('/task-definitions/web/3/revise?json=1');
    expect(paths.deployRevision('web', 3)).toBe('/task-definitions/web/3/deploy');
    expect(paths.compareRevisions('web', 1, 2)).toBe('/task-definitions/web/compare?a=1&b=2');
  });

  it('builds the GET handlers the live views poll', () => {
    expect(apiPaths.services('prod')).toBe('/api/clusters/prod/services');
    expect(apiPaths.tasks('prod', { desiredStatus: 'RUNNING', serviceName: 'web' })).toBe(
      '/api/clusters/prod/tasks?desiredStatus=RUNNING&serviceName=web',
    );
    expect(apiPaths.tasks('prod')).toBe('/api/clusters/prod/tasks');
    expect(apiPaths.dashboard({ refresh: true })).toBe('/api/dashboard?refresh=1');
  });
});
