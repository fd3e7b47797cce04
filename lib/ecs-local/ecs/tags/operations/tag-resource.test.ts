import type { ListTagsForResourceResponse, RegisterContainerInstanceResponse } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../engine';
import { putService, putTask } from '../../../testing/documents';

const PREFIX = 'arn:aws:ecs:us-east-1:000000000000';
const ecsError = (type: string, message?: string) =>
  expect.objectContaining(message === undefined ? { type } : { type, message });

function tagsOf(engine: Engine, resourceArn: string) {
  return (engine.call('ListTagsForResource', { resourceArn }) as ListTagsForResourceResponse).tags;
}

function setup() {
  const engine = new Engine({ memory: true });
  engine.call('CreateCluster', { clusterName: 'demo', tags: [{ key: 'team', value: 'web' }] });
  return engine;
}

describe('TagResource / UntagResource / ListTagsForResource', () => {
  it('merges tags on a cluster, overwriting values of keys given again, and removes keys', () => {
    const engine = setup();
    const arn = `${PREFIX}:cluster/demo`;
    expect(
      engine.call('TagResource', {
        resourceArn: arn,
        tags: [
          { key: 'team', value: 'api' },
          { key: 'env', value: 'dev' },
        ],
      }),
    ).toEqual({});
    expect(tagsOf(engine, arn)).toEqual([
      { key: 'team', value: 'api' },
      { key: 'env', value: 'dev' },
    ]);
    expect(engine.call('UntagResource', { resourceArn: arn, tagKeys: ['team', 'missing'] })).toEqual({});
    expect(tagsOf(engine, arn)).toEqual([{ key: 'env', value: 'dev' }]);
    // The cluster document keeps its index columns (still listed as ACTIVE) and Describe shows the tags.
    expect(engine.call('ListClusters', {})).toEqual({ clusterArns: [arn] });
    expect(engine.call('DescribeClusters', { clusters: ['demo'], include: ['TAGS'] })).toMatchObject({
      clusters: [{ tags: [{ key: 'env', value: 'dev' }] }],
    });
  });

  it('tags services (long ARN), tasks, task definitions and container instances', () => {
    const engine = setup();
    const serviceArn = putService(engine, 'demo', 'web', 'ACTIVE');
    const taskArn = putTask(engine, 'demo', 'RUNNING');
    engine.store.put(
      'us-east-1',
      'taskdef',
      'web:0000003',
      { family: 'web', revision: 3, status: 'ACTIVE', tags: [] },
      { parent: 'web', status: 'ACTIVE' },
    );
    const { containerInstance } = engine.call('RegisterContainerInstance', {
      cluster: 'demo',
    }) as RegisterContainerInstanceResponse;
    const arns = [serviceArn, taskArn, `${PREFIX}:task-definition/web:3`, containerInstance?.containerInstanceArn ?? ''];
    for (const resourceArn of arns) {
      engine.call('TagResource', { resourceArn, tags: [{ key: 'k', value: 'v' }] });
      expect(tagsOf(engine, resourceArn), resourceArn).toEqual([{ key: 'k', value: 'v' }]);
    }
    // Index columns survive tagging: the service still counts as ACTIVE in its cluster.
    expect(engine.call('DescribeClusters', { clusters: ['demo'] })).toMatchObject({
      clusters: [{ activeServicesCount: 1, runningTasksCount: 1 }],
    });
  });

  it('lists no tags for the built-in capacity providers and refuses to tag them', () => {
    const engine = setup();
    const arn = `${PREFIX}:capacity-provider/FARGATE`;
    expect(tagsOf(engine, arn)).toEqual([]);
    expect(() => engine.call('TagResource', { resourceArn: arn, tags: [{ key: 'k', value: 'v' }] })).toThrow(
      ecsError('InvalidParameterException', 'The FARGATE capacity provider is managed by the engine and cannot be tagged.'),
    );
  });

  it('answers unknown resources with ResourceNotFoundException and unknown clusters with ClusterNotFoundException', () => {
    const engine = setup();
    const notFound = ecsError('ResourceNotFoundException', 'The specified resource could not be found.');
    for (const resourceArn of [
      `${PREFIX}:service/demo/nope`,
      `${PREFIX}:task/demo/${'a'.repeat(32)}`,
      `${PREFIX}:task-definition/web:9`,
      `${PREFIX}:container-instance/demo/${'b'.repeat(32)}`,
      'arn:aws:ecs:eu-west-1:000000000000:cluster/demo',
    ])
      expect(() => tagsOf(engine, resourceArn), resourceArn).toThrow(notFound);
    expect(() => tagsOf(engine, `${PREFIX}:cluster/nope`)).toThrow(ecsError('ClusterNotFoundException', 'Cluster not found.'));
  });

  it('refuses short service ARNs, non-ARNs, reserved keys and bad tags', () => {
    const engine = setup();
    expect(() => tagsOf(engine, `${PREFIX}:service/web`)).toThrow(
      ecsError('InvalidParameterException', 'Long arn format must be used for tagging operations'),
    );
    expect(() => tagsOf(engine, 'demo')).toThrow(ecsError('InvalidParameterException'));
    const arn = `${PREFIX}:cluster/demo`;
    expect(() => engine.call('TagResource', { resourceArn: arn, tags: [{ key: 'aws:owner', value: 'x' }] })).toThrow(
      ecsError('InvalidParameterException', "Tag keys starting with 'aws:' are reserved (key 'aws:owner')."),
    );
    expect(() => engine.call('UntagResource', { resourceArn: arn, tagKeys: ['aws:ecs:clusterName'] })).toThrow(
      ecsError(
        'InvalidParameterException',
        "Tag keys starting with 'aws:' are reserved and cannot be removed (key 'aws:ecs:clusterName').",
      ),
    );
    expect(() => engine.call('TagResource', { resourceArn: arn, tags: [{ key: 'bad*key', value: 'x' }] })).toThrow(
      ecsError('InvalidParameterException'),
    );
  });

  it('limits a resource to 50 user tags, not counting aws: tags', () => {
    const engine = setup();
    const arn = `${PREFIX}:cluster/demo`;
    const tags = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ key: `k${from + i}`, value: 'v' }));
    engine.call('TagResource', { resourceArn: arn, tags: tags(0, 49) }); // plus `team` = 50
    expect(tagsOf(engine, arn)).toHaveLength(50);
    expect(() => engine.call('TagResource', { resourceArn: arn, tags: tags(100, 1) })).toThrow(
      ecsError(
        'LimitExceededException',
        'A resource can have at most 50 tags; this request would give it 51. Remove some tags first.',
      ),
    );
    engine.call('TagResource', { resourceArn: arn, tags: tags(0, 3) }); // overwriting keeps the count at 50
    expect(tagsOf(engine, arn)).toHaveLength(50);
  });
});
