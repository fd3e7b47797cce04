// The dashboard poller's stopped-task read: only tasks the console's memory does not hold yet are described.
import { DescribeTasksCommand, ListTasksCommand } from '@aws-sdk/client-ecs';
import { chunk, DESCRIBE_TASKS_MAX, LIST_MAX_RESULTS } from '../../ecs-rules';
import { listAll } from '../batch';
import type { Send } from './readers';
import type { StoppedTaskStore } from './stopped-task-store';
import { type StoppedTaskRecord, toStoppedTaskRecord } from './stopped-task-view';

/**
 * The cluster's stopped tasks that the console does not remember yet: ListTasks STOPPED (all pages), DescribeTasks
 * by 100 for the new ones only, saved to the stopped-task memory under `scope`.
 */
export async function readStoppedTasks(
  send: Send,
  store: StoppedTaskStore,
  scope: string,
  cluster: { name: string; arn: string },
): Promise<void> {
  const arns = await listAll(async (nextToken) => {
    const page = await send((ecs) =>
      ecs.send(new ListTasksCommand({ cluster: cluster.arn, desiredStatus: 'STOPPED', nextToken, maxResults: LIST_MAX_RESULTS })),
    );
    return { items: page.taskArns, nextToken: page.nextToken };
  });
  const known = store.known(scope, arns);
  const fresh = arns.filter((arn) => !known.has(arn));
  const records: StoppedTaskRecord[] = [];
  await Promise.all(
    chunk(fresh, DESCRIBE_TASKS_MAX).map(async (batch) => {
      const out = await send((ecs) => ecs.send(new DescribeTasksCommand({ cluster: cluster.arn, tasks: batch })));
      for (const task of out.tasks ?? []) {
        const record = toStoppedTaskRecord(cluster.name, task);
        if (record) records.push(record);
      }
    }),
  );
  if (records.length) store.save(scope, records);
}
