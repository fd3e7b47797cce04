// The choices the editor offers (AWS console labels), kept apart from the form model itself.

export const LAUNCH_TYPES = [
  { value: 'FARGATE', label: 'AWS Fargate' },
  { value: 'EC2', label: 'Amazon EC2 instances' },
  { value: 'EXTERNAL', label: 'External instances' },
] as const;

export const OPERATING_SYSTEMS = [
  { value: 'LINUX', label: 'Linux' },
  { value: 'WINDOWS_SERVER_2019_FULL', label: 'Windows Server 2019 Full' },
  { value: 'WINDOWS_SERVER_2019_CORE', label: 'Windows Server 2019 Core' },
  { value: 'WINDOWS_SERVER_2022_FULL', label: 'Windows Server 2022 Full' },
  { value: 'WINDOWS_SERVER_2022_CORE', label: 'Windows Server 2022 Core' },
  { value: 'WINDOWS_SERVER_2025_FULL', label: 'Windows Server 2025 Full' },
  { value: 'WINDOWS_SERVER_2025_CORE', label: 'Windows Server 2025 Core' },
] as const;

export const CPU_ARCHITECTURES = [
  { value: 'X86_64', label: 'X86_64' },
  { value: 'ARM64', label: 'ARM64' },
] as const;

export const NETWORK_MODES = ['awsvpc', 'bridge', 'host', 'none'] as const;

export { LOG_DRIVERS, ULIMIT_NAMES } from '../ecs-rules/container-settings';
