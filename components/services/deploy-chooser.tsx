'use client';
// "Deploy" from a task definition revision: pick a cluster, then Create service or Run task, prefilled.
import { useState } from 'react';
import { ButtonLink } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select';

export function DeployChooser({ clusters, familyRevision }: { clusters: readonly string[]; familyRevision: string }) {
  const [cluster, setCluster] = useState(clusters[0] ?? '');
  const base = `/clusters/${encodeURIComponent(cluster)}`;
  const query = `?taskDefinition=${encodeURIComponent(familyRevision)}`;
  if (clusters.length === 0)
    return (
      <div className="space-y-3 text-sm">
        <p>There are no clusters in this Region. Create a cluster first, then deploy {familyRevision} to it.</p>
        <ButtonLink href="/clusters/new" variant="primary">
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
        <ButtonLink href={`${base}/services/new${query}`} variant="primary">
          Create service
        </ButtonLink>
        <ButtonLink href={`${base}/run-task${query}`}>Run task</ButtonLink>
      </div>
    </div>
  );
}
