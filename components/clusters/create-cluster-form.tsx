'use client';
// "Create cluster": name checked as you type against ECS's rule, infrastructure, monitoring, default strategy, tags.
import { useActionState, useState } from 'react';
import { PermittedButton } from '@/components/shell/permitted';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { Checkbox, ChoiceGroup } from '@/components/ui/checkbox';
import { TextField } from '@/components/ui/field';
import { Panel } from '@/components/ui/panel';
import { TagsEditor } from '@/components/ui/tags-editor';
import { fieldError, idleState, submittedValue } from '@/lib/actions/action-state';
import { createCluster } from '@/lib/actions/clusters';
import { FARGATE_CAPACITY_PROVIDERS, RESOURCE_NAME_HINT, TAGS_MAX } from '@/lib/ecs-rules';
import { paths } from '@/lib/paths';
import { clusterNameError } from '@/lib/schemas/cluster-name';
import { ContainerInsightsChoice } from './container-insights-choice';
import { StrategyEditor } from './strategy-editor';

export function CreateClusterForm() {
  const [state, formAction, pending] = useActionState(createCluster, idleState);
  const [name, setName] = useState('');
  const [touched, setTouched] = useState(false);
  const [fargate, setFargate] = useState(true);
  const typedError = touched ? clusterNameError(name) : undefined;
  return (
    <form action={formAction} className="space-y-5" noValidate>
      {state.status === 'error' && (
        <Alert type="error" title="The cluster could not be created">
          {state.message}
        </Alert>
      )}
      <Panel title="Cluster configuration">
        <TextField
          id="clusterName"
          name="clusterName"
          label="Cluster name"
          constraint={`There can be a maximum of 255 characters. ${RESOURCE_NAME_HINT}`}
          value={name}
          autoComplete="off"
          onChange={(e) => {
            setName(e.target.value);
            setTouched(true);
          }}
          onBlur={() => setTouched(true)}
          error={typedError ?? fieldError(state, 'clusterName')}
          className="max-w-xl"
        />
      </Panel>
      <Panel title="Infrastructure" description="Choose where the cluster's tasks can run. You can change this later.">
        <ChoiceGroup legend="Infrastructure">
          <Checkbox
            id="fargate"
            name="fargate"
            checked={fargate}
            onChange={(e) => setFargate(e.target.checked)}
            label="AWS Fargate (serverless)"
            description="Pay as you go. Adds the FARGATE and FARGATE_SPOT capacity providers."
          />
          <Checkbox
            id="ec2"
            name="ec2"
            label="Amazon EC2 instances"
            description="Register EC2 container instances with the cluster after it is created (RegisterContainerInstance)."
          />
          <Checkbox
            id="external"
            name="external"
            label="External instances using ECS Anywhere"
            description="Register your own servers or VMs from the Infrastructure tab after the cluster is created."
          />
        </ChoiceGroup>
      </Panel>
      <Panel title="Monitoring - optional" description="CloudWatch Container Insights collects metrics and logs for the cluster.">
        <ContainerInsightsChoice initial={submittedValue(state, 'containerInsights', 'disabled')} />
      </Panel>
      <Panel
        title="Default capacity provider strategy - optional"
        description="Used by services and tasks that specify no launch type or strategy."
      >
        <StrategyEditor
          key={fargate ? 'fargate' : 'none'}
          providers={fargate ? FARGATE_CAPACITY_PROVIDERS : []}
          initial={fargate ? [{ capacityProvider: 'FARGATE', base: 0, weight: 1 }] : []}
          error={fieldError(state, 'strategy')}
        />
      </Panel>
      <Panel title="Tags - optional" description="A tag is a label that you assign to a resource: a key and an optional value.">
        <TagsEditor max={TAGS_MAX} error={fieldError(state, 'tags')} />
      </Panel>
      <div className="flex justify-end gap-2">
        <ButtonLink href={paths.clusters()} variant="link">
          Cancel
        </ButtonLink>
        <PermittedButton needs="admin" type="submit" variant="primary" disabled={pending || !!typedError}>
          {pending ? 'Creating…' : 'Create'}
        </PermittedButton>
      </div>
    </form>
  );
}
