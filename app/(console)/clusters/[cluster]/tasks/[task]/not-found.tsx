import { BackToClusterLink } from '@/components/services/back-to-cluster-link';
import { Panel } from '@/components/ui/panel';

// A task ECS does not know: a wrong id, or a stopped task ECS has forgotten (it keeps them about an hour).
export default function TaskNotFound() {
  return (
    <Panel title="Task not found">
      <p className="mb-4 text-sm">ECS does not know this task. Stopped tasks are only kept for about an hour.</p>
      <BackToClusterLink tab="tasks" label="Back to the cluster's tasks" />
    </Panel>
  );
}
