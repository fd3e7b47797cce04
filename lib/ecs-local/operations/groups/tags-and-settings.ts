import type { Handler } from '../registry';

export const tagsAndSettingsOperations: Record<string, Handler> = {};
