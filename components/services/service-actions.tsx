'use client';
import { PermittedButtonLink } from '@/components/shell/permitted';
// The service page's header actions; hidden once the service is draining or gone (ECS refuses updates then).
import { paths } from '@/lib/paths';
import { DeleteServiceDialog } from './delete-service-dialog';
import { ScaleServiceForm } from './scale-service-form';
import { useService } from './use-service';

export function ServiceActions({ cluster, service }: { cluster: string; service: string }) {
  const { data } = useService(cluster, service);
  if (data?.status !== 'ACTIVE') return null;
  return (
    <div className="flex flex-wrap items-center gap-3">
      {data.serviceType === 'REPLICA' && <ScaleServiceForm cluster={cluster} service={service} desired={data.desired} />}
      <PermittedButtonLink needs="operator" href={paths.updateService(cluster, service)} variant="primary">
        Update service
      </PermittedButtonLink>
      <DeleteServiceDialog cluster={cluster} service={service} desired={data.desired} />
    </div>
  );
}
