import { describe, expect, it } from 'vitest';
import { deleteAttributeSchema, putAttributeSchema } from './attributes';
import { errorsOf } from './testing';

const target = { cluster: 'web', instance: 'abc' };

describe('putAttributeSchema', () => {
  it('adds a named attribute, with a value or without one', () => {
    expect(putAttributeSchema.parse({ cluster: ' web ', instance: ' abc ', name: ' stack ', value: 'prod' })).toEqual({
      cluster: 'web',
      instance: 'abc',
      name: 'stack',
      value: 'prod',
    });
    expect(putAttributeSchema.parse({ ...target, name: 'gpu' })).toEqual({ ...target, name: 'gpu', value: '' });
    expect(putAttributeSchema.parse({ ...target, name: 'gpu', value: '' }).value).toBe('');
  });

  it('names the field that is wrong: the name or the value', () => {
    expect(errorsOf(putAttributeSchema, { ...target, name: 'a b' })).toEqual({
      name: [
        "The attribute name 'a b' is not valid. Use up to 128 letters, numbers, hyphens, underscores, periods, forward slashes or back slashes.",
      ],
    });
    expect(errorsOf(putAttributeSchema, { ...target, name: '  ' })).toEqual({
      name: [
        "The attribute name '' is not valid. Use up to 128 letters, numbers, hyphens, underscores, periods, forward slashes or back slashes.",
      ],
    });
    expect(errorsOf(putAttributeSchema, { ...target, name: 'stack', value: ' prod' })).toEqual({
      value: [
        "The value ' prod' of attribute stack is not valid. Use up to 128 letters, numbers, hyphens, underscores, periods, at signs, slashes, colons or spaces, not starting or ending with a space.",
      ],
    });
    expect(errorsOf(putAttributeSchema, { ...target, name: 'stack', value: 'a=b' })).toEqual({
      value: [
        "The value 'a=b' of attribute stack is not valid. Use up to 128 letters, numbers, hyphens, underscores, periods, at signs, slashes, colons or spaces, not starting or ending with a space.",
      ],
    });
  });

  it('leaves the ecs. attributes to ECS', () => {
    expect(errorsOf(putAttributeSchema, { ...target, name: 'ecs.os-type', value: 'linux' })).toEqual({
      name: ['Attributes starting with ecs. are set by ECS. Choose another name.'],
    });
    expect(putAttributeSchema.parse({ ...target, name: 'my.ecs.x' }).name).toBe('my.ecs.x');
  });

  it('needs the cluster and the instance', () => {
    expect(errorsOf(putAttributeSchema, { cluster: ' ', instance: ' ', name: 'gpu' })).toEqual({
      cluster: ['Too small: expected string to have >=1 characters'],
      instance: ['Too small: expected string to have >=1 characters'],
    });
  });
});

describe('deleteAttributeSchema', () => {
  it('removes an attribute by its name, trimmed', () => {
    expect(deleteAttributeSchema.parse({ cluster: ' web ', instance: ' abc ', name: ' ab ' })).toEqual({
      cluster: 'web',
      instance: 'abc',
      name: 'ab',
    });
    expect(errorsOf(deleteAttributeSchema, { cluster: '', instance: '', name: ' ' })).toEqual({
      cluster: ['Too small: expected string to have >=1 characters'],
      instance: ['Too small: expected string to have >=1 characters'],
      name: ['Too small: expected string to have >=1 characters'],
    });
  });
});
