'use client';
// "Load balancing" of Create service, as in the AWS console: none, an Application or a Network Load Balancer;
// create one in the same flow or use an existing one; a new or existing listener and target group; the container
// and port to balance, offered only from what the chosen revision exposes; the health check grace period.
import { useState } from 'react';
import { ChoiceGroup, Radio } from '@/components/ui/checkbox';
import { TextField } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select';
import { type ActionState, fieldError, submittedValue } from '@/lib/actions/action-state';
import type { TaskDefinitionFacts } from '@/lib/ecs/launch-options';
import type { LoadBalancingChoices } from '@/lib/elbv2/load-balancing-view';
import { GracePeriodField } from './grace-period-field';
import { NewOrExisting } from './new-or-existing';

type LbType = 'none' | 'application' | 'network';

const PROTOCOL: Record<Exclude<LbType, 'none'>, string> = { application: 'HTTP', network: 'TCP' };

export function LoadBalancingSection({
  td,
  state,
  choices,
}: {
  td?: TaskDefinitionFacts;
  state: ActionState;
  choices?: LoadBalancingChoices;
}) {
  const [type, setType] = useState<LbType>(() => (submittedValue(state, 'loadBalancerType', 'none') as LbType) || 'none');
  const [lbChoice, setLbChoice] = useState(() => submittedValue(state, 'loadBalancerChoice', 'new'));
  const [lbArn, setLbArn] = useState(() => submittedValue(state, 'loadBalancerArn'));
  const [listenerChoice, setListenerChoice] = useState(() => submittedValue(state, 'listenerChoice', 'new'));
  const [tgChoice, setTgChoice] = useState(() => submittedValue(state, 'targetGroupChoice', 'new'));
  const targets = (td?.containers ?? []).flatMap((c) => c.ports.map((p) => `${c.name}:${p}`));
  const targetType = td?.networkMode === 'awsvpc' ? 'ip' : 'instance';
  const loadBalancers = (choices?.loadBalancers ?? []).filter((lb) => lb.type === type);
  const chosenLb = loadBalancers.find((lb) => lb.arn === lbArn);
  const targetGroups = (choices?.targetGroups ?? []).filter(
    (tg) => tg.protocol === (type === 'network' ? 'TCP' : 'HTTP') && tg.targetType === targetType,
  );
  const err = (name: string) => fieldError(state, name);
  const value = (name: string, fallback = '') => submittedValue(state, name, fallback);

  const typeChoice = (
    <ChoiceGroup legend="Load balancer type" error={err('loadBalancerType')}>
      {(
        [
          ['none', 'None', 'The service’s tasks are not registered with a load balancer.'],
          ['application', 'Application Load Balancer', 'HTTP and HTTPS traffic, routed by rules (path, host, headers).'],
          ['network', 'Network Load Balancer', 'TCP and UDP traffic, passed through to the tasks.'],
        ] as const
      ).map(([id, label, description]) => (
        <Radio
          key={id}
          id={`lb-type-${id}`}
          name="loadBalancerType"
          value={id}
          checked={type === id}
          onChange={() => setType(id)}
          label={label}
          description={description}
        />
      ))}
    </ChoiceGroup>
  );
  if (td && targets.length === 0)
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Unavailable: no container in {td.familyRevision} has a port mapping, so there is nothing to load balance. Add a container
        port to the task definition to use a load balancer.
      </p>
    );
  if (type === 'none') return typeChoice;
  const newListener = lbChoice === 'new' || listenerChoice === 'new';
  return (
    <div className="space-y-5">
      {typeChoice}
      <SelectField
        id="loadBalancerContainer"
        name="loadBalancerContainer"
        label="Container to load balance"
        defaultValue={value('loadBalancerContainer', targets[0])}
        options={targets.map((t) => ({ value: t, label: t }))}
        error={err('loadBalancerContainer')}
        className="max-w-md"
      />
      <NewOrExisting
        legend="Load balancer"
        name="loadBalancerChoice"
        choice={lbChoice}
        onChoice={setLbChoice}
        existingCount={loadBalancers.length}
        what="load balancer"
      >
        {lbChoice === 'new' ? (
          <TextField
            id="loadBalancerName"
            name="loadBalancerName"
            label="Load balancer name"
            constraint="1-32 letters, numbers or hyphens."
            defaultValue={value('loadBalancerName')}
            error={err('loadBalancerName')}
            className="max-w-md"
          />
        ) : (
          <SelectField
            id="loadBalancerArn"
            name="loadBalancerArn"
            label="Load balancer"
            value={lbArn}
            onChange={(e) => setLbArn(e.target.value)}
            options={[
              { value: '', label: 'Choose a load balancer' },
              ...loadBalancers.map((lb) => ({ value: lb.arn, label: lb.name })),
            ]}
            error={err('loadBalancerArn')}
            className="max-w-md"
          />
        )}
      </NewOrExisting>
      <NewOrExisting
        legend="Listener"
        name="listenerChoice"
        choice={lbChoice === 'new' ? 'new' : listenerChoice}
        onChoice={setListenerChoice}
        existingCount={lbChoice === 'new' ? 0 : (chosenLb?.listeners.length ?? 0)}
        what="listener"
      >
        {newListener ? (
          <TextField
            id="listenerPort"
            name="listenerPort"
            type="number"
            min={1}
            max={65535}
            label={`Listener port (${PROTOCOL[type]})`}
            defaultValue={value('listenerPort', type === 'application' ? '80' : '')}
            error={err('listenerPort')}
            className="max-w-xs"
          />
        ) : (
          <SelectField
            id="listenerArn"
            name="listenerArn"
            label="Listener"
            defaultValue={value('listenerArn')}
            options={[
              { value: '', label: 'Choose a listener' },
              ...(chosenLb?.listeners ?? []).map((l) => ({ value: l.arn, label: `${l.protocol}:${l.port}` })),
            ]}
            error={err('listenerArn')}
            className="max-w-xs"
          />
        )}
      </NewOrExisting>
      <NewOrExisting
        legend="Target group"
        name="targetGroupChoice"
        choice={tgChoice}
        onChoice={setTgChoice}
        existingCount={targetGroups.length}
        what={`${PROTOCOL[type]} target group of target type ${targetType}`}
        error={err('targetGroupChoice')}
      >
        {tgChoice === 'new' ? (
          <div className="grid max-w-3xl gap-4 sm:grid-cols-2">
            <TextField
              id="targetGroupName"
              name="targetGroupName"
              label="Target group name"
              constraint={`Protocol ${PROTOCOL[type]}, target type ${targetType}.`}
              defaultValue={value('targetGroupName')}
              error={err('targetGroupName')}
            />
            {type === 'application' && (
              <TextField
                id="healthCheckPath"
                name="healthCheckPath"
                label="Health check path"
                defaultValue={value('healthCheckPath', '/')}
                error={err('healthCheckPath')}
              />
            )}
          </div>
        ) : (
          <SelectField
            id="targetGroupArn"
            name="targetGroupArn"
            label="Target group"
            defaultValue={value('targetGroupArn')}
            options={[
              { value: '', label: 'Choose a target group' },
              ...targetGroups.map((tg) => ({ value: tg.arn, label: `${tg.name} (${tg.protocol}:${tg.port ?? '-'})` })),
            ]}
            error={err('targetGroupArn')}
            className="max-w-md"
          />
        )}
      </NewOrExisting>
      <GracePeriodField state={state} />
    </div>
  );
}
