'use client';
// "Update service": task definition revision (same family or another), Force new deployment, desired tasks and
// deployment options, service auto scaling, and for a service behind a load balancer its health check grace
// period. A new revision or Force new deployment starts a deployment; counts, options and auto scaling do not.
import { useActionState, useState } from 'react';
import { PermittedButton } from '@/components/shell/permitted';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { Panel } from '@/components/ui/panel';
import { SelectField } from '@/components/ui/select';
import { useSubmitWithoutReset } from '@/components/ui/use-submit-without-reset';
import { fieldError, idleState } from '@/lib/actions/action-state';
import { updateService } from '@/lib/actions/services';
import { resourceName } from '@/lib/arn';
import type { AutoScalingDefaults } from '@/lib/autoscaling/auto-scaling-view';
import type { FamilyRevisions } from '@/lib/ecs/launch-options';
import type { ServiceDetail } from '@/lib/ecs/service-view';
import { paths } from '@/lib/paths';
import { AutoScalingSection } from '../auto-scaling/auto-scaling-section';
import { GracePeriodField } from '../load-balancing/grace-period-field';
import { DeploymentFields } from './deployment-fields';
import { checkedAfter } from './networking-fields';

export function UpdateServiceForm({
  cluster,
  service,
  families,
  autoScaling,
  initialTaskDefinition,
}: {
  cluster: string;
  service: ServiceDetail;
  families: readonly FamilyRevisions[];
  /** The section's starting point: the service's current target and policy. */
  autoScaling: AutoScalingDefaults;
  /** `family:revision` to preselect (`?taskDefinition=`); otherwise the latest ACTIVE revision of the current family. */
  initialTaskDefinition?: string;
}) {
  const [state, formAction, pending] = useActionState(updateService, idleState);
  const current = service.taskDefinition;
  const currentFamily = current.slice(0, current.lastIndexOf(':'));
  const currentRevision = Number(current.slice(current.lastIndexOf(':') + 1));
  const revisionsOf = (f: string) => families.find((x) => x.family === f)?.revisions ?? [];
  // A new revision is usually why one opens Update service: start on the latest, not on what already runs.
  const initial = splitRevision(initialTaskDefinition) ?? {
    family: currentFamily,
    revision: revisionsOf(currentFamily)[0] ?? currentRevision,
  };
  const [family, setFamilyState] = useState(initial.family);
  const [revision, setRevision] = useState(String(initial.revision));
  // The current revision stays selectable even if it has since been deregistered.
  const options = [...new Set([...(family === currentFamily ? [currentRevision] : []), ...revisionsOf(family)])].sort(
    (a, b) => b - a,
  );
  const isCurrent = (r: number) => family === currentFamily && r === currentRevision;
  const setFamily = (f: string) => {
    setFamilyState(f);
    setRevision(String(f === currentFamily ? currentRevision : (revisionsOf(f)[0] ?? '')));
  };
  const href = paths.service(cluster, service.name);
  // Not `<form action>`: its reset after a refusal would put the selects on another revision than the one shown.
  const submit = useSubmitWithoutReset(formAction);
  return (
    <form onSubmit={submit} className="space-y-5" noValidate>
      <input type="hidden" name="cluster" value={cluster} />
      <input type="hidden" name="service" value={service.name} />
      {state.status === 'error' && (
        <Alert type="error" title="The service could not be updated">
          {state.message}
        </Alert>
      )}
      <Panel title="Deployment configuration" description={`Currently running ${current}.`}>
        <div className="space-y-4">
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              id="td-family"
              label="Task definition family"
              value={family}
              onChange={(e) => setFamily(e.target.value)}
              options={[...new Set([family, ...families.map((f) => f.family)])].map((f) => ({ value: f, label: f }))}
            />
            <SelectField
              id="td-revision"
              label="Task definition revision"
              value={revision}
              onChange={(e) => setRevision(e.target.value)}
              options={options.map((r, i) => ({
                value: String(r),
                label: `${r}${i === 0 ? ' (LATEST)' : ''}${isCurrent(r) ? ' - current' : ''}`,
              }))}
              error={fieldError(state, 'taskDefinition')}
            />
            <input type="hidden" name="taskDefinition" value={`${family}:${revision}`} />
          </div>
          <Checkbox
            id="forceNewDeployment"
            name="forceNewDeployment"
            defaultChecked={checkedAfter(state, 'forceNewDeployment', false)}
            label="Force new deployment"
            description="Starts a new deployment with the same task definition, replacing every task (for example to pull a new image for the same tag)."
          />
          <DeploymentFields
            state={state}
            daemon={service.serviceType === 'DAEMON'}
            defaults={{
              desiredCount: service.desired,
              minimumHealthyPercent: service.minimumHealthyPercent ?? 100,
              maximumPercent: service.maximumPercent ?? 200,
              circuitBreaker: service.circuitBreaker,
              rollback: service.rollback,
              deploymentStrategy: service.deploymentStrategy,
              bakeTimeInMinutes: service.bakeTimeInMinutes ?? 0,
            }}
          />
          {service.serviceType === 'DAEMON' && (
            <>
              <input type="hidden" name="desiredCount" value={service.desired} />
              <input type="hidden" name="minimumHealthyPercent" value={service.minimumHealthyPercent ?? 0} />
              <input type="hidden" name="maximumPercent" value={service.maximumPercent ?? 100} />
            </>
          )}
        </div>
      </Panel>
      {service.loadBalancers.length > 0 && (
        <Panel title="Load balancing" description="The target groups stay as they are; change them with the ECS API.">
          <ul className="mb-4 space-y-1 text-sm">
            {service.loadBalancers.map((lb) => (
              <li key={`${lb.targetGroupArn ?? lb.loadBalancerName}-${lb.containerName}`}>
                {lb.targetGroupArn
                  ? `Target group ${resourceName(lb.targetGroupArn.replace(/\/[0-9a-f]{16}$/, ''))}`
                  : `Classic Load Balancer ${lb.loadBalancerName}`}{' '}
                ← {lb.containerName}:{lb.containerPort}
              </li>
            ))}
          </ul>
          <GracePeriodField state={state} current={service.healthCheckGracePeriodSeconds} />
        </Panel>
      )}
      {service.serviceType !== 'DAEMON' && (
        <Panel title="Service auto scaling - optional">
          {autoScaling.enabled && <input type="hidden" name="hadAutoScaling" value="on" />}
          <AutoScalingSection state={state} defaults={autoScaling} />
        </Panel>
      )}
      <div className="flex justify-end gap-2">
        <ButtonLink href={href} variant="link">
          Cancel
        </ButtonLink>
        <PermittedButton needs="operator" type="submit" variant="primary" disabled={pending}>
          {pending ? 'Updating…' : 'Update'}
        </PermittedButton>
      </div>
    </form>
  );
}

function splitRevision(familyRevision: string | undefined): { family: string; revision: number } | undefined {
  const match = familyRevision ? /^([a-zA-Z0-9_-]{1,255}):(\d+)$/.exec(familyRevision) : null;
  return match ? { family: match[1], revision: Number(match[2]) } : undefined;
}
