// An SDK call written as the AWS CLI command that does the same, for the audit trail:
// `aws ecs delete-service --region eu-west-1 --cluster web --service api --force`. Pure.
import { maskSecrets } from './mask';

export interface RecordedCall {
  /** The CLI's service name: `ecs`, `logs`, `elbv2`, `cloudwatch`, `application-autoscaling`. */
  service: string;
  /** The API operation, e.g. `DeleteService`. */
  operation: string;
  input: Record<string, unknown>;
  region: string;
  /** Set for an explicit endpoint (the local engine, an emulator). */
  endpoint?: string;
  /** ECS's exception name when the call failed. */
  errorCode?: string;
  errorMessage?: string;
}

/** botocore's xform_name: `DeleteService` → `delete-service`, `enableECSManagedTags` → `enable-ecs-managed-tags`. */
export function cliName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

/** POSIX single quotes, so the line can be pasted into a shell as it is. */
export function shellQuote(value: string): string {
  return /^[A-Za-z0-9_./:=@,+-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

function argument(name: string, value: unknown): string[] {
  const flag = `--${cliName(name)}`;
  if (value === undefined || value === null) return [];
  if (typeof value === 'boolean') return [value ? flag : `--no-${cliName(name)}`];
  if (typeof value === 'number') return [flag, String(value)];
  if (typeof value === 'string') return [flag, shellQuote(value)];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return [flag, ...value.map(shellQuote)];
  return [flag, shellQuote(JSON.stringify(value))];
}

/** The call as one CLI line, secrets masked. */
export function cliCommand(call: RecordedCall): string {
  const input = maskSecrets(call.input) as Record<string, unknown>;
  const parts = ['aws', call.service, cliName(call.operation), '--region', shellQuote(call.region)];
  if (call.endpoint) parts.push('--endpoint-url', shellQuote(call.endpoint));
  for (const [name, value] of Object.entries(input)) parts.push(...argument(name, value));
  return parts.join(' ');
}
