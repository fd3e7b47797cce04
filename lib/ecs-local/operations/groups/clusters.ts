import type { Handler } from '../registry';

export const clustersOperations: Record<string, Handler> = {};
