import type { Handler } from '../registry';

export const servicesOperations: Record<string, Handler> = {};
