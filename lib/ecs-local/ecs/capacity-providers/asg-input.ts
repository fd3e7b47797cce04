// Checks and defaults of an Auto Scaling group provider shared by Create and UpdateCapacityProvider, with
// ECS's defaults: managed scaling DISABLED unless asked for (target capacity 100 %, steps 1 to 10000, 300 s
// warm-up), managed termination protection DISABLED, managed draining ENABLED.
import type { AutoScalingGroupProvider, AutoScalingGroupProviderUpdate, ManagedScaling } from '@aws-sdk/client-ecs';
import type { Wire } from '../../protocol/serialize';
import { clientError, invalidParameter } from '../common/errors';

export const MANAGED_SCALING_DEFAULTS = {
  targetCapacity: 100,
  minimumScalingStepSize: 1,
  maximumScalingStepSize: 10000,
  instanceWarmupPeriod: 300,
} as const;

/** A managed scaling setting with ECS's defaults filled in; `status` defaults to ENABLED once any of it is given. */
export function withScalingDefaults(
  current: Wire<ManagedScaling> | undefined,
  change: Wire<ManagedScaling> | undefined,
): Wire<ManagedScaling> {
  const merged = { ...MANAGED_SCALING_DEFAULTS, status: 'DISABLED' as const, ...current, ...change };
  if (change && change.status === undefined && current === undefined) merged.status = 'ENABLED';
  if (merged.minimumScalingStepSize > merged.maximumScalingStepSize)
    throw invalidParameter(
      `minimumScalingStepSize (${merged.minimumScalingStepSize}) must not be greater than maximumScalingStepSize (${merged.maximumScalingStepSize}).`,
    );
  return merged;
}

/** The provider's settings after a create (`current` undefined) or an update, checked as ECS checks them. */
export function asgProviderSettings(
  current: Wire<AutoScalingGroupProvider> | undefined,
  change: Wire<AutoScalingGroupProviderUpdate> & { autoScalingGroupArn?: string },
): Wire<AutoScalingGroupProvider> {
  const settings: Wire<AutoScalingGroupProvider> = {
    autoScalingGroupArn: current?.autoScalingGroupArn ?? change.autoScalingGroupArn,
    managedScaling: withScalingDefaults(current?.managedScaling, change.managedScaling),
    managedTerminationProtection: change.managedTerminationProtection ?? current?.managedTerminationProtection ?? 'DISABLED',
    managedDraining: change.managedDraining ?? current?.managedDraining ?? 'ENABLED',
  };
  if (settings.managedTerminationProtection === 'ENABLED' && settings.managedScaling?.status !== 'ENABLED')
    throw clientError(
      'The managed termination protection setting for the capacity provider is invalid. To enable managed termination protection for a capacity provider, the capacity provider must also have managed scaling enabled.',
    );
  return settings;
}
