import type { Handler } from '../registry';

export const taskDefinitionsOperations: Record<string, Handler> = {};
