import { describe, expect, it } from 'vitest';
import { emptyVolume, newTaskDefinitionForm } from './form-model';
import { getAt, pathKey, setAt } from './form-path';

describe('form paths', () => {
  it('read and write the member a path names, and spell it the way problems and input ids do', () => {
    const form = newTaskDefinitionForm('us-east-1');
    form.volumes.push(emptyVolume());
    expect(getAt(form, ['containers', 0, 'essential'])).toBe('true');
    setAt(form, ['containers', 0, 'image'], 'nginx');
    setAt(form, ['volumes', 0, 'efs', 'fileSystemId'], 'fs-1');
    setAt(form, ['family'], 'web');
    expect(form.containers[0].image).toBe('nginx');
    expect(form.volumes[0].efs.fileSystemId).toBe('fs-1');
    expect(form.family).toBe('web');
    expect(pathKey(['containers', 0, 'logConfiguration', 'options', 1, 'value'])).toBe(
      'containers.0.logConfiguration.options.1.value',
    );
  });
});
