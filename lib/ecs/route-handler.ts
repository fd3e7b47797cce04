// Wraps a lib/ecs read as a GET route handler for live views: JSON on success, the EcsErrorView with a
// matching status on failure (429 when throttled, so polling backs off; 503 when the target is down).
import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { httpStatusFor, logEcsError } from './errors';

export function ecsGetHandler<Ctx>(context: string, read: (request: Request, ctx: Ctx) => Promise<unknown>) {
  return async (request: Request, ctx: Ctx): Promise<Response> => {
    try {
      return Response.json(await read(request, ctx), { headers: { 'Cache-Control': 'no-store' } });
    } catch (err) {
      unstable_rethrow(err);
      const error = logEcsError(context, err);
      return Response.json({ error }, { status: httpStatusFor(error.kind), headers: { 'Cache-Control': 'no-store' } });
    }
  };
}
