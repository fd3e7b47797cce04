// What one reconciler step knows: the service, its cluster, its PRIMARY deployment, its tasks as read at the
// start of the step, and cached task definitions (to know which tasks have container health checks).
import type { OpContext } from '../../../core/context';
import { type TargetDoc, targetsOfTask } from '../../../elbv2/targets/model';
import type { ClusterDoc } from '../../clusters/model';
import type { InstanceDoc } from '../../container-instances/model';
import { findTaskDefinition, type TaskDefinitionDoc } from '../../task-definitions/model';
import type { TaskDoc } from '../../tasks/model';
import type { DeploymentState, ServiceState } from '../model';
import { hasHealthCheck, isHealthy, isPendingTask, isWanted } from '../service-tasks';
import { targetGroupEntries, targetsHealthy } from './service-targets';

export class StepState {
  /** Set when the step started or stopped a task (the service is not steady then). */
  changed = false;
  /** Set when a placement failed, or one failed recently: no launch until the retry time. */
  placementBlocked: boolean;
  private readonly tds = new Map<string, TaskDefinitionDoc | undefined>();
  private taskTargets = new Map<string, TargetDoc[]>();
  /** How many target groups the service's tasks are registered in (0: no load balancing). */
  readonly targetGroups: number;
  private draining?: Set<string>;

  constructor(
    readonly ctx: OpContext,
    readonly service: ServiceState,
    readonly cluster: ClusterDoc,
    public primary: DeploymentState,
    public active: TaskDoc[],
    /** The service document as read, to skip rewriting it when nothing changed. */
    readonly snapshot?: string,
  ) {
    this.placementBlocked = (service._retryAt ?? 0) > ctx.now;
    this.targetGroups = new Set(targetGroupEntries(service.loadBalancers).map((lb) => lb.targetGroupArn)).size;
  }

  /** The task's load balancer targets (read once per step, until forgetTargets). */
  targets(task: TaskDoc): TargetDoc[] {
    let found = this.taskTargets.get(task.taskArn);
    if (!found) {
      found = targetsOfTask(this.ctx, task.taskArn);
      this.taskTargets.set(task.taskArn, found);
    }
    return found;
  }

  forgetTargets(): void {
    this.taskTargets = new Map();
  }

  td(identifier: string | undefined): TaskDefinitionDoc | undefined {
    if (!identifier) return undefined;
    if (!this.tds.has(identifier)) {
      let doc: TaskDefinitionDoc | undefined;
      try {
        // A service's or task's own revision may be deleted (DELETE_IN_PROGRESS): ECS keeps such services running
        // and scaling, so the scheduler still reads it.
        doc = findTaskDefinition(this.ctx, identifier, { includeDeleting: true });
      } catch {
        doc = undefined;
      }
      this.tds.set(identifier, doc);
    }
    return this.tds.get(identifier);
  }

  get primaryTd(): TaskDefinitionDoc | undefined {
    return this.td(this.primary.taskDefinition);
  }

  withHealthCheck(task: TaskDoc): boolean {
    return hasHealthCheck(this.td(task.taskDefinitionArn));
  }

  /** With load balancing, a task counts as healthy only once its targets are (and its containers are not unhealthy). */
  isHealthy(task: TaskDoc): boolean {
    if (this.targetGroups === 0)
      return isHealthy(this.ctx, task, this.withHealthCheck(task), this.service.healthCheckGracePeriodSeconds ?? 0);
    if (task.lastStatus !== 'RUNNING' || task.desiredStatus !== 'RUNNING' || task.healthStatus === 'UNHEALTHY') return false;
    if (this.withHealthCheck(task) && task.healthStatus !== 'HEALTHY') return false;
    return targetsHealthy(this.targetGroups, this.targets(task));
  }

  /** RUNNING and not failing, but not counted as healthy yet (health check pending, or the wait without one). */
  isWarmingUp(task: TaskDoc): boolean {
    return (
      task.lastStatus === 'RUNNING' &&
      task.desiredStatus === 'RUNNING' &&
      task.healthStatus !== 'UNHEALTHY' &&
      !this.isHealthy(task)
    );
  }

  isWanted(task: TaskDoc): boolean {
    return isWanted(task);
  }

  isPending(task: TaskDoc): boolean {
    return isPendingTask(task);
  }

  /** The task is on a DRAINING container instance: it is replaced like a task of an older deployment. */
  onDrainingInstance(task: TaskDoc): boolean {
    if (!task.containerInstanceArn) return false;
    this.draining ??= new Set(
      this.ctx.store
        .list<InstanceDoc>(this.ctx.region, 'instance', { parent: this.cluster.clusterName, status: 'DRAINING' })
        .map((i) => i.containerInstanceArn),
    );
    return this.draining.has(task.containerInstanceArn);
  }
}
