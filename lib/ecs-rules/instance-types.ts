// EC2 instance types the local engine can simulate for Auto Scaling group capacity providers: what each
// registers with ECS. CPU is 1024 units per vCPU; memory is the instance's MiB less what the OS and the agent
// keep (ECS registers a little less than the instance has; the exact amount varies by AMI).

export interface InstanceTypeFacts {
  vcpu: number;
  /** MiB the container instance registers. */
  memory: number;
}

const OS_RESERVED_MIB = 256;

function facts(vcpu: number, gib: number): InstanceTypeFacts {
  return { vcpu, memory: gib * 1024 - OS_RESERVED_MIB };
}

export const INSTANCE_TYPES: Readonly<Record<string, InstanceTypeFacts>> = {
  't3.micro': facts(2, 1),
  't3.small': facts(2, 2),
  't3.medium': facts(2, 4),
  't3.large': facts(2, 8),
  't3.xlarge': facts(4, 16),
  'm5.large': facts(2, 8),
  'm5.xlarge': facts(4, 16),
  'm5.2xlarge': facts(8, 32),
  'c5.large': facts(2, 4),
  'c5.xlarge': facts(4, 8),
  'c5.2xlarge': facts(8, 16),
  'r5.large': facts(2, 16),
  'r5.xlarge': facts(4, 32),
};

export const DEFAULT_INSTANCE_TYPE = 't3.medium';

export function isKnownInstanceType(name: string): boolean {
  return Object.hasOwn(INSTANCE_TYPES, name);
}
