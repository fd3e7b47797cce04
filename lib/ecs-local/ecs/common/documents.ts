// How ECS documents are stored: the contract between the resource folders. Documents are the wire shapes of
// the API (timestamps as epoch seconds); private bookkeeping lives under keys starting with `_`, which the
// serializer never sends. Taggable documents keep their tags in a top-level `tags` array.
//
// | kind       | id                          | parent                  | key                | ref        | status     |
// |------------|-----------------------------|-------------------------|--------------------|------------|------------|
// | cluster    | clusterName                 |                         |                    |            | status     |
// | taskdef    | family:0000042 (padded)     | family                  |                    |            | status     |
// | family     | family                      |                         |                    |            | ACTIVE/INACTIVE (task-definitions/model.ts) |
// | service    | clusterName/serviceName     | clusterName             | schedulingStrategy | launchType | status     |
// | task       | task id (32 hex)            | clusterName             | group              | startedBy  | lastStatus |
// | instance   | container instance id       | clusterName             |                    |            | status     |
//   (an agent's instance is due when its heartbeat runs out: container-instances/model.ts agentDue)
// | setting    | <principal>#<name>          | principal ('*' = account default) | name     |            |            |
// | deployment | service deployment ARN      | clusterName/serviceName |                    |            | status     |
// | token      | RunTask clientToken         |                         |                    |            |            |
// | capacityprovider | provider name         | associated cluster      |                    |            | status     |
// | taskset    | cluster/service/ecs-svc/…   | clusterName/serviceName |                    |            | status     |
// | revision   | service revision ARN        | clusterName/serviceName |                    |            |            |
// | daemon     | clusterName/daemonName      | clusterName             |                    |            | status     |
// | daemonrevision / daemondeployment | ARN  | clusterName/daemonName  |                    |            | (deployment) status |
// | daemontaskdef | family:0000042 (padded)  | family                  |                    |            | status     |
//
// A service's reconciler runs when its document is due: whatever changes what a service must do (one of its
// tasks changed status or health, container instances came or went) makes it due now. A capacity provider is
// due when its simulated Auto Scaling group needs a look (instances booting, tasks waiting for capacity).
// Tasks keep their scale-in protection (`_protectedUntil`) and their wait for capacity (`_awaitingCapacity`)
// on the task document.
import type { OpContext } from '../../core/context';

export function taskDefinitionId(family: string, revision: number): string {
  return `${family}:${String(revision).padStart(7, '0')}`;
}

export function serviceId(clusterName: string, serviceName: string): string {
  return `${clusterName}/${serviceName}`;
}

/** Makes the service's reconciler look now. */
export function wakeService(ctx: OpContext, clusterName: string, serviceName: string): void {
  ctx.store.setDue(ctx.region, 'service', serviceId(clusterName, serviceName), ctx.now);
}

/**
 * Container instances came, changed or went: the cluster's DAEMON services and its daemons (CreateDaemon)
 * look now (nothing polls for them).
 */
export function wakeDaemonServices(ctx: OpContext, cluster: string): void {
  for (const id of ctx.store.ids(ctx.region, 'service', { parent: cluster, key: 'DAEMON', status: ['ACTIVE', 'DRAINING'] }))
    ctx.store.setDue(ctx.region, 'service', id, ctx.now);
  for (const id of ctx.store.ids(ctx.region, 'daemon', { parent: cluster })) ctx.store.setDue(ctx.region, 'daemon', id, ctx.now);
}

/** One of a daemon's tasks changed: the daemon's scheduler looks now. */
export function wakeDaemon(ctx: OpContext, cluster: string, daemonName: string): void {
  ctx.store.setDue(ctx.region, 'daemon', `${cluster}/${daemonName}`, ctx.now);
}
