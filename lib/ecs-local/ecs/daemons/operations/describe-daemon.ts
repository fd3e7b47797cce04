// DescribeDaemon: the daemon by its ARN, with its current revisions and their running task counts.
import type { DescribeDaemonRequest, DescribeDaemonResponse } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { findDaemon } from '../model';
import { daemonView } from '../view';

export const describeDaemon = operation<DescribeDaemonRequest, Wire<DescribeDaemonResponse>>((ctx, input) => ({
  daemon: daemonView(ctx, findDaemon(ctx, input.daemonArn ?? '')),
}));
