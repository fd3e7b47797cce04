// Load balancing fixtures: ELBv2 calls on an engine, and a served engine with a real ELBv2 client.
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { DEFAULT_REGION } from '../core/context';
import { elbv2 } from '../elbv2';
import type { Engine } from '../engine';
import { REGION, type ServedEngine, servedEngine, TEST_CREDENTIALS, testEngine } from './engine';
import { testAuthorization } from './signature';

/** Runs an ELBv2 operation on the engine, as the HTTP front would after decoding. */
export function elb<T = Record<string, unknown>>(
  engine: Engine,
  operation: string,
  input: object = {},
  region = DEFAULT_REGION,
): T {
  return engine.callService(elbv2, operation, input, region) as T;
}

export interface ServedElb extends ServedEngine {
  elb: ElasticLoadBalancingV2Client;
  /** A raw Query request (form POST unless `get`), for checking the bytes on the wire. */
  query(params: Record<string, string>, options?: { get?: boolean }): Promise<{ status: number; body: string }>;
}

export async function servedElb(engine: Engine = testEngine().engine): Promise<ServedElb> {
  const served = await servedEngine(engine);
  const client = new ElasticLoadBalancingV2Client({
    region: REGION,
    endpoint: served.server.url,
    credentials: TEST_CREDENTIALS,
    maxAttempts: 1,
  });
  const authorization = testAuthorization('elasticloadbalancing', REGION);
  return {
    ...served,
    elb: client,
    query: async (params, options = {}) => {
      const form = new URLSearchParams({ Version: '2015-12-01', ...params }).toString();
      const res = options.get
        ? await fetch(`${served.server.url}/?${form}`, { headers: { authorization } })
        : await fetch(`${served.server.url}/`, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', authorization },
            body: form,
          });
      return { status: res.status, body: await res.text() };
    },
    close: async () => {
      client.destroy();
      await served.close();
    },
  };
}

export interface LoadBalancerSetup {
  loadBalancerArn: string;
  targetGroupArn: string;
  listenerArn: string;
}

/** An ALB with an HTTP listener on `port` forwarding to a new `ip` target group (health check settings overridable). */
export function albWithTargetGroup(engine: Engine, name = 'web', port = 8080, tg: object = {}): LoadBalancerSetup {
  const lb = elb<{ LoadBalancers: { LoadBalancerArn: string }[] }>(engine, 'CreateLoadBalancer', { Name: `${name}-alb` });
  const group = elb<{ TargetGroups: { TargetGroupArn: string }[] }>(engine, 'CreateTargetGroup', {
    Name: `${name}-tg`,
    Protocol: 'HTTP',
    Port: 80,
    VpcId: 'vpc-1',
    TargetType: 'ip',
    ...tg,
  });
  const loadBalancerArn = lb.LoadBalancers[0].LoadBalancerArn;
  const targetGroupArn = group.TargetGroups[0].TargetGroupArn;
  const listener = elb<{ Listeners: { ListenerArn: string }[] }>(engine, 'CreateListener', {
    LoadBalancerArn: loadBalancerArn,
    Protocol: 'HTTP',
    Port: port,
    DefaultActions: [{ Type: 'forward', TargetGroupArn: targetGroupArn }],
  });
  return { loadBalancerArn, targetGroupArn, listenerArn: listener.Listeners[0].ListenerArn };
}
