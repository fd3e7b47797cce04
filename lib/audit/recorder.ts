// What a guarded action did through the SDK, recorded as it happens: every SDK client the console builds
// (lib/aws/clients.ts) carries `auditMiddleware`, which appends each mutating call (with its outcome) to the
// action's context. Outside an allowed action there is no context, and a mutating call is refused before it is
// sent: a page render, a GET handler or the dashboard poller can only read, whatever code someone adds to them.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { RecordedCall } from './cli';

export interface AuditContext {
  calls: RecordedCall[];
}

const KEY = Symbol.for('ecs-console.audit-context');
type Holder = { [KEY]?: AsyncLocalStorage<AuditContext> };
// One store per process, shared by every route bundle of the Next server.
const holder = globalThis as Holder;
holder[KEY] ??= new AsyncLocalStorage<AuditContext>();
const storage: AsyncLocalStorage<AuditContext> = holder[KEY];

/** Runs `fn` as an allowed action: its mutating SDK calls are let through and recorded in the returned context. */
export function runAuditedAction<T>(context: AuditContext, fn: () => Promise<T>): Promise<T> {
  return storage.run(context, fn);
}

export class MutationOutsideActionError extends Error {
  override name = 'MutationOutsideActionError';
}

/** Operation names that read; anything else is a mutation unless its service lists it in `readOperations`. */
const READ_PREFIX = /^(Describe|List|Get|BatchGet)[A-Z]/;

export function isReadOperation(operation: string, readOperations: readonly string[] = []): boolean {
  return READ_PREFIX.test(operation) || readOperations.includes(operation);
}

interface MiddlewareContext {
  commandName?: string;
}
type Handler = (args: { input: object }) => Promise<unknown>;

/** The SDK middleware (initialize step) that enforces and records the above. */
export function auditMiddleware(
  service: { cliName: string; readOperations?: readonly string[] },
  region: string,
  endpoint?: string,
) {
  return (next: Handler, context: MiddlewareContext) =>
    async (args: { input: object }): Promise<unknown> => {
      const operation = (context.commandName ?? 'Unknown').replace(/Command$/, '');
      if (isReadOperation(operation, service.readOperations)) return next(args);
      const action = storage.getStore();
      if (!action)
        throw new MutationOutsideActionError(
          `${operation} is a change, and changes are made only inside server actions (validatedAction) or non-GET route handlers, which check the user's role and write the audit trail. If ${operation} only reads, add it to the service's readOperations in lib/aws/clients.ts.`,
        );
      const call: RecordedCall = { service: service.cliName, operation, input: { ...args.input }, region, endpoint };
      action.calls.push(call);
      try {
        return await next(args);
      } catch (err) {
        call.errorCode = (err as { name?: string }).name ?? 'Error';
        call.errorMessage = (err as { message?: string }).message ?? String(err);
        throw err;
      }
    };
}
