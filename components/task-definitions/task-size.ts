// "1 vCPU / 3 GB" from a task definition's cpu and memory strings.
import { formatMemory, parseCpu, parseMemory } from '@/lib/ecs-rules';

export function taskSize(cpu?: string, memory?: string): string {
  const units = cpu ? parseCpu(cpu) : undefined;
  const mib = memory ? parseMemory(memory) : undefined;
  const vcpu = units !== undefined ? `${units / 1024} vCPU` : '-';
  return `${vcpu} / ${mib !== undefined ? formatMemory(mib) : '-'}`;
}
