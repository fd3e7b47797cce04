import type { DescribeCapacityProvidersResponse } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../engine';

const ARN = 'arn:aws:ecs:us-east-1:000000000000:capacity-provider';

function describeProviders(engine: Engine, input: Record<string, unknown> = {}) {
  return engine.call('DescribeCapacityProviders', input) as DescribeCapacityProvidersResponse;
}

describe('DescribeCapacityProviders', () => {
  it('describes the built-in FARGATE and FARGATE_SPOT providers', () => {
    const engine = new Engine({ memory: true });
    expect(describeProviders(engine)).toEqual({
      capacityProviders: [
        { capacityProviderArn: `${ARN}/FARGATE`, name: 'FARGATE', status: 'ACTIVE', type: 'FARGATE' },
        { capacityProviderArn: `${ARN}/FARGATE_SPOT`, name: 'FARGATE_SPOT', status: 'ACTIVE', type: 'FARGATE_SPOT' },
      ],
      failures: [],
    });
  });

  it('accepts names and ARNs, reports unknown ones as MISSING, and pages', () => {
    const engine = new Engine({ memory: true });
    const out = describeProviders(engine, { capacityProviders: [`${ARN}/FARGATE_SPOT`, 'my-asg'], include: ['TAGS'] });
    expect(out.capacityProviders).toEqual([
      { capacityProviderArn: `${ARN}/FARGATE_SPOT`, name: 'FARGATE_SPOT', status: 'ACTIVE', type: 'FARGATE_SPOT', tags: [] },
    ]);
    expect(out.failures).toEqual([{ arn: `${ARN}/my-asg`, reason: 'MISSING' }]);
    const first = describeProviders(engine, { maxResults: 1 });
    expect(first.capacityProviders?.map((p) => p.name)).toEqual(['FARGATE']);
    const second = describeProviders(engine, { maxResults: 1, nextToken: first.nextToken });
    expect(second.capacityProviders?.map((p) => p.name)).toEqual(['FARGATE_SPOT']);
    expect(second.nextToken).toBeUndefined();
    expect(() => describeProviders(engine, { nextToken: '%%' })).toThrow(
      expect.objectContaining({ type: 'InvalidParameterException', message: 'Invalid nextToken.' }),
    );
  });

  it('refuses more than 100 names', () => {
    const engine = new Engine({ memory: true });
    expect(() => describeProviders(engine, { capacityProviders: Array.from({ length: 101 }, (_, i) => `p${i}`) })).toThrow(
      expect.objectContaining({ type: 'InvalidParameterException' }),
    );
  });
});
