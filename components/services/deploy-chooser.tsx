'use client';
// "Deploy" from a task definition revision: pick a cluster, then Create service or Run task, prefilled.
import { useState } from 'react';
import { PermittedButtonLink } from '@/components/shell/permitted';
import { SelectField } from '@/components/ui/select';
import { paths } from '@/lib/paths';

export function DeployChooser({ clusters, familyRevision }: { clusters: readonly string[]; familyRevision: string }) {
  const [cluster, setCluster] = useState(clusters[0] ?? '');
  if (clusters.length === 0)
    return (
      <div className="space-y-3 text-sm">
        <p>There are no clusters in this Region. Create a cluster first, then deploy {familyRevision} to it.</p>
        <PermittedButtonLink needs="admin" href={paths.newCluster()} variant="primary">
          Create cluster
        </PermittedButtonLink>
      </div>
    );
  return (
    <div className="space-y-4">
      <SelectField
        id="deploy-cluster"
        label="Existing cluster"
        value={cluster}
        onChange={(e) => setCluster(e.target.value)}
        options={clusters.map((c) => ({ value: c, label: c }))}
        className="max-w-md"
      />
      <div className="flex flex-wrap gap-2">
        <PermittedButtonLink needs="operator" href={paths.newService(cluster, familyRevision)} variant="primary">
          Create service
        </PermittedButtonLink>
        <PermittedButtonLink needs="operator" href={paths.runTask(cluster, familyRevision)}>
          Run task
        </PermittedButtonLink>
      </div>
    </div>
  );
}
