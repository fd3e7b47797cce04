'use client';
// Tags tab: "Manage tags" in place; the action diffs against the cluster's current tags.
import { useActionState } from 'react';
import { PermittedButton } from '@/components/shell/permitted';
import { Panel } from '@/components/ui/panel';
import { type TagRow, TagsEditor } from '@/components/ui/tags-editor';
import { fieldError, idleState } from '@/lib/actions/action-state';
import { updateClusterTags } from '@/lib/actions/clusters';
import { TAGS_MAX } from '@/lib/ecs-rules';
import { ActionResult } from './action-result';

export function ClusterTagsForm({ cluster, tags }: { cluster: string; tags: TagRow[] }) {
  const [state, formAction, pending] = useActionState(updateClusterTags, idleState);
  return (
    <Panel title={`Tags (${tags.length})`} description="Tags help you identify, organize and search for the cluster.">
      <form action={formAction} className="space-y-4">
        <ActionResult state={state} />
        <input type="hidden" name="cluster" value={cluster} />
        <TagsEditor key={JSON.stringify(tags)} max={TAGS_MAX} initial={tags} error={fieldError(state, 'tags')} />
        <PermittedButton needs="admin" type="submit" variant="primary" disabled={pending}>
          {pending ? 'Saving…' : 'Save tags'}
        </PermittedButton>
      </form>
    </Panel>
  );
}
