import type { PortMapping } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import { hostPortMustMatch, PORT_MAX, PORT_MIN, parsePortRange, portMappingProblems } from './task-definition-ports';

/** The problems of one container `web` (the first of its task) with these port mappings. */
function check(portMappings: PortMapping[] | undefined, networkMode = 'awsvpc') {
  return portMappingProblems({ name: 'web', image: 'nginx', portMappings }, 0, networkMode, new Map());
}

const at = (j: number, field: string) => `containerDefinitions.0.portMappings.${j}.${field}`;
const badContainerPort = (name = 'web') => `Invalid 'containerPort' setting for container '${name}'. Use a port from 1 to 65535.`;
const badHostPort = "Invalid 'hostPort' setting for container 'web'. Use a port from 0 to 65535.";
const badRange = (range: string) =>
  `Invalid 'containerPortRange' '${range}' for container 'web'. Use first-last, for example 8000-8010, with ports from 1 to 65535 and the first lower than the last.`;

describe('hostPortMustMatch', () => {
  it('holds in awsvpc and host modes only', () => {
    expect(['awsvpc', 'host', 'bridge', 'none', ''].map(hostPortMustMatch)).toEqual([true, true, false, false, false]);
  });
});

describe('parsePortRange', () => {
  it('reads first-last, with spaces allowed around the numbers and the hyphen', () => {
    expect(parsePortRange('8000-8010')).toEqual([8000, 8010]);
    expect(parsePortRange('1-65535')).toEqual([1, 65535]);
    expect(parsePortRange('10000-99999')).toEqual([10000, 99999]);
    expect(parsePortRange(' 8000 - 8010 ')).toEqual([8000, 8010]);
    expect(parsePortRange('\t8000\t-\t8010\t')).toEqual([8000, 8010]);
  });

  it('is undefined for anything else', () => {
    for (const text of [
      '',
      '80',
      '8000-',
      '-8010',
      '8000--8010',
      '8000_8010',
      'a-b',
      '800000-1',
      '1-800000',
      'x8000-8010',
      '8000-8010x',
      '8000-8010-8020',
      '8 000-8010',
    ]) {
      expect(parsePortRange(text), text).toBeUndefined();
    }
  });
});

describe('portMappingProblems: container and host ports', () => {
  it('accepts container ports from 1 to 65535 and no mappings at all', () => {
    expect([PORT_MIN, PORT_MAX]).toEqual([1, 65535]);
    expect(check([{ containerPort: 1 }, { containerPort: 65535 }])).toEqual([]);
    expect(check(undefined)).toEqual([]);
    expect(check([])).toEqual([]);
  });

  it('refuses a container port that is missing or out of range, naming the container', () => {
    expect(check([{ containerPort: 0 }])).toEqual([{ path: at(0, 'containerPort'), message: badContainerPort() }]);
    expect(check([{ containerPort: 65536 }])).toEqual([{ path: at(0, 'containerPort'), message: badContainerPort() }]);
    expect(check([{ containerPort: 80 }, { protocol: 'tcp' }])).toEqual([
      { path: at(1, 'containerPort'), message: badContainerPort() },
    ]);
    expect(portMappingProblems({ portMappings: [{ containerPort: 0 }] }, 0, 'awsvpc', new Map())).toEqual([
      { path: at(0, 'containerPort'), message: badContainerPort('') },
    ]);
  });

  it('puts the container and mapping indexes in the path', () => {
    const problems = portMappingProblems(
      { name: 'api', portMappings: [{ containerPort: 80 }, { containerPort: -1 }] },
      3,
      'bridge',
      new Map(),
    );
    expect(problems).toEqual([{ path: 'containerDefinitions.3.portMappings.1.containerPort', message: badContainerPort('api') }]);
  });

  it('accepts host ports from 0 to 65535 and refuses others', () => {
    expect(
      check(
        [
          { containerPort: 80, hostPort: 0 },
          { containerPort: 81, hostPort: 65535 },
        ],
        'bridge',
      ),
    ).toEqual([]);
    expect(check([{ containerPort: 80, hostPort: -1 }], 'bridge')).toEqual([{ path: at(0, 'hostPort'), message: badHostPort }]);
    expect(check([{ containerPort: 80, hostPort: 65536 }], 'bridge')).toEqual([
      { path: at(0, 'hostPort'), message: badHostPort },
    ]);
    // Out of range is said once, not also as a mismatch.
    expect(check([{ containerPort: 80, hostPort: 65536 }], 'awsvpc')).toEqual([
      { path: at(0, 'hostPort'), message: badHostPort },
    ]);
  });

  it('wants the host port to be the container port (or 0, or absent) in awsvpc and host modes', () => {
    const mismatch = (mode: string) => ({
      path: at(0, 'hostPort'),
      message: `When networkMode=${mode}, the host ports and container ports in port mappings must match.`,
    });
    expect(check([{ containerPort: 80, hostPort: 8080 }], 'awsvpc')).toEqual([mismatch('awsvpc')]);
    expect(check([{ containerPort: 80, hostPort: 81 }], 'host')).toEqual([mismatch('host')]);
    expect(check([{ containerPort: 80, hostPort: 79 }], 'host')).toEqual([mismatch('host')]);
    for (const mode of ['awsvpc', 'host']) {
      expect(check([{ containerPort: 80, hostPort: 80 }], mode)).toEqual([]);
      expect(check([{ containerPort: 80, hostPort: 0 }], mode)).toEqual([]);
      expect(check([{ containerPort: 80 }], mode)).toEqual([]);
    }
    expect(check([{ containerPort: 80, hostPort: 8080 }], 'bridge')).toEqual([]);
    expect(check([{ containerPort: 80, hostPort: 8080 }], 'none')).toEqual([]);
    // No container port: that is the problem, not a mismatch.
    expect(check([{ hostPort: 8080 }], 'awsvpc')).toEqual([{ path: at(0, 'containerPort'), message: badContainerPort() }]);
  });
});

describe('portMappingProblems: duplicates and names', () => {
  it('refuses a container port mapped twice with the same protocol (tcp by default)', () => {
    expect(check([{ containerPort: 80 }, { containerPort: 443 }, { containerPort: 80, protocol: 'tcp' }])).toEqual([
      {
        path: at(2, 'containerPort'),
        message: "Container 'web' maps container port 80/tcp more than once. Remove the duplicate port mapping.",
      },
    ]);
    expect(
      check([
        { containerPort: 53, protocol: 'udp' },
        { containerPort: 53, protocol: 'udp' },
      ]),
    ).toEqual([
      {
        path: at(1, 'containerPort'),
        message: "Container 'web' maps container port 53/udp more than once. Remove the duplicate port mapping.",
      },
    ]);
    expect(check([{ containerPort: 53 }, { containerPort: 53, protocol: 'udp' }])).toEqual([]);
    // Two ranges have no container port: they are not duplicates of each other.
    expect(check([{ containerPortRange: '8000-8010' }, { containerPortRange: '9000-9010' }])).toEqual([]);
  });

  it('checks port names and keeps them unique across the task', () => {
    const names = new Map<string, string>();
    const first = portMappingProblems(
      { name: 'a', portMappings: [{ containerPort: 80, name: 'http' }, { containerPort: 81 }] },
      0,
      'awsvpc',
      names,
    );
    expect(first).toEqual([]);
    expect([...names]).toEqual([['http', 'a']]);
    const second = portMappingProblems(
      {
        name: 'b',
        portMappings: [
          { containerPort: 82, name: 'http' },
          { containerPort: 83, name: 'admin' },
          { containerPort: 84, name: 'admin' },
        ],
      },
      1,
      'awsvpc',
      names,
    );
    expect(second).toEqual([
      {
        path: 'containerDefinitions.1.portMappings.0.name',
        message: "Port mapping name 'http' is already used by container 'a'. Port names must be unique within a task definition.",
      },
      {
        path: 'containerDefinitions.1.portMappings.2.name',
        message:
          "Port mapping name 'admin' is already used by container 'b'. Port names must be unique within a task definition.",
      },
    ]);
    expect([...names]).toEqual([
      ['http', 'a'],
      ['admin', 'b'],
    ]);
  });

  it('refuses a port name ECS would not take, and does not record it', () => {
    const names = new Map<string, string>();
    const problems = portMappingProblems(
      { name: 'web', portMappings: [{ containerPort: 80, name: '-web' }] },
      0,
      'awsvpc',
      names,
    );
    expect(problems).toEqual([
      {
        path: at(0, 'name'),
        message:
          "Invalid port mapping name '-web' for container 'web'. Use up to 64 lowercase letters, numbers, underscores (_) and hyphens (-), not starting with a hyphen.",
      },
    ]);
    expect(names.size).toBe(0);
  });
});

describe('portMappingProblems: container port ranges', () => {
  const range = (containerPortRange: string, extra: PortMapping = {}, mode = 'awsvpc') =>
    check([{ containerPortRange, ...extra }], mode);

  it('accepts a range of ports from 1 to 65535 in awsvpc and bridge modes', () => {
    expect(range('8000-8010')).toEqual([]);
    expect(range('1-65535')).toEqual([]);
    expect(range('8000-8001', {}, 'bridge')).toEqual([]);
  });

  it('refuses a range that does not parse, leaves 1-65535, or does not go up', () => {
    for (const text of ['', '80', '0-10', '10-65536', '8010-8000', '8000-8000', 'http']) {
      expect(range(text), text).toEqual([{ path: at(0, 'containerPortRange'), message: badRange(text) }]);
    }
  });

  it('refuses a range with a container port too', () => {
    expect(range('8000-8010', { containerPort: 80 })).toEqual([
      {
        path: at(0, 'containerPortRange'),
        message: "Container 'web': set either a container port or a container port range, not both.",
      },
    ]);
  });

  it('refuses a range in host or none mode', () => {
    for (const mode of ['host', 'none']) {
      expect(range('8000-8010', {}, mode)).toEqual([
        { path: at(0, 'containerPortRange'), message: 'Container port ranges need networkMode awsvpc or bridge.' },
      ]);
    }
  });

  it('wants the host port left empty with a range', () => {
    const leaveEmpty = { path: at(0, 'hostPort'), message: "Leave the host port empty when container 'web' maps a port range." };
    expect(range('8000-8010', { hostPort: 8000 }, 'bridge')).toEqual([leaveEmpty]);
    expect(range('8000-8010', { hostPort: 0 })).toEqual([leaveEmpty]);
    expect(range('8000-8010', { hostPort: 70000 }, 'bridge')).toEqual([
      leaveEmpty,
      { path: at(0, 'hostPort'), message: badHostPort },
    ]);
  });
});
