'use client';
// "Deploy" from a task definition revision: pick a cluster, then Create service or Run task, prefilled.
import { useState } from 'react';
import { ButtonLink } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select';
import { paths } from '@/lib/paths';

export function DeployChooser({ clusters, familyRevision }: { clusters: readonly string[]; familyRevision: string }) {
  const [cluster, setCluster] = useState(clusters[0] ?? '');
  if (clusters.length === 0)
    return (
      <div className="space-y-3 text-sm">
        <p>There are no clusters in this Region. Create a cluster first, then deploy {familyRevision} to it.</p>
        <ButtonLink href={paths.newCluster()} variant="primary">
          Create cluster
        </ButtonLink>
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
        <ButtonLink href={paths.newService(cluster, familyRevision)} variant="primary">
          Create service
        </ButtonLink>
        <ButtonLink href={paths.runTask(cluster, familyRevision)}>Run task</ButtonLink>
      </div>
    </div>
  );
}
