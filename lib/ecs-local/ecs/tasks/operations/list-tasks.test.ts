import { describe, expect, it } from 'vitest';
import { ecsError, registerEc2, registerFargate, registerInstance, runFargate, runTask, setup } from '../../../testing/tasks';

function list(engine: ReturnType<typeof setup>['engine'], input: Record<string, unknown> = {}) {
  return engine.call('ListTasks', { cluster: 'demo', ...input }) as { taskArns: string[]; nextToken?: string };
}

describe('ListTasks', () => {
  it('filters by desiredStatus (RUNNING by default), family, startedBy, launchType and service', () => {
    const { engine } = setup();
    const web = registerFargate(engine, 'web');
    const api = registerFargate(engine, 'api');
    const a = runFargate(engine, web).taskArn;
    const b = runFargate(engine, web, { startedBy: 'job-1' }).taskArn;
    const c = runFargate(engine, api).taskArn;
    engine.call('StopTask', { cluster: 'demo', task: c });
    expect(list(engine).taskArns.sort()).toEqual([a, b].sort());
    expect(list(engine, { desiredStatus: 'STOPPED' }).taskArns).toEqual([c]);
    expect(list(engine, { desiredStatus: 'PENDING' }).taskArns).toEqual([]);
    expect(list(engine, { family: 'web' }).taskArns.sort()).toEqual([a, b].sort());
    expect(list(engine, { family: 'api' }).taskArns).toEqual([]);
    expect(list(engine, { startedBy: 'job-1' }).taskArns).toEqual([b]);
    expect(list(engine, { launchType: 'EC2' }).taskArns).toEqual([]);
    expect(list(engine, { launchType: 'FARGATE' }).taskArns).toHaveLength(2);
    expect(() => list(engine, { startedBy: 'job-1', family: 'web' })).toThrow(
      ecsError('InvalidParameterException', /^startedBy must be the only filter/),
    );
    expect(() => list(engine, { serviceName: 'nope' })).toThrow(ecsError('ServiceNotFoundException', 'Service not found.'));
    expect(() => list(engine, { cluster: 'nope' })).toThrow(ecsError('ClusterNotFoundException', 'Cluster not found.'));

    engine.store.put('us-east-1', 'service', 'demo/svc', { serviceName: 'svc' }, { parent: 'demo' });
    const svcTask = runFargate(engine, web, { group: 'service:svc' }).taskArn;
    expect(list(engine, { serviceName: 'svc' }).taskArns).toEqual([svcTask]);
  });

  it('paginates with maxResults and nextToken', () => {
    const { engine } = setup();
    registerInstance(engine, 'demo', 4096, 8192);
    const td = registerEc2(engine, 'ec2', 1, 8);
    const all = [
      ...runTask(engine, { taskDefinition: td, count: 10 }).tasks,
      ...runTask(engine, { taskDefinition: td, count: 5 }).tasks,
    ]
      .map((t) => t.taskArn)
      .sort();
    const first = list(engine, { maxResults: 6 });
    expect(first.taskArns).toHaveLength(6);
    const second = list(engine, { maxResults: 6, nextToken: first.nextToken });
    const third = list(engine, { maxResults: 6, nextToken: second.nextToken });
    expect(third.nextToken).toBeUndefined();
    expect([...first.taskArns, ...second.taskArns, ...third.taskArns]).toEqual(all);
    expect(list(engine).taskArns).toHaveLength(15);
    expect(() => list(engine, { maxResults: 101 })).toThrow(ecsError('InvalidParameterException'));
    expect(() => list(engine, { nextToken: 'garbage!' })).toThrow(ecsError('InvalidParameterException', 'Invalid nextToken.'));
  });
});
