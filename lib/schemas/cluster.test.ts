import { describe, expect, it } from 'vitest';
import {
  createClusterSchema,
  deleteClusterSchema,
  updateClusterCapacityProvidersSchema,
  updateClusterSettingsSchema,
  updateClusterTagsSchema,
} from './cluster';
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

describe('cluster form fields', () => {
  it('reads checkboxes as on/true only, and defaults insights, strategy and tags', () => {
    expect(createClusterSchema.parse({ clusterName: ' web ' })).toEqual({
      clusterName: 'web',
      fargate: false,
      ec2: false,
      external: false,
      containerInsights: 'disabled',
      strategy: [],
      tags: [],
    });
    const checked = createClusterSchema.parse({ clusterName: 'web', fargate: 'true', ec2: 'on', external: 'yes' });
    expect([checked.fargate, checked.ec2, checked.external]).toEqual([true, true, false]);
    expect(errorsOf(createClusterSchema, { clusterName: 'web', containerInsights: 'on' }).containerInsights).toHaveLength(1);
  });

  it('checks strategy rows: a provider, whole numbers of at least 0, base 0 and weight 1 by default', () => {
    const parsed = createClusterSchema.parse({
      clusterName: 'web',
      fargate: 'on',
      strategy: [{ capacityProvider: 'FARGATE' }, { capacityProvider: 'FARGATE_SPOT', base: '0', weight: '3' }],
    });
    expect(parsed.strategy).toEqual([
      { capacityProvider: 'FARGATE', base: 0, weight: 1 },
      { capacityProvider: 'FARGATE_SPOT', base: 0, weight: 3 },
    ]);
    expect(errorsOf(createClusterSchema, { clusterName: 'web', strategy: [{ capacityProvider: '' }] })).toMatchObject({
      'strategy.0.capacityProvider': ['Choose a capacity provider.'],
    });
    expect(
      errorsOf(createClusterSchema, {
        clusterName: 'web',
        strategy: [{ capacityProvider: 'FARGATE', base: 'x', weight: '1.5' }],
      }),
    ).toEqual({ 'strategy.0.base': ['Base must be a number.'], 'strategy.0.weight': ['Weight must be a whole number.'] });
    const negative = errorsOf(createClusterSchema, {
      clusterName: 'web',
      fargate: 'on',
      strategy: [{ capacityProvider: 'FARGATE', base: '-1' }],
    });
    // zod 4 uses a number schema's own message for every issue of it, so a negative base also reads 'must be a number'.
    expect(negative['strategy.0.base']).toEqual(['Base must be a number.']);
  });

  it('drops blank tag rows, keeps rows with a key or a value, and trims keys', () => {
    const parsed = createClusterSchema.parse({
      clusterName: 'web',
      tags: [
        { key: ' team ', value: ' a ' },
        { key: '', value: '' },
        { key: 'owner', value: '' },
      ],
    });
    expect(parsed.tags).toEqual([
      { key: 'team', value: ' a ' },
      { key: 'owner', value: '' },
    ]);
    expect(errorsOf(createClusterSchema, { clusterName: 'web', tags: [{ key: '', value: 'orphan' }] })).toEqual({
      tags: ['Tag keys must be 1 to 128 characters.'],
    });
    // A row without a key input is a row with an empty key; without a value input, an empty value.
    expect(errorsOf(createClusterSchema, { clusterName: 'web', tags: [{ value: 'orphan' }] })).toEqual({
      tags: ['Tag keys must be 1 to 128 characters.'],
    });
    expect(createClusterSchema.parse({ clusterName: 'web', tags: [{ key: 'k' }] }).tags).toEqual([{ key: 'k', value: '' }]);
  });

  it('allows a Fargate strategy only with the Fargate providers attached', () => {
    const strategy = [{ capacityProvider: 'FARGATE', weight: '1' }];
    expect(createClusterSchema.safeParse({ clusterName: 'web', fargate: 'on', strategy }).success).toBe(true);
    expect(errorsOf(createClusterSchema, { clusterName: 'web', strategy }).strategy).toHaveLength(1);
  });
});

describe('cluster update forms', () => {
  it('updates settings with a valid insights value', () => {
    expect(updateClusterSettingsSchema.parse({ cluster: 'web', containerInsights: 'enhanced' })).toEqual({
      cluster: 'web',
      containerInsights: 'enhanced',
    });
    expect(errorsOf(updateClusterSettingsSchema, { cluster: 'bad name', containerInsights: 'enabled' })).toEqual({
      cluster: ['Cluster name can only contain letters, numbers, hyphens (-) and underscores (_).'],
    });
  });

  it('reads one or several capacity providers and checks the strategy against them', () => {
    expect(updateClusterCapacityProvidersSchema.parse({ cluster: 'web', capacityProviders: 'FARGATE' })).toEqual({
      cluster: 'web',
      capacityProviders: ['FARGATE'],
      strategy: [],
    });
    expect(updateClusterCapacityProvidersSchema.parse({ cluster: 'web' }).capacityProviders).toEqual([]);
    const both = updateClusterCapacityProvidersSchema.parse({
      cluster: 'web',
      capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
      strategy: [{ capacityProvider: 'FARGATE_SPOT', weight: '2' }],
    });
    expect(both.capacityProviders).toEqual(['FARGATE', 'FARGATE_SPOT']);
    expect(
      errorsOf(updateClusterCapacityProvidersSchema, {
        cluster: 'web',
        capacityProviders: ['FARGATE'],
        strategy: [{ capacityProvider: 'FARGATE_SPOT', weight: '2' }],
      }),
    ).toEqual({
      strategy: [
        'The specified capacity provider strategy cannot contain a capacity provider that is not associated with the cluster. Associate the capacity provider with the cluster or specify a valid capacity provider and try again. (FARGATE_SPOT)',
      ],
    });
  });

  it('updates tags with the same tag rules', () => {
    expect(updateClusterTagsSchema.parse({ cluster: 'web', tags: [{ key: 'a', value: 'b' }] })).toEqual({
      cluster: 'web',
      tags: [{ key: 'a', value: 'b' }],
    });
    expect(errorsOf(updateClusterTagsSchema, { cluster: 'web', tags: [{ key: 'aws:x', value: 'b' }] })).toEqual({
      tags: ["Tag keys starting with 'aws:' are reserved (key 'aws:x')."],
    });
  });
});

describe('cluster list bounds', () => {
  it('reads up to 60 tag rows (50 tags and some blank rows), no more', () => {
    const tags = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `k${i}`, value: 'v' }));
    const blank = (n: number) => Array.from({ length: n }, () => ({ key: '', value: '' }));
    expect(createClusterSchema.parse({ clusterName: 'web', tags: tags(50) }).tags).toHaveLength(50);
    expect(createClusterSchema.parse({ clusterName: 'web', tags: [...tags(50), ...blank(10)] }).tags).toHaveLength(50);
    expect(errorsOf(createClusterSchema, { clusterName: 'web', tags: [...tags(50), ...blank(11)] })).toEqual({
      tags: ['A resource can have at most 50 tags.'],
    });
  });

  it('takes a strategy of at most 20 items', () => {
    const strategy = (n: number) => Array.from({ length: n }, (_, i) => ({ capacityProvider: `cp-${i}`, weight: '1' }));
    const providers = strategy(20).map((s) => s.capacityProvider);
    expect(
      updateClusterCapacityProvidersSchema.parse({ cluster: 'web', capacityProviders: providers, strategy: strategy(20) })
        .strategy,
    ).toHaveLength(20);
    expect(
      errorsOf(updateClusterCapacityProvidersSchema, { cluster: 'web', capacityProviders: providers, strategy: strategy(21) }),
    ).toEqual({
      strategy: ['A capacity provider strategy can have at most 20 items.'],
    });
  });
});
