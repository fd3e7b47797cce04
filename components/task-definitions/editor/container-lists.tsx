'use client';
// The container's lists in collapsible sub-sections: ulimits, docker labels, mount points, environment files.
import { type ContainerForm, ULIMIT_NAMES } from '@/lib/task-definition-form/form-model';
import type { ContainerEdit } from './container-section';
import { useEditor } from './editor-context';
import { FormCheckbox, FormSelect, FormText, RowList, SubSection } from './editor-fields';

export function ContainerLists({ c, at, edit }: { c: ContainerForm; at: string; edit: ContainerEdit }) {
  const { form } = useEditor();
  const volumes = form.volumes.map((v) => v.name).filter(Boolean);
  return (
    <>
      <SubSection title="Resource limits (Ulimits)" open={c.ulimits.length > 0}>
        <RowList
          title="Ulimits"
          itemLabel="Ulimit"
          rows={c.ulimits}
          onAdd={() => edit((x) => x.ulimits.push({ name: 'nofile', softLimit: '', hardLimit: '' }))}
          onRemove={(j) => edit((x) => x.ulimits.splice(j, 1))}
          render={(u, j) => (
            <>
              <FormSelect
                path={`${at}.ulimits.${j}.name`}
                label="Limit name"
                className="w-36"
                value={u.name}
                options={ULIMIT_NAMES.map((n) => ({ value: n, label: n }))}
                onChange={(v) =>
                  edit((x) => {
                    x.ulimits[j].name = v;
                  })
                }
              />
              <FormText
                path={`${at}.ulimits.${j}.softLimit`}
                label="Soft limit"
                numeric
                className="w-32"
                value={u.softLimit}
                onChange={(v) =>
                  edit((x) => {
                    x.ulimits[j].softLimit = v;
                  })
                }
              />
              <FormText
                path={`${at}.ulimits.${j}.hardLimit`}
                label="Hard limit"
                numeric
                className="w-32"
                value={u.hardLimit}
                onChange={(v) =>
                  edit((x) => {
                    x.ulimits[j].hardLimit = v;
                  })
                }
              />
            </>
          )}
        />
      </SubSection>
      <SubSection title="Docker labels" open={c.dockerLabels.length > 0}>
        <RowList
          title="Labels"
          itemLabel="Docker label"
          rows={c.dockerLabels}
          onAdd={() => edit((x) => x.dockerLabels.push({ key: '', value: '' }))}
          onRemove={(j) => edit((x) => x.dockerLabels.splice(j, 1))}
          render={(l, j) => (
            <>
              <FormText
                path={`${at}.dockerLabels.${j}.key`}
                label="Key"
                className="w-52"
                value={l.key}
                onChange={(v) =>
                  edit((x) => {
                    x.dockerLabels[j].key = v;
                  })
                }
              />
              <FormText
                path={`${at}.dockerLabels.${j}.value`}
                label="Value"
                className="min-w-48 flex-1"
                value={l.value}
                onChange={(v) =>
                  edit((x) => {
                    x.dockerLabels[j].value = v;
                  })
                }
              />
            </>
          )}
        />
      </SubSection>
      <SubSection title="Mount points" open={c.mountPoints.length > 0}>
        <RowList
          title="Container mount points"
          itemLabel="Mount point"
          rows={c.mountPoints}
          description={volumes.length === 0 ? 'Add a volume under Storage first.' : undefined}
          onAdd={() => edit((x) => x.mountPoints.push({ sourceVolume: volumes[0] ?? '', containerPath: '', readOnly: '' }))}
          onRemove={(j) => edit((x) => x.mountPoints.splice(j, 1))}
          render={(m, j) => (
            <>
              <FormSelect
                path={`${at}.mountPoints.${j}.sourceVolume`}
                label="Source volume"
                className="w-44"
                value={m.sourceVolume}
                options={[{ value: '', label: 'Choose a volume' }, ...volumes.map((n) => ({ value: n, label: n }))]}
                onChange={(v) =>
                  edit((x) => {
                    x.mountPoints[j].sourceVolume = v;
                  })
                }
              />
              <FormText
                path={`${at}.mountPoints.${j}.containerPath`}
                label="Container path"
                className="w-56"
                value={m.containerPath}
                onChange={(v) =>
                  edit((x) => {
                    x.mountPoints[j].containerPath = v;
                  })
                }
              />
              <FormCheckbox
                path={`${at}.mountPoints.${j}.readOnly`}
                label="Read only"
                checked={m.readOnly === 'true'}
                onChange={(on) =>
                  edit((x) => {
                    x.mountPoints[j].readOnly = on ? 'true' : 'false';
                  })
                }
              />
            </>
          )}
        />
      </SubSection>
      <SubSection title="Environment files" open={c.environmentFiles.length > 0}>
        <RowList
          title="Add from file"
          itemLabel="Environment file"
          rows={c.environmentFiles}
          max={10}
          onAdd={() => edit((x) => x.environmentFiles.push({ value: '', type: 's3' }))}
          onRemove={(j) => edit((x) => x.environmentFiles.splice(j, 1))}
          render={(f, j) => (
            <FormText
              path={`${at}.environmentFiles.${j}.value`}
              label="Location (S3 object ARN)"
              className="min-w-72 flex-1"
              placeholder="arn:aws:s3:::bucket/app.env"
              value={f.value}
              onChange={(v) =>
                edit((x) => {
                  x.environmentFiles[j].value = v;
                })
              }
            />
          )}
        />
      </SubSection>
    </>
  );
}
