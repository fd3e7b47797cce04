import { describe, expect, it } from 'vitest';
import { checkPostedTaskDefinition } from './task-definition-post';

const valid = {
  family: 'web',
  requiresCompatibilities: ['FARGATE'],
  networkMode: 'awsvpc',
  cpu: '256',
  memory: '512',
  containerDefinitions: [{ name: 'web', image: 'nginx', portMappings: [{ containerPort: 80 }] }],
};

describe('checkPostedTaskDefinition (the register action, a public endpoint)', () => {
  it('accepts a valid definition', () => {
    expect(checkPostedTaskDefinition(JSON.stringify(valid))).toEqual({ ok: true, input: valid });
  });

  it('refuses text that is not JSON', () => {
    expect(checkPostedTaskDefinition('{"family":')).toEqual({
      ok: false,
      problems: [{ path: '', message: 'The task definition is not valid JSON.' }],
    });
  });

  it('refuses the wrong shape: unknown members and wrong types, with their paths', () => {
    const result = checkPostedTaskDefinition(
      JSON.stringify({ ...valid, famliy: 'x', containerDefinitions: [{ name: 'web', image: 'nginx', memory: '512' }] }),
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: 'containerDefinitions.0.memory',
          message: 'containerDefinitions.0.memory: Invalid input: expected number, received string',
        },
        { path: '', message: 'Task definition: Unrecognized key: "famliy"' },
      ],
    });
  });

  it("refuses what ECS refuses, in ECS's words", () => {
    const result = checkPostedTaskDefinition(
      JSON.stringify({ ...valid, memory: '3072', containerDefinitions: [{ name: 'web', image: '' }] }),
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: 'memory',
          message:
            'No Fargate configuration exists for given values: 256 CPU, 3072 memory. See the Amazon ECS documentation for the valid values.',
        },
        { path: 'containerDefinitions.0.image', message: 'Container.image should not be null or empty.' },
      ],
    });
  });
});
