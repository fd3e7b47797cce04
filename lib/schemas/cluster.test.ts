import { describe, expect, it } from 'vitest';
import { createClusterSchema, deleteClusterSchema } from './cluster';
import { errorsOf } from './testing';

describe('createClusterSchema', () => {
  it('accepts a Fargate cluster with a strategy and tags, dropping blank tag rows', () => {
    const parsed = createClusterSchema.parse({
      clusterName: 'web-1',
      fargate: 'on',
      containerInsights: 'enhanced',
      strategy: [{ capacityProvider: 'FARGATE', base: '0', weight: '1' }],
      tags: [
        { key: 'team', value: 'a' },
        { key: '', value: '' },
      ],
    });
    expect(parsed).toMatchObject({ clusterName: 'web-1', fargate: true, ec2: false, containerInsights: 'enhanced' });
    expect(parsed.strategy).toEqual([{ capacityProvider: 'FARGATE', base: 0, weight: 1 }]);
    expect(parsed.tags).toEqual([{ key: 'team', value: 'a' }]);
  });

  it('reports a bad name, a strategy on providers not attached and a reserved tag, by field', () => {
    const errors = errorsOf(createClusterSchema, {
      clusterName: 'bad name',
      strategy: [{ capacityProvider: 'FARGATE', weight: '1' }],
      tags: [{ key: 'aws:owner', value: 'x' }],
    });
    expect(errors.clusterName).toEqual(['Cluster name can only contain letters, numbers, hyphens (-) and underscores (_).']);
    expect(errors.tags?.[0]).toContain("'aws:' are reserved");
    // The strategy check runs only once the object itself is valid (zod refinements on a failed object are skipped).
    const strategyOnly = errorsOf(createClusterSchema, {
      clusterName: 'ok',
      strategy: [{ capacityProvider: 'FARGATE', weight: '1' }],
    });
    expect(strategyOnly.strategy?.[0]).toContain('not associated with the cluster');
  });
});

describe('deleteClusterSchema', () => {
  it('deletes only when the confirmation is the cluster name, exactly and case-sensitively', () => {
    expect(deleteClusterSchema.parse({ cluster: 'web', confirmation: 'web' })).toEqual({ cluster: 'web', confirmation: 'web' });
    for (const confirmation of ['', 'we', 'w', 'webx', 'Web', 'WEB', 'web ', ' web', 'delete'])
      expect(errorsOf(deleteClusterSchema, { cluster: 'web', confirmation }), confirmation).toEqual({
        confirmation: ['Type the cluster name to confirm.'],
      });
    expect(errorsOf(deleteClusterSchema, { cluster: 'web' })).toEqual({ confirmation: ['Type the cluster name to confirm.'] });
  });
});
