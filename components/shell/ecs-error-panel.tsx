// What a page shows instead of crashing when ECS cannot answer: plain words and what to do (unreachable target,
// missing or refused credentials, throttling). Pages get the view from `attempt()` in lib/ecs/errors.ts.
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';

export interface EcsErrorPanelView {
  kind: string;
  title: string;
  message: string;
  code?: string;
}

export function EcsErrorPanel({ error, retryHref }: { error: EcsErrorPanelView; retryHref?: string }) {
  return (
    <Alert
      type={error.kind === 'throttled' ? 'warning' : 'error'}
      title={error.title}
      action={retryHref ? <ButtonLink href={retryHref}>Try again</ButtonLink> : undefined}
      className="my-4"
    >
      <p>{renderCode(error.message)}</p>
      {error.code && <p className="mt-1 text-xs opacity-75">{error.code}</p>}
    </Alert>
  );
}

/** `npm run ecs-local` in backticks → <code>. */
function renderCode(message: string) {
  return message.split(/(`[^`]+`)/).map((part, i) =>
    part.startsWith('`') ? (
      <code key={i} className="rounded bg-black/10 px-1 font-mono dark:bg-white/10">
        {part.slice(1, -1)}
      </code>
    ) : (
      part
    ),
  );
}
