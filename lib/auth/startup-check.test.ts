import { describe, expect, it } from 'vitest';
import { consoleEnv } from '../env';
import { startupProblems } from './startup-check';

const env = (vars: Record<string, string>) => consoleEnv(vars as unknown as NodeJS.ProcessEnv);

describe('startupProblems', () => {
  it('lets the console run without sign-in on loopback only', () => {
    expect(startupProblems(env({}), ['127.0.0.1'])).toEqual([]);
    expect(startupProblems(env({}), ['::1', 'localhost'])).toEqual([]);
    const [problem] = startupProblems(env({}), ['0.0.0.0']);
    expect(problem).toMatch(/no sign-in \(ECS_CONSOLE_AUTH=none\).*listens on 0\.0\.0\.0.*ECS_CONSOLE_AUTH=password/);
    expect(startupProblems(env({}), ['::'])).toHaveLength(1);
    expect(startupProblems(env({ ECS_CONSOLE_ALLOWED_HOSTS: 'ecs.example.com' }), ['127.0.0.1'])[0]).toMatch(
      /ECS_CONSOLE_ALLOWED_HOSTS \(ecs\.example\.com\).*no sign-in/,
    );
  });

  it('lets a console with sign-in listen anywhere', () => {
    expect(startupProblems(env({ ECS_CONSOLE_AUTH: 'password' }), ['0.0.0.0'])).toEqual([]);
  });

  it('names what OIDC sign-in is missing', () => {
    expect(startupProblems(env({ ECS_CONSOLE_AUTH: 'oidc' }), ['127.0.0.1'])).toEqual([
      'ECS_CONSOLE_AUTH=oidc needs ECS_CONSOLE_OIDC_ISSUER (the issuer URL).',
      'ECS_CONSOLE_AUTH=oidc needs ECS_CONSOLE_OIDC_CLIENT_ID.',
      'ECS_CONSOLE_AUTH=oidc needs ECS_CONSOLE_OIDC_ROLES (e.g. ecs-admins=admin,ecs-ops=operator) or ECS_CONSOLE_OIDC_DEFAULT_ROLE.',
    ]);
    expect(() => env({ ECS_CONSOLE_OIDC_ROLES: 'ops=root' })).toThrow(/ops=root is not GROUP=ROLE/);
  });
});

describe('listeningAddresses', () => {
  it('reports the address a server of this process really listens on', async () => {
    const { listeningAddresses } = await import('./startup-check');
    const net = await import('node:net');
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      expect(listeningAddresses()).toContain('127.0.0.1');
      expect(startupProblems(env({}), listeningAddresses())).toEqual([]);
    } finally {
      server.close();
    }
  });
});
