// The ECS client, built by the console's one client factory (lib/aws/clients.ts).
import 'server-only';
import { ECSClient } from '@aws-sdk/client-ecs';
import { type ConsoleService, clientFor, clientForSelectedRegion, selectedRegion } from '../aws/clients';
import { describeTargetFor, engineHealth, type TargetView } from './target';

export { selectedRegion, TargetConfigError } from '../aws/clients';

export const ECS_SERVICE: ConsoleService<ECSClient> = {
  id: 'ECS',
  cliName: 'ecs',
  endpointVariable: 'AWS_ENDPOINT_URL_ECS',
  create: (config) => new ECSClient(config),
};

/** A cached ECS client for the configured target in `region`. */
export function ecsClientFor(region: string): ECSClient {
  return clientFor(ECS_SERVICE, region);
}

/** The client for the region the user selected. Use this in lib/ecs reads and in server actions. */
export function ecsClient(): Promise<ECSClient> {
  return clientForSelectedRegion(ECS_SERVICE);
}

/** The header badge's view model: which target and region is live. Never includes credentials. */
export async function describeTarget(): Promise<TargetView> {
  const view = describeTargetFor(await selectedRegion());
  if (view.kind !== 'local' || !view.endpoint) return view;
  return { ...view, ...(await engineHealth(view.endpoint)) };
}
