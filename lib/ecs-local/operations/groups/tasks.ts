import { describeTasks } from '../describe-tasks';
import { listTasks } from '../list-tasks';
import type { Handler } from '../registry';
import { runTask } from '../run-task';
import { startTask } from '../start-task';
import { stopTask } from '../stop-task';

export const tasksOperations: Record<string, Handler> = {
  RunTask: runTask,
  StartTask: startTask,
  StopTask: stopTask,
  DescribeTasks: describeTasks,
  ListTasks: listTasks,
};
