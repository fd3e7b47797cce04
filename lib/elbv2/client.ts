// The Elastic Load Balancing v2 client, built by the console's one client factory (lib/aws/clients.ts).
import 'server-only';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { type ConsoleService, clientForSelectedRegion } from '../aws/clients';

export const ELBV2_SERVICE: ConsoleService<ElasticLoadBalancingV2Client> = {
  id: 'ELASTIC_LOAD_BALANCING_V2',
  cliName: 'elbv2',
  endpointVariable: 'AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2',
  create: (config) => new ElasticLoadBalancingV2Client(config),
};

/** The client for the region the user selected. Use this in lib/elbv2 reads and in server actions. */
export function elbv2Client(): Promise<ElasticLoadBalancingV2Client> {
  return clientForSelectedRegion(ELBV2_SERVICE);
}
