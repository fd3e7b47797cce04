'use client';
// What Docker runs the container with, in collapsible sub-sections that open when they have content: entry point,
// command, working directory and user; ulimits; Docker labels; mount points; environment files; and the private
// registry credentials the image is pulled with.
import { ULIMIT_NAMES } from '@/lib/task-definition-form/form-model';
import { useEditor } from './editor-context';
import { FormCheckbox, FormSelect, FormText } from './editor-fields';
import { KeyValueRows, RowList, SubSection } from './editor-groups';

const ULIMITS = ULIMIT_NAMES.map((n) => ({ value: n, label: n }));

export function ContainerDockerSettings({ index }: { index: number }) {
  const { form, bind, bindCheck, bindRows } = useEditor();
  const c = form.containers[index];
  const volumes = form.volumes.map((v) => v.name).filter(Boolean);
  return (
    <>
      <SubSection title="Docker configuration" open={Boolean(c.entryPoint || c.command || c.workingDirectory || c.user)}>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormText label="Entry point" description="Comma separated: sh, -c" {...bind('containers', index, 'entryPoint')} />
          <FormText label="Command" description="Comma separated: node, server.js" {...bind('containers', index, 'command')} />
          <FormText label="Working directory" {...bind('containers', index, 'workingDirectory')} />
          <FormText label="User" {...bind('containers', index, 'user')} />
        </div>
      </SubSection>
      <SubSection title="Resource limits (Ulimits)" open={c.ulimits.length > 0}>
        <RowList
          title="Ulimits"
          itemLabel="Ulimit"
          {...bindRows(['containers', index, 'ulimits'], () => ({ name: 'nofile', softLimit: '', hardLimit: '' }))}
          render={(_, j) => (
            <>
              <FormSelect
                label="Limit name"
                className="w-36"
                options={ULIMITS}
                {...bind('containers', index, 'ulimits', j, 'name')}
              />
              <FormText label="Soft limit" numeric className="w-32" {...bind('containers', index, 'ulimits', j, 'softLimit')} />
              <FormText label="Hard limit" numeric className="w-32" {...bind('containers', index, 'ulimits', j, 'hardLimit')} />
            </>
          )}
        />
      </SubSection>
      <SubSection title="Docker labels" open={c.dockerLabels.length > 0}>
        <KeyValueRows title="Labels" itemLabel="Docker label" path={['containers', index, 'dockerLabels']} />
      </SubSection>
      <SubSection title="Mount points" open={c.mountPoints.length > 0}>
        <RowList
          title="Container mount points"
          itemLabel="Mount point"
          description={volumes.length === 0 ? 'Add a volume under Storage first.' : undefined}
          {...bindRows(['containers', index, 'mountPoints'], () => ({
            sourceVolume: volumes[0] ?? '',
            containerPath: '',
            readOnly: '' as const,
          }))}
          render={(_, j) => (
            <>
              <FormSelect
                label="Source volume"
                className="w-44"
                options={[{ value: '', label: 'Choose a volume' }, ...volumes.map((n) => ({ value: n, label: n }))]}
                {...bind('containers', index, 'mountPoints', j, 'sourceVolume')}
              />
              <FormText
                label="Container path"
                className="w-56"
                {...bind('containers', index, 'mountPoints', j, 'containerPath')}
              />
              <FormCheckbox label="Read only" {...bindCheck('containers', index, 'mountPoints', j, 'readOnly')} />
            </>
          )}
        />
      </SubSection>
      <SubSection title="Environment files" open={c.environmentFiles.length > 0}>
        <RowList
          title="Add from file"
          itemLabel="Environment file"
          max={10}
          {...bindRows(['containers', index, 'environmentFiles'], () => ({ value: '', type: 's3' }))}
          render={(_, j) => (
            <FormText
              label="Location (S3 object ARN)"
              className="min-w-72 flex-1"
              placeholder="arn:aws:s3:::bucket/app.env"
              {...bind('containers', index, 'environmentFiles', j, 'value')}
            />
          )}
        />
      </SubSection>
      <SubSection title="Private registry authentication" open={Boolean(c.repositoryCredentials)}>
        <FormText label="Secrets Manager ARN or name" {...bind('containers', index, 'repositoryCredentials')} />
      </SubSection>
    </>
  );
}
