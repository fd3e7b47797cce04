// Checks and normalizes listener and rule actions and rule conditions as ELBv2 does, for the two load balancer types
// the engine runs. Forward actions come back in the form AWS echoes (TargetGroupArn and a ForwardConfig with weights).
import type { Action, RuleCondition } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { OpContext } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import { ElbError, validationError } from '../common/errors';
import type { LoadBalancerDoc } from '../load-balancers/model';
import { APPLICATION_PROTOCOLS, getTargetGroup, NETWORK_PROTOCOLS, type TargetGroupDoc } from '../target-groups/model';

const TERMINAL = new Set(['forward', 'fixed-response', 'redirect']);
const CONTENT_TYPES = ['text/plain', 'text/css', 'text/html', 'application/javascript', 'application/json'];
const MAX_GROUPS_PER_FORWARD = 5;

function checkGroup(ctx: OpContext, lb: LoadBalancerDoc, arn: string): TargetGroupDoc {
  const tg = getTargetGroup(ctx, arn);
  if (!tg) throw new ElbError('TargetGroupNotFound', `Target groups '${arn}' not found`);
  const allowed = lb.Type === 'network' ? NETWORK_PROTOCOLS : APPLICATION_PROTOCOLS;
  if (!allowed.includes(tg.Protocol ?? ''))
    throw new ElbError(
      'IncompatibleProtocols',
      `The target group '${arn}' uses protocol ${tg.Protocol}, which a load balancer of type '${lb.Type}' cannot forward to. Use a target group with protocol ${allowed.join(' or ')}.`,
    );
  const others = tg.LoadBalancerArns.filter((other) => other !== lb.LoadBalancerArn);
  if (others.length > 0)
    throw new ElbError(
      'TargetGroupAssociationLimit',
      `The following target groups cannot be associated with more than one load balancer: ${arn}`,
    );
  return tg;
}

function forward(ctx: OpContext, lb: LoadBalancerDoc, action: Wire<Action>): Wire<Action> {
  const tuples = action.ForwardConfig?.TargetGroups ?? [];
  if (action.TargetGroupArn && tuples.length > 0 && (tuples.length > 1 || tuples[0].TargetGroupArn !== action.TargetGroupArn))
    throw validationError(
      'You cannot specify both a target group ARN and a forward config with different target groups. Give one of them.',
    );
  const groups = tuples.length > 0 ? tuples : action.TargetGroupArn ? [{ TargetGroupArn: action.TargetGroupArn }] : [];
  if (groups.length === 0) throw validationError('A forward action needs a TargetGroupArn or ForwardConfig.TargetGroups.');
  if (groups.length > MAX_GROUPS_PER_FORWARD)
    throw validationError(`A forward action can name at most ${MAX_GROUPS_PER_FORWARD} target groups.`);
  if (lb.Type === 'network' && groups.length > 1)
    throw validationError('A Network Load Balancer forward action can name only one target group.');
  const weighted = groups.map((g) => {
    checkGroup(ctx, lb, g.TargetGroupArn ?? '');
    return { TargetGroupArn: g.TargetGroupArn, Weight: g.Weight ?? 1 };
  });
  const out: Wire<Action> = {
    Type: 'forward',
    ForwardConfig: {
      TargetGroups: weighted,
      TargetGroupStickinessConfig: action.ForwardConfig?.TargetGroupStickinessConfig ?? { Enabled: false },
    },
  };
  if (weighted.length === 1) out.TargetGroupArn = weighted[0].TargetGroupArn;
  if (action.Order !== undefined) out.Order = action.Order;
  return out;
}

function fixedResponse(action: Wire<Action>): Wire<Action> {
  const config = action.FixedResponseConfig;
  if (!config?.StatusCode) throw validationError('A fixed-response action needs FixedResponseConfig.StatusCode.');
  if (!/^(2|4|5)\d\d$/.test(config.StatusCode))
    throw validationError(`Fixed response status code '${config.StatusCode}' must be a 2XX, 4XX or 5XX code.`);
  if (config.ContentType && !CONTENT_TYPES.includes(config.ContentType))
    throw validationError(`Fixed response content type '${config.ContentType}' must be one of ${CONTENT_TYPES.join(', ')}.`);
  if ((config.MessageBody ?? '').length > 1024)
    throw validationError('A fixed response message body can be at most 1024 characters.');
  return action;
}

function redirect(action: Wire<Action>): Wire<Action> {
  const config = action.RedirectConfig;
  if (!config?.StatusCode) throw validationError('A redirect action needs RedirectConfig.StatusCode (HTTP_301 or HTTP_302).');
  return {
    ...action,
    RedirectConfig: { Protocol: '#{protocol}', Port: '#{port}', Host: '#{host}', Path: '/#{path}', Query: '#{query}', ...config },
  };
}

/** The actions as stored and echoed; throws ELBv2's errors for anything the load balancer cannot do. */
export function checkActions(ctx: OpContext, lb: LoadBalancerDoc, actions: readonly Wire<Action>[]): Wire<Action>[] {
  if (actions.length === 0) throw validationError('At least one action must be specified.');
  if (actions.length > 1 && actions.some((a) => a.Order === undefined))
    throw validationError('An order must be specified for each action when there is more than one.');
  const sorted = [...actions].sort((a, b) => (a.Order ?? 0) - (b.Order ?? 0));
  const out = sorted.map((action, i) => {
    const type = action.Type ?? '';
    if (!TERMINAL.has(type))
      throw new ElbError(
        'InvalidLoadBalancerAction',
        `The local engine does not run '${type}' actions. Use forward, fixed-response or redirect.`,
      );
    if (i !== sorted.length - 1) throw new ElbError('InvalidLoadBalancerAction', `A '${type}' action must be the last action.`);
    if (lb.Type === 'network' && type !== 'forward')
      throw new ElbError('InvalidLoadBalancerAction', `A Network Load Balancer supports only forward actions, not '${type}'.`);
    if (type === 'forward') return forward(ctx, lb, action);
    return type === 'fixed-response' ? fixedResponse(action) : redirect(action);
  });
  return out;
}

const CONDITION_FIELDS = ['host-header', 'path-pattern', 'http-header', 'http-request-method', 'query-string', 'source-ip'];
const ONCE = new Set(['host-header', 'path-pattern', 'http-request-method', 'source-ip']);
const CONFIG_KEY: Record<string, keyof Wire<RuleCondition>> = {
  'host-header': 'HostHeaderConfig',
  'path-pattern': 'PathPatternConfig',
  'http-request-method': 'HttpRequestMethodConfig',
  'source-ip': 'SourceIpConfig',
};

/** Values of a condition, from its legacy `Values` or its `<Field>Config`. */
export function conditionValues(c: Wire<RuleCondition>): string[] {
  const key = CONFIG_KEY[c.Field ?? ''];
  const config = key ? (c[key] as { Values?: string[] } | undefined) : undefined;
  if (c.Field === 'http-header') return c.HttpHeaderConfig?.Values ?? [];
  if (c.Field === 'query-string') return (c.QueryStringConfig?.Values ?? []).map((v) => `${v.Key ?? ''}=${v.Value ?? ''}`);
  return config?.Values ?? c.Values ?? [];
}

export function checkConditions(conditions: readonly Wire<RuleCondition>[]): Wire<RuleCondition>[] {
  if (conditions.length === 0) throw validationError('A rule needs at least one condition.');
  const seen = new Set<string>();
  let total = 0;
  return conditions.map((c) => {
    const field = c.Field ?? '';
    if (!CONDITION_FIELDS.includes(field))
      throw validationError(`Condition field '${field}' must be one of ${CONDITION_FIELDS.join(', ')}.`);
    if (ONCE.has(field) && seen.has(field)) throw validationError(`A rule can have only one '${field}' condition.`);
    seen.add(field);
    const values = conditionValues(c);
    if (values.length === 0) throw validationError(`The '${field}' condition needs at least one value.`);
    if (values.some((v) => v.length > 128)) throw validationError(`Condition values can be at most 128 characters.`);
    total += values.length;
    if (total > 5) throw validationError('A rule can have at most 5 condition values in all.');
    if (field === 'http-header' && !c.HttpHeaderConfig?.HttpHeaderName)
      throw validationError('An http-header condition needs HttpHeaderConfig.HttpHeaderName.');
    const key = CONFIG_KEY[field];
    if (key === 'HostHeaderConfig' || key === 'PathPatternConfig')
      return { Field: field, Values: values, [key]: { Values: values } };
    if (key) return { Field: field, [key]: { Values: values } };
    return c;
  });
}
