'use client';
// The container's less common settings, each in a collapsible sub-section that opens when it has content.
import type { ContainerForm } from '@/lib/task-definition-form/form-model';
import { ContainerLists } from './container-lists';
import type { ContainerEdit } from './container-section';
import { useEditor } from './editor-context';
import { FormSelect, FormText, RowList, SubSection } from './editor-fields';

const CONDITIONS = ['START', 'COMPLETE', 'SUCCESS', 'HEALTHY'].map((v) => ({ value: v, label: v }));

export function ContainerMore({ c, at, edit }: { c: ContainerForm; at: string; edit: ContainerEdit }) {
  const { form } = useEditor();
  const h = c.healthCheck;
  const others = form.containers.map((x) => x.name).filter((n) => n && n !== c.name);
  const extra = Object.keys(c.extra);
  return (
    <div className="space-y-2">
      <SubSection title="HealthCheck" open={Object.values(h).some(Boolean)}>
        <FormText
          path={`${at}.healthCheck.command`}
          label="Command"
          description="Comma separated, starting with CMD or CMD-SHELL, for example: CMD-SHELL, curl -f http://localhost/ || exit 1"
          value={h.command}
          onChange={(v) =>
            edit((x) => {
              x.healthCheck.command = v;
            })
          }
        />
        <div className="grid gap-4 sm:grid-cols-4">
          {(
            [
              ['interval', 'Interval', '5-300 s, default 30'],
              ['timeout', 'Timeout', '2-60 s, default 5'],
              ['startPeriod', 'Start period', '0-300 s, default off'],
              ['retries', 'Retries', '1-10, default 3'],
            ] as const
          ).map(([key, label, hint]) => (
            <FormText
              key={key}
              path={`${at}.healthCheck.${key}`}
              label={label}
              description={hint}
              numeric
              value={h[key]}
              onChange={(v) =>
                edit((x) => {
                  x.healthCheck[key] = v;
                })
              }
            />
          ))}
        </div>
      </SubSection>
      <SubSection title="Startup dependency ordering" open={c.dependsOn.length > 0}>
        <RowList
          title="Dependencies"
          itemLabel="Container dependency"
          rows={c.dependsOn}
          onAdd={() => edit((x) => x.dependsOn.push({ containerName: others[0] ?? '', condition: 'START' }))}
          onRemove={(j) => edit((x) => x.dependsOn.splice(j, 1))}
          render={(d, j) => (
            <>
              <FormSelect
                path={`${at}.dependsOn.${j}.containerName`}
                label="Container name"
                className="w-48"
                value={d.containerName}
                options={[{ value: '', label: 'Choose a container' }, ...others.map((n) => ({ value: n, label: n }))]}
                onChange={(v) =>
                  edit((x) => {
                    x.dependsOn[j].containerName = v;
                  })
                }
              />
              <FormSelect
                path={`${at}.dependsOn.${j}.condition`}
                label="Condition"
                className="w-36"
                value={d.condition}
                options={CONDITIONS}
                onChange={(v) =>
                  edit((x) => {
                    x.dependsOn[j].condition = v;
                  })
                }
              />
            </>
          )}
        />
      </SubSection>
      <SubSection title="Container timeouts" open={Boolean(c.startTimeout || c.stopTimeout)}>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormText
            path={`${at}.startTimeout`}
            label="Start timeout"
            description="Seconds"
            numeric
            value={c.startTimeout}
            onChange={(v) =>
              edit((x) => {
                x.startTimeout = v;
              })
            }
          />
          <FormText
            path={`${at}.stopTimeout`}
            label="Stop timeout"
            description="Seconds (Fargate: 2-120)"
            numeric
            value={c.stopTimeout}
            onChange={(v) =>
              edit((x) => {
                x.stopTimeout = v;
              })
            }
          />
        </div>
      </SubSection>
      <SubSection title="Docker configuration" open={Boolean(c.entryPoint || c.command || c.workingDirectory || c.user)}>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormText
            path={`${at}.entryPoint`}
            label="Entry point"
            description="Comma separated: sh, -c"
            value={c.entryPoint}
            onChange={(v) =>
              edit((x) => {
                x.entryPoint = v;
              })
            }
          />
          <FormText
            path={`${at}.command`}
            label="Command"
            description="Comma separated: node, server.js"
            value={c.command}
            onChange={(v) =>
              edit((x) => {
                x.command = v;
              })
            }
          />
          <FormText
            path={`${at}.workingDirectory`}
            label="Working directory"
            value={c.workingDirectory}
            onChange={(v) =>
              edit((x) => {
                x.workingDirectory = v;
              })
            }
          />
          <FormText
            path={`${at}.user`}
            label="User"
            value={c.user}
            onChange={(v) =>
              edit((x) => {
                x.user = v;
              })
            }
          />
        </div>
      </SubSection>
      <ContainerLists c={c} at={at} edit={edit} />
      <SubSection title="Private registry authentication" open={Boolean(c.repositoryCredentials)}>
        <FormText
          path={`${at}.repositoryCredentials`}
          label="Secrets Manager ARN or name"
          value={c.repositoryCredentials}
          onChange={(v) =>
            edit((x) => {
              x.repositoryCredentials = v;
            })
          }
        />
      </SubSection>
      {extra.length > 0 && (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Also kept from the JSON (edit them there): {extra.join(', ')}.</p>
      )}
    </div>
  );
}
