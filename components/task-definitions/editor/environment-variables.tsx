'use client';
// The container's environment variables: each a plain value or a valueFrom reference (Secrets Manager, SSM).
import { useEditor } from './editor-context';
import { FormSelect, FormText } from './editor-fields';
import { RowList } from './editor-groups';

const VALUE_TYPES = [
  { value: 'value', label: 'Value' },
  { value: 'valueFrom', label: 'ValueFrom' },
];

export function EnvironmentVariables({ index }: { index: number }) {
  const { bind, bindRows } = useEditor();
  return (
    <RowList
      title="Environment variables"
      itemLabel="Environment variable"
      {...bindRows(['containers', index, 'environment'], () => ({ name: '', valueType: 'value' as const, value: '' }))}
      render={(e, j) => (
        <>
          <FormText label="Key" className="w-44" {...bind('containers', index, 'environment', j, 'name')} />
          <FormSelect
            label="Value type"
            className="w-32"
            options={VALUE_TYPES}
            {...bind('containers', index, 'environment', j, 'valueType')}
          />
          <FormText
            label="Value"
            className="min-w-48 flex-1"
            placeholder={e.valueType === 'valueFrom' ? 'arn:aws:secretsmanager:… or arn:aws:ssm:…' : undefined}
            {...bind('containers', index, 'environment', j, 'value')}
          />
        </>
      )}
    />
  );
}
