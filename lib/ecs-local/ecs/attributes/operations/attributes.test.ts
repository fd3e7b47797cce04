// PutAttributes, ListAttributes and DeleteAttributes, and placement constraints on the attributes they set.
import type { Attribute, ListAttributesResponse } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import type { Wire } from '../../../protocol/serialize';
import { ecsError, registerEc2, registerInstance, runTask, setup } from '../../../testing/tasks';

type Engine = ReturnType<typeof setup>['engine'];

function list(engine: Engine, input: Record<string, unknown> = {}) {
  return engine.call('ListAttributes', {
    cluster: 'demo',
    targetType: 'container-instance',
    ...input,
  }) as Wire<ListAttributesResponse>;
}

function custom(engine: Engine): string[] {
  return (list(engine).attributes ?? [])
    .filter((a) => !a.name?.startsWith('ecs.'))
    .map((a) => `${a.targetId?.split('/').pop()?.slice(0, 4)} ${a.name}=${a.value ?? ''}`)
    .sort();
}

describe('attributes', () => {
  it('puts attributes by instance id or ARN, replaces them by name, lists and deletes them', () => {
    const { engine } = setup();
    const a = registerInstance(engine);
    const b = registerInstance(engine);
    const aArn = a.containerInstanceArn ?? '';
    const bId = (b.containerInstanceArn ?? '').split('/').pop() ?? '';
    const put = engine.call('PutAttributes', {
      cluster: 'demo',
      attributes: [
        { name: 'stack', value: 'prod', targetId: aArn },
        { name: 'stack', value: 'dev', targetId: bId, targetType: 'container-instance' },
        { name: 'gpu', targetId: bId },
      ],
    }) as { attributes: Wire<Attribute>[] };
    expect(put.attributes[1]).toEqual({
      name: 'stack',
      value: 'dev',
      targetId: b.containerInstanceArn,
      targetType: 'container-instance',
    });
    const [ai, bi] = [aArn, b.containerInstanceArn ?? ''].map((arn) => arn.split('/').pop()?.slice(0, 4));
    expect(custom(engine)).toEqual([`${ai} stack=prod`, `${bi} gpu=`, `${bi} stack=dev`].sort());
    engine.call('PutAttributes', { cluster: 'demo', attributes: [{ name: 'stack', value: 'qa', targetId: aArn }] });
    expect(list(engine, { attributeName: 'stack', attributeValue: 'qa' }).attributes?.map((x) => x.targetId)).toEqual([aArn]);
    // ECS's own attributes are listed too.
    expect(list(engine, { attributeName: 'ecs.os-type' }).attributes).toHaveLength(2);

    engine.call('DeleteAttributes', { cluster: 'demo', attributes: [{ name: 'stack', targetId: bId }] });
    expect(custom(engine)).toEqual([`${ai} stack=qa`, `${bi} gpu=`].sort());
    const described = engine.call('DescribeContainerInstances', { cluster: 'demo', containerInstances: [bId] }) as {
      containerInstances: { attributes: Wire<Attribute>[] }[];
    };
    expect(described.containerInstances[0].attributes.map((x) => x.name)).toContain('gpu');
    expect(described.containerInstances[0].attributes.map((x) => x.name)).not.toContain('stack');
  });

  it('pages through many attributes', () => {
    const { engine } = setup();
    const a = registerInstance(engine);
    const attributes = Array.from({ length: 10 }, (_, i) => ({ name: `k${i}`, value: 'v', targetId: a.containerInstanceArn }));
    engine.call('PutAttributes', { cluster: 'demo', attributes });
    const seen: string[] = [];
    let nextToken: string | undefined;
    do {
      const page = list(engine, { maxResults: 4, nextToken });
      expect(page.attributes?.length).toBeLessThanOrEqual(4);
      seen.push(...(page.attributes ?? []).map((x) => x.name ?? ''));
      nextToken = page.nextToken;
    } while (nextToken);
    expect(seen.filter((n) => n.startsWith('k'))).toHaveLength(10);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("refuses what ECS refuses, with ECS's exceptions, and changes nothing", () => {
    const { engine } = setup();
    const a = registerInstance(engine);
    const target = a.containerInstanceArn ?? '';
    const put =
      (attributes: unknown[], cluster = 'demo') =>
      () =>
        engine.call('PutAttributes', { cluster, attributes });
    expect(put([{ name: 'x', value: 'y', targetId: target }], 'nope')).toThrow(ecsError('ClusterNotFoundException'));
    expect(put([{ name: 'x', value: 'y', targetId: 'f'.repeat(32) }])).toThrow(
      ecsError('TargetNotFoundException', /The specified target wasn.t found/),
    );
    expect(put([{ name: 'x', value: 'y' }])).toThrow(ecsError('InvalidParameterException', /has no targetId/));
    expect(put([{ name: 'bad name!', value: 'y', targetId: target }])).toThrow(
      ecsError('InvalidParameterException', /attribute name 'bad name!' is not valid/),
    );
    expect(put([{ name: 'x', value: ' padded', targetId: target }])).toThrow(
      ecsError('InvalidParameterException', /not starting or ending with a space/),
    );
    const eleven = Array.from({ length: 11 }, (_, i) => ({ name: `k${i}`, value: 'v', targetId: target }));
    expect(put(eleven)).toThrow(ecsError('InvalidParameterException', 'At most 10 attributes can be put in one call; got 11.'));
    engine.call('PutAttributes', { cluster: 'demo', attributes: eleven.slice(0, 10) });
    expect(put([{ name: 'one-more', value: 'v', targetId: target }])).toThrow(ecsError('AttributeLimitExceededException'));
    expect(() => list(engine, { attributeValue: 'v' })).toThrow(
      ecsError('InvalidParameterException', /attributeValue needs attributeName/),
    );
    expect(custom(engine)).toHaveLength(10);
  });

  it('lets memberOf placement constraints choose instances by the attributes put on them', () => {
    const { engine } = setup();
    const td = registerEc2(engine, 'worker', 128, 128);
    const a = registerInstance(engine);
    registerInstance(engine);
    engine.call('PutAttributes', {
      cluster: 'demo',
      attributes: [{ name: 'tier', value: 'gpu', targetId: a.containerInstanceArn }],
    });
    const out = runTask(engine, {
      taskDefinition: td,
      count: 3,
      placementConstraints: [{ type: 'memberOf', expression: 'attribute:tier == gpu' }],
    });
    expect(out.tasks.map((t) => t.containerInstanceArn)).toEqual([
      a.containerInstanceArn,
      a.containerInstanceArn,
      a.containerInstanceArn,
    ]);
    const listed = engine.call('ListContainerInstances', { cluster: 'demo', filter: 'attribute:tier == gpu' }) as {
      containerInstanceArns: string[];
    };
    expect(listed.containerInstanceArns).toEqual([a.containerInstanceArn]);
  });
});
