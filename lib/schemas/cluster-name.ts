// The cluster name rule for validation as you type, without zod: keeps zod out of the browser bundle.
import { resourceNameError } from '../ecs-rules';

/** The message for a bad cluster name, or undefined. The same rule the zod schema (./cluster) applies on the server. */
export function clusterNameError(value: string): string | undefined {
  return resourceNameError('Cluster name', value);
}
