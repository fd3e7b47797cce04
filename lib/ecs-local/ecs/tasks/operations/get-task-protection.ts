// GetTaskProtection: whether each named task of a service is protected from scale-in, and until when.
// Differs from ECS: `tasks` is required here (ECS's answer without it is not documented).
import type { GetTaskProtectionRequest, GetTaskProtectionResponse } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { activeCluster } from '../../clusters/model';
import { protectedTaskView, protectionTargets } from '../protection';

export const getTaskProtection = operation<GetTaskProtectionRequest, Wire<GetTaskProtectionResponse>>((ctx, input) => {
  const cluster = activeCluster(ctx, input.cluster).clusterName;
  const { tasks, failures } = protectionTargets(ctx, cluster, input.tasks ?? []);
  return { protectedTasks: tasks.map((task) => protectedTaskView(ctx, task)), failures };
});
