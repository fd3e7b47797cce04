// A service's tasks behind its target groups, as ECS does it: each task's targets are registered once it is
// ACTIVATING (`registered N targets in (target-group …)`), a task whose target is unhealthy after the health check
// grace period is stopped (`Task failed ELB health checks in (target-group …)`) and replaced. Under the simulated
// runtime a target's checks follow the task: they fail while its container is UNHEALTHY or carries the docker label
// `ecs-local.lb-health: unhealthy`; under a real network they are real checks against the task's published port.
import type { LoadBalancer } from '@aws-sdk/client-ecs';
import { parseFaults } from '../../../../ecs-rules/fault-injection';
import type { OpContext } from '../../../core/context';
import { checksHttp, getTargetGroup, type TargetGroupDoc } from '../../../elbv2/target-groups/model';
import { type CheckFailure, registerTarget, saveTarget, type TargetDoc } from '../../../elbv2/targets/model';
import type { Wire } from '../../../protocol/serialize';
import { serviceId } from '../../common/documents';
import type { InstanceDoc } from '../../container-instances/model';
import type { TaskDefinitionDoc } from '../../task-definitions/model';
import type { TaskDoc } from '../../tasks/model';
import { addEvent, serviceEvent } from '../events';
import { clusterOf, shortTaskId } from '../model';
import { stopServiceTasks } from './launch';
import { elbHealthReason, targetGroupEntries } from './service-targets';
import type { StepState } from './step';

/** What ECS registers for a task: its ENI address (awsvpc) or its instance's EC2 id with the host port (bridge, host). */
function targetFor(
  ctx: OpContext,
  task: TaskDoc,
  lb: Wire<LoadBalancer>,
  td: TaskDefinitionDoc,
): { Id: string; Port: number; address?: string } | undefined {
  const container = task.containers?.find((c) => c.name === lb.containerName);
  const binding = container?.networkBindings?.find((b) => b.containerPort === lb.containerPort);
  const address = binding?.bindIP === '127.0.0.1' && binding.hostPort ? `127.0.0.1:${binding.hostPort}` : undefined;
  if ((td.networkMode ?? 'bridge') === 'awsvpc') {
    const eni = task.attachments?.find((a) => a.type === 'ElasticNetworkInterface');
    const ip = eni?.details?.find((d) => d.name === 'privateIPv4Address')?.value;
    return ip ? { Id: ip, Port: lb.containerPort ?? 0, address } : undefined;
  }
  const instanceId = task.containerInstanceArn?.slice(task.containerInstanceArn.lastIndexOf('/') + 1) ?? '';
  const instance = ctx.store.get<InstanceDoc>(ctx.region, 'instance', instanceId);
  if (!instance?.ec2InstanceId) return undefined;
  return { Id: instance.ec2InstanceId, Port: binding?.hostPort ?? lb.containerPort ?? 0, address };
}

/** How the target's simulated checks fail, if they do: the container's label, or its health. */
function simulatedFailure(task: TaskDoc, lb: Wire<LoadBalancer>, td: TaskDefinitionDoc, tg: TargetGroupDoc) {
  const def = td.containerDefinitions?.find((c) => c.name === lb.containerName);
  const failing = parseFaults(def?.dockerLabels).lbUnhealthy || task.healthStatus === 'UNHEALTHY';
  if (!failing) return undefined;
  const failure: CheckFailure = checksHttp(tg)
    ? { Reason: 'Target.ResponseCodeMismatch', Description: 'Health checks failed with these codes: [503]' }
    : { Reason: 'Target.FailedHealthChecks', Description: 'Health checks failed' };
  return failure;
}

function sameTarget(doc: TargetDoc, tgArn: string, target: { Id: string; Port: number }): boolean {
  return doc._targetGroupArn === tgArn && doc.Target.Id === target.Id && doc.Target.Port === target.Port;
}

/** Registers the targets of tasks that reached ACTIVATING, and keeps their simulated outcome in step with the task. */
export function syncTargets(step: StepState): void {
  const { ctx, service } = step;
  const entries = targetGroupEntries(service.loadBalancers);
  if (entries.length === 0) return;
  const registered = new Map<string, number>();
  const notify = { kind: 'service' as const, id: serviceId(clusterOf(service), service.serviceName) };
  for (const task of step.active) {
    if (task.desiredStatus !== 'RUNNING' || (task.lastStatus !== 'ACTIVATING' && task.lastStatus !== 'RUNNING')) continue;
    const td = step.td(task.taskDefinitionArn);
    // Never skips: a task's own revision stays stored (a deleted one as DELETE_IN_PROGRESS, which step.td reads).
    if (!td) continue;
    const existing = step.targets(task);
    for (const lb of entries) {
      const tg = getTargetGroup(ctx, lb.targetGroupArn ?? '');
      const target = tg && targetFor(ctx, task, lb, td);
      if (!tg || !target) continue;
      const failure = simulatedFailure(task, lb, td, tg);
      const doc = existing.find((d) => sameTarget(d, tg.TargetGroupArn, target));
      if (!doc) {
        registerTarget(ctx, tg, target, { taskArn: task.taskArn, notify, simulatedFailure: failure, address: target.address });
        registered.set(tg.TargetGroupArn, (registered.get(tg.TargetGroupArn) ?? 0) + 1);
      } else if (doc.TargetHealth.State !== 'draining' && JSON.stringify(doc._simulatedFailure) !== JSON.stringify(failure)) {
        doc._simulatedFailure = failure;
        saveTarget(ctx, doc);
      }
    }
  }
  for (const [tgArn, n] of registered)
    addEvent(ctx, service, serviceEvent(service, `registered ${n} targets in (target-group ${tgArn})`));
  if (registered.size > 0) step.forgetTargets();
}

/** Stops RUNNING tasks with an unhealthy target past the grace period, with ECS's events; returns whether any stopped. */
export function stopTasksFailingElb(step: StepState): boolean {
  const { ctx, service } = step;
  if (targetGroupEntries(service.loadBalancers).length === 0) return false;
  const graceMs = (service.healthCheckGracePeriodSeconds ?? 0) * 1000 * ctx.settings.timeScale;
  const byGroup = new Map<string, TaskDoc[]>();
  for (const task of step.active) {
    if (task.lastStatus !== 'RUNNING' || task.desiredStatus !== 'RUNNING') continue;
    if ((task.startedAt ?? 0) * 1000 + graceMs > ctx.now) continue;
    const bad = step.targets(task).find((t) => t.TargetHealth.State === 'unhealthy');
    if (!bad) continue;
    addEvent(
      ctx,
      service,
      serviceEvent(
        service,
        `(task ${shortTaskId(task.taskArn)}) (port ${bad.Target.Port}) is unhealthy in (target-group ${bad._targetGroupArn}) due to (reason ${bad.TargetHealth.Description}).`,
      ),
    );
    byGroup.set(bad._targetGroupArn, [...(byGroup.get(bad._targetGroupArn) ?? []), task]);
  }
  for (const [tgArn, tasks] of byGroup) stopServiceTasks(ctx, service, tasks, elbHealthReason(tgArn));
  return byGroup.size > 0;
}
