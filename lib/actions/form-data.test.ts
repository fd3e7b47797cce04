import { describe, expect, it } from 'vitest';
import { formDataToObject } from './form-data';

describe('formDataToObject', () => {
  it('builds nested rows from dotted names and compacts removed rows', () => {
    const form = new FormData();
    form.append('clusterName', 'web');
    form.append('tags.0.key', 'team');
    form.append('tags.0.value', 'a');
    form.append('tags.2.key', 'env');
    form.append('tags.2.value', '');
    form.append('$ACTION_ID_123', '');
    expect(formDataToObject(form)).toEqual({
      clusterName: 'web',
      tags: [
        { key: 'team', value: 'a' },
        { key: 'env', value: '' },
      ],
    });
  });

  it('turns a repeated name into an array (checkbox groups)', () => {
    const form = new FormData();
    form.append('capacityProviders', 'FARGATE');
    form.append('capacityProviders', 'FARGATE_SPOT');
    expect(formDataToObject(form)).toEqual({ capacityProviders: ['FARGATE', 'FARGATE_SPOT'] });
  });
});
