// The Application Auto Scaling client, built by the console's one client factory (lib/aws/clients.ts).
import 'server-only';
import { ApplicationAutoScalingClient } from '@aws-sdk/client-application-auto-scaling';
import { type ConsoleService, clientForSelectedRegion } from '../aws/clients';

export const AUTOSCALING_SERVICE: ConsoleService<ApplicationAutoScalingClient> = {
  id: 'APPLICATION_AUTO_SCALING',
  cliName: 'application-autoscaling',
  endpointVariable: 'AWS_ENDPOINT_URL_APPLICATION_AUTO_SCALING',
  create: (config) => new ApplicationAutoScalingClient(config),
};

/** The client for the region the user selected. Use this in lib/autoscaling reads and in server actions. */
export function autoScalingClient(): Promise<ApplicationAutoScalingClient> {
  return clientForSelectedRegion(AUTOSCALING_SERVICE);
}
