// What the create-service form's Load balancing section asks for, made through the ELBv2 API before the service:
// a new load balancer, target group and listener (or the existing ones chosen), and the `loadBalancers` entry
// for CreateService. What was created is named, for the flash message and the action's log.
import 'server-only';
import type { LoadBalancer } from '@aws-sdk/client-ecs';
import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import type { z } from 'zod';
import { elbv2Client } from '../elbv2/client';
import type { createServiceSchema } from '../schemas/service';
import { actionErrorFromEcs } from './ecs-error';
import type { ActionState } from './state';

type Data = z.output<typeof createServiceSchema>;

export type Provisioned = { ok: true; loadBalancers?: LoadBalancer[]; created: string[] } | { ok: false; state: ActionState };

/** Which form field an ELBv2 refusal belongs to. */
const FIELD_OF_ERROR: Record<string, string> = {
  DuplicateLoadBalancerNameException: 'loadBalancerName',
  DuplicateTargetGroupNameException: 'targetGroupName',
  DuplicateListenerException: 'listenerPort',
};

/** "a, b and c". */
export function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export async function provisionLoadBalancing(data: Data, values: Record<string, unknown>): Promise<Provisioned> {
  if (data.loadBalancerType === 'none') return { ok: true, created: [] };
  const created: string[] = [];
  const [containerName, port] = data.loadBalancerContainer.split(':');
  const protocol = data.loadBalancerType === 'network' ? 'TCP' : 'HTTP';
  try {
    const elb = await elbv2Client();
    let lb: { LoadBalancerArn?: string; VpcId?: string } | undefined;
    if (data.loadBalancerChoice === 'new') {
      const out = await elb.send(
        new CreateLoadBalancerCommand({
          Name: data.loadBalancerName,
          Type: data.loadBalancerType,
          Subnets: data.subnets.length > 0 ? data.subnets : undefined,
          SecurityGroups:
            data.loadBalancerType === 'application' && data.securityGroups.length > 0 ? data.securityGroups : undefined,
        }),
      );
      lb = out.LoadBalancers?.[0];
      created.push(`load balancer ${data.loadBalancerName}`);
    } else
      lb = (await elb.send(new DescribeLoadBalancersCommand({ LoadBalancerArns: [data.loadBalancerArn] }))).LoadBalancers?.[0];
    let targetGroupArn = data.targetGroupArn;
    if (data.targetGroupChoice === 'new') {
      const out = await elb.send(
        new CreateTargetGroupCommand({
          Name: data.targetGroupName,
          Protocol: protocol,
          Port: Number(port),
          VpcId: lb?.VpcId,
          TargetType: data.networkMode === 'awsvpc' ? 'ip' : 'instance',
          HealthCheckPath: protocol === 'HTTP' ? data.healthCheckPath : undefined,
        }),
      );
      targetGroupArn = out.TargetGroups?.[0].TargetGroupArn ?? '';
      created.push(`target group ${data.targetGroupName}`);
    }
    if (data.loadBalancerChoice === 'new' || data.listenerChoice === 'new') {
      await elb.send(
        new CreateListenerCommand({
          LoadBalancerArn: lb?.LoadBalancerArn,
          Protocol: protocol,
          Port: Number(data.listenerPort),
          DefaultActions: [{ Type: 'forward', TargetGroupArn: targetGroupArn }],
        }),
      );
      created.push(`listener ${protocol}:${data.listenerPort}`);
    } else {
      const listener = (await elb.send(new DescribeListenersCommand({ ListenerArns: [data.listenerArn] }))).Listeners?.[0];
      const forwards = (listener?.DefaultActions ?? []).some(
        (a) =>
          a.TargetGroupArn === targetGroupArn || a.ForwardConfig?.TargetGroups?.some((g) => g.TargetGroupArn === targetGroupArn),
      );
      if (!forwards) {
        const message =
          'The chosen listener does not forward to the chosen target group. Choose the target group it forwards to.';
        return { ok: false, state: { status: 'error', message, fieldErrors: { targetGroupArn: [message] }, values } };
      }
    }
    return { ok: true, created, loadBalancers: [{ targetGroupArn, containerName, containerPort: Number(port) }] };
  } catch (err) {
    const state = actionErrorFromEcs(err, values, 'createService load balancing');
    if (state.status !== 'error') return { ok: false, state };
    const field = FIELD_OF_ERROR[(err as Error).name];
    const already = created.length > 0 ? ` Already created: ${listed(created)}.` : '';
    const message = `${state.message}${already}`;
    return { ok: false, state: { ...state, message, fieldErrors: field ? { [field]: [state.message] } : undefined } };
  }
}
