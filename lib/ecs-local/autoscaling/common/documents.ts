// How Application Auto Scaling documents are stored (see store/types.ts). Documents are the API shapes (PascalCase,
// timestamps in epoch seconds) with private bookkeeping under `_` keys, never sent.
//
// | kind             | id                                   | parent           | key              | ref                | status              | due                    |
// |------------------|--------------------------------------|------------------|------------------|--------------------|---------------------|------------------------|
// | scalable-target  | <ScalableDimension>#<ResourceId>     | ServiceNamespace | ResourceId       | ScalableTargetARN  |                     | its next evaluation    |
// | scaling-policy   | PolicyARN                            | target id        | PolicyName       | PolicyType         |                     |                        |
// | scheduled-action | ScheduledActionARN                   | target id        | action name      |                    |                     | its next run           |
// | scaling-activity | <inverted start time>#<inverted seq> | ServiceNamespace | ResourceId       | ScalableDimension  | scaled / not-scaled |                        |
//
// Activities are keyed so that id order is newest first. An ECS service's document names its target in `_notify`
// (ecs/services/model.ts): DeleteService makes the target due, and its step deregisters it.

/** The id of a scalable target's document. */
export function targetId(scalableDimension: string, resourceId: string): string {
  return `${scalableDimension}#${resourceId}`;
}

const LATEST = 9_999_999_999_999;

/**
 * An activity's document id: its start time and a Region-wide sequence number, both inverted, so ascending ids list
 * the newest first (activities of one call share a start time; the later one comes first).
 */
export function activityDocId(startMs: number, sequence: number): string {
  return `${String(LATEST - Math.round(startMs)).padStart(13, '0')}#${String(LATEST - sequence).padStart(13, '0')}`;
}
