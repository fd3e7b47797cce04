'use client';
// The container's port mappings; a host port only where the network mode allows one.
import { newPortMapping } from '@/lib/task-definition-form/form-model';
import { useEditor } from './editor-context';
import { FormSelect, FormText } from './editor-fields';
import { RowList } from './editor-groups';

const PROTOCOLS = [
  { value: 'tcp', label: 'TCP' },
  { value: 'udp', label: 'UDP' },
  { value: '', label: 'Default (TCP)' },
];

const APP_PROTOCOLS = [
  { value: '', label: 'None' },
  { value: 'http', label: 'HTTP' },
  { value: 'http2', label: 'HTTP2' },
  { value: 'grpc', label: 'gRPC' },
];

export function PortMappings({ index }: { index: number }) {
  const { form, bind, bindRows } = useEditor();
  const c = form.containers[index];
  const hostPortAllowed = form.networkMode === '' || form.networkMode === 'bridge' || form.networkMode === 'host';
  return (
    <RowList
      title="Port mappings"
      itemLabel="Port mapping"
      {...bindRows(['containers', index, 'portMappings'], newPortMapping)}
      render={(pm, j) => (
        <>
          <FormText
            label="Container port"
            numeric
            className="w-32"
            {...bind('containers', index, 'portMappings', j, 'containerPort')}
          />
          <FormSelect
            label="Protocol"
            className="w-28"
            options={PROTOCOLS}
            {...bind('containers', index, 'portMappings', j, 'protocol')}
          />
          {hostPortAllowed && (
            <FormText label="Host port" numeric className="w-28" {...bind('containers', index, 'portMappings', j, 'hostPort')} />
          )}
          <FormText
            label="Port name"
            className="w-44"
            placeholder={c.name && pm.containerPort ? `${c.name}-${pm.containerPort}-${pm.protocol || 'tcp'}` : undefined}
            {...bind('containers', index, 'portMappings', j, 'name')}
          />
          <FormSelect
            label="App protocol"
            className="w-32"
            options={APP_PROTOCOLS}
            {...bind('containers', index, 'portMappings', j, 'appProtocol')}
          />
        </>
      )}
    />
  );
}
