import { BackToClusterLink } from '@/components/services/back-to-cluster-link';
import { Panel } from '@/components/ui/panel';

// A service ECS does not know (never created, or deleted long ago).
export default function ServiceNotFound() {
  return (
    <Panel title="Service not found">
      <p className="mb-4 text-sm">The service does not exist in this cluster and Region. It may have been deleted.</p>
      <BackToClusterLink tab="services" label="Back to the cluster's services" />
    </Panel>
  );
}
