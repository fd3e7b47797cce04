// Blue/green deployments (strategy BLUE_GREEN, and LINEAR or CANARY, whose production traffic moves in
// steps): the new (green) revision goes through ECS's lifecycle stages RECONCILE_SERVICE, PRE_SCALE_UP,
// SCALE_UP (all of its tasks start alongside the blue ones), POST_SCALE_UP, TEST_TRAFFIC_SHIFT,
// POST_TEST_TRAFFIC_SHIFT, PRODUCTION_TRAFFIC_SHIFT, POST_PRODUCTION_TRAFFIC_SHIFT, BAKE_TIME and CLEAN_UP (the
// blue tasks stop). Lifecycle hooks run when their stage begins: a PAUSE hook waits for
// ContinueServiceDeployment (or its timeout); a rollback promotes the blue deployment again and stops the
// green tasks. Differs from ECS: AWS_LAMBDA hooks are not invoked (there is no Lambda here) and count as
// SUCCEEDED at once; traffic shifts only record their weights (traffic.ts); bake times are scaled by the
// engine's time scale like every simulated duration.
import { circuitBreakerThreshold } from '../../../../ecs-rules/limits';
import { nowSeconds, type OpContext, scaled, uuid } from '../../../core/context';
import type { Wire } from '../../../protocol/serialize';
import type { TaskDoc } from '../../tasks/model';
import { LIFECYCLE_STAGES, type LifecycleStage, stepBakeMinutes, trafficSteps } from '../deployment-strategy';
import {
  CIRCUIT_BREAKER_REASON,
  finishServiceDeployment,
  markRollingBack,
  rollbackReason,
  updateServiceDeployment,
} from '../deployments';
import { addEvent, serviceEvent } from '../events';
import type { BlueGreenProgress, DeploymentState, HookRun, ServiceState } from '../model';
import { shiftTraffic } from '../traffic';
import { scalingReason, stopServiceTasks } from './launch';
import { startPrimary } from './rolling';
import type { StepState } from './step';

/** Whether the step's PRIMARY deployment is a blue/green one still going through its stages. */
export function isBlueGreenInProgress(deployment: DeploymentState): boolean {
  return deployment._bg !== undefined && deployment.rolloutState === 'IN_PROGRESS' && !deployment._rollbackOf;
}

function hookDetails(hooks: HookRun[]) {
  return hooks.map((h) => ({
    hookId: h.hookId,
    targetArn: h.targetArn,
    targetType: h.targetType,
    status: h.status,
    expiresAt: h.expiresAt === undefined ? undefined : h.expiresAt / 1000,
    timeoutAction: h.timeoutAction,
  }));
}

/** Records the deployment's stage and hook runs on its service deployment. */
export function reportStage(ctx: OpContext, deployment: DeploymentState): void {
  const bg = deployment._bg as BlueGreenProgress;
  updateServiceDeployment(ctx, deployment._sdArn, (doc) => {
    doc.lifecycleStage = bg.stage;
    doc.lifecycleHookDetails = hookDetails(bg.hooks) as Wire<typeof doc.lifecycleHookDetails>;
  });
}

/** Starts the hooks of the stage the deployment has just entered. */
function enterStage(ctx: OpContext, service: ServiceState, deployment: DeploymentState): void {
  const bg = deployment._bg as BlueGreenProgress;
  const hooks = (service.deploymentConfiguration?.lifecycleHooks ?? []).filter((h) =>
    (h.lifecycleStages as string[] | undefined)?.includes(bg.stage),
  );
  bg.hooks = hooks.map((hook): HookRun => {
    const targetType = hook.targetType ?? 'AWS_LAMBDA';
    const minutes = hook.timeoutConfiguration?.timeoutInMinutes;
    return {
      hookId: uuid(),
      targetArn: hook.hookTargetArn,
      targetType,
      status: targetType === 'PAUSE' ? 'AWAITING_ACTION' : 'SUCCEEDED',
      expiresAt: minutes === undefined ? undefined : ctx.now + scaled(ctx, minutes * 60_000),
      timeoutAction: hook.timeoutConfiguration?.action ?? 'ROLLBACK',
    };
  });
  bg.entered = true;
  bg.waitUntil = undefined;
  reportStage(ctx, deployment);
}

/** What the stage's hooks say now: wait for them, roll back, or go on. Expired PAUSE hooks take their timeout action. */
function hooksOutcome(ctx: OpContext, deployment: DeploymentState): 'wait' | 'rollback' | 'go' {
  const bg = deployment._bg as BlueGreenProgress;
  let changed = false;
  for (const hook of bg.hooks)
    if (hook.status === 'AWAITING_ACTION' && hook.expiresAt !== undefined && hook.expiresAt <= ctx.now) {
      hook.status = 'TIMED_OUT';
      changed = true;
    }
  if (changed) reportStage(ctx, deployment);
  const rollback = bg.hooks.some((h) => h.status === 'FAILED' || (h.status === 'TIMED_OUT' && h.timeoutAction === 'ROLLBACK'));
  if (rollback) return 'rollback';
  return bg.hooks.some((h) => h.status === 'AWAITING_ACTION') ? 'wait' : 'go';
}

function greenTasks(step: StepState): TaskDoc[] {
  return step.active.filter((t) => t.startedBy === step.primary.id && step.isWanted(t));
}

/** Keeps the green revision at the desired count; true when all its tasks run healthy. */
function keepGreen(step: StepState): boolean {
  const green = greenTasks(step);
  const desired = step.service.desiredCount;
  if (green.length > desired) {
    stopServiceTasks(step.ctx, step.service, green.slice(desired), scalingReason(step.primary));
    step.changed = true;
  } else if (green.length < desired && !step.placementBlocked)
    // One look may go through several stages: the next stage's count includes the tasks started here.
    step.active.push(...startPrimary(step, desired - green.length));
  return green.length === desired && green.every((t) => step.isHealthy(t));
}

/** Does the work of the current stage; true when the stage is done. */
function stageWork(step: StepState, bg: BlueGreenProgress): boolean {
  const { ctx, service } = step;
  const config = service.deploymentConfiguration;
  const stage = bg.stage;
  const scaledUp = LIFECYCLE_STAGES.indexOf(stage) >= LIFECYCLE_STAGES.indexOf('SCALE_UP');
  const greenReady = scaledUp ? keepGreen(step) : true;
  if (bg.waitUntil !== undefined && bg.waitUntil > ctx.now) return false;
  switch (stage) {
    case 'SCALE_UP':
      return greenReady;
    case 'TEST_TRAFFIC_SHIFT':
      shiftTraffic(ctx, step.primary, 'TEST', 100);
      return true;
    case 'PRODUCTION_TRAFFIC_SHIFT': {
      const steps = trafficSteps(config);
      shiftTraffic(ctx, step.primary, 'PRODUCTION', steps[bg.weightIndex]);
      bg.weightIndex++;
      if (bg.weightIndex >= steps.length) return true;
      bg.waitUntil = ctx.now + scaled(ctx, stepBakeMinutes(config) * 60_000);
      return false;
    }
    case 'BAKE_TIME':
      if (bg.waitUntil === undefined && (config?.bakeTimeInMinutes ?? 0) > 0) {
        bg.waitUntil = ctx.now + scaled(ctx, (config?.bakeTimeInMinutes ?? 0) * 60_000);
        return false;
      }
      return true;
    case 'CLEAN_UP': {
      const blue = step.active.filter((t) => t.startedBy !== step.primary.id && step.isWanted(t));
      if (blue.length > 0) {
        stopServiceTasks(ctx, service, blue, scalingReason(step.primary));
        step.changed = true;
      }
      return false;
    }
    default:
      return true;
  }
}

/**
 * Puts the blue deployment back: it becomes PRIMARY again (reporting to the green one's service deployment,
 * as a rollback does), the green deployment turns ACTIVE and FAILED, and production traffic goes back to blue.
 * Without a blue deployment (a service's first deployment) the green one just stops where it is.
 */
export function rollBackBlueGreen(ctx: OpContext, service: ServiceState, green: DeploymentState, statusReason: string): void {
  const blue = service.deployments.find((d) => d.id === green._bg?.blue && d !== green);
  green.rolloutState = 'FAILED';
  green.rolloutStateReason = statusReason;
  green.updatedAt = nowSeconds(ctx);
  if (!blue) {
    finishServiceDeployment(ctx, green._sdArn, 'STOPPED', statusReason);
    return;
  }
  shiftTraffic(ctx, green, 'PRODUCTION', 0);
  green.status = 'ACTIVE';
  blue.status = 'PRIMARY';
  blue.rolloutState = 'IN_PROGRESS';
  blue.rolloutStateReason = rollbackReason(blue.id);
  blue._rollbackOf = blue.id;
  blue._sdArn = green._sdArn;
  blue.desiredCount = service.desiredCount;
  blue.updatedAt = nowSeconds(ctx);
  service.deployments = [blue, ...service.deployments.filter((d) => d !== blue)];
  markRollingBack(ctx, service, green._sdArn, blue, statusReason);
}

/** Green tasks failing past the circuit breaker's threshold: the deployment fails, and rolls back if asked to. */
function checkGreenFailures(step: StepState): boolean {
  const { ctx, service } = step;
  const green = step.primary;
  if (green.failedTasks < circuitBreakerThreshold(service.desiredCount)) return false;
  if (!green._unableNoted) {
    green._unableNoted = true;
    addEvent(ctx, service, serviceEvent(service, 'is unable to consistently start tasks successfully.'));
  }
  const breaker = service.deploymentConfiguration?.deploymentCircuitBreaker;
  if (!breaker?.enable) return false;
  addEvent(ctx, service, serviceEvent(service, `(deployment ${green.id}) deployment failed: tasks failed to start.`));
  if (breaker.rollback) rollBackBlueGreen(ctx, service, green, CIRCUIT_BREAKER_REASON);
  else {
    green.rolloutState = 'FAILED';
    green.rolloutStateReason = CIRCUIT_BREAKER_REASON;
    finishServiceDeployment(ctx, green._sdArn, 'STOPPED', CIRCUIT_BREAKER_REASON);
  }
  step.changed = true;
  return true;
}

/** One look at a blue/green deployment: as many stages as can complete now. */
export function rollBlueGreen(step: StepState): void {
  const { ctx, service } = step;
  const green = step.primary;
  const bg = green._bg as BlueGreenProgress;
  if (checkGreenFailures(step)) return;
  for (let guard = 0; guard <= LIFECYCLE_STAGES.length; guard++) {
    if (!bg.entered) enterStage(ctx, service, green);
    const hooks = hooksOutcome(ctx, green);
    if (hooks === 'rollback') {
      rollBackBlueGreen(ctx, service, green, `A lifecycle hook of the ${bg.stage} stage asked for a rollback.`);
      step.changed = true;
      return;
    }
    if (hooks === 'wait' || !stageWork(step, bg)) return;
    const next: LifecycleStage | undefined = LIFECYCLE_STAGES[LIFECYCLE_STAGES.indexOf(bg.stage) + 1];
    if (!next) return;
    bg.stage = next;
    bg.entered = false;
  }
}
