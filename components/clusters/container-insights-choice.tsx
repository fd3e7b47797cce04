'use client';
// The three Container Insights options (the containerInsights cluster setting), as radio buttons.
import { useState } from 'react';
import { ChoiceGroup, Radio } from '@/components/ui/checkbox';

const OPTIONS = [
  { value: 'disabled', label: 'Default (off)', description: 'CloudWatch metrics only, no Container Insights.' },
  {
    value: 'enhanced',
    label: 'Container Insights with enhanced observability',
    description: 'Recommended: detailed task and container metrics.',
  },
  { value: 'enabled', label: 'Container Insights', description: 'Cluster and service level metrics.' },
] as const;

export function ContainerInsightsChoice({ initial }: { initial: string }) {
  const [value, setValue] = useState(initial);
  return (
    <ChoiceGroup legend="Container Insights">
      {OPTIONS.map((o) => (
        <Radio
          key={o.value}
          id={`containerInsights-${o.value}`}
          name="containerInsights"
          value={o.value}
          checked={value === o.value}
          onChange={() => setValue(o.value)}
          label={o.label}
          description={o.description}
        />
      ))}
    </ChoiceGroup>
  );
}
