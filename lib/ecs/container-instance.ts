// One container instance for its page (DescribeContainerInstances).
import 'server-only';
import { DescribeContainerInstancesCommand } from '@aws-sdk/client-ecs';
import { ecsClient } from './client';
import { type ContainerInstanceDetail, toContainerInstanceDetail } from './container-instance-view';

export type { AttributeView, ContainerInstanceDetail } from './container-instance-view';

/** Undefined when the cluster has no such instance. */
export async function getContainerInstance(cluster: string, id: string): Promise<ContainerInstanceDetail | undefined> {
  const ecs = await ecsClient();
  const out = await ecs.send(new DescribeContainerInstancesCommand({ cluster, containerInstances: [id] }));
  const instance = out.containerInstances?.[0];
  return instance ? toContainerInstanceDetail(instance) : undefined;
}
