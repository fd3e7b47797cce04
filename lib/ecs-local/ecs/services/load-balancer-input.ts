// Checks of a service's `loadBalancers` at CreateService / UpdateService, with ECS's InvalidParameterException
// wording where it is known: the target group exists and serves a load balancer, its target type fits the network
// mode, the container and port exist, a dynamic host port has no fixed health check port. A Classic Load Balancer
// (`loadBalancerName` alone) is recorded as ECS records it and not emulated.
import type { LoadBalancer } from '@aws-sdk/client-ecs';
import type { OpContext } from '../../core/context';
import { getTargetGroup } from '../../elbv2/target-groups/model';
import type { Wire } from '../../protocol/serialize';
import { invalidParameter } from '../common/errors';
import type { TaskDefinitionDoc } from '../task-definitions/model';

/** ECS allows up to five target groups per service. */
export const MAX_SERVICE_TARGET_GROUPS = 5;

export function checkLoadBalancers(ctx: OpContext, td: TaskDefinitionDoc, loadBalancers: readonly Wire<LoadBalancer>[]): void {
  if (loadBalancers.length > MAX_SERVICE_TARGET_GROUPS)
    throw invalidParameter(`A service can have at most ${MAX_SERVICE_TARGET_GROUPS} load balancer target groups.`);
  const mode = td.networkMode ?? 'bridge';
  for (const lb of loadBalancers) {
    if (lb.targetGroupArn && lb.loadBalancerName)
      throw invalidParameter(
        'loadBalancerName and targetGroupArn cannot both be specified. Use targetGroupArn for an Application or Network Load Balancer.',
      );
    if (!lb.targetGroupArn && !lb.loadBalancerName)
      throw invalidParameter('A load balancer needs a targetGroupArn (or, for a Classic Load Balancer, a loadBalancerName).');
    if (!lb.containerName) throw invalidParameter('containerName is required for a load balancer.');
    if (lb.containerPort === undefined) throw invalidParameter('containerPort is required for a load balancer.');
    const container = (td.containerDefinitions ?? []).find((c) => c.name === lb.containerName);
    if (!container) throw invalidParameter(`The container ${lb.containerName} does not exist in the task definition.`);
    const mapping = (container.portMappings ?? []).find((p) => p.containerPort === lb.containerPort);
    if (!mapping)
      throw invalidParameter(`The container ${lb.containerName} did not have a container port ${lb.containerPort} defined.`);
    if (!lb.targetGroupArn) continue;
    const tg = getTargetGroup(ctx, lb.targetGroupArn);
    if (!tg) throw invalidParameter(`The target group with targetGroupArn ${lb.targetGroupArn} does not exist.`);
    if (tg.LoadBalancerArns.length === 0)
      throw invalidParameter(
        `The target group with targetGroupArn ${tg.TargetGroupArn} does not have an associated load balancer.`,
      );
    const wanted = mode === 'awsvpc' ? 'ip' : 'instance';
    if (tg.TargetType !== wanted)
      throw invalidParameter(
        `The provided target group ${tg.TargetGroupArn} has target type ${tg.TargetType}, which is incompatible with the ${mode} network mode specified in the task definition.`,
      );
    const dynamic = mode === 'bridge' && !mapping.hostPort;
    if (dynamic && tg.HealthCheckPort && tg.HealthCheckPort !== 'traffic-port')
      throw invalidParameter(
        `The task definition is configured to use a dynamic host port, but the target group with targetGroupArn ${tg.TargetGroupArn} has a health check port specified.`,
      );
  }
}
