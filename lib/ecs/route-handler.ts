// The one wrapper for route handlers, so none can skip sign-in, roles or the audit trail:
// - GET/HEAD (live views): a signed-in viewer (any role unless `policy.role` says more), JSON on success, the
//   EcsErrorView with a matching status on failure (429 when throttled, so polling backs off; 503 when the target
//   is down). Reads are not audited.
// - any other method is a change: admin-only unless `policy.role` says otherwise, refused in read-only mode, and
//   every attempt (allowed or refused) is written to the audit trail with the SDK calls it made.
// 401 without a session, 403 for a role that may not. Error messages name ARNs and account ids only to admins.
import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { authorizeChange, type ChangePolicy, messageFor, outcomeOfCalls, recordRefusal, runChange } from '../auth/guard';
import { deniedReason, type Role, type Viewer } from '../auth/roles';
import { currentViewer } from '../auth/viewer';
import { httpStatusFor, logEcsError } from './errors';

const NO_STORE = { 'Cache-Control': 'no-store' };

export type RouteContext<Ctx> = { viewer: Viewer; ctx: Ctx };

function refused(status: 401 | 403, message: string): Response {
  const error =
    status === 401
      ? { kind: 'unauthenticated', title: 'Sign in required', message }
      : { kind: 'forbidden', title: 'Not allowed', message };
  return Response.json({ error }, { status, headers: NO_STORE });
}

function failed(context: string, err: unknown, viewer: Viewer | undefined): Response {
  unstable_rethrow(err);
  const error = logEcsError(context, err);
  return Response.json(
    { error: { ...error, message: messageFor(viewer, error.message) } },
    { status: httpStatusFor(error.kind), headers: NO_STORE },
  );
}

const isRead = (request: Request) => request.method === 'GET' || request.method === 'HEAD';

/**
 * `export const GET = routeHandler('services list', async (request, { params }) => listServices(...))`;
 * `export const POST = routeHandler('scale', async (request) => ..., { name: 'scaleService', role: 'operator' })`.
 * The result is sent as JSON; return a Response to answer otherwise (a stream, a download).
 */
export function routeHandler<Ctx>(
  context: string,
  run: (request: Request, ctx: Ctx, viewer: Viewer) => Promise<unknown>,
  policy: ChangePolicy<Request> & { role?: Role } = {},
) {
  return async (request: Request, ctx: Ctx): Promise<Response> => {
    const answer = (result: unknown) => (result instanceof Response ? result : Response.json(result, { headers: NO_STORE }));
    if (isRead(request)) {
      const viewer = await currentViewer();
      if (!viewer) return refused(401, 'Sign in to see this.');
      const denied = policy.role ? deniedReason({ ...viewer, readOnly: false }, policy.role) : undefined;
      if (denied) return refused(403, denied);
      try {
        return answer(await run(request, ctx, viewer));
      } catch (err) {
        return failed(context, err, viewer);
      }
    }
    const authorized = await authorizeChange(policy.role ?? 'admin');
    const attempt = {
      viewer: authorized.viewer,
      name: policy.name ?? `${request.method} ${new URL(request.url).pathname}`,
      resource: policy.resource ? policy.resource(request) : new URL(request.url).pathname,
      input: Object.fromEntries(new URL(request.url).searchParams),
    };
    if ('refusal' in authorized) {
      await recordRefusal(attempt, authorized.refusal);
      return refused(authorized.refusal.status, authorized.refusal.message);
    }
    const { viewer } = authorized;
    try {
      return answer(
        await runChange(
          { ...attempt, viewer },
          () => run(request, ctx, viewer),
          (_r, calls) => outcomeOfCalls(calls),
        ),
      );
    } catch (err) {
      return failed(context, err, viewer);
    }
  };
}

/** A GET handler for a live view (any signed-in role): `export const GET = ecsGetHandler('clusters list', () => ...)`. */
export function ecsGetHandler<Ctx>(context: string, read: (request: Request, ctx: Ctx) => Promise<unknown>) {
  return routeHandler<Ctx>(context, (request, ctx) => read(request, ctx));
}
