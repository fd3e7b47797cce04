// A task's or container's published ports: `127.0.0.1:32768 → 80/tcp`, with an "Open" link for the ports a real
// runtime published on loopback (the simulated runtime's bindings are only numbers).
import type { PublishedPort } from '@/lib/ecs/task-view';

export function PublishedPorts({ ports, showContainer = false }: { ports: readonly PublishedPort[]; showContainer?: boolean }) {
  if (ports.length === 0) return <span>-</span>;
  return (
    <ul className="space-y-0.5">
      {ports.map((p) => (
        <li key={`${p.container}-${p.containerPort}-${p.protocol}`} className="whitespace-nowrap">
          <span className="font-mono text-xs">
            {p.bindIP}:{p.hostPort} → {showContainer ? `${p.container} ` : ''}
            {p.containerPort}/{p.protocol}
          </span>
          {p.url && (
            <a
              href={p.url}
              target="_blank"
              rel="noreferrer"
              className="ml-2 font-bold text-sky-700 hover:underline dark:text-sky-400"
              aria-label={`Open ${p.container} port ${p.containerPort} (${p.url})`}
            >
              Open ↗
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
