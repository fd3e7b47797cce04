import type { Handler } from '../registry';

export const tasksOperations: Record<string, Handler> = {};
