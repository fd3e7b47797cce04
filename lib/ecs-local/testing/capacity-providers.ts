// Test helpers for Auto Scaling group capacity providers: create one (its simulated group sized by tags),
// associate it with a cluster, and read the cluster's instances of it.
import type { CapacityProvider, ContainerInstance } from '@aws-sdk/client-ecs';
import { ASG_TAGS } from '../../ecs-rules/simulated-asg';
import type { Engine } from '../engine';
import type { Wire } from '../protocol/serialize';

export const ASG_ARN =
  'arn:aws:autoscaling:us-east-1:000000000000:autoScalingGroup:1a2b3c4d-0000-4000-8000-000000000000:autoScalingGroupName';

export interface GroupSize {
  min?: number;
  max?: number;
  desired?: number;
  instanceType?: string;
}

function sizeTags(size: GroupSize) {
  const tags: { key: string; value: string }[] = [];
  if (size.min !== undefined) tags.push({ key: ASG_TAGS.minSize, value: String(size.min) });
  if (size.max !== undefined) tags.push({ key: ASG_TAGS.maxSize, value: String(size.max) });
  if (size.desired !== undefined) tags.push({ key: ASG_TAGS.desiredCapacity, value: String(size.desired) });
  if (size.instanceType !== undefined) tags.push({ key: ASG_TAGS.instanceType, value: size.instanceType });
  return tags;
}

/** Creates an Auto Scaling group provider `name` over a simulated group `<name>-asg`. */
export function createProvider(
  engine: Engine,
  name: string,
  provider: Record<string, unknown> = {},
  size: GroupSize = {},
): Wire<CapacityProvider> {
  const out = engine.call('CreateCapacityProvider', {
    name,
    autoScalingGroupProvider: { autoScalingGroupArn: `${ASG_ARN}/${name}-asg`, ...provider },
    tags: sizeTags(size),
  }) as { capacityProvider: Wire<CapacityProvider> };
  return out.capacityProvider;
}

/** Managed scaling on, target 100 %, with managed termination protection. */
export const MANAGED = {
  managedScaling: { status: 'ENABLED', targetCapacity: 100 },
  managedTerminationProtection: 'ENABLED',
};

/** Associates providers with a cluster, the first as the default strategy. */
export function associate(engine: Engine, cluster: string, providers: string[]): void {
  engine.call('PutClusterCapacityProviders', {
    cluster,
    capacityProviders: providers,
    defaultCapacityProviderStrategy: [{ capacityProvider: providers[0], weight: 1 }],
  });
}

/** The cluster's ACTIVE and DRAINING container instances of a provider. */
export function providerInstances(engine: Engine, cluster: string, provider: string): Wire<ContainerInstance>[] {
  const { containerInstanceArns } = engine.call('ListContainerInstances', { cluster }) as { containerInstanceArns: string[] };
  if (containerInstanceArns.length === 0) return [];
  const { containerInstances } = engine.call('DescribeContainerInstances', {
    cluster,
    containerInstances: containerInstanceArns,
  }) as { containerInstances: Wire<ContainerInstance>[] };
  return containerInstances.filter((i) => i.capacityProviderName === provider);
}
