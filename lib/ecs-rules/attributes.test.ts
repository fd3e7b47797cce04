import { describe, expect, it } from 'vitest';
import {
  ATTRIBUTE_NAME_PATTERN,
  ATTRIBUTE_VALUE_PATTERN,
  ATTRIBUTES_PER_CALL_MAX,
  attributeError,
  CUSTOM_ATTRIBUTES_MAX,
  isBuiltInAttribute,
} from './attributes';

const badName = (name: string) =>
  `The attribute name '${name}' is not valid. Use up to 128 letters, numbers, hyphens, underscores, periods, forward slashes or back slashes.`;
const badValue = (value: string, name = 'stack') =>
  `The value '${value}' of attribute ${name} is not valid. Use up to 128 letters, numbers, hyphens, underscores, periods, at signs, slashes, colons or spaces, not starting or ending with a space.`;

describe('container instance attributes', () => {
  it('allows 10 custom attributes per instance and 10 per call', () => {
    expect([CUSTOM_ATTRIBUTES_MAX, ATTRIBUTES_PER_CALL_MAX]).toEqual([10, 10]);
  });

  it('tells ECS’s own attributes (ecs.*) from custom ones', () => {
    expect(isBuiltInAttribute('ecs.os-type')).toBe(true);
    expect(isBuiltInAttribute('ecs.instance-type')).toBe(true);
    expect(isBuiltInAttribute('stack')).toBe(false);
    expect(isBuiltInAttribute('ecsx')).toBe(false);
    expect(isBuiltInAttribute('my.ecs.thing')).toBe(false);
    expect(isBuiltInAttribute(undefined)).toBe(false);
  });

  it('takes names of 1 to 128 letters, digits, hyphens, underscores, periods and slashes', () => {
    for (const name of [
      'a',
      'z',
      'A',
      'Z',
      '0',
      '9',
      '_',
      '.',
      '/',
      '\\',
      '-',
      'ecs.os-type',
      'team/app_v2\\x',
      'n'.repeat(128),
    ]) {
      expect(ATTRIBUTE_NAME_PATTERN.test(name), name).toBe(true);
      expect(attributeError({ name, value: 'x' }), name).toBeUndefined();
    }
    for (const name of ['', 'n'.repeat(129), 'a b', 'a:b', 'a@b', ' a', 'a ', '#a', 'a#']) {
      expect(ATTRIBUTE_NAME_PATTERN.test(name), name).toBe(false);
      expect(attributeError({ name, value: 'x' }), name).toBe(badName(name));
    }
    expect(attributeError({ value: 'x' })).toBe(badName(''));
  });

  it('takes a name alone (a constraint on the attribute being present)', () => {
    expect(attributeError({ name: 'gpu' })).toBeUndefined();
    expect(attributeError({ name: 'g p u' })).toBe(badName('g p u'));
  });

  it('takes values of 1 to 128 letters, digits, - _ . @ / \\ : and spaces, not at either end', () => {
    for (const value of [
      'a',
      'z',
      'A',
      'Z',
      '0',
      '9',
      '_',
      '.',
      '@',
      '/',
      '\\',
      ':',
      '-',
      'a b',
      'ops@example.com:8080/x',
      'v'.repeat(128),
    ]) {
      expect(ATTRIBUTE_VALUE_PATTERN.test(value), value).toBe(true);
      expect(attributeError({ name: 'stack', value }), value).toBeUndefined();
    }
    for (const value of ['', 'v'.repeat(129), 'a#', '#a', 'a,b', 'a\tb']) {
      expect(ATTRIBUTE_VALUE_PATTERN.test(value), value).toBe(false);
      expect(attributeError({ name: 'stack', value }), value).toBe(badValue(value));
    }
    for (const value of [' a', 'a ', ' ']) {
      expect(ATTRIBUTE_VALUE_PATTERN.test(value), value).toBe(true);
      expect(attributeError({ name: 'stack', value }), value).toBe(badValue(value));
    }
  });

  it('reports a bad name before a bad value', () => {
    expect(attributeError({ name: 'a b', value: ' ' })).toBe(badName('a b'));
  });
});
