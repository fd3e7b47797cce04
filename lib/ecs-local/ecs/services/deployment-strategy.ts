// ECS's deployment strategies beyond ROLLING: BLUE_GREEN, and LINEAR and CANARY (blue/green whose production
// traffic moves in steps). Their settings are checked here; the lifecycle stages run in
// scheduler/blue-green.ts. Differs from ECS: a load balancer or Service Connect is not required, since the
// traffic shift is a seam that only records the weights until load balancers are wired (traffic.ts).
import type { DeploymentConfiguration, DeploymentLifecycleHook } from '@aws-sdk/client-ecs';
import type { Wire } from '../../protocol/serialize';
import { invalidParameter } from '../common/errors';

export const BAKE_TIME_MAX_MINUTES = 1440;

/** The lifecycle stages in the order a blue/green deployment goes through them. */
export const LIFECYCLE_STAGES = [
  'RECONCILE_SERVICE',
  'PRE_SCALE_UP',
  'SCALE_UP',
  'POST_SCALE_UP',
  'TEST_TRAFFIC_SHIFT',
  'POST_TEST_TRAFFIC_SHIFT',
  'PRODUCTION_TRAFFIC_SHIFT',
  'POST_PRODUCTION_TRAFFIC_SHIFT',
  'BAKE_TIME',
  'CLEAN_UP',
] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

export function isBlueGreenStrategy(strategy: string | undefined): boolean {
  return strategy === 'BLUE_GREEN' || strategy === 'LINEAR' || strategy === 'CANARY';
}

/** The production traffic weights (percent on the new revision) in the order they are reached. */
export function trafficSteps(config: Wire<DeploymentConfiguration> | undefined): number[] {
  if (config?.strategy === 'CANARY') return [config.canaryConfiguration?.canaryPercent ?? 10, 100];
  if (config?.strategy === 'LINEAR') {
    const step = config.linearConfiguration?.stepPercent ?? 10;
    const weights: number[] = [];
    for (let w = step; w < 100; w += step) weights.push(Math.round(w * 10) / 10);
    return [...weights, 100];
  }
  return [100];
}

/** Minutes to wait after each production traffic step but the last. */
export function stepBakeMinutes(config: Wire<DeploymentConfiguration> | undefined): number {
  if (config?.strategy === 'CANARY') return config.canaryConfiguration?.canaryBakeTimeInMinutes ?? 10;
  if (config?.strategy === 'LINEAR') return config.linearConfiguration?.stepBakeTimeInMinutes ?? 6;
  return 0;
}

function checkMinutes(name: string, value: number | undefined): void {
  if (value !== undefined && (value < 0 || value > BAKE_TIME_MAX_MINUTES))
    throw invalidParameter(`${name} must be between 0 and ${BAKE_TIME_MAX_MINUTES} minutes; got ${value}.`);
}

function checkHook(hook: Wire<DeploymentLifecycleHook>, i: number): void {
  const type = hook.targetType ?? 'AWS_LAMBDA';
  if (type === 'AWS_LAMBDA' && (!hook.hookTargetArn || !hook.roleArn))
    throw invalidParameter(
      `lifecycleHooks[${i}] targets AWS Lambda and needs a hookTargetArn (the function) and a roleArn ECS can invoke it with; or use targetType PAUSE.`,
    );
  if ((hook.lifecycleStages ?? []).length === 0)
    throw invalidParameter(`lifecycleHooks[${i}] needs at least one lifecycle stage in lifecycleStages.`);
}

/** Checks the strategy and its settings for a service of the given scheduling strategy. */
export function checkDeploymentStrategy(config: Wire<DeploymentConfiguration>, schedulingStrategy: string): void {
  const strategy = config.strategy ?? 'ROLLING';
  const hooks = config.lifecycleHooks ?? [];
  if (strategy !== 'ROLLING' && schedulingStrategy === 'DAEMON')
    throw invalidParameter('The DAEMON scheduling strategy supports only the ROLLING deployment strategy.');
  if (strategy === 'ROLLING' && hooks.length > 0)
    throw invalidParameter('Lifecycle hooks are supported only with the BLUE_GREEN, LINEAR and CANARY deployment strategies.');
  if (config.linearConfiguration && strategy !== 'LINEAR')
    throw invalidParameter('linearConfiguration applies only to the LINEAR deployment strategy.');
  if (config.canaryConfiguration && strategy !== 'CANARY')
    throw invalidParameter('canaryConfiguration applies only to the CANARY deployment strategy.');
  const step = config.linearConfiguration?.stepPercent;
  if (step !== undefined && (step < 3 || step > 100))
    throw invalidParameter(`linearConfiguration.stepPercent must be between 3 and 100; got ${step}.`);
  const canary = config.canaryConfiguration?.canaryPercent;
  if (canary !== undefined && (canary < 0.1 || canary > 100))
    throw invalidParameter(`canaryConfiguration.canaryPercent must be between 0.1 and 100; got ${canary}.`);
  checkMinutes('bakeTimeInMinutes', config.bakeTimeInMinutes);
  checkMinutes('linearConfiguration.stepBakeTimeInMinutes', config.linearConfiguration?.stepBakeTimeInMinutes);
  checkMinutes('canaryConfiguration.canaryBakeTimeInMinutes', config.canaryConfiguration?.canaryBakeTimeInMinutes);
  hooks.forEach(checkHook);
}
