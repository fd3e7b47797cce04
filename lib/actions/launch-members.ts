// The compute and networking members CreateService and RunTask share, from the parsed form data.
import 'server-only';
import type { CapacityProviderStrategyItem, NetworkConfiguration } from '@aws-sdk/client-ecs';

interface LaunchData {
  networkMode: string;
  computeOption: 'clusterDefault' | 'customStrategy' | 'launchType';
  launchType: 'FARGATE' | 'EC2' | 'EXTERNAL';
  platformVersion: string;
  strategy: CapacityProviderStrategyItem[];
  subnets: string[];
  securityGroups: string[];
  assignPublicIp: boolean;
}

/** The compute and networking members shared by CreateService and RunTask. */
export function launchMembers(data: LaunchData): {
  launchType?: LaunchData['launchType'];
  capacityProviderStrategy?: CapacityProviderStrategyItem[];
  platformVersion?: string;
  networkConfiguration?: NetworkConfiguration;
} {
  const fargate =
    (data.computeOption === 'launchType' && data.launchType === 'FARGATE') ||
    (data.computeOption === 'customStrategy' && data.strategy.some((s) => s.capacityProvider?.startsWith('FARGATE')));
  return {
    launchType: data.computeOption === 'launchType' ? data.launchType : undefined,
    capacityProviderStrategy: data.computeOption === 'customStrategy' ? data.strategy : undefined,
    platformVersion: fargate && data.platformVersion ? data.platformVersion : undefined,
    networkConfiguration:
      data.networkMode === 'awsvpc'
        ? {
            awsvpcConfiguration: {
              subnets: data.subnets,
              securityGroups: data.securityGroups.length ? data.securityGroups : undefined,
              assignPublicIp: data.assignPublicIp ? 'ENABLED' : 'DISABLED',
            },
          }
        : undefined,
  };
}
