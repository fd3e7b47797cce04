// Capacity providers as the Infrastructure tab and the capacity provider page show them. Pure.
import type { CapacityProvider } from '@aws-sdk/client-ecs';
import { ASG_TAGS, asgName, asgSettings } from '../ecs-rules/simulated-asg';

export interface CapacityProviderView {
  name: string;
  arn: string;
  /** FARGATE, FARGATE_SPOT, EC2_AUTOSCALING or MANAGED_INSTANCES. */
  type: string;
  status: string;
  updateStatus?: string;
  autoScalingGroup?: string;
  managedScaling: boolean;
  targetCapacity?: number;
  managedTerminationProtection: boolean;
  managedDraining: boolean;
  /** The simulated group's size and instance type (the local engine's `ecs-local.*` tags), for Auto Scaling group providers. */
  group?: { minSize: number; maxSize: number; desiredCapacity: number; instanceType: string; fromTags: boolean };
}

export function toCapacityProviderView(p: CapacityProvider): CapacityProviderView {
  const asg = p.autoScalingGroupProvider;
  const tags = p.tags ?? [];
  const fromTags = tags.some((t) => Object.values(ASG_TAGS).includes((t.key ?? '') as (typeof ASG_TAGS)[keyof typeof ASG_TAGS]));
  return {
    name: p.name ?? '',
    arn: p.capacityProviderArn ?? '',
    type: p.type ?? 'FARGATE',
    status: p.status ?? 'ACTIVE',
    updateStatus: p.updateStatus,
    autoScalingGroup: asg?.autoScalingGroupArn ? asgName(asg.autoScalingGroupArn) : undefined,
    managedScaling: asg?.managedScaling?.status === 'ENABLED',
    targetCapacity: asg?.managedScaling?.targetCapacity,
    managedTerminationProtection: asg?.managedTerminationProtection === 'ENABLED',
    managedDraining: asg?.managedDraining !== 'DISABLED',
    group: asg ? { ...asgSettings(tags), fromTags } : undefined,
  };
}
