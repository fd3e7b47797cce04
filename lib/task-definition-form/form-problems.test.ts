import { describe, expect, it } from 'vitest';
import { newContainer, newTaskDefinitionForm } from './form-model';
import { inputPathToFormPath, problemsByPath, validateForm } from './form-problems';
import { healthCommandToText, listToText, textToHealthCommand, textToList } from './text-lists';

function validForm() {
  const form = newTaskDefinitionForm('us-east-1');
  form.family = 'web';
  form.containers[0].name = 'web';
  form.containers[0].image = 'nginx';
  return form;
}

describe('validateForm', () => {
  it('accepts the default form once family, name and image are filled in', () => {
    expect(validateForm(validForm())).toEqual([]);
  });

  it('puts ECS’s messages at the fields, in plain words for an empty field: an invalid Fargate pair and an empty image', () => {
    const form = validForm();
    form.cpu = '512';
    form.memory = '512';
    form.containers.push({ ...newContainer('web', 'us-east-1'), name: 'sidecar' });
    const byPath = problemsByPath(validateForm(form));
    expect(byPath.memory).toEqual([
      'No Fargate configuration exists for given values: 512 CPU, 512 memory. See the Amazon ECS documentation for the valid values.',
    ]);
    expect(byPath['containers.1.image']).toEqual([
      'Enter an Image URI for container sidecar, for example nginx:latest or public.ecr.aws/docker/library/nginx:latest.',
    ]);
  });

  it('flags numbers that are not whole numbers', () => {
    const form = validForm();
    form.containers[0].memory = '51a';
    form.containers[0].portMappings = [
      { containerPort: '8o', hostPort: '', protocol: 'tcp', name: '', appProtocol: '', containerPortRange: '' },
    ];
    const byPath = problemsByPath(validateForm(form));
    expect(byPath['containers.0.memory']).toContain('Enter a whole number.');
    expect(byPath['containers.0.portMappings.0.containerPort']).toContain('Enter a whole number.');
  });
});

describe('inputPathToFormPath', () => {
  it('finds the mixed environment row of a secret', () => {
    const form = validForm();
    form.containers[0].environment = [
      { name: 'A', valueType: 'valueFrom', value: 'arn:1' },
      { name: 'B', valueType: 'value', value: 'b' },
      { name: 'C', valueType: 'valueFrom', value: 'arn:2' },
    ];
    expect(inputPathToFormPath('containerDefinitions.0.secrets.1.valueFrom', form)).toBe('containers.0.environment.2.value');
    expect(inputPathToFormPath('containerDefinitions.0.environment.0.name', form)).toBe('containers.0.environment.1.name');
    expect(inputPathToFormPath('containerDefinitions.0.portMappings.0.hostPort', form)).toBe(
      'containers.0.portMappings.0.hostPort',
    );
    expect(inputPathToFormPath('ephemeralStorage.sizeInGiB', form)).toBe('ephemeralStorage');
    expect(inputPathToFormPath('volumes.1.host.sourcePath', form)).toBe('volumes.1.sourcePath');
  });
});

describe('list text', () => {
  it('reads and writes comma separated lists, and JSON when commas cannot say it', () => {
    expect(textToList('sh, -c,echo hi')).toEqual(['sh', '-c', 'echo hi']);
    expect(listToText(['sh', '-c', 'echo a,b'])).toBe('["sh","-c","echo a,b"]');
    expect(textToList('["sh","-c","echo a,b"]')).toEqual(['sh', '-c', 'echo a,b']);
    expect(textToList('  ')).toBeUndefined();
  });

  it('keeps a CMD-SHELL command whole', () => {
    expect(textToHealthCommand('CMD-SHELL, curl -f http://a/?x=1,2 || exit 1')).toEqual([
      'CMD-SHELL',
      'curl -f http://a/?x=1,2 || exit 1',
    ]);
    expect(healthCommandToText(['CMD-SHELL', 'a, b'])).toBe('CMD-SHELL, a, b');
    expect(healthCommandToText(['CMD', 'curl', 'x'])).toBe('CMD, curl, x');
  });
});
