// What the create and update service forms' "Service auto scaling" section asks for, through the Application Auto
// Scaling API after the service exists: register (or update) the service's desired count as a scalable target and
// put its target tracking policy; or, when an update turns the section off, deregister the target (its policies
// and their alarms go with it). Runs inside the form's guarded action, so every call is authorized and audited.
import 'server-only';
import {
  DeregisterScalableTargetCommand,
  PutScalingPolicyCommand,
  RegisterScalableTargetCommand,
} from '@aws-sdk/client-application-auto-scaling';
import { autoScalingClient } from '../autoscaling/client';
import { ECS_SCALABLE_DIMENSION, ECS_SERVICE_NAMESPACE, ecsScalingResourceId } from '../ecs-rules/auto-scaling';
import type { AutoScalingData } from '../schemas/auto-scaling';

function targetOf(cluster: string, service: string) {
  return {
    ServiceNamespace: ECS_SERVICE_NAMESPACE,
    ResourceId: ecsScalingResourceId(cluster, service),
    ScalableDimension: ECS_SCALABLE_DIMENSION,
  } as const;
}

/** Registers the target and puts the policy; returns what was done, for the flash message. */
export async function applyAutoScaling(cluster: string, service: string, data: AutoScalingData): Promise<string> {
  const client = await autoScalingClient();
  const target = targetOf(cluster, service);
  await client.send(new RegisterScalableTargetCommand({ ...target, MinCapacity: data.minTasks, MaxCapacity: data.maxTasks }));
  await client.send(
    new PutScalingPolicyCommand({
      ...target,
      PolicyName: data.scalingPolicyName,
      PolicyType: 'TargetTrackingScaling',
      TargetTrackingScalingPolicyConfiguration: {
        TargetValue: data.scalingTargetValue,
        PredefinedMetricSpecification: { PredefinedMetricType: data.scalingMetric },
        ScaleOutCooldown: data.scaleOutCooldown,
        ScaleInCooldown: data.scaleInCooldown,
        DisableScaleIn: data.disableScaleIn,
      },
    }),
  );
  return `Service auto scaling keeps ${data.minTasks} to ${data.maxTasks} tasks with policy ${data.scalingPolicyName}.`;
}

export async function removeAutoScaling(cluster: string, service: string): Promise<string> {
  const client = await autoScalingClient();
  await client.send(new DeregisterScalableTargetCommand(targetOf(cluster, service)));
  return 'Service auto scaling has been turned off.';
}
