import { describe, expect, it } from 'vitest';
import {
  isResourceName,
  PORT_NAME_PATTERN,
  RESOURCE_NAME_HINT,
  resourceNameError,
  STARTED_BY_PATTERN,
  TAG_KEY_MAX,
  TAG_PATTERN,
  TAG_VALUE_MAX,
  TAGS_MAX,
  tagsError,
} from './names';

describe('resource names (clusters, services, families, containers)', () => {
  it('accepts letters of both cases, digits, hyphens and underscores, 1 to 255 of them', () => {
    for (const name of ['a', 'z', 'A', 'Z', '0', '9', '-', '_', 'my-Cluster_01', 'x'.repeat(255)]) {
      expect(isResourceName(name), name).toBe(true);
      expect(resourceNameError('Cluster name', name), name).toBeUndefined();
    }
  });

  it('refuses an empty name, a long one and other characters, each with its message', () => {
    expect(isResourceName('')).toBe(false);
    expect(resourceNameError('Cluster name', '')).toBe('Cluster name is required.');
    expect(isResourceName('x'.repeat(256))).toBe(false);
    expect(resourceNameError('Service name', 'x'.repeat(256))).toBe('Service name must be at most 255 characters.');
    // Anything outside the class, at the start, in the middle or at the end.
    for (const name of ['a b', 'a.b', 'a/b', 'a:b', 'é', ' web', 'web ', '#web', 'web#']) {
      expect(isResourceName(name), name).toBe(false);
      expect(resourceNameError('Cluster name', name), name).toBe(
        'Cluster name can only contain letters, numbers, hyphens (-) and underscores (_).',
      );
    }
  });

  it('has a hint that says what is allowed', () => {
    expect(RESOURCE_NAME_HINT).toBe(
      'Up to 255 letters (uppercase and lowercase), numbers, hyphens, and underscores are allowed.',
    );
  });
});

describe('port mapping names', () => {
  it('takes lowercase letters, digits, underscores and hyphens, up to 64, not starting with a hyphen', () => {
    for (const name of ['a', 'z', '0', '9', '_', 'web-80', 'a-', 'a_b', 'x'.repeat(64), `_${'-'.repeat(63)}`]) {
      expect(PORT_NAME_PATTERN.test(name), name).toBe(true);
    }
    for (const name of ['', '-a', 'A', 'aB', 'Web', 'a b', 'a.b', 'x'.repeat(65), ' a', 'a ', '#a', 'a#']) {
      expect(PORT_NAME_PATTERN.test(name), name).toBe(false);
    }
  });
});

describe('startedBy', () => {
  it('takes letters, digits, slashes, underscores and hyphens, 1 to 128 of them', () => {
    for (const value of ['a', 'z', 'A', 'Z', '0', '9', '/', '_', '-', 'ecs-svc/123_A', 'x'.repeat(128)]) {
      expect(STARTED_BY_PATTERN.test(value), value).toBe(true);
    }
    for (const value of ['', 'x'.repeat(129), 'a b', 'a.b', 'a:b', ' a', 'a ', '#a', 'a#']) {
      expect(STARTED_BY_PATTERN.test(value), value).toBe(false);
    }
  });
});

describe('tags', () => {
  const tag = (key: string, value = 'v') => ({ key, value });

  it('has ECS limits: 50 tags, keys of 128 characters, values of 256', () => {
    expect([TAGS_MAX, TAG_KEY_MAX, TAG_VALUE_MAX]).toEqual([50, 128, 256]);
  });

  it('accepts letters of any script, digits, spaces and _ . : / = + - @, and an empty value', () => {
    for (const text of ['', 'a', 'Z', 'é', 'Ü', '日本', '9', '٣', ' ', '\u00a0', '_', '.', ':', '/', '=', '+', '-', '@']) {
      expect(TAG_PATTERN.test(text), JSON.stringify(text)).toBe(true);
    }
    for (const text of ['#', '!', '*', ',', '"', 'a#', '#a', 'a\tb', 'a\nb', '\\', '-#']) {
      expect(TAG_PATTERN.test(text), JSON.stringify(text)).toBe(false);
    }
    expect(tagsError([{ key: 'team', value: '' }, { key: 'cost center: été / 2026 = +1 @eu_west-1' }])).toBeUndefined();
    expect(tagsError([])).toBeUndefined();
  });

  it('takes up to 50 tags', () => {
    const tags = Array.from({ length: 51 }, (_, i) => tag(`k${i}`));
    expect(tagsError(tags.slice(0, 50))).toBeUndefined();
    expect(tagsError(tags)).toBe('A resource can have at most 50 tags.');
  });

  it('wants keys of 1 to 128 characters', () => {
    expect(tagsError([tag('k'.repeat(128))])).toBeUndefined();
    expect(tagsError([tag('k'.repeat(129))])).toBe('Tag keys must be 1 to 128 characters.');
    expect(tagsError([tag('')])).toBe('Tag keys must be 1 to 128 characters.');
    expect(tagsError([{ value: 'v' }])).toBe('Tag keys must be 1 to 128 characters.');
  });

  it('wants values of at most 256 characters', () => {
    expect(tagsError([tag('k', 'v'.repeat(256))])).toBeUndefined();
    expect(tagsError([tag('k', 'v'.repeat(257))])).toBe("Tag values must be at most 256 characters (key 'k').");
    expect(tagsError([{ key: 'k' }])).toBeUndefined();
  });

  it('refuses other characters in the key or in the value', () => {
    const message = "Tag 'env' may contain only letters, numbers, spaces and _ . : / = + - @.";
    expect(tagsError([tag('env', 'prod!')])).toBe(message);
    expect(tagsError([tag('env', '#prod')])).toBe(message);
    expect(tagsError([tag('env#')])).toBe("Tag 'env#' may contain only letters, numbers, spaces and _ . : / = + - @.");
  });

  it("reserves keys starting with 'aws:', in any case", () => {
    expect(tagsError([tag('aws:owner')])).toBe("Tag keys starting with 'aws:' are reserved (key 'aws:owner').");
    expect(tagsError([tag('AWS:Owner')])).toBe("Tag keys starting with 'aws:' are reserved (key 'AWS:Owner').");
    expect(tagsError([tag('aws'), tag('awsome'), tag('my-aws:x')])).toBeUndefined();
  });

  it('refuses a key given twice (keys differing in case are different keys)', () => {
    expect(tagsError([tag('env'), tag('team'), tag('env', 'other')])).toBe("Tag key 'env' is used more than once.");
    expect(tagsError([tag('env'), tag('Env')])).toBeUndefined();
  });

  it('reports the first bad tag', () => {
    expect(tagsError([tag('aws:x'), tag('')])).toBe("Tag keys starting with 'aws:' are reserved (key 'aws:x').");
    expect(tagsError([tag('', 'v'.repeat(300))])).toBe('Tag keys must be 1 to 128 characters.');
  });
});
