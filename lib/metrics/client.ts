// The CloudWatch client, built by the console's one client factory (lib/aws/clients.ts).
import 'server-only';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { type ConsoleService, clientForSelectedRegion } from '../aws/clients';

export const CLOUDWATCH_SERVICE: ConsoleService<CloudWatchClient> = {
  id: 'CLOUDWATCH',
  cliName: 'cloudwatch',
  endpointVariable: 'AWS_ENDPOINT_URL_CLOUDWATCH',
  create: (config) => new CloudWatchClient(config),
};

export function cloudwatchClient(): Promise<CloudWatchClient> {
  return clientForSelectedRegion(CLOUDWATCH_SERVICE);
}
