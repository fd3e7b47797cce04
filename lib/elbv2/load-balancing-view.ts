// Load balancing view models: what the create-service form may choose from, and the service page's live panel
// (load balancers, listeners and rules, targets with their health), reshaped once from the SDK's objects.
import type {
  Action,
  Listener,
  LoadBalancer,
  Rule,
  TargetGroup,
  TargetHealthDescription,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { resourceName } from '../arn';

export interface LoadBalancerOption {
  arn: string;
  name: string;
  type: string;
  dnsName: string;
  state: string;
  listeners: { arn: string; port: number; protocol: string }[];
}

export interface TargetGroupOption {
  arn: string;
  name: string;
  protocol: string;
  port?: number;
  targetType: string;
  healthCheckPath?: string;
  loadBalancerArns: string[];
}

export interface LoadBalancingChoices {
  loadBalancers: LoadBalancerOption[];
  targetGroups: TargetGroupOption[];
}

export interface RuleView {
  priority: string;
  conditions: string;
  action: string;
}

export interface ListenerView {
  arn: string;
  protocol: string;
  port: number;
  /** A link that opens the listener, when the engine serves it on 127.0.0.1 (real load balancers). */
  url?: string;
  rules: RuleView[];
}

export interface LoadBalancerView {
  arn: string;
  name: string;
  type: string;
  dnsName: string;
  state: string;
  listeners: ListenerView[];
}

export interface TargetView {
  id: string;
  port?: number;
  /** The task behind the target (matched by its private IP), when it is one of the service's. */
  taskId?: string;
  state: string;
  reason?: string;
  description?: string;
}

export interface TargetGroupView {
  arn: string;
  name: string;
  protocol: string;
  port?: number;
  healthCheckPath?: string;
  containerName?: string;
  containerPort?: number;
  loadBalancers: LoadBalancerView[];
  targets: TargetView[];
}

export interface ServiceLoadBalancing {
  targetGroups: TargetGroupView[];
  /** Classic Load Balancer names on the service (recorded by ECS, not load balanced by the local engine). */
  classic: string[];
}

export function toLoadBalancerOption(lb: LoadBalancer, listeners: Listener[]): LoadBalancerOption {
  return {
    arn: lb.LoadBalancerArn ?? '',
    name: lb.LoadBalancerName ?? '',
    type: lb.Type ?? 'application',
    dnsName: lb.DNSName ?? '',
    state: lb.State?.Code ?? 'unknown',
    listeners: listeners.map((l) => ({ arn: l.ListenerArn ?? '', port: l.Port ?? 0, protocol: l.Protocol ?? '' })),
  };
}

export function toTargetGroupOption(tg: TargetGroup): TargetGroupOption {
  return {
    arn: tg.TargetGroupArn ?? '',
    name: tg.TargetGroupName ?? '',
    protocol: tg.Protocol ?? '',
    port: tg.Port,
    targetType: tg.TargetType ?? 'instance',
    healthCheckPath: tg.HealthCheckPath,
    loadBalancerArns: tg.LoadBalancerArns ?? [],
  };
}

export function actionText(action: Action | undefined): string {
  if (!action) return '-';
  if (action.Type === 'forward') {
    const groups =
      action.ForwardConfig?.TargetGroups ?? (action.TargetGroupArn ? [{ TargetGroupArn: action.TargetGroupArn, Weight: 1 }] : []);
    const names = groups.map(
      (g) =>
        `${resourceName(g.TargetGroupArn?.replace(/\/[0-9a-f]{16}$/, '') ?? '')}${groups.length > 1 ? ` (weight ${g.Weight ?? 1})` : ''}`,
    );
    return `Forward to ${names.join(', ')}`;
  }
  if (action.Type === 'fixed-response') return `Return fixed response ${action.FixedResponseConfig?.StatusCode ?? ''}`;
  if (action.Type === 'redirect') return `Redirect (${action.RedirectConfig?.StatusCode === 'HTTP_301' ? '301' : '302'})`;
  return action.Type ?? '-';
}

export function toRuleView(rule: Rule): RuleView {
  const conditions = (rule.Conditions ?? [])
    .map((c) => {
      const values =
        c.PathPatternConfig?.Values ?? c.HostHeaderConfig?.Values ?? c.HttpRequestMethodConfig?.Values ?? c.Values ?? [];
      const label = { 'path-pattern': 'Path', 'host-header': 'Host', 'http-request-method': 'Method' }[c.Field ?? ''] ?? c.Field;
      return `${label} is ${values.join(' or ')}`;
    })
    .join(' and ');
  return {
    priority: rule.Priority ?? '',
    conditions: rule.IsDefault ? 'If no other rule applies' : conditions,
    action: actionText(rule.Actions?.[rule.Actions.length - 1]),
  };
}

export function toTargetView(d: TargetHealthDescription, taskByIp: ReadonlyMap<string, string>): TargetView {
  const id = d.Target?.Id ?? '';
  return {
    id,
    port: d.Target?.Port,
    taskId: taskByIp.get(id),
    state: d.TargetHealth?.State ?? 'unknown',
    reason: d.TargetHealth?.Reason,
    description: d.TargetHealth?.Description,
  };
}
