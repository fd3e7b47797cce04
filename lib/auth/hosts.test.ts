import { describe, expect, it } from 'vitest';
import { browserOrigin, isAllowedHost, splitHost } from './hosts';

describe('isAllowedHost', () => {
  it('answers the loopback names on any port', () => {
    for (const host of ['localhost', 'localhost:3121', '127.0.0.1:3000', '127.1.2.3', '[::1]:3000', 'LOCALHOST:80'])
      expect(isAllowedHost(host, [])).toBe(true);
  });

  it('refuses other names unless allowed (DNS rebinding)', () => {
    for (const host of [
      'evil.example',
      'evil.example:3000',
      'localhost.evil.example',
      '127.0.0.1.evil.example',
      '0.0.0.0:3000',
      '',
      null,
    ])
      expect(isAllowedHost(host, [])).toBe(false);
    expect(isAllowedHost('ecs.example.com', ['ecs.example.com'])).toBe(true);
    expect(isAllowedHost('ecs.example.com:8443', ['ecs.example.com'])).toBe(true);
    expect(isAllowedHost('ecs.example.com:8443', ['ecs.example.com:443'])).toBe(false);
    expect(isAllowedHost('ecs.example.com:443', ['ecs.example.com:443'])).toBe(true);
  });

  it('splits IPv6 and plain hosts', () => {
    expect(splitHost('[::1]:3000')).toEqual({ name: '[::1]', port: '3000' });
    expect(splitHost('Example.COM')).toEqual({ name: 'example.com', port: undefined });
  });
});

describe('browserOrigin', () => {
  it('is the Host the browser used, not the address the server listens on', () => {
    expect(browserOrigin('127.0.0.1:3121', 'http', undefined, [])).toBe('http://127.0.0.1:3121');
    expect(browserOrigin('localhost:3121', 'http', undefined, [])).toBe('http://localhost:3121');
    expect(browserOrigin('[::1]:3121', 'http', undefined, [])).toBe('http://[::1]:3121');
    expect(browserOrigin('ecs.example.com', 'https', undefined, ['ecs.example.com'])).toBe('https://ecs.example.com');
  });

  it('prefers the public URL', () => {
    expect(browserOrigin('127.0.0.1:3121', 'http', 'https://ecs.example.com/console', [])).toBe('https://ecs.example.com');
  });

  it('never makes an origin of a Host outside the allowlist', () => {
    expect(() => browserOrigin('evil.example', 'http', undefined, [])).toThrow('The host "evil.example" is not allowed.');
    expect(() => browserOrigin(null, 'http', undefined, [])).toThrow('is not allowed');
  });
});
