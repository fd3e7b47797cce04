// The dashboard poller's cluster and service reads (stopped tasks: stopped-task-reader.ts).
// They only read and return; the poller decides what to read and keeps the state. `send` is how the call goes out:
// through the steady-state token bucket, or the cold read's in-flight limit.
import {
  type Cluster,
  DescribeClustersCommand,
  DescribeServicesCommand,
  type ECSClient,
  ListClustersCommand,
  ListServicesCommand,
  type Service,
} from '@aws-sdk/client-ecs';
import { chunk, DESCRIBE_CLUSTERS_MAX, DESCRIBE_SERVICES_MAX, LIST_MAX_RESULTS } from '../../ecs-rules';
import { listAll } from '../batch';

export type Send = <T>(call: (ecs: ECSClient) => Promise<T>) => Promise<T>;

/** Every cluster of the Region: ListClusters (all pages), DescribeClusters by 100. */
export async function readClusterList(send: Send): Promise<Cluster[]> {
  const arns = await listAll(async (nextToken) => {
    const page = await send((ecs) => ecs.send(new ListClustersCommand({ nextToken, maxResults: LIST_MAX_RESULTS })));
    return { items: page.clusterArns, nextToken: page.nextToken };
  });
  return describeClusters(send, arns);
}

export async function describeClusters(send: Send, arns: string[]): Promise<Cluster[]> {
  const outs = await Promise.all(
    chunk(arns, DESCRIBE_CLUSTERS_MAX).map((batch) => send((ecs) => ecs.send(new DescribeClustersCommand({ clusters: batch })))),
  );
  return outs.flatMap((out) => out.clusters ?? []);
}

/** Every service ARN of the cluster: ListServices, 100 a page. */
export function listServiceArns(send: Send, clusterArn: string): Promise<string[]> {
  return listAll(async (nextToken) => {
    const page = await send((ecs) =>
      ecs.send(new ListServicesCommand({ cluster: clusterArn, nextToken, maxResults: LIST_MAX_RESULTS })),
    );
    return { items: page.serviceArns, nextToken: page.nextToken };
  });
}

/** DescribeServices by 10, all batches at once; `onBatch` sees each batch as soon as it arrives. */
export async function describeServices(
  send: Send,
  clusterArn: string,
  names: string[],
  onBatch: (services: Service[]) => void,
): Promise<void> {
  await Promise.all(
    chunk(names, DESCRIBE_SERVICES_MAX).map(async (batch) => {
      const out = await send((ecs) => ecs.send(new DescribeServicesCommand({ cluster: clusterArn, services: batch })));
      onBatch(out.services ?? []);
    }),
  );
}
