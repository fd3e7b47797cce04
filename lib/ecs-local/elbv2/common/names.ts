// Name rules for load balancers and target groups, with AWS's ValidationError wording.
import { validationError } from './errors';

const NAME = /^[A-Za-z0-9-]+$/;

export function checkLoadBalancerName(name: string): void {
  if (name.length > 32) throw validationError(`The load balancer name '${name}' cannot be longer than '32' characters`);
  if (!NAME.test(name))
    throw validationError(
      `The load balancer name '${name}' can only contain characters that are alphanumeric characters and hyphens(-)`,
    );
  if (name.startsWith('-') || name.endsWith('-'))
    throw validationError(`The load balancer name '${name}' cannot begin or end with a hyphen(-)`);
  if (name.toLowerCase().startsWith('internal-'))
    throw validationError(`The load balancer name '${name}' cannot begin with 'internal-'`);
}

export function checkTargetGroupName(name: string): void {
  if (name.length > 32) throw validationError(`Target group name '${name}' cannot be longer than '32' characters`);
  if (!NAME.test(name))
    throw validationError(
      `Target group name '${name}' can only contain characters that are alphanumeric characters or hyphens(-)`,
    );
  if (name.startsWith('-') || name.endsWith('-'))
    throw validationError(`Target group name '${name}' cannot begin or end with '-'`);
}
