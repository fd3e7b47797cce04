// The DAEMON scheduler step: one task per ACTIVE container instance.
import { describe, expect, it } from 'vitest';
import { describeService, messages, serviceTasks, setup } from '../../../testing/services';

describe('DAEMON services', () => {
  it('start the task of every instance in one step', () => {
    const { engine } = setup();
    for (let i = 0; i < 3; i++)
      engine.call('RegisterContainerInstance', {
        cluster: 'demo',
        totalResources: [
          { name: 'CPU', type: 'INTEGER', integerValue: 2048 },
          { name: 'MEMORY', type: 'INTEGER', integerValue: 4096 },
        ],
      });
    engine.call('RegisterTaskDefinition', {
      family: 'agent',
      requiresCompatibilities: ['EC2'],
      containerDefinitions: [{ name: 'agent', image: 'busybox', memory: 64, essential: true }],
    });
    engine.call('CreateService', {
      cluster: 'demo',
      serviceName: 'agent',
      taskDefinition: 'agent',
      schedulingStrategy: 'DAEMON',
    });
    engine.advance(250);
    const hosts = new Set(serviceTasks(engine, 'agent').map((t) => t.containerInstanceArn));
    expect(hosts.size).toBe(3);
    const started = messages(describeService(engine, 'agent')).filter((m) => m.includes('has started'));
    expect(started).toHaveLength(3);
  });
});
