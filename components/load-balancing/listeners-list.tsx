// A load balancer's listeners and their rules, in evaluation order; a listener the engine serves on 127.0.0.1
// links to itself.
import { TextLink } from '@/components/ui/button';
import type { ListenerView } from '@/lib/elbv2/load-balancing-view';

export function ListenersList({ listeners }: { listeners: readonly ListenerView[] }) {
  if (listeners.length === 0) return <p className="text-sm text-zinc-600 dark:text-zinc-400">No listeners.</p>;
  return (
    <ul className="space-y-2 text-sm">
      {listeners.map((l) => (
        <li key={l.arn}>
          <span className="font-medium">
            Listener {l.protocol}:{l.port}
          </span>
          {l.url && (
            <>
              {' '}
              <TextLink href={l.url} target="_blank" rel="noreferrer">
                Open {l.url}
              </TextLink>
            </>
          )}
          <ol className="ml-4 list-decimal text-zinc-700 dark:text-zinc-300">
            {l.rules.map((r) => (
              <li key={`${l.arn}-${r.priority}`}>
                {r.priority === 'default' ? 'Default' : `Priority ${r.priority}`}: {r.conditions} → {r.action}
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ul>
  );
}
