// "Last rollout failed — rolled back": the red state a service keeps after the circuit breaker rolled it back, until
// the next deployment (the service page, the services table and the dashboard show the same words).
import { StatusBadge } from '@/components/ui/badge';
import type { RolloutFailureView } from '@/lib/ecs/rollout-failure';

export function rolloutFailureLabel(failure: RolloutFailureView): string {
  return failure.rollingBack ? 'Last rollout failed — rolling back' : 'Last rollout failed — rolled back';
}

export function RolloutFailureBadge({ failure }: { failure: RolloutFailureView }) {
  return <StatusBadge status="FAILED" label={rolloutFailureLabel(failure)} />;
}
