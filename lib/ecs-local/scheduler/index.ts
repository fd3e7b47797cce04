// The scheduler's entry points: for each kind of document, what to do when its `due` time comes.
// A step runs in its own transaction with a context for the document's region.
import type { OpContext } from '../context';
import { reconcileService } from '../services/reconciler';
import type { Kind } from '../store';
import { taskDueHandler } from '../tasks/scheduler-step';

export type DueHandler = (ctx: OpContext, id: string) => void;

export const dueHandlers: Partial<Record<Kind, DueHandler>> = {};
dueHandlers.task = taskDueHandler;
dueHandlers.service = reconcileService;
