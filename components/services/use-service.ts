'use client';
// The service page's one live query: every tab reads the same polled ServiceDetail.
import type { ServiceDetail } from '@/lib/ecs/service-view';
import { apiPaths } from '@/lib/paths';
import { queryKeys } from '@/lib/query/keys';
import { usePollingQuery } from '@/lib/query/use-polling-query';

export function useService(cluster: string, service: string) {
  return usePollingQuery<ServiceDetail>(queryKeys.service(cluster, service), apiPaths.service(cluster, service));
}
