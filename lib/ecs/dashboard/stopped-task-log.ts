// The server's one StoppedTaskStore, in ECS_CONSOLE_DATA_DIR/console.sqlite. Kept on globalThis so every route
// bundle of the Next server shares the same connection.
import 'server-only';
import path from 'node:path';
import { consoleEnv } from '../../env';
import { StoppedTaskStore } from './stopped-task-store';

const KEY = Symbol.for('ecs-console.stopped-task-store');
type Holder = { [KEY]?: StoppedTaskStore };

export function stoppedTaskLog(): StoppedTaskStore {
  const holder = globalThis as Holder;
  holder[KEY] ??= new StoppedTaskStore(path.join(consoleEnv().ECS_CONSOLE_DATA_DIR, 'console.sqlite'));
  return holder[KEY];
}
