// Regions offered by the header's region selector. Pure data, safe for client components.

export const REGION_COOKIE = 'ecs-region';

export const REGIONS = [
  { id: 'us-east-1', label: 'US East (N. Virginia)' },
  { id: 'us-east-2', label: 'US East (Ohio)' },
  { id: 'us-west-1', label: 'US West (N. California)' },
  { id: 'us-west-2', label: 'US West (Oregon)' },
  { id: 'ca-central-1', label: 'Canada (Central)' },
  { id: 'sa-east-1', label: 'South America (São Paulo)' },
  { id: 'eu-west-1', label: 'Europe (Ireland)' },
  { id: 'eu-west-2', label: 'Europe (London)' },
  { id: 'eu-west-3', label: 'Europe (Paris)' },
  { id: 'eu-central-1', label: 'Europe (Frankfurt)' },
  { id: 'eu-north-1', label: 'Europe (Stockholm)' },
  { id: 'ap-south-1', label: 'Asia Pacific (Mumbai)' },
  { id: 'ap-northeast-1', label: 'Asia Pacific (Tokyo)' },
  { id: 'ap-northeast-2', label: 'Asia Pacific (Seoul)' },
  { id: 'ap-southeast-1', label: 'Asia Pacific (Singapore)' },
  { id: 'ap-southeast-2', label: 'Asia Pacific (Sydney)' },
] as const;

/**
 * Every AWS Region id the console accepts from the Region cookie, besides those in ECS_CONSOLE_REGIONS. A cookie
 * is the client's to write, and each Region gets its own SDK client and dashboard poller, so an invented id is
 * ignored (the default Region is used) rather than accepted.
 */
export const KNOWN_REGION_IDS: ReadonlySet<string> = new Set([
  ...REGIONS.map((r) => r.id),
  'af-south-1',
  'ap-east-1',
  'ap-east-2',
  'ap-northeast-3',
  'ap-south-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ap-southeast-6',
  'ap-southeast-7',
  'ca-west-1',
  'eu-central-2',
  'eu-south-1',
  'eu-south-2',
  'il-central-1',
  'me-central-1',
  'me-south-1',
  'mx-central-1',
  'us-gov-east-1',
  'us-gov-west-1',
  'cn-north-1',
  'cn-northwest-1',
]);

/** A Region id the console accepts: a known AWS Region or one named in ECS_CONSOLE_REGIONS (`extra`). */
export function isAcceptedRegion(value: string | undefined, extra: readonly string[] = []): value is string {
  return value !== undefined && (KNOWN_REGION_IDS.has(value) || extra.includes(value));
}
