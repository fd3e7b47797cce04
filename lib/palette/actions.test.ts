import { describe, expect, it } from 'vitest';
import { actionRequest, paletteActions } from './actions';
import type { PaletteItem } from './search';

const service = (target: PaletteItem['target']): PaletteItem => ({
  kind: 'service',
  label: 'web',
  detail: 'Service in prod',
  href: '/clusters/prod/services/web',
  target,
});

describe('paletteActions', () => {
  it('offers scale, force new deployment and update to the latest revision for a service', () => {
    const actions = paletteActions(service({ cluster: 'prod', taskDefinition: 'web:3', latest: 'web:5' }));
    expect(actions.map((a) => [a.kind, a.label, a.unavailable])).toEqual([
      ['scale', 'Scale service…', undefined],
      ['force-deployment', 'Force new deployment…', undefined],
      ['update-to-latest', 'Update to the latest revision (web:5)…', undefined],
    ]);
  });

  it('says why an action cannot run: a daemon service, the latest revision already, no ACTIVE revision', () => {
    const daemon = paletteActions(service({ cluster: 'prod', taskDefinition: 'web:5', latest: 'web:5', daemon: true }));
    expect(daemon[0].unavailable).toMatch(/daemon service/);
    expect(daemon[2].unavailable).toBe('It already runs web:5, the latest revision.');
    const none = paletteActions(service({ cluster: 'prod', taskDefinition: 'web:5' }));
    expect(none[2]).toEqual({
      kind: 'update-to-latest',
      label: 'Update to the latest revision…',
      unavailable: 'Its task definition family has no ACTIVE revision.',
    });
  });

  it('offers Stop for a task, and nothing for clusters, families or items without a target', () => {
    const task: PaletteItem = { kind: 'task', label: 'abc123', detail: 'Task in prod', href: '/t', target: { cluster: 'prod' } };
    expect(paletteActions(task).map((a) => a.kind)).toEqual(['stop-task']);
    expect(
      paletteActions({ kind: 'cluster', label: 'prod', detail: 'Cluster', href: '/c', target: { cluster: 'prod' } }),
    ).toEqual([]);
    expect(paletteActions({ ...task, target: undefined })).toEqual([]);
  });

  it('hands the host the resource and its revisions', () => {
    const item = service({ cluster: 'prod', taskDefinition: 'web:3', latest: 'web:5' });
    expect(actionRequest(item, 'update-to-latest')).toEqual({
      kind: 'update-to-latest',
      name: 'web',
      cluster: 'prod',
      taskDefinition: 'web:3',
      latest: 'web:5',
    });
    expect(actionRequest({ ...item, target: undefined }, 'scale')).toBeUndefined();
  });
});
