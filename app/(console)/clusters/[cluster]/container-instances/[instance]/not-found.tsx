import { BackToClusterLink } from '@/components/services/back-to-cluster-link';
import { Panel } from '@/components/ui/panel';

// A container instance the cluster does not have: a wrong id, or another cluster's instance.
export default function ContainerInstanceNotFound() {
  return (
    <Panel title="Container instance not found">
      <p className="mb-4 text-sm">The cluster has no container instance with this ID.</p>
      <BackToClusterLink tab="infrastructure" label="Back to the cluster's infrastructure" />
    </Panel>
  );
}
