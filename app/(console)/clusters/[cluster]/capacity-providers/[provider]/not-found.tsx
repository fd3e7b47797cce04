import { BackToClusterLink } from '@/components/services/back-to-cluster-link';
import { Panel } from '@/components/ui/panel';

// A capacity provider that does not exist, was deleted, or is one of the built-in Fargate providers.
export default function CapacityProviderNotFound() {
  return (
    <Panel title="Capacity provider not found">
      <p className="mb-4 text-sm">There is no Auto Scaling group capacity provider with this name.</p>
      <BackToClusterLink tab="infrastructure" label="Back to the cluster's infrastructure" />
    </Panel>
  );
}
