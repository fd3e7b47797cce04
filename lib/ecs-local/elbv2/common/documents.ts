// How ELBv2 documents are stored (see store/types.ts). Documents are the API shapes (PascalCase, timestamps in
// epoch seconds) with private bookkeeping under `_` keys, never sent.
//
// | kind         | id                            | parent           | key                | ref       | status      | due                          |
// |--------------|-------------------------------|------------------|--------------------|-----------|-------------|------------------------------|
// | loadbalancer | LoadBalancerArn               |                  | LoadBalancerName   | Type      | State.Code  | provisioning → active        |
// | targetgroup  | TargetGroupArn                |                  | TargetGroupName    |           |             |                              |
// | listener     | ListenerArn                   | LoadBalancerArn  | Port               |           |             |                              |
// | rule         | RuleArn                       | ListenerArn      | priority (padded)  |           |             |                              |
// | target       | <tg arn>#<target id>#<port>   | TargetGroupArn   | target Id          | task ARN  | health state| next health check / drain end|
//
// A target's `_notify` names a document whose scheduler step should run when the target's health changes (an ECS
// service registers its tasks' targets with its own document there), so ELBv2 never imports ECS.
import type { Store } from '../../store/store';

/** The target's id: the same Id may be registered several times with different ports. */
export function targetKey(targetGroupArn: string, id: string, port: number): string {
  return `${targetGroupArn}#${id}#${port}`;
}

/** A rule's priority as a sortable key ('default' sorts last). */
export function priorityKey(priority: string): string {
  return priority === 'default' ? '~default' : priority.padStart(5, '0');
}

/** Regions in which documents of an ELBv2 kind exist (the real network serves every region's listeners). */
export function regionsWith(store: Store, kind: 'listener' | 'target'): string[] {
  return store.db
    .prepare<[string], { region: string }>('SELECT DISTINCT region FROM docs WHERE kind = ?')
    .all(kind)
    .map((r) => r.region);
}
