// Where each container's logs go: the awslogs group (and its stream naming) or, for other drivers and containers
// without a log configuration, where their output ends up instead.
import type { ContainerLogs } from '@/lib/logs/log-view';

export function LogDestinations({ containers }: { containers: readonly ContainerLogs[] }) {
  if (containers.length === 0) return null;
  return (
    <ul className="space-y-1 text-sm text-zinc-700 dark:text-zinc-300" aria-label="Log destinations">
      {containers.map((c) => (
        <li key={c.container}>
          {c.awslogs ? (
            <>
              <span className="font-semibold">{c.container}</span>: CloudWatch Logs group{' '}
              <code className="font-mono">{c.awslogs.group}</code> ({c.awslogs.region}), streams{' '}
              <code className="font-mono">
                {c.awslogs.prefix ? `${c.awslogs.prefix}/${c.container}/<task id>` : '<container id>'}
              </code>
            </>
          ) : (
            c.elsewhere
          )}
        </li>
      ))}
    </ul>
  );
}
