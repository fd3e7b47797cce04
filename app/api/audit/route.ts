// The audit trail for the Audit page's live tail (?text=&outcome=&afterId=) and its JSON Lines export (?format=jsonl).
import { auditFilterFrom, auditJsonLines, readAudit } from '@/lib/audit/read';
import { routeHandler } from '@/lib/ecs/route-handler';

export const GET = routeHandler('GET /api/audit', async (request, _ctx, viewer) => {
  const params = new URL(request.url).searchParams;
  const filter = auditFilterFrom(params);
  if (params.get('format') === 'jsonl') {
    const lines = auditJsonLines(viewer, filter);
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = lines.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
    });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    return new Response(body, {
      headers: {
        'Content-Type': 'application/jsonl; charset=utf-8',
        'Content-Disposition': `attachment; filename="ecs-console-audit-${stamp}.jsonl"`,
        'Cache-Control': 'no-store',
      },
    });
  }
  const afterId = Number(params.get('afterId'));
  return readAudit(viewer, filter, { afterId: Number.isSafeInteger(afterId) && afterId > 0 ? afterId : undefined });
});
