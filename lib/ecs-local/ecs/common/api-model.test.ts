// Model-driven input validation: the exception type and AWS's validation wording for each kind of mistake.
import { describe, expect, it } from 'vitest';
import { ecsModel, validateEcsInput } from './api-model';
import { EcsError } from './errors';

function failure(operation: string, input: unknown): EcsError {
  try {
    validateEcsInput(operation, input);
  } catch (err) {
    if (err instanceof EcsError) return err;
    throw err;
  }
  throw new Error('expected validateInput to throw');
}

describe('validateInput', () => {
  it('knows the 77 operations of the model', () => {
    expect(Object.keys(ecsModel.raw.operations)).toHaveLength(77);
    expect(ecsModel.hasOperation('CreateCluster')).toBe(true);
    expect(ecsModel.hasOperation('toString')).toBe(false);
  });

  it('accepts an empty input and drops nulls', () => {
    expect(validateEcsInput('ListClusters', {})).toEqual({});
    expect(validateEcsInput('ListClusters', { nextToken: null, maxResults: 5 })).toEqual({ maxResults: 5 });
  });

  it('reports a missing required member with AWS wording', () => {
    const err = failure('DescribeServices', {});
    expect(err.type).toBe('InvalidParameterException');
    expect(err.message).toBe(
      "1 validation error detected: Value null at 'services' failed to satisfy constraint: Member must not be null",
    );
  });

  it('reports enum, range and length violations with AWS wording', () => {
    expect(failure('ListTasks', { desiredStatus: 'DONE' }).message).toBe(
      "1 validation error detected: Value 'DONE' at 'desiredStatus' failed to satisfy constraint: Member must satisfy enum value set: [RUNNING, PENDING, STOPPED]",
    );
    const range = failure('CreateCluster', {
      capacityProviders: ['p'],
      defaultCapacityProviderStrategy: [{ capacityProvider: 'p', weight: 1001 }],
    });
    expect(range.type).toBe('InvalidParameterException');
    expect(range.message).toBe(
      "1 validation error detected: Value '1001' at 'defaultCapacityProviderStrategy[0].weight' failed to satisfy constraint: Member must have value less than or equal to 1000",
    );
    const tags = Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, value: 'v' }));
    expect(failure('TagResource', { resourceArn: 'arn', tags }).message).toMatch(
      /at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50/,
    );
    expect(failure('TagResource', { resourceArn: 'arn', tags: [{ key: '', value: 'v' }] }).message).toBe(
      "1 validation error detected: Value '' at 'tags[0].key' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  });

  it("names the launch types where ECS does, as ECS's exception for each operation, even among other problems", () => {
    const run = failure('RunTask', { taskDefinition: 'web', launchType: 'Fargate', count: 0 });
    expect([run.type, run.message]).toEqual([
      'InvalidParameterException',
      'launch type should be one of [EC2,FARGATE,EXTERNAL,MANAGED_INSTANCES]',
    ]);
    const service = failure('CreateService', { serviceName: 'web', launchType: 'SOMETHING' });
    expect([service.type, service.message]).toEqual([
      'ClientException',
      'launch type should be one of [EC2,FARGATE,EXTERNAL,MANAGED_INSTANCES]',
    ]);
    expect(failure('CreateTaskSet', { cluster: 'c', service: 's', taskDefinition: 't', launchType: 'X' }).type).toBe(
      'ClientException',
    );
  });

  it('counts several problems', () => {
    const err = failure('ListTasks', { desiredStatus: 'X', launchType: 'Y' });
    expect(err.message).toMatch(/^2 validation errors detected: /);
  });

  it('refuses members unknown to the model, naming them', () => {
    const err = failure('ListClusters', { maxResult: 5 });
    expect(err.type).toBe('InvalidParameterException');
    expect(err.message).toContain("Unknown parameter 'maxResult'");
    expect(failure('CreateCluster', { tags: [{ key: 'a', value: 'b', colour: 'red' }] }).message).toContain("'tags[0].colour'");
  });

  it('answers wrong JSON types with SerializationException', () => {
    expect(failure('ListClusters', { maxResults: '5' }).type).toBe('SerializationException');
    expect(failure('ListClusters', { maxResults: 1.5 }).type).toBe('SerializationException');
    expect(failure('DescribeServices', { services: 'web' }).message).toBe(
      'Expected a list at \'services\' but got string "web".',
    );
    expect(failure('CreateCluster', { tags: [{ key: 1 }] }).type).toBe('SerializationException');
    expect(failure('ListClusters', []).type).toBe('SerializationException');
  });

  it('normalizes ISO timestamps to epoch seconds', () => {
    const out = validateEcsInput('SubmitTaskStateChange', { pullStartedAt: '2026-01-01T00:00:00Z' });
    expect(out.pullStartedAt).toBe(Date.UTC(2026, 0, 1) / 1000);
  });
});
