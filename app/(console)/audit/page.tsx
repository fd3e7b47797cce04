// The audit trail: every change attempt and sign-in, newest first. Admins see everyone's; others their own.
import type { Metadata } from 'next';
import { AuditLive } from '@/components/audit/audit-live';
import { consoleCrumb } from '@/components/shell/breadcrumb-trails';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageHeader } from '@/components/ui/panel';
import { auditFilterFrom, readAudit } from '@/lib/audit/read';
import { requireViewer } from '@/lib/auth/viewer';
import { queryKeys } from '@/lib/query/keys';
import { Prefetched } from '@/lib/query/prefetched';

export const metadata: Metadata = { title: 'Audit trail' };

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireViewer();
  const filter = auditFilterFrom(await searchParams);
  const entries = readAudit(viewer, filter);
  return (
    <>
      <Breadcrumbs items={[consoleCrumb, { label: 'Audit trail' }]} />
      <PageHeader
        title="Audit trail"
        description={
          viewer.role === 'admin'
            ? 'Every change attempt and sign-in in this console, allowed or refused, newest first.'
            : 'Your change attempts and sign-ins in this console, allowed or refused, newest first.'
        }
      />
      <Prefetched entries={[[queryKeys.audit(filter), entries]]}>
        <AuditLive filter={filter} />
      </Prefetched>
    </>
  );
}
