// Service events: newest first, the newest 100 kept, ids are UUIDs, createdAt in epoch seconds.
import { SERVICE_EVENTS_KEPT } from '../../../ecs-rules/limits';
import { nowSeconds, type OpContext, uuid } from '../../core/context';
import type { ServiceState } from './model';

/** ECS repeats "has reached a steady state." at most about every 6 hours. */
export const STEADY_STATE_REPEAT_MS = 6 * 60 * 60 * 1000;

export function addEvent(ctx: OpContext, service: ServiceState, message: string): void {
  const events = [{ id: uuid(), createdAt: nowSeconds(ctx), message }, ...(service.events ?? [])];
  service.events = events.slice(0, SERVICE_EVENTS_KEPT);
}

export function serviceEvent(service: ServiceState, text: string): string {
  return `(service ${service.serviceName}) ${text}`;
}

export function taskList(ids: readonly string[]): string {
  return ids.map((id) => `(task ${id})`).join(' ');
}

export function startedEvent(service: ServiceState, ids: readonly string[]): string {
  return serviceEvent(service, `has started ${ids.length} tasks: ${taskList(ids)}.`);
}

export function stoppedEvent(service: ServiceState, ids: readonly string[]): string {
  return serviceEvent(service, `has stopped ${ids.length} running tasks: ${taskList(ids)}.`);
}
