'use client';
// Task definition configuration and infrastructure requirements: family, launch types, OS/architecture,
// network mode, task size (only valid Fargate pairs offered) and the two IAM roles.
import { ChoiceGroup } from '@/components/ui/checkbox';
import { Panel } from '@/components/ui/panel';
import { FARGATE_SIZES, formatMemory, parseCpu, parseMemory, RESOURCE_NAME_HINT } from '@/lib/ecs-rules';
import { CPU_ARCHITECTURES, LAUNCH_TYPES, NETWORK_MODES, OPERATING_SYSTEMS } from '@/lib/task-definition-form/form-model';
import { useEditor } from './editor-context';
import { FormCheckbox, FormSelect, FormText } from './editor-fields';

function renameLogGroups(
  draft: { containers: { logConfiguration: { options: { key: string; value: string }[] } }[] },
  from: string,
  to: string,
) {
  for (const c of draft.containers)
    for (const o of c.logConfiguration.options)
      if (o.key === 'awslogs-group' && o.value === `/ecs/${from}`) o.value = `/ecs/${to}`;
}

function memoryOptions(memory: string, size: (typeof FARGATE_SIZES)[number] | undefined) {
  const options = [
    { value: '', label: 'Choose memory' },
    ...(size?.memory ?? []).map((m) => ({ value: String(m), label: formatMemory(m) })),
  ];
  // Keep a value that does not fit the chosen CPU visible (and flagged by validation) rather than changing it.
  if (memory !== '' && !options.some((o) => o.value === memory)) {
    const mib = parseMemory(memory);
    const label = mib === undefined ? memory : formatMemory(mib);
    options.push({ value: memory, label: size ? `${label} (not valid for ${size.vcpu})` : label });
  }
  return options;
}

function TaskSize() {
  const { form, bind } = useEditor();
  const fargate = form.requiresCompatibilities.includes('FARGATE');
  if (!fargate)
    return (
      <div className="grid gap-4 sm:grid-cols-2">
        <FormText
          label="CPU"
          description="Task CPU in CPU units (1024 = 1 vCPU) or vCPU (1 vCPU). Optional for EC2."
          {...bind('cpu')}
        />
        <FormText label="Memory" description="Task memory in MiB (3072) or GB (3 GB). Optional for EC2." {...bind('memory')} />
      </div>
    );
  const cpu = parseCpu(form.cpu);
  const windows = form.operatingSystemFamily.startsWith('WINDOWS');
  const size = FARGATE_SIZES.find((s) => s.cpu === cpu);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <FormSelect
        label="CPU"
        options={[
          { value: '', label: 'Choose CPU' },
          ...FARGATE_SIZES.filter((s) => !windows || s.windows).map((s) => ({ value: String(s.cpu), label: s.vcpu })),
        ]}
        {...bind('cpu')}
      />
      <FormSelect
        label="Memory"
        description={size ? `Valid for ${size.vcpu} on Fargate.` : 'Choose the CPU first.'}
        options={memoryOptions(form.memory, size)}
        {...bind('memory')}
      />
    </div>
  );
}

export function TaskSection() {
  const { form, update, bind } = useEditor();
  const toggleLaunchType = (value: string, on: boolean) =>
    update((d) => {
      d.requiresCompatibilities = on
        ? [...d.requiresCompatibilities, value]
        : d.requiresCompatibilities.filter((v) => v !== value);
      if (on && value === 'FARGATE') d.networkMode = 'awsvpc';
    });
  return (
    <>
      <Panel title="Task definition configuration" className="mb-5">
        <FormText
          path="family"
          label="Task definition family"
          description="A name for the family; each registration adds a revision to it."
          placeholder="my-app"
          value={form.family}
          onChange={(v) =>
            update((d) => {
              renameLogGroups(d, d.family, v);
              d.family = v;
            })
          }
        />
        <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">{RESOURCE_NAME_HINT}</p>
      </Panel>
      <Panel title="Infrastructure requirements" className="mb-5">
        <div className="space-y-5">
          <ChoiceGroup legend="Launch type">
            {LAUNCH_TYPES.map((t) => (
              <FormCheckbox
                key={t.value}
                path={`requiresCompatibilities.${t.value}`}
                label={t.label}
                checked={form.requiresCompatibilities.includes(t.value)}
                onChange={(on) => toggleLaunchType(t.value, on)}
              />
            ))}
          </ChoiceGroup>
          <div className="grid gap-4 sm:grid-cols-3">
            <FormSelect
              label="Operating system family"
              options={[{ value: '', label: 'Not set' }, ...OPERATING_SYSTEMS]}
              {...bind('operatingSystemFamily')}
            />
            <FormSelect
              label="CPU architecture"
              options={[{ value: '', label: 'Not set' }, ...CPU_ARCHITECTURES]}
              {...bind('cpuArchitecture')}
            />
            <FormSelect
              label="Network mode"
              description={form.requiresCompatibilities.includes('FARGATE') ? 'Fargate requires awsvpc.' : undefined}
              options={[{ value: '', label: 'default (bridge)' }, ...NETWORK_MODES.map((m) => ({ value: m, label: m }))]}
              {...bind('networkMode')}
            />
          </div>
          <div>
            <h3 className="mb-2 text-sm font-bold">Task size</h3>
            <TaskSize />
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <FormText
              label="Task role"
              description="IAM role the containers use to call AWS APIs (optional)."
              placeholder="arn:aws:iam::123456789012:role/my-task-role"
              {...bind('taskRoleArn')}
            />
            <FormText
              label="Task execution role"
              description="IAM role ECS uses to pull images and write logs."
              placeholder="arn:aws:iam::123456789012:role/ecsTaskExecutionRole"
              {...bind('executionRoleArn')}
            />
          </div>
        </div>
      </Panel>
    </>
  );
}
