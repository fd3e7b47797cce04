// Real load balancers on 127.0.0.1 against real loopback HTTP and TCP servers registered as `ip` targets: health
// checks, round robin over healthy targets, rules, a taken port, TCP pass-through, and draining under load.
import http from 'node:http';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { Engine } from '../../engine';
import { albWithTargetGroup, elb, type ServedElb, servedElb } from '../../testing/elbv2';
import { freePort } from '../../testing/ports';

interface Backend {
  port: number;
  hits: number;
  close(): Promise<void>;
}

const opened: { close(): Promise<void> }[] = [];
let served: ServedElb | undefined;

afterEach(async () => {
  await served?.close();
  served = undefined;
  for (const o of opened.splice(0)) await o.close();
});

async function backend(name: string, healthStatus = 200): Promise<Backend> {
  const b = { port: 0, hits: 0, close: async () => {} };
  const server = http.createServer((req, res) => {
    if (req.url === '/health') {
      res.writeHead(healthStatus).end();
      return;
    }
    b.hits++;
    res.writeHead(200, { 'content-type': 'text/plain' }).end(name);
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  b.port = (server.address() as net.AddressInfo).port;
  b.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  opened.push(b);
  return b;
}

async function until<T>(what: string, fn: () => T | undefined, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = fn();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function states(engine: Engine, tgArn: string): Record<string, string> {
  const out = elb<{
    TargetHealthDescriptions: { Target: { Port: number }; TargetHealth: { State: string; Description?: string } }[];
  }>(engine, 'DescribeTargetHealth', { TargetGroupArn: tgArn });
  return Object.fromEntries(out.TargetHealthDescriptions.map((d) => [d.Target.Port, d.TargetHealth.State]));
}

async function realElb(): Promise<ServedElb> {
  // Real time, sped up: a 5 s health check interval takes 0.25 s.
  return servedElb(new Engine({ memory: true, timeScale: 0.05, loadBalancers: 'real' }));
}

describe('real load balancers on 127.0.0.1', () => {
  it('checks targets for real and round-robins HTTP over the healthy ones; rules answer by path', async () => {
    served = await realElb();
    const [a, b, sick] = [await backend('a'), await backend('b'), await backend('sick', 503)];
    const port = await freePort();
    const { targetGroupArn, listenerArn } = albWithTargetGroup(served.engine, 'web', port, {
      HealthCheckPath: '/health',
      HealthCheckIntervalSeconds: 5,
      HealthCheckTimeoutSeconds: 2,
    });
    elb(served.engine, 'RegisterTargets', {
      TargetGroupArn: targetGroupArn,
      Targets: [a, b, sick].map((x) => ({ Id: '127.0.0.1', Port: x.port })),
    });
    elb(served.engine, 'CreateRule', {
      ListenerArn: listenerArn,
      Priority: 1,
      Conditions: [{ Field: 'path-pattern', Values: ['/teapot*'] }],
      Actions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '418', MessageBody: 'short and stout' } }],
    });
    await until('health checks', () => {
      const s = states(served!.engine, targetGroupArn);
      return s[a.port] === 'healthy' && s[b.port] === 'healthy' && s[sick.port] === 'unhealthy' ? s : undefined;
    });
    const sickHealth = elb<{ TargetHealthDescriptions: { TargetHealth: object }[] }>(served.engine, 'DescribeTargetHealth', {
      TargetGroupArn: targetGroupArn,
      Targets: [{ Id: '127.0.0.1', Port: sick.port }],
    });
    expect(sickHealth.TargetHealthDescriptions[0].TargetHealth).toEqual({
      State: 'unhealthy',
      Reason: 'Target.ResponseCodeMismatch',
      Description: 'Health checks failed with these codes: [503]',
    });
    const bodies: string[] = [];
    for (let i = 0; i < 10; i++) bodies.push(await (await fetch(`http://127.0.0.1:${port}/hello`)).text());
    expect(bodies.filter((x) => x === 'a')).toHaveLength(5);
    expect(bodies.filter((x) => x === 'b')).toHaveLength(5);
    expect(sick.hits).toBe(0);
    const teapot = await fetch(`http://127.0.0.1:${port}/teapot/1`);
    expect(teapot.status).toBe(418);
    expect(await teapot.text()).toBe('short and stout');
  });

  it('serves on a free port when the listener port is taken, and DescribeListeners shows it', async () => {
    served = await realElb();
    const blocker = net.createServer();
    const taken = await new Promise<number>((resolve) =>
      blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as net.AddressInfo).port)),
    );
    opened.push({ close: () => new Promise<void>((resolve) => blocker.close(() => resolve())) });
    const { loadBalancerArn } = albWithTargetGroup(served.engine, 'busy', taken);
    const shown = await until('a served port', () => {
      const out = elb<{ Listeners: { Port: number }[] }>(served!.engine, 'DescribeListeners', {
        LoadBalancerArn: loadBalancerArn,
      });
      return out.Listeners[0].Port !== taken ? out.Listeners[0].Port : undefined;
    });
    const res = await fetch(`http://127.0.0.1:${shown}/`);
    expect(res.status).toBe(503);
    expect(await res.text()).toBe('The target group has no registered target the local engine can reach.');
  });

  it('passes TCP through a Network Load Balancer', async () => {
    served = await realElb();
    const echo = net.createServer((socket) => socket.pipe(socket));
    const echoPort = await new Promise<number>((resolve) =>
      echo.listen(0, '127.0.0.1', () => resolve((echo.address() as net.AddressInfo).port)),
    );
    opened.push({ close: () => new Promise<void>((resolve) => echo.close(() => resolve())) });
    const lb = elb<{ LoadBalancers: { LoadBalancerArn: string }[] }>(served.engine, 'CreateLoadBalancer', {
      Name: 'nlb',
      Type: 'network',
    });
    const tg = elb<{ TargetGroups: { TargetGroupArn: string }[] }>(served.engine, 'CreateTargetGroup', {
      Name: 'tcp',
      Protocol: 'TCP',
      Port: echoPort,
      VpcId: 'vpc-1',
      TargetType: 'ip',
      HealthCheckIntervalSeconds: 5,
      HealthCheckTimeoutSeconds: 2,
    });
    const port = await freePort();
    const tgArn = tg.TargetGroups[0].TargetGroupArn;
    elb(served.engine, 'CreateListener', {
      LoadBalancerArn: lb.LoadBalancers[0].LoadBalancerArn,
      Protocol: 'TCP',
      Port: port,
      DefaultActions: [{ Type: 'forward', TargetGroupArn: tgArn }],
    });
    elb(served.engine, 'RegisterTargets', { TargetGroupArn: tgArn, Targets: [{ Id: '127.0.0.1' }] });
    await until('a healthy TCP target', () => (states(served!.engine, tgArn)[echoPort] === 'healthy' ? true : undefined));
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = net.connect({ host: '127.0.0.1', port }, () => socket.write('ping'));
      socket.once('data', (data) => {
        socket.destroy();
        resolve(data.toString());
      });
      socket.once('error', reject);
    });
    expect(reply).toBe('ping');
  });

  it('drains a deregistered target: no request fails before, during or after its server stops (bounded)', async () => {
    served = await realElb();
    const [a, b] = [await backend('a'), await backend('b')];
    const port = await freePort();
    const { targetGroupArn } = albWithTargetGroup(served.engine, 'drain', port, {
      HealthCheckPath: '/health',
      HealthCheckIntervalSeconds: 5,
      HealthCheckTimeoutSeconds: 2,
    });
    elb(served.engine, 'ModifyTargetGroupAttributes', {
      TargetGroupArn: targetGroupArn,
      Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '20' }],
    });
    elb(served.engine, 'RegisterTargets', {
      TargetGroupArn: targetGroupArn,
      Targets: [a, b].map((x) => ({ Id: '127.0.0.1', Port: x.port })),
    });
    await until('healthy targets', () => {
      const s = states(served!.engine, targetGroupArn);
      return s[a.port] === 'healthy' && s[b.port] === 'healthy' ? true : undefined;
    });
    // Counted in requests, not wall time (a loaded machine sends fewer per second): 20 before the deregistration,
    // then on through the drain until the target's server has gone, then 20 more; bounded by count and time.
    const failures: string[] = [];
    const phases = { before: 0, draining: 0, after: 0 };
    let closed = false;
    const send = async (phase: keyof typeof phases) => {
      phases[phase]++;
      const res = await fetch(`http://127.0.0.1:${port}/`).catch((err: Error) => ({ status: 0, text: async () => err.message }));
      if (res.status !== 200) failures.push(`${phase}: ${res.status} ${await res.text()}`);
      await new Promise((r) => setTimeout(r, 20));
    };
    while (phases.before < 20) await send('before');
    elb(served.engine, 'DeregisterTargets', { TargetGroupArn: targetGroupArn, Targets: [{ Id: '127.0.0.1', Port: a.port }] });
    // The target's delay is 20 s × 0.05 = 1 s; its server goes away once that has passed.
    setTimeout(() => void a.close().then(() => (closed = true)), 1_100);
    const started = Date.now();
    while (!closed && phases.draining < 500 && Date.now() - started < 15_000) await send('draining');
    while (phases.after < 20) await send('after');
    expect(closed).toBe(true);
    expect(phases.draining).toBeGreaterThan(0);
    expect(failures).toEqual([]);
    expect(b.hits).toBeGreaterThan(a.hits);
  });
});
