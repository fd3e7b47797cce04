// A described task definition registered again ("Create new revision", pasted describe-task-definition output):
// what DescribeTaskDefinition adds is dropped, everything else kept, tags added when there are some.
import { describe, expect, it } from 'vitest';
import { describedToInput, OUTPUT_ONLY_KEYS, withoutOutputOnly } from './task-definition-output';

/** A describe-task-definition `taskDefinition`, with every member RegisterTaskDefinition does not take. */
const described = {
  taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:3',
  containerDefinitions: [{ name: 'web', image: 'nginx:latest', cpu: 0, essential: true }],
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
  registeredAt: '2026-11-30T10:00:00.000Z',
  registeredBy: 'arn:aws:iam::123456789012:root',
  deregisteredAt: '2026-11-30T11:00:00.000Z',
  deleteRequestedAt: '2026-11-30T12:00:00.000Z',
};

const input = {
  containerDefinitions: [{ name: 'web', image: 'nginx:latest', cpu: 0, essential: true }],
  family: 'web',
  networkMode: 'awsvpc',
  volumes: [],
  placementConstraints: [],
  requiresCompatibilities: ['FARGATE'],
  cpu: '256',
  memory: '512',
};

describe('withoutOutputOnly', () => {
  it('drops each member only DescribeTaskDefinition returns, and says which', () => {
    const result = withoutOutputOnly(described);
    expect(result.input).toStrictEqual(input);
    expect(result.stripped).toEqual([
      'taskDefinitionArn',
      'revision',
      'status',
      'requiresAttributes',
      'compatibilities',
      'registeredAt',
      'registeredBy',
      'deregisteredAt',
      'deleteRequestedAt',
    ]);
    expect([...OUTPUT_ONLY_KEYS].sort()).toEqual([...result.stripped].sort());
  });

  it('keeps a RegisterTaskDefinition input as it is', () => {
    expect(withoutOutputOnly(input)).toStrictEqual({ input, stripped: [] });
    expect(withoutOutputOnly({})).toStrictEqual({ input: {}, stripped: [] });
  });
});

describe('describedToInput', () => {
  it('adds the tags when there are some, and no tags member otherwise', () => {
    const tags = [{ key: 'team', value: 'web' }];
    expect(describedToInput(described, tags)).toStrictEqual({ ...input, tags });
    expect(describedToInput(described, [])).toStrictEqual(input);
    expect(describedToInput(described)).toStrictEqual(input);
  });
});
