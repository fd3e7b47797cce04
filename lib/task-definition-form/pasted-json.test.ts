import { describe, expect, it } from 'vitest';
import { jsonSyntaxErrorOffset } from './json-error-offset';
import { fromPastedJson } from './pasted-json';

const DESCRIBED = {
  taskDefinition: {
    taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:3',
    containerDefinitions: [{ name: 'web', image: 'nginx', cpu: 0, essential: true, environment: [], portMappings: [] }],
    family: 'web',
    networkMode: 'awsvpc',
    revision: 3,
    volumes: [],
    status: 'ACTIVE',
    requiresAttributes: [{ name: 'ecs.capability.task-eni' }],
    placementConstraints: [],
    compatibilities: ['EC2', 'FARGATE'],
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    registeredAt: 1764139000.123,
    registeredBy: 'arn:aws:iam::123456789012:root',
    deregisteredAt: 1764139100,
    deleteRequestedAt: 1764139200,
  },
  tags: [{ key: 'team', value: 'web' }],
};

describe('fromPastedJson', () => {
  it('takes a describe-task-definition output, strips output-only members and keeps the tags', () => {
    const result = fromPastedJson(JSON.stringify(DESCRIBED, null, 2));
    if (!result.ok) throw new Error(result.message);
    expect(result.stripped.sort()).toEqual(
      [
        'compatibilities',
        'deleteRequestedAt',
        'deregisteredAt',
        'registeredAt',
        'registeredBy',
        'requiresAttributes',
        'revision',
        'status',
        'taskDefinitionArn',
      ].sort(),
    );
    expect(result.input).toMatchObject({ family: 'web', cpu: '256', tags: [{ key: 'team', value: 'web' }] });
    expect(result.input).not.toHaveProperty('revision');
  });

  it('takes a --cli-input-json document and a bare task definition', () => {
    const doc = { family: 'api', containerDefinitions: [{ name: 'api', image: 'api:1' }], tags: [{ key: 'a', value: 'b' }] };
    const result = fromPastedJson(JSON.stringify(doc));
    expect(result).toEqual({ ok: true, input: doc, stripped: [] });
    const bare = fromPastedJson(JSON.stringify(DESCRIBED.taskDefinition));
    expect(bare.ok && bare.input.family).toBe('web');
  });

  it('reports invalid JSON with where it broke', () => {
    const text = '{\n  "family": "web",\n  "containerDefinitions": [\n}';
    const result = fromPastedJson(text);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^Invalid JSON: /), at: text.length - 1 });
  });

  it('refuses unknown members, naming them and where they are', () => {
    const top = fromPastedJson('{"family":"web","containerDefinitions":[],"famliy":"x"}');
    expect(top).toMatchObject({
      ok: false,
      key: 'famliy',
      message: "Unknown key 'famliy' in the task definition. Remove it or check its spelling.",
    });
    const inner = fromPastedJson('{"family":"web","containerDefinitions":[{"name":"a","Image":"x"}]}');
    expect(inner).toMatchObject({ ok: false, message: "Unknown key 'Image' in containerDefinitions[0]. Did you mean 'image'?" });
    const port = fromPastedJson('{"family":"w","containerDefinitions":[{"portMappings":[{"port":80}]}]}');
    expect(port).toMatchObject({ ok: false, message: expect.stringContaining('portMappings[0]') });
  });

  it('refuses members of the wrong type', () => {
    const result = fromPastedJson(
      '{"family":"web","containerDefinitions":[{"name":"a","portMappings":[{"containerPort":"80"}]}]}',
    );
    expect(result).toMatchObject({
      ok: false,
      key: 'containerPort',
      message: expect.stringContaining('containerDefinitions.0.portMappings.0.containerPort'),
    });
    expect(fromPastedJson('[1]')).toMatchObject({ ok: false, message: 'The JSON must be an object: a task definition.' });
  });
});

describe('jsonSyntaxErrorOffset', () => {
  it('finds where the text stops being JSON', () => {
    expect(jsonSyntaxErrorOffset('{"a": [1, 2,]}')).toBe(12);
    expect(jsonSyntaxErrorOffset('{"a": 1} x')).toBe(9);
    expect(jsonSyntaxErrorOffset('{"a": "unterminated')).toBe(19);
    expect(jsonSyntaxErrorOffset('{"a": {"b": [true, null, -1.5e3, "\\u00e9"]}}')).toBeUndefined();
  });
});
