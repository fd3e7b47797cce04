// Real health checks: HTTP GET of the target group's path (its matcher decides) or a TCP connect, against the target's
// loopback address, within HealthCheckTimeoutSeconds. Only 127.0.0.1 is ever reached: a target without a loopback
// address fails its checks with a description that says so.
import http from 'node:http';
import net from 'node:net';
import { matches } from '../target-groups/health-check-input';
import { checksHttp, type TargetGroupDoc } from '../target-groups/model';
import type { CheckFailure, TargetDoc } from '../targets/model';

export const UNREACHABLE: CheckFailure = {
  Reason: 'Target.FailedHealthChecks',
  Description:
    'Health checks failed: the local engine reaches targets only on 127.0.0.1 (a task port published there or an ip target 127.0.0.1)',
};
const TIMED_OUT: CheckFailure = { Reason: 'Target.Timeout', Description: 'Request timed out' };
const FAILED: CheckFailure = { Reason: 'Target.FailedHealthChecks', Description: 'Health checks failed' };

/** Where checks go: the target's loopback address, on the group's health check port when that is a fixed number. */
export function checkAddress(tg: TargetGroupDoc, target: TargetDoc): { host: string; port: number } | undefined {
  if (!target._address) return undefined;
  const [host, port] = target._address.split(':');
  if (host !== '127.0.0.1') return undefined;
  const fixed = tg.HealthCheckPort && tg.HealthCheckPort !== 'traffic-port' && target.Target.Id === '127.0.0.1';
  return { host, port: fixed ? Number(tg.HealthCheckPort) : Number(port) };
}

function httpCheck(tg: TargetGroupDoc, host: string, port: number, timeoutMs: number): Promise<CheckFailure | undefined> {
  return new Promise((resolve) => {
    const req = http.request(
      {
        host,
        port,
        path: tg.HealthCheckPath ?? '/',
        method: 'GET',
        headers: { 'User-Agent': 'ELB-HealthChecker/2.0' },
        agent: false,
      },
      (res) => {
        res.resume();
        const code = res.statusCode ?? 0;
        resolve(
          matches(tg.Matcher?.HttpCode ?? '200', code)
            ? undefined
            : { Reason: 'Target.ResponseCodeMismatch', Description: `Health checks failed with these codes: [${code}]` },
        );
      },
    );
    req.setTimeout(timeoutMs, () => {
      req.destroy();
      resolve(TIMED_OUT);
    });
    req.on('error', () => resolve(FAILED));
    req.end();
  });
}

function tcpCheck(host: string, port: number, timeoutMs: number): Promise<CheckFailure | undefined> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(timeoutMs, () => {
      socket.destroy();
      resolve(TIMED_OUT);
    });
    socket.once('connect', () => {
      socket.destroy();
      resolve(undefined);
    });
    socket.once('error', () => resolve(FAILED));
  });
}

/** One health check of the target; resolves with its failure, or undefined when it passed. Never rejects. */
export function runCheck(tg: TargetGroupDoc, target: TargetDoc, timeoutMs: number): Promise<CheckFailure | undefined> {
  const where = checkAddress(tg, target);
  if (!where) return Promise.resolve(UNREACHABLE);
  return checksHttp(tg) ? httpCheck(tg, where.host, where.port, timeoutMs) : tcpCheck(where.host, where.port, timeoutMs);
}
