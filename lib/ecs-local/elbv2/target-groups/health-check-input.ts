// Health check settings of CreateTargetGroup and ModifyTargetGroup: AWS's defaults per protocol and its rules.
import type { CreateTargetGroupInput, Matcher } from '@aws-sdk/client-elastic-load-balancing-v2';
import { validationError } from '../common/errors';
import { APPLICATION_PROTOCOLS, type TargetGroupDoc } from './model';

/** The health check members CreateTargetGroup and ModifyTargetGroup share with TargetGroup. */
type HealthKey =
  | 'HealthCheckProtocol'
  | 'HealthCheckPort'
  | 'HealthCheckEnabled'
  | 'HealthCheckPath'
  | 'HealthCheckIntervalSeconds'
  | 'HealthCheckTimeoutSeconds'
  | 'HealthyThresholdCount'
  | 'UnhealthyThresholdCount'
  | 'Matcher';

type HealthInput = Pick<CreateTargetGroupInput, HealthKey>;

export type HealthSettings = Pick<TargetGroupDoc, HealthKey>;

/** `200`, `200,202`, `200-299` within [lo, hi]. */
export function matcherError(code: string, lo: number, hi: number): string | undefined {
  const parts = code.split(',');
  for (const part of parts) {
    const m = /^(\d{3})(?:-(\d{3}))?$/.exec(part.trim());
    if (!m) return `Health check matcher HTTP code '${code}' must be a code, a list (200,202) or a range (200-299)`;
    const from = Number(m[1]);
    const to = Number(m[2] ?? m[1]);
    if (from < lo || to > hi || from > to) return `Health check matcher HTTP code '${code}' must be between ${lo} and ${hi}`;
  }
  return undefined;
}

/** Whether an HTTP status satisfies a matcher code. */
export function matches(code: string, status: number): boolean {
  return code.split(',').some((part) => {
    const [from, to] = part.trim().split('-').map(Number);
    return status >= from && status <= (to ?? from);
  });
}

/** The health check settings of a new target group (protocol decides the defaults), or of a modified one over `current`. */
export function healthSettings(protocol: string, input: HealthInput, current?: HealthSettings): HealthSettings {
  const http = APPLICATION_PROTOCOLS.includes(protocol);
  const hcProtocol = input.HealthCheckProtocol ?? current?.HealthCheckProtocol ?? (http ? 'HTTP' : 'TCP');
  if (http && !APPLICATION_PROTOCOLS.includes(hcProtocol))
    throw validationError(
      `Health check protocol '${hcProtocol}' is not supported for target groups with the ${protocol} protocol`,
    );
  const checksHttp = hcProtocol === 'HTTP' || hcProtocol === 'HTTPS';
  if (!checksHttp && (input.HealthCheckPath || input.Matcher))
    throw validationError('A health check path and matcher can be set only with the HTTP or HTTPS health check protocol.');
  const interval = input.HealthCheckIntervalSeconds ?? current?.HealthCheckIntervalSeconds ?? 30;
  const timeout = input.HealthCheckTimeoutSeconds ?? current?.HealthCheckTimeoutSeconds ?? (checksHttp ? 5 : 10);
  if (timeout >= interval)
    throw validationError(
      `Health check timeout '${timeout}' must be smaller than the interval '${interval}'. Lower HealthCheckTimeoutSeconds or raise HealthCheckIntervalSeconds.`,
    );
  if (input.HealthCheckEnabled === false)
    throw validationError('Health checks cannot be disabled for instance and ip target groups.');
  const port = input.HealthCheckPort ?? current?.HealthCheckPort ?? 'traffic-port';
  if (port !== 'traffic-port' && !(/^\d{1,5}$/.test(port) && Number(port) >= 1 && Number(port) <= 65535))
    throw validationError(`Health check port '${port}' must be 'traffic-port' or a port from 1 to 65535.`);
  const settings: HealthSettings = {
    HealthCheckProtocol: hcProtocol as HealthSettings['HealthCheckProtocol'],
    HealthCheckPort: port,
    HealthCheckEnabled: true,
    HealthCheckIntervalSeconds: interval,
    HealthCheckTimeoutSeconds: timeout,
    HealthyThresholdCount: input.HealthyThresholdCount ?? current?.HealthyThresholdCount ?? 5,
    UnhealthyThresholdCount: input.UnhealthyThresholdCount ?? current?.UnhealthyThresholdCount ?? 2,
  };
  if (checksHttp) {
    settings.HealthCheckPath = input.HealthCheckPath ?? current?.HealthCheckPath ?? '/';
    if (!settings.HealthCheckPath.startsWith('/'))
      throw validationError(`Health check path '${settings.HealthCheckPath}' must start with '/'.`);
    const matcher: Matcher = input.Matcher ?? current?.Matcher ?? { HttpCode: http ? '200' : '200-399' };
    const [lo, hi] = http ? [200, 499] : [200, 599];
    const problem = matcher.HttpCode ? matcherError(matcher.HttpCode, lo, hi) : 'A matcher needs an HttpCode';
    if (problem) throw validationError(problem);
    settings.Matcher = { HttpCode: matcher.HttpCode };
  }
  return settings;
}
