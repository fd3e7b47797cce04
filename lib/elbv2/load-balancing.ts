// Load balancing reads for the console: the load balancers, listeners and target groups the create-service form
// offers, and a service's live load balancing (its target groups, their load balancers, listeners and rules, and
// each target's health). Every page is followed; independent calls run in parallel.
import 'server-only';
import {
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  DescribeRulesCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  type ElasticLoadBalancingV2Client,
  type Listener,
  type LoadBalancer,
  type TargetGroup,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { listAll } from '../ecs/batch';
import { localEndpoint, targetKind } from '../ecs/target';
import { chunk } from '../ecs-rules';
import { elbv2Client } from './client';
import {
  type LoadBalancingChoices,
  type ServiceLoadBalancing,
  type TargetGroupView,
  toLoadBalancerOption,
  toRuleView,
  toTargetGroupOption,
  toTargetView,
} from './load-balancing-view';

export type * from './load-balancing-view';

/** DescribeLoadBalancers takes at most 20 ARNs. */
const DESCRIBE_LOAD_BALANCERS_MAX = 20;

function listenersOf(elb: ElasticLoadBalancingV2Client, lbArn: string): Promise<Listener[]> {
  return listAll(async (Marker) => {
    const out = await elb.send(new DescribeListenersCommand({ LoadBalancerArn: lbArn, Marker }));
    return { items: out.Listeners, nextToken: out.NextMarker };
  });
}

/** Everything the create-service form may reuse: load balancers with their listeners, and target groups. */
export async function listLoadBalancingChoices(): Promise<LoadBalancingChoices> {
  const elb = await elbv2Client();
  const [loadBalancers, targetGroups] = await Promise.all([
    listAll(async (Marker) => {
      const out = await elb.send(new DescribeLoadBalancersCommand({ Marker, PageSize: 400 }));
      return { items: out.LoadBalancers, nextToken: out.NextMarker };
    }),
    listAll(async (Marker) => {
      const out = await elb.send(new DescribeTargetGroupsCommand({ Marker, PageSize: 400 }));
      return { items: out.TargetGroups, nextToken: out.NextMarker };
    }),
  ]);
  const listeners = await Promise.all(loadBalancers.map((lb) => listenersOf(elb, lb.LoadBalancerArn ?? '')));
  return {
    loadBalancers: loadBalancers.map((lb, i) => toLoadBalancerOption(lb, listeners[i])),
    targetGroups: targetGroups.map(toTargetGroupOption),
  };
}

let realCheck: { at: number; real: boolean } | undefined;

/** Whether the local engine serves its listeners on 127.0.0.1 (its /health says so); never for other targets. */
async function servesListeners(): Promise<boolean> {
  if (targetKind() !== 'local') return false;
  if (realCheck && Date.now() - realCheck.at < 30_000) return realCheck.real;
  try {
    const res = await fetch(`${localEndpoint()}/health`, { signal: AbortSignal.timeout(1_000) });
    const body = (await res.json()) as { loadBalancers?: string };
    realCheck = { at: Date.now(), real: body.loadBalancers === 'real' };
  } catch {
    realCheck = { at: Date.now(), real: false };
  }
  return realCheck.real;
}

async function describeGroup(elb: ElasticLoadBalancingV2Client, arn: string): Promise<TargetGroup | undefined> {
  try {
    return (await elb.send(new DescribeTargetGroupsCommand({ TargetGroupArns: [arn] }))).TargetGroups?.[0];
  } catch (err) {
    if ((err as Error).name === 'TargetGroupNotFoundException') return undefined;
    throw err;
  }
}

export interface ServiceLoadBalancerRef {
  targetGroupArn?: string;
  loadBalancerName?: string;
  containerName?: string;
  containerPort?: number;
}

/** A service's load balancing, live. `taskByIp` names the task behind each `ip` target. */
export async function getServiceLoadBalancing(
  refs: readonly ServiceLoadBalancerRef[],
  taskByIp: ReadonlyMap<string, string>,
): Promise<ServiceLoadBalancing> {
  const classic = refs.filter((r) => !r.targetGroupArn && r.loadBalancerName).map((r) => r.loadBalancerName ?? '');
  const withGroup = refs.filter((r) => r.targetGroupArn);
  if (withGroup.length === 0) return { targetGroups: [], classic };
  const elb = await elbv2Client();
  const [groups, real] = await Promise.all([
    Promise.all(withGroup.map((r) => describeGroup(elb, r.targetGroupArn ?? ''))),
    servesListeners(),
  ]);
  const lbArns = [...new Set(groups.flatMap((g) => g?.LoadBalancerArns ?? []))];
  const [loadBalancers, health] = await Promise.all([
    Promise.all(
      chunk(lbArns, DESCRIBE_LOAD_BALANCERS_MAX).map(
        async (batch) => (await elb.send(new DescribeLoadBalancersCommand({ LoadBalancerArns: batch }))).LoadBalancers ?? [],
      ),
    ).then((r) => r.flat()),
    Promise.all(
      groups.map(async (g) =>
        g
          ? ((await elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: g.TargetGroupArn }))).TargetHealthDescriptions ??
            [])
          : [],
      ),
    ),
  ]);
  const listeners = await Promise.all(loadBalancers.map((lb) => listenersOf(elb, lb.LoadBalancerArn ?? '')));
  const rules = await Promise.all(
    listeners.map((ls) =>
      Promise.all(ls.map(async (l) => (await elb.send(new DescribeRulesCommand({ ListenerArn: l.ListenerArn }))).Rules ?? [])),
    ),
  );
  const lbView = (lb: LoadBalancer, i: number) => ({
    ...toLoadBalancerOption(lb, []),
    listeners: listeners[i].map((l, j) => ({
      arn: l.ListenerArn ?? '',
      protocol: l.Protocol ?? '',
      port: l.Port ?? 0,
      url: real && l.Protocol === 'HTTP' ? `http://127.0.0.1:${l.Port}/` : undefined,
      rules: rules[i][j].map(toRuleView),
    })),
  });
  const targetGroups: TargetGroupView[] = withGroup.map((ref, i) => {
    const g = groups[i];
    return {
      arn: ref.targetGroupArn ?? '',
      name: g?.TargetGroupName ?? '(deleted)',
      protocol: g?.Protocol ?? '',
      port: g?.Port,
      healthCheckPath: g?.HealthCheckPath,
      containerName: ref.containerName,
      containerPort: ref.containerPort,
      loadBalancers: loadBalancers.map(lbView).filter((lb) => g?.LoadBalancerArns?.includes(lb.arn)),
      targets: health[i].map((d) => toTargetView(d, taskByIp)),
    };
  });
  return { targetGroups, classic };
}
