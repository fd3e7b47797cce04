// A stopping task's load balancer targets: deregistered when it starts to stop, so it stays DEACTIVATING while they
// drain (the target group's deregistration delay) and only then gets SIGTERM, as ECS does.
import type { OpContext } from '../../core/context';
import { getTargetGroup } from '../../elbv2/target-groups/model';
import { deregisterTarget, drainedBy, targetsOfTask } from '../../elbv2/targets/model';

/** Deregisters the task's targets; returns when the last of them has drained (epoch ms), undefined when none drains. */
export function drainTaskTargets(ctx: OpContext, taskArn: string): number | undefined {
  const targets = targetsOfTask(ctx, taskArn);
  for (const target of targets) {
    const tg = getTargetGroup(ctx, target._targetGroupArn);
    if (tg) deregisterTarget(ctx, tg, target);
  }
  return drainedBy(targetsOfTask(ctx, taskArn));
}
