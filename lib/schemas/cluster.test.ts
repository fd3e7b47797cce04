import { describe, expect, it } from 'vitest';
import { fieldErrorsFrom } from '../actions/action-state';
import { createClusterSchema, deleteClusterSchema } from './cluster';

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
    const result = createClusterSchema.safeParse({
      clusterName: 'bad name',
      strategy: [{ capacityProvider: 'FARGATE', weight: '1' }],
      tags: [{ key: 'aws:owner', value: 'x' }],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    const errors = fieldErrorsFrom(result.error);
    expect(errors.clusterName).toEqual(['Cluster name can only contain letters, numbers, hyphens (-) and underscores (_).']);
    expect(errors.tags?.[0]).toContain("'aws:' are reserved");
    // The strategy check runs only once the object itself is valid (zod refinements on a failed object are skipped).
    const strategyOnly = createClusterSchema.safeParse({
      clusterName: 'ok',
      strategy: [{ capacityProvider: 'FARGATE', weight: '1' }],
    });
    expect(strategyOnly.success).toBe(false);
    if (!strategyOnly.success)
      expect(fieldErrorsFrom(strategyOnly.error).strategy?.[0]).toContain('not associated with the cluster');
  });
});

describe('deleteClusterSchema', () => {
  it('requires the typed confirmation to match the cluster name', () => {
    expect(deleteClusterSchema.safeParse({ cluster: 'web', confirmation: 'web' }).success).toBe(true);
    const wrong = deleteClusterSchema.safeParse({ cluster: 'web', confirmation: 'we' });
    expect(wrong.success).toBe(false);
  });
});
