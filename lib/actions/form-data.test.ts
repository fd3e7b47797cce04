import { describe, expect, it } from 'vitest';
import { deleteServiceSchema } from '../schemas/service';
import { FORM_FIELDS_MAX, FORM_INDEX_MAX, FormShapeError, formDataToObject } from './form-data';

function form(entries: [string, string][]): FormData {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

describe('formDataToObject', () => {
  it('builds nested rows from dotted names and compacts removed rows', () => {
    const parsed = formDataToObject(
      form([
        ['clusterName', 'web'],
        ['tags.0.key', 'team'],
        ['tags.0.value', 'a'],
        ['tags.2.key', 'env'],
        ['tags.2.value', ''],
        ['$ACTION_ID_123', ''],
      ]),
    );
    expect(parsed).toEqual({
      clusterName: 'web',
      tags: [
        { key: 'team', value: 'a' },
        { key: 'env', value: '' },
      ],
    });
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
  });

  it('turns a repeated name into an array (checkbox groups)', () => {
    expect(
      formDataToObject(
        form([
          ['capacityProviders', 'FARGATE'],
          ['capacityProviders', 'FARGATE_SPOT'],
        ]),
      ),
    ).toEqual({
      capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
    });
  });
});

describe('formDataToObject against hostile field names (issue 9)', () => {
  it.each([
    '__proto__.desiredCount',
    '__proto__.confirmation',
    'constructor.prototype.force',
    'tags.__proto__.key',
    'tags.0.constructor',
    'prototype',
  ])('refuses %s and leaves Object.prototype untouched', (name) => {
    expect(() => formDataToObject(form([[name, '7']]))).toThrow(FormShapeError);
    expect(({} as Record<string, unknown>).desiredCount).toBeUndefined();
    expect(({} as Record<string, unknown>).confirmation).toBeUndefined();
    expect(({} as Record<string, unknown>).force).toBeUndefined();
  });

  it('cannot make a later delete-service form parse as confirmed and forced', () => {
    expect(() =>
      formDataToObject(
        form([
          ['__proto__.confirmation', 'delete'],
          ['__proto__.force', 'on'],
        ]),
      ),
    ).toThrow(FormShapeError);
    const later = deleteServiceSchema.safeParse(
      formDataToObject(
        form([
          ['cluster', 'c'],
          ['service', 's'],
        ]),
      ),
    );
    expect(later.success).toBe(false);
  });

  it('refuses a row number above the cap at once instead of walking a sparse array', () => {
    const started = performance.now();
    expect(() => formDataToObject(form([['tags.4294967294.key', 'x']]))).toThrow(/row number above 999/);
    expect(() => formDataToObject(form([['tags.100000000.key', 'x']]))).toThrow(FormShapeError);
    expect(() => formDataToObject(form([['tags.00001.key', 'x']]))).toThrow(FormShapeError);
    expect(performance.now() - started).toBeLessThan(50);
    expect(formDataToObject(form([[`tags.${FORM_INDEX_MAX}.key`, 'x']]))).toEqual({ tags: [{ key: 'x' }] });
  });

  it('refuses names nested too deeply and too many fields', () => {
    expect(() => formDataToObject(form([['a.b.c.d.e.f.g.h.i.j', 'x']]))).toThrow(/nested too deeply/);
    const many = Array.from({ length: FORM_FIELDS_MAX + 1 }, (_, i): [string, string] => [`f${i}`, 'x']);
    expect(() => formDataToObject(form(many))).toThrow(/at most 2000 fields/);
  });
});
