// Fargate task sizes: the valid task-level CPU / memory pairs (ECS developer guide, task-cpu-memory-error).

export interface FargateCpuOption {
  cpu: number;
  vcpu: string;
  memory: readonly number[];
  windows: boolean;
}

function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let v = from; v <= to; v += step) out.push(v);
  return out;
}

export const FARGATE_SIZES: readonly FargateCpuOption[] = [
  { cpu: 256, vcpu: '.25 vCPU', memory: [512, 1024, 2048], windows: false },
  { cpu: 512, vcpu: '.5 vCPU', memory: [1024, 2048, 3072, 4096], windows: false },
  { cpu: 1024, vcpu: '1 vCPU', memory: range(2048, 8192, 1024), windows: true },
  { cpu: 2048, vcpu: '2 vCPU', memory: range(4096, 16384, 1024), windows: true },
  { cpu: 4096, vcpu: '4 vCPU', memory: range(8192, 30720, 1024), windows: true },
  { cpu: 8192, vcpu: '8 vCPU', memory: range(16384, 61440, 4096), windows: false },
  { cpu: 16384, vcpu: '16 vCPU', memory: range(32768, 122880, 8192), windows: false },
];

export function fargateMemoryOptions(cpu: number): readonly number[] {
  return FARGATE_SIZES.find((s) => s.cpu === cpu)?.memory ?? [];
}

export function isValidFargatePair(cpu: number, memory: number): boolean {
  return fargateMemoryOptions(cpu).includes(memory);
}

/** ECS's refusal for an invalid pair, word for word. */
export function fargatePairError(cpu: number | string, memory: number | string): string {
  return `No Fargate configuration exists for given values: ${cpu} CPU, ${memory} memory. See the Amazon ECS documentation for the valid values.`;
}

/**
 * Task-level cpu accepts "1024", "1 vCPU" or "1 vcpu"; memory accepts "1024", "1GB" or "1 GB".
 * Returns the normalized integer (CPU units / MiB) or undefined when the text is not a size.
 */
export function parseCpu(value: string): number | undefined {
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v);
  const m = /^(\d+(?:\.\d+)?)\s*vcpu$/i.exec(v);
  return m ? Math.round(Number(m[1]) * 1024) : undefined;
}

export function parseMemory(value: string): number | undefined {
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v);
  const m = /^(\d+(?:\.\d+)?)\s*gb$/i.exec(v);
  return m ? Math.round(Number(m[1]) * 1024) : undefined;
}

export function formatMemory(mib: number): string {
  return mib >= 1024 ? `${mib / 1024} GB` : `${mib} MiB`;
}
