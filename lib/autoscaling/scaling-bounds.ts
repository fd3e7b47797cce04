// The dashboard's view of auto scaling: every ECS scalable target's minimum and maximum in a Region, keyed
// `<cluster>/<service>` like the dashboard's rows, so a service pinned at its maximum can be marked. Read in the
// background at most every 30 s (DescribeScalableTargets at its page maximum, 50), never on a render's path: a
// render takes the last read, and a failed read (an endpoint without Application Auto Scaling) leaves it as it was.
import 'server-only';
import { DescribeScalableTargetsCommand } from '@aws-sdk/client-application-auto-scaling';
import { clientFor } from '../aws/clients';
import { listAll } from '../ecs/batch';
import { logEcsError } from '../ecs/errors';
import { DESCRIBE_SCALABLE_TARGETS_MAX, ECS_SCALABLE_DIMENSION, ECS_SERVICE_NAMESPACE } from '../ecs-rules/auto-scaling';
import { AUTOSCALING_SERVICE } from './client';

export interface ScalingBounds {
  min: number;
  max: number;
}

const REFRESH_MS = 30_000;

interface RegionBounds {
  bounds: Map<string, ScalingBounds>;
  readAt: number;
  reading?: Promise<void>;
}

const KEY = Symbol.for('ecs-console.scaling-bounds');
type Holder = { [KEY]?: Map<string, RegionBounds> };

async function read(region: string, entry: RegionBounds): Promise<void> {
  try {
    const client = clientFor(AUTOSCALING_SERVICE, region);
    const targets = await listAll(async (NextToken) => {
      const out = await client.send(
        new DescribeScalableTargetsCommand({
          ServiceNamespace: ECS_SERVICE_NAMESPACE,
          ScalableDimension: ECS_SCALABLE_DIMENSION,
          MaxResults: DESCRIBE_SCALABLE_TARGETS_MAX,
          NextToken,
        }),
      );
      return { items: out.ScalableTargets, nextToken: out.NextToken };
    });
    const bounds = new Map<string, ScalingBounds>();
    for (const t of targets) {
      const m = /^service\/([^/]+)\/([^/]+)$/.exec(t.ResourceId ?? '');
      if (m) bounds.set(`${m[1]}/${m[2]}`, { min: t.MinCapacity ?? 0, max: t.MaxCapacity ?? 0 });
    }
    entry.bounds = bounds;
  } catch (err) {
    logEcsError(`dashboard scalable targets (${region})`, err);
  } finally {
    entry.readAt = Date.now();
    entry.reading = undefined;
  }
}

/** The last read bounds of `region`'s services; starts a background read when they are older than 30 s. */
export function scalingBounds(region: string): ReadonlyMap<string, ScalingBounds> {
  const holder = globalThis as Holder;
  holder[KEY] ??= new Map();
  let entry = holder[KEY].get(region);
  if (!entry) {
    entry = { bounds: new Map(), readAt: 0 };
    holder[KEY].set(region, entry);
  }
  if (!entry.reading && Date.now() - entry.readAt >= REFRESH_MS) entry.reading = read(region, entry);
  return entry.bounds;
}
