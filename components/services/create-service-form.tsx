'use client';
// "Create service": task definition, compute, deployment configuration, failure detection, networking, load
// balancing, service auto scaling and tags. Offers only what the chosen task definition allows and says why the
// rest is unavailable.
import { useActionState, useEffect, useRef, useState } from 'react';
import { PermittedButton } from '@/components/shell/permitted';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { ChoiceGroup, Radio } from '@/components/ui/checkbox';
import { TextField } from '@/components/ui/field';
import { Panel } from '@/components/ui/panel';
import { TagsEditor } from '@/components/ui/tags-editor';
import { useSubmitWithoutReset } from '@/components/ui/use-submit-without-reset';
import { fieldError, idleState, submittedValue } from '@/lib/actions/action-state';
import { createService } from '@/lib/actions/services';
import type { LaunchOptions } from '@/lib/ecs/launch-options';
import { TAGS_MAX } from '@/lib/ecs-rules';
import type { LoadBalancingChoices } from '@/lib/elbv2/load-balancing-view';
import { paths } from '@/lib/paths';
import { SERVICE_NAME_HINT, serviceNameError } from '@/lib/schemas/service';
import { AutoScalingSection } from '../auto-scaling/auto-scaling-section';
import { LoadBalancingSection } from '../load-balancing/load-balancing-section';
import { ComputeFields, defaultCompute, validCompute } from './compute-fields';
import { DeploymentFields } from './deployment-fields';
import { checkedAfter, NetworkingFields } from './networking-fields';
import { ServiceTagsFields } from './service-tags-fields';
import { TaskDefinitionPicker } from './task-definition-picker';

export function CreateServiceForm({
  cluster,
  options,
  loadBalancing,
}: {
  cluster: string;
  options: LaunchOptions;
  /** Load balancers and target groups to reuse; undefined when they could not be read (new ones can still be made). */
  loadBalancing?: LoadBalancingChoices;
}) {
  const [state, formAction, pending] = useActionState(createService, idleState);
  const td = options.selected;
  const [compute, setCompute] = useState(() => defaultCompute(td, options.cluster));
  const choice = validCompute(compute, td);
  const [name, setName] = useState(() => submittedValue(state, 'serviceName'));
  const [touched, setTouched] = useState(false);
  const [daemon, setDaemon] = useState(false);
  const typedError = touched ? serviceNameError(name) : undefined;
  const fargate = choice.computeOption === 'launchType' && choice.launchType === 'FARGATE';
  const errorRef = useRef<HTMLDivElement>(null);
  // The refusal shows at the top while the user is at the Create button: take focus (and the screen) there.
  useEffect(() => {
    if (state.status !== 'error') return;
    errorRef.current?.focus({ preventScroll: true });
    errorRef.current?.scrollIntoView({ block: 'start' });
  }, [state]);
  // Not `<form action>`: its reset after a refusal put the task definition selects on another family.
  const submit = useSubmitWithoutReset(formAction);
  return (
    <form onSubmit={submit} className="space-y-5" noValidate>
      <input type="hidden" name="cluster" value={cluster} />
      {state.status === 'error' && (
        <div ref={errorRef} tabIndex={-1} className="scroll-mt-4 outline-none">
          <Alert type="error" title="The service could not be created">
            {state.message}
          </Alert>
        </div>
      )}
      <Panel title="Service details">
        <div className="space-y-4">
          <TaskDefinitionPicker families={options.families} selected={td} error={fieldError(state, 'taskDefinition')} />
          <TextField
            id="serviceName"
            name="serviceName"
            label="Service name"
            constraint={`Unique within the cluster. ${SERVICE_NAME_HINT}`}
            value={name}
            autoComplete="off"
            onChange={(e) => {
              setName(e.target.value);
              setTouched(true);
            }}
            error={typedError ?? fieldError(state, 'serviceName')}
            className="max-w-xl"
          />
        </div>
      </Panel>
      <Panel title="Environment" description={`Existing cluster: ${cluster}`}>
        <ComputeFields
          td={td}
          cluster={options.cluster}
          value={choice}
          onChange={setCompute}
          strategyError={fieldError(state, 'strategy')}
        />
      </Panel>
      <Panel title="Deployment configuration">
        <div className="space-y-4">
          <ChoiceGroup legend="Service type" error={fieldError(state, 'schedulingStrategy')}>
            <Radio
              id="type-replica"
              name="schedulingStrategy"
              value="REPLICA"
              checked={!daemon}
              onChange={() => setDaemon(false)}
              label="Replica"
              description="Place and maintain a desired number of tasks across your cluster."
            />
            <Radio
              id="type-daemon"
              name="schedulingStrategy"
              value="DAEMON"
              checked={daemon}
              disabled={fargate}
              onChange={() => setDaemon(true)}
              label="Daemon"
              description={
                fargate
                  ? 'Unavailable: the Daemon service type does not support the Fargate launch type.'
                  : 'Place one task on each container instance.'
              }
            />
          </ChoiceGroup>
          <DeploymentFields state={state} daemon={daemon} />
        </div>
      </Panel>
      <Panel title="Networking" description="For task definitions that use the awsvpc network mode.">
        <NetworkingFields td={td} state={state} />
      </Panel>
      <Panel title="Load balancing - optional">
        <LoadBalancingSection td={td} state={state} choices={loadBalancing} />
      </Panel>
      {!daemon && (
        <Panel title="Service auto scaling - optional">
          <AutoScalingSection state={state} />
        </Panel>
      )}
      <Panel title="Tags - optional">
        <ServiceTagsFields state={state} managedTagsDefault={checkedAfter(state, 'enableECSManagedTags', true)} />
        <div className="mt-4">
          <TagsEditor max={TAGS_MAX} error={fieldError(state, 'tags')} />
        </div>
      </Panel>
      <div className="flex justify-end gap-2">
        <ButtonLink href={paths.clusterTab(cluster, 'services')} variant="link">
          Cancel
        </ButtonLink>
        <PermittedButton needs="operator" type="submit" variant="primary" disabled={pending || !td || !!typedError}>
          {pending ? 'Creating…' : 'Create'}
        </PermittedButton>
      </div>
    </form>
  );
}
