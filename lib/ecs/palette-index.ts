// What the command palette searches: every cluster, its services and running tasks, and the task definition
// families, read once when the palette opens (clusters and families in parallel, then each cluster's services and
// tasks in parallel, batched by the list readers). Services and tasks carry what the palette's actions need: the
// cluster, a service's revision and its family's newest ACTIVE revision.
import 'server-only';
import type { PaletteItem } from '../palette/search';
import { paths } from '../paths';
import { listClusters } from './clusters';
import { listServices } from './services';
import { listTaskDefinitionFamilies } from './task-definitions';
import { listTasks } from './tasks';

export async function paletteIndex(): Promise<PaletteItem[]> {
  const [clusters, families] = await Promise.all([listClusters(), listTaskDefinitionFamilies('ACTIVE')]);
  const latest = new Map(
    families.flatMap((f) => (f.latestActiveRevision ? [[f.family, `${f.family}:${f.latestActiveRevision}`] as const] : [])),
  );
  const perCluster = await Promise.all(
    clusters.map(async (c) => {
      const [services, tasks] = await Promise.all([listServices(c.name), listTasks(c.name, { desiredStatus: 'RUNNING' })]);
      return [
        ...services.map(
          (s): PaletteItem => ({
            kind: 'service',
            label: s.name,
            detail: `Service in ${c.name}`,
            href: paths.service(c.name, s.name),
            arn: s.arn,
            target: {
              cluster: c.name,
              taskDefinition: s.taskDefinition,
              latest: latest.get(s.taskDefinition.slice(0, s.taskDefinition.lastIndexOf(':'))),
              daemon: s.serviceType === 'DAEMON' || undefined,
            },
          }),
        ),
        ...tasks.map(
          (t): PaletteItem => ({
            kind: 'task',
            label: t.id,
            detail: `Task in ${c.name} · ${t.taskDefinition}`,
            href: paths.task(c.name, t.id),
            target: { cluster: c.name },
          }),
        ),
      ];
    }),
  );
  return [
    ...clusters.map((c): PaletteItem => ({ kind: 'cluster', label: c.name, detail: 'Cluster', href: paths.cluster(c.name) })),
    ...perCluster.flat(),
    ...families.map(
      (f): PaletteItem => ({ kind: 'family', label: f.family, detail: 'Task definition family', href: paths.family(f.family) }),
    ),
  ];
}
