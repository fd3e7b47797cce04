'use client';
// "Configuration and networking" tab: service and deployment configuration, network configuration, load balancers.
import { KeyValueGrid } from '@/components/ui/key-value';
import { Panel } from '@/components/ui/panel';
import { useService } from './use-service';

export function ServiceConfiguration({ cluster, service }: { cluster: string; service: string }) {
  const { data: s } = useService(cluster, service);
  if (!s) return null;
  const onOff = (v: boolean) => (v ? 'Turned on' : 'Turned off');
  return (
    <div className="space-y-5">
      <Panel title="Service configuration">
        <KeyValueGrid
          items={[
            { label: 'Service type', value: s.serviceType },
            { label: 'Launch type', value: s.launchType ?? '-' },
            {
              label: 'Capacity provider strategy',
              value: s.strategy.length
                ? s.strategy.map((c) => `${c.capacityProvider} (base ${c.base}, weight ${c.weight})`).join(', ')
                : '-',
            },
            { label: 'Platform version', value: s.platformVersion ?? '-' },
            { label: 'Deployment controller', value: s.deploymentController },
            { label: 'Health check grace period', value: `${s.healthCheckGracePeriodSeconds} seconds` },
            { label: 'Created by', value: s.createdBy ?? '-' },
          ]}
        />
      </Panel>
      <Panel title="Deployment configuration">
        <KeyValueGrid
          items={[
            { label: 'Deployment strategy', value: s.deploymentStrategy === 'ROLLING' ? 'Rolling update' : s.deploymentStrategy },
            ...(s.deploymentStrategy === 'ROLLING' ? [] : [{ label: 'Bake time', value: `${s.bakeTimeInMinutes ?? 0} minutes` }]),
            { label: 'Min running tasks %', value: s.minimumHealthyPercent ?? '-' },
            { label: 'Max running tasks %', value: s.maximumPercent ?? '-' },
            { label: 'Deployment circuit breaker', value: onOff(s.circuitBreaker) },
            { label: 'Rollback on failure', value: onOff(s.rollback) },
          ]}
        />
      </Panel>
      <Panel title="Network configuration">
        {s.network ? (
          <KeyValueGrid
            items={[
              { label: 'Subnets', value: s.network.subnets.join(', ') || '-' },
              { label: 'Security groups', value: s.network.securityGroups.join(', ') || '-' },
              { label: 'Public IP', value: s.network.assignPublicIp === 'ENABLED' ? 'Turned on' : 'Turned off' },
            ]}
          />
        ) : (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">The task definition does not use the awsvpc network mode.</p>
        )}
      </Panel>
      <Panel title="Load balancing">
        {s.loadBalancers.length ? (
          <ul className="space-y-1 text-sm">
            {s.loadBalancers.map((lb) => (
              <li key={`${lb.targetGroupArn}-${lb.containerName}-${lb.containerPort}`}>
                {lb.containerName}:{lb.containerPort} → <span className="break-all">{lb.targetGroupArn}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">No load balancers.</p>
        )}
      </Panel>
      <Panel title="Tags configuration">
        <KeyValueGrid
          items={[
            { label: 'Amazon ECS managed tags', value: onOff(s.enableECSManagedTags) },
            { label: 'Propagate tags from', value: s.propagateTags === 'NONE' ? 'Do not propagate' : s.propagateTags },
          ]}
        />
      </Panel>
    </div>
  );
}
