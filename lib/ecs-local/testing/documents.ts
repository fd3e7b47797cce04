// For unit tests only: inserts task and service documents the way the tasks and services groups store
// them (docs.ts conventions), so cluster operations can be tested against them without running those groups.
import { hexId } from '../core/context';
import { serviceId } from '../ecs/common/documents';
import type { Engine } from '../engine';

const REGION = 'us-east-1';
const ARN = 'arn:aws:ecs:us-east-1:000000000000:cluster';

/** Inserts a task the way the tasks group stores it (docs.ts conventions). */
export function putTask(engine: Engine, cluster: string, lastStatus: string, extra: Record<string, unknown> = {}) {
  const id = hexId();
  const body = {
    taskArn: `arn:aws:ecs:${REGION}:000000000000:task/${cluster}/${id}`,
    clusterArn: `${ARN}/${cluster}`,
    lastStatus,
    desiredStatus: 'RUNNING',
    tags: [],
    ...extra,
  };
  engine.store.put(REGION, 'task', id, body, { parent: cluster, key: 'family:web', status: lastStatus });
  return body.taskArn;
}

export function putService(engine: Engine, cluster: string, name: string, status: string, launchType = 'FARGATE') {
  const body = {
    serviceName: name,
    serviceArn: `arn:aws:ecs:${REGION}:000000000000:service/${cluster}/${name}`,
    clusterArn: `${ARN}/${cluster}`,
    status,
    launchType,
    tags: [],
  };
  engine.store.put(REGION, 'service', serviceId(cluster, name), body, {
    parent: cluster,
    key: 'REPLICA',
    ref: launchType,
    status,
  });
  return body.serviceArn;
}
