// What DescribeTargetHealth shows of a target: its stored health, `unused` while its group serves no load balancer.
import type { TargetHealthDescription } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { Wire } from '../../protocol/serialize';
import type { TargetGroupDoc } from '../target-groups/model';
import { NOT_IN_USE, type TargetDoc } from './model';

export function healthCheckPort(tg: TargetGroupDoc, port: number): string {
  return !tg.HealthCheckPort || tg.HealthCheckPort === 'traffic-port' ? String(port) : tg.HealthCheckPort;
}

export function targetHealthView(tg: TargetGroupDoc, doc: TargetDoc): Wire<TargetHealthDescription> {
  const unused = tg.LoadBalancerArns.length === 0 && doc.TargetHealth.State !== 'draining';
  return {
    Target: doc.Target,
    HealthCheckPort: healthCheckPort(tg, doc.Target.Port),
    TargetHealth: unused ? { State: 'unused', ...NOT_IN_USE } : doc.TargetHealth,
  };
}
