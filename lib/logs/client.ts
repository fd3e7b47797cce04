// The CloudWatch Logs client, built by the console's one client factory (lib/aws/clients.ts).
import 'server-only';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { type ConsoleService, clientFor } from '../aws/clients';

export const LOGS_SERVICE: ConsoleService<CloudWatchLogsClient> = {
  id: 'CLOUDWATCH_LOGS',
  cliName: 'logs',
  readOperations: ['FilterLogEvents'],
  endpointVariable: 'AWS_ENDPOINT_URL_CLOUDWATCH_LOGS',
  create: (config) => new CloudWatchLogsClient(config),
};

/** A Logs client for `region` (awslogs groups name their own Region). */
export function logsClientFor(region: string): CloudWatchLogsClient {
  return clientFor(LOGS_SERVICE, region);
}
