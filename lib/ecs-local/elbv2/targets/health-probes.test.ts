// Real health checks counted where they land: an engine with real load balancers on a FakeClock, and a loopback HTTP
// backend that counts the checks it receives. The scheduler runs synchronously, so every check's result comes back
// only after the ticks (as a slow target's would): the target must not be checked again while its check is out.
import http from 'node:http';
import type net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine';
import { albWithTargetGroup, elb } from '../../testing/elbv2';
import { START, testEngine } from '../../testing/engine';
import { freePort } from '../../testing/ports';

const opened: { close(): void | Promise<void> }[] = [];

afterEach(async () => {
  for (const o of opened.splice(0).reverse()) await o.close();
});

/** A loopback backend answering 200 on /health; `checks` counts the requests it received there. */
async function backend(): Promise<{ port: number; checks: number; agents: string[] }> {
  const b = { port: 0, checks: 0, agents: [] as string[] };
  const server = http.createServer((req, res) => {
    if (req.url === '/health') {
      b.checks++;
      b.agents.push(String(req.headers['user-agent']));
    }
    res.writeHead(200).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  b.port = (server.address() as net.AddressInfo).port;
  opened.push({
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
  return b;
}

async function until(what: string, fn: () => boolean, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!fn()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Real time for checks still on their way to land (the engine's clock does not move meanwhile). */
const settle = () => new Promise((r) => setTimeout(r, 300));

function health(engine: Engine, targetGroupArn: string): string {
  const out = elb<{ TargetHealthDescriptions: { TargetHealth: { State: string } }[] }>(engine, 'DescribeTargetHealth', {
    TargetGroupArn: targetGroupArn,
  });
  return out.TargetHealthDescriptions[0].TargetHealth.State;
}

describe('real health checks, counted by the target', () => {
  it('checks once per HealthCheckIntervalSeconds, not again at every tick while a check is out', async () => {
    const { engine, clock } = testEngine(START, { loadBalancers: 'real' });
    opened.push({ close: () => engine.close() });
    const target = await backend();
    const { targetGroupArn } = albWithTargetGroup(engine, 'probes', await freePort(), {
      HealthCheckPath: '/health',
      HealthCheckIntervalSeconds: 5,
      HealthCheckTimeoutSeconds: 2,
    });
    elb(engine, 'RegisterTargets', { TargetGroupArn: targetGroupArn, Targets: [{ Id: '127.0.0.1', Port: target.port }] });

    // 12 s in 250 ms ticks: checks are due 5 s after the registration and one interval later, at 10 s. No result
    // can come back during the ticks, so each check is still out at the 20 ticks that follow it.
    engine.advance(12_000);
    await until('two checks and their results', () => target.checks >= 2 && health(engine, targetGroupArn) === 'healthy');
    await settle();
    expect(target.checks).toBe(2);
    expect(target.agents).toEqual(['ELB-HealthChecker/2.0', 'ELB-HealthChecker/2.0']);

    // The results came back at 12 s: the next check is one interval later, at 17 s, and only that one.
    engine.advance(4_750);
    await settle();
    expect(target.checks).toBe(2);
    engine.advance(250);
    await until('the third check', () => target.checks >= 3);
    await settle();
    expect(target.checks).toBe(3);
    expect(clock.now() - START).toBe(17_000);
    expect(health(engine, targetGroupArn)).toBe('healthy');
  });
});
