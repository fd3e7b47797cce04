// What a service step needs to know of its load balancer target groups: which entries name one, when a task's
// targets count as healthy, and the stop reason of a task that failed their checks.
import type { LoadBalancer } from '@aws-sdk/client-ecs';
import type { TargetDoc } from '../../../elbv2/targets/model';
import type { Wire } from '../../../protocol/serialize';

const ELB_HEALTH_REASON = 'Task failed ELB health checks in (target-group ';

export function elbHealthReason(targetGroupArn: string): string {
  return `${ELB_HEALTH_REASON}${targetGroupArn})`;
}

export function isElbHealthReason(reason: string | undefined): boolean {
  return reason?.startsWith(ELB_HEALTH_REASON) ?? false;
}

/** The service's entries that name a target group (Classic Load Balancer names are only recorded). */
export function targetGroupEntries(loadBalancers: readonly Wire<LoadBalancer>[] | undefined): Wire<LoadBalancer>[] {
  return (loadBalancers ?? []).filter((lb) => lb.targetGroupArn && lb.containerName && lb.containerPort !== undefined);
}

/** Whether every target group of the service has a healthy target for the task. */
export function targetsHealthy(entries: number, targets: readonly TargetDoc[]): boolean {
  const healthy = targets.filter((t) => t.TargetHealth.State === 'healthy');
  return new Set(healthy.map((t) => t._targetGroupArn)).size >= entries;
}
