import type { DeleteClusterResponse } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../engine';
import type { Wire } from '../../../protocol/serialize';
import { putService, putTask } from '../../../testing/documents';

const ecsError = (type: string, message: string) => expect.objectContaining({ type, message });

function setup() {
  const engine = new Engine({ memory: true });
  engine.call('CreateCluster', { clusterName: 'demo' });
  return engine;
}

describe('DeleteCluster', () => {
  it('marks the cluster INACTIVE, returns it, and drops it from ListClusters', () => {
    const engine = setup();
    const out = engine.call('DeleteCluster', {
      cluster: 'arn:aws:ecs:us-east-1:000000000000:cluster/demo',
    }) as Wire<DeleteClusterResponse>;
    expect(out.cluster).toMatchObject({ clusterName: 'demo', status: 'INACTIVE' });
    expect(engine.call('ListClusters', {})).toEqual({ clusterArns: [] });
  });

  it('refuses unknown and already deleted clusters with ClusterNotFoundException', () => {
    const engine = setup();
    expect(() => engine.call('DeleteCluster', { cluster: 'nope' })).toThrow(
      ecsError('ClusterNotFoundException', 'Cluster not found.'),
    );
    engine.call('DeleteCluster', { cluster: 'demo' });
    expect(() => engine.call('DeleteCluster', { cluster: 'demo' })).toThrow(
      ecsError('ClusterNotFoundException', 'Cluster not found.'),
    );
  });

  it('refuses while services are ACTIVE or DRAINING', () => {
    for (const status of ['ACTIVE', 'DRAINING']) {
      const engine = setup();
      putService(engine, 'demo', 'web', status);
      expect(() => engine.call('DeleteCluster', { cluster: 'demo' }), status).toThrow(
        ecsError('ClusterContainsServicesException', 'The Cluster cannot be deleted while Services are active.'),
      );
    }
    const engine = setup();
    putService(engine, 'demo', 'web', 'INACTIVE');
    expect(() => engine.call('DeleteCluster', { cluster: 'demo' })).not.toThrow();
  });

  it('refuses while tasks are not STOPPED', () => {
    for (const status of ['PROVISIONING', 'RUNNING', 'DEPROVISIONING']) {
      const engine = setup();
      putTask(engine, 'demo', status);
      expect(() => engine.call('DeleteCluster', { cluster: 'demo' }), status).toThrow(
        ecsError('ClusterContainsTasksException', 'The Cluster cannot be deleted while Tasks are active.'),
      );
    }
    const engine = setup();
    putTask(engine, 'demo', 'STOPPED');
    expect(() => engine.call('DeleteCluster', { cluster: 'demo' })).not.toThrow();
  });

  it('refuses while container instances are registered, and allows it once they are deregistered', () => {
    const engine = setup();
    const { containerInstance } = engine.call('RegisterContainerInstance', { cluster: 'demo' }) as {
      containerInstance: { containerInstanceArn: string };
    };
    expect(() => engine.call('DeleteCluster', { cluster: 'demo' })).toThrow(
      ecsError(
        'ClusterContainsContainerInstancesException',
        'The Cluster cannot be deleted while Container Instances are active or draining.',
      ),
    );
    engine.call('DeregisterContainerInstance', { cluster: 'demo', containerInstance: containerInstance.containerInstanceArn });
    expect(engine.call('DeleteCluster', { cluster: 'demo' })).toMatchObject({ cluster: { status: 'INACTIVE' } });
  });
});
