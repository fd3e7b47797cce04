'use client';
// The container's repeated groups: port mappings (host port only where the network mode allows one),
// environment variables (value or valueFrom) and log collection with the awslogs defaults.
import type { ContainerForm } from '@/lib/task-definition-form/form-model';
import { defaultLogConfiguration, LOG_DRIVERS, newPortMapping } from '@/lib/task-definition-form/form-model';
import type { ContainerEdit } from './container-section';
import { useEditor } from './editor-context';
import { FormCheckbox, FormSelect, FormText, PathError, RowList } from './editor-fields';

export function PortMappings({ c, at, edit }: { c: ContainerForm; at: string; edit: ContainerEdit }) {
  const { form } = useEditor();
  const hostPortAllowed = form.networkMode === '' || form.networkMode === 'bridge' || form.networkMode === 'host';
  return (
    <RowList
      title="Port mappings"
      itemLabel="Port mapping"
      rows={c.portMappings}
      onAdd={() => edit((x) => x.portMappings.push(newPortMapping()))}
      onRemove={(j) => edit((x) => x.portMappings.splice(j, 1))}
      render={(pm, j) => {
        const p = `${at}.portMappings.${j}`;
        return (
          <>
            <FormText
              path={`${p}.containerPort`}
              label="Container port"
              numeric
              className="w-32"
              value={pm.containerPort}
              onChange={(v) =>
                edit((x) => {
                  x.portMappings[j].containerPort = v;
                })
              }
            />
            <FormSelect
              path={`${p}.protocol`}
              label="Protocol"
              className="w-28"
              value={pm.protocol}
              options={[
                { value: 'tcp', label: 'TCP' },
                { value: 'udp', label: 'UDP' },
                { value: '', label: 'Default (TCP)' },
              ]}
              onChange={(v) =>
                edit((x) => {
                  x.portMappings[j].protocol = v;
                })
              }
            />
            {hostPortAllowed && (
              <FormText
                path={`${p}.hostPort`}
                label="Host port"
                numeric
                className="w-28"
                value={pm.hostPort}
                onChange={(v) =>
                  edit((x) => {
                    x.portMappings[j].hostPort = v;
                  })
                }
              />
            )}
            <FormText
              path={`${p}.name`}
              label="Port name"
              className="w-44"
              value={pm.name}
              placeholder={c.name && pm.containerPort ? `${c.name}-${pm.containerPort}-${pm.protocol || 'tcp'}` : undefined}
              onChange={(v) =>
                edit((x) => {
                  x.portMappings[j].name = v;
                })
              }
            />
            <FormSelect
              path={`${p}.appProtocol`}
              label="App protocol"
              className="w-32"
              value={pm.appProtocol}
              options={[
                { value: '', label: 'None' },
                { value: 'http', label: 'HTTP' },
                { value: 'http2', label: 'HTTP2' },
                { value: 'grpc', label: 'gRPC' },
              ]}
              onChange={(v) =>
                edit((x) => {
                  x.portMappings[j].appProtocol = v;
                })
              }
            />
          </>
        );
      }}
    />
  );
}

export function Environment({ c, at, edit }: { c: ContainerForm; at: string; edit: ContainerEdit }) {
  return (
    <RowList
      title="Environment variables"
      itemLabel="Environment variable"
      rows={c.environment}
      onAdd={() => edit((x) => x.environment.push({ name: '', valueType: 'value', value: '' }))}
      onRemove={(j) => edit((x) => x.environment.splice(j, 1))}
      render={(e, j) => {
        const p = `${at}.environment.${j}`;
        return (
          <>
            <FormText
              path={`${p}.name`}
              label="Key"
              className="w-44"
              value={e.name}
              onChange={(v) =>
                edit((x) => {
                  x.environment[j].name = v;
                })
              }
            />
            <FormSelect
              path={`${p}.valueType`}
              label="Value type"
              className="w-32"
              value={e.valueType}
              options={[
                { value: 'value', label: 'Value' },
                { value: 'valueFrom', label: 'ValueFrom' },
              ]}
              onChange={(v) =>
                edit((x) => {
                  x.environment[j].valueType = v as 'value' | 'valueFrom';
                })
              }
            />
            <FormText
              path={`${p}.value`}
              label="Value"
              className="min-w-48 flex-1"
              value={e.value}
              placeholder={e.valueType === 'valueFrom' ? 'arn:aws:secretsmanager:… or arn:aws:ssm:…' : undefined}
              onChange={(v) =>
                edit((x) => {
                  x.environment[j].value = v;
                })
              }
            />
          </>
        );
      }}
    />
  );
}

export function Logging({ c, at, edit }: { c: ContainerForm; at: string; edit: ContainerEdit }) {
  const { form, region } = useEditor();
  const log = c.logConfiguration;
  return (
    <div className="space-y-3">
      <FormCheckbox
        path={`${at}.logConfiguration.enabled`}
        label="Use log collection"
        description="Send the container's output to Amazon CloudWatch (awslogs) or another log driver."
        checked={log.enabled}
        onChange={(on) =>
          edit((x) => {
            x.logConfiguration =
              on && x.logConfiguration.options.length === 0
                ? defaultLogConfiguration(form.family, region)
                : { ...x.logConfiguration, enabled: on };
          })
        }
      />
      {log.enabled && (
        <>
          <FormSelect
            path={`${at}.logConfiguration.logDriver`}
            label="Log driver"
            className="w-56"
            value={log.logDriver}
            options={LOG_DRIVERS.map((d) => ({ value: d, label: d === 'awslogs' ? 'Amazon CloudWatch (awslogs)' : d }))}
            onChange={(v) =>
              edit((x) => {
                x.logConfiguration.logDriver = v;
              })
            }
          />
          <PathError path={`${at}.logConfiguration.options`} />
          <RowList
            title="Log options"
            itemLabel="Log option"
            rows={log.options}
            onAdd={() => edit((x) => x.logConfiguration.options.push({ key: '', value: '' }))}
            onRemove={(j) => edit((x) => x.logConfiguration.options.splice(j, 1))}
            render={(o, j) => (
              <>
                <FormText
                  path={`${at}.logConfiguration.options.${j}.key`}
                  label="Key"
                  className="w-52"
                  value={o.key}
                  onChange={(v) =>
                    edit((x) => {
                      x.logConfiguration.options[j].key = v;
                    })
                  }
                />
                <FormText
                  path={`${at}.logConfiguration.options.${j}.value`}
                  label="Value"
                  className="min-w-48 flex-1"
                  value={o.value}
                  onChange={(v) =>
                    edit((x) => {
                      x.logConfiguration.options[j].value = v;
                    })
                  }
                />
              </>
            )}
          />
        </>
      )}
    </div>
  );
}
