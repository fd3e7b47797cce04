import type { Handler } from '../registry';

export const capacityOperations: Record<string, Handler> = {};
