// The Load balancing section of the create-service form: none, or an Application / Network Load Balancer that is
// new or existing, a new or existing listener and target group, and the container and port to balance.
import { z } from 'zod';

export const LOAD_BALANCER_TYPES = ['none', 'application', 'network'] as const;
const choice = z.enum(['new', 'existing']).default('new');
const ELB_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?$/;

/** ELBv2's name rule for load balancers and target groups, in words. */
export function elbNameError(what: string, value: string): string | undefined {
  if (!value) return `Enter a ${what} name.`;
  if (!ELB_NAME.test(value))
    return `${what.charAt(0).toUpperCase()}${what.slice(1)} names have 1-32 letters, numbers or hyphens, and cannot begin or end with a hyphen.`;
  if (what === 'load balancer' && value.toLowerCase().startsWith('internal-'))
    return 'Load balancer names cannot begin with internal-.';
  return undefined;
}

export const loadBalancingFields = {
  loadBalancerType: z.enum(LOAD_BALANCER_TYPES).default('none'),
  loadBalancerChoice: choice,
  loadBalancerName: z.string().trim().max(64).default(''),
  loadBalancerArn: z.string().trim().max(2048).default(''),
  listenerChoice: choice,
  listenerPort: z.string().trim().max(16).default(''),
  listenerArn: z.string().trim().max(2048).default(''),
  targetGroupChoice: choice,
  targetGroupName: z.string().trim().max(64).default(''),
  targetGroupArn: z.string().trim().max(2048).default(''),
  healthCheckPath: z.string().trim().max(1024).default('/'),
  /** "container:port" from the select. */
  loadBalancerContainer: z.string().max(300).default(''),
};

type LoadBalancingData = { [K in keyof typeof loadBalancingFields]: z.output<(typeof loadBalancingFields)[K]> };

/** Cross-field rules of the section, as field errors. */
export function checkLoadBalancing(data: LoadBalancingData, ctx: z.RefinementCtx): void {
  if (data.loadBalancerType === 'none') return;
  const issue = (path: keyof LoadBalancingData, message: string) => ctx.addIssue({ code: 'custom', message, path: [path] });
  if (!/^[a-zA-Z0-9_-]+:\d+$/.test(data.loadBalancerContainer))
    issue('loadBalancerContainer', 'Choose the container and port to load balance.');
  if (data.loadBalancerChoice === 'new') {
    const problem = elbNameError('load balancer', data.loadBalancerName);
    if (problem) issue('loadBalancerName', problem);
  } else if (!data.loadBalancerArn) issue('loadBalancerArn', 'Choose a load balancer.');
  const newListener = data.loadBalancerChoice === 'new' || data.listenerChoice === 'new';
  if (newListener) {
    const port = Number(data.listenerPort);
    if (!/^\d+$/.test(data.listenerPort) || port < 1 || port > 65535)
      issue('listenerPort', 'Enter a listener port from 1 to 65535.');
  } else if (!data.listenerArn) issue('listenerArn', 'Choose a listener.');
  if (data.targetGroupChoice === 'new') {
    const problem = elbNameError('target group', data.targetGroupName);
    if (problem) issue('targetGroupName', problem);
    if (data.loadBalancerType === 'application' && !data.healthCheckPath.startsWith('/'))
      issue('healthCheckPath', 'The health check path starts with /.');
    if (!newListener)
      issue(
        'targetGroupChoice',
        'An existing listener already forwards to its target group: choose that existing target group, or create a new listener.',
      );
  } else if (!data.targetGroupArn) issue('targetGroupArn', 'Choose a target group.');
}
