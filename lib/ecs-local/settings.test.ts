import { describe, expect, it } from 'vitest';
import { engineCommandLine, engineEnv } from './settings';

const vars = (values: Record<string, string>) => values as NodeJS.ProcessEnv;

describe('engine settings', () => {
  it('applies the defaults: loopback, port 4599, .data, real time, bounded logs and metrics', () => {
    expect(engineEnv(vars({}))).toEqual({
      ECS_LOCAL_PORT: 4599,
      ECS_LOCAL_HOST: '127.0.0.1',
      ECS_LOCAL_ALLOWED_HOSTS: [],
      ECS_LOCAL_DATA_DIR: '.data',
      ECS_LOCAL_LOG_LEVEL: 'info',
      ECS_LOCAL_TIME_SCALE: 1,
      ECS_LOCAL_LOGS_MAX_EVENTS: 2_000_000,
      ECS_LOCAL_METRICS_MAX_DATAPOINTS: 1_000_000,
      ECS_LOCAL_RUNTIME: 'simulated',
      ECS_LOCAL_DOCKER_CLEANUP_SECONDS: 10800,
    });
  });

  it('names the variable with a bad value', () => {
    expect(() => engineEnv(vars({ ECS_LOCAL_PORT: '70000' }))).toThrow(/ECS_LOCAL_PORT/);
    expect(() => engineEnv(vars({ ECS_LOCAL_TIME_SCALE: '0' }))).toThrow(/ECS_LOCAL_TIME_SCALE/);
    expect(() => engineEnv(vars({ ECS_LOCAL_LOGS_MAX_EVENTS: '10' }))).toThrow(/ECS_LOCAL_LOGS_MAX_EVENTS/);
    expect(() => engineEnv(vars({ ECS_LOCAL_ALLOWED_HOSTS: 'http://ecs.lan:4599' }))).toThrow(
      /ECS_LOCAL_ALLOWED_HOSTS.*a host name or IP address, without scheme or port/,
    );
  });

  it('reads ECS_LOCAL_ALLOWED_HOSTS as a comma-separated list of names and addresses', () => {
    expect(engineEnv(vars({ ECS_LOCAL_ALLOWED_HOSTS: ' ecs.LAN, 192.168.1.20,,[fd00::1] ' })).ECS_LOCAL_ALLOWED_HOSTS).toEqual([
      'ecs.lan',
      '192.168.1.20',
      '[fd00::1]',
    ]);
  });

  it('parses process.env once and reads --memory from the command line', () => {
    expect(engineEnv()).toBe(engineEnv());
    expect(engineCommandLine(['--memory'], vars({})).memory).toBe(true);
    expect(engineCommandLine([], vars({ ECS_LOCAL_PORT: '0' }))).toMatchObject({ memory: false, ECS_LOCAL_PORT: 0 });
  });

  it('chooses the runtime from ECS_LOCAL_RUNTIME, with --runtime over it, and names a bad one', () => {
    expect(engineCommandLine([], vars({ ECS_LOCAL_RUNTIME: 'docker' })).ECS_LOCAL_RUNTIME).toBe('docker');
    expect(engineCommandLine(['--runtime', 'docker'], vars({})).ECS_LOCAL_RUNTIME).toBe('docker');
    expect(engineCommandLine(['--runtime=simulated'], vars({ ECS_LOCAL_RUNTIME: 'docker' })).ECS_LOCAL_RUNTIME).toBe('simulated');
    expect(() => engineCommandLine(['--runtime', 'podman'], vars({}))).toThrow(
      /--runtime must be simulated or docker, not 'podman'/,
    );
    expect(() => engineEnv(vars({ ECS_LOCAL_RUNTIME: 'kvm' }))).toThrow(/ECS_LOCAL_RUNTIME/);
  });
});
