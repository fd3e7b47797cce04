import { describe, expect, it } from 'vitest';
import {
  CAPACITY_PROVIDER_BASE_MAX,
  CAPACITY_PROVIDER_STRATEGY_MAX,
  CAPACITY_PROVIDER_WEIGHT_MAX,
  CONTAINER_INSIGHTS_VALUES,
  capacityProviderNameError,
  capacityProviderStrategyError,
  FARGATE_CAPACITY_PROVIDERS,
  isFargateCapacityProvider,
  type StrategyItemLike,
} from './capacity-providers';

const notAttached = (name: string) =>
  `The specified capacity provider strategy cannot contain a capacity provider that is not associated with the cluster. Associate the capacity provider with the cluster or specify a valid capacity provider and try again. (${name})`;
const noWeight = 'At least one capacity provider in a capacity provider strategy must have a weight greater than zero.';

describe('Fargate capacity providers and Container Insights', () => {
  it('knows FARGATE and FARGATE_SPOT, exactly so spelled', () => {
    expect(FARGATE_CAPACITY_PROVIDERS).toEqual(['FARGATE', 'FARGATE_SPOT']);
    expect(['FARGATE', 'FARGATE_SPOT', 'fargate', 'FARGATE_X', 'my-asg', ''].map(isFargateCapacityProvider)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it('has the three Container Insights settings', () => {
    expect(CONTAINER_INSIGHTS_VALUES).toEqual(['enabled', 'enhanced', 'disabled']);
  });
});

describe('capacityProviderStrategyError', () => {
  it('has ECS limits: 20 providers, weights up to 1,000, bases up to 100,000', () => {
    expect([CAPACITY_PROVIDER_STRATEGY_MAX, CAPACITY_PROVIDER_WEIGHT_MAX, CAPACITY_PROVIDER_BASE_MAX]).toEqual([
      20, 1000, 100000,
    ]);
  });

  it('accepts an empty strategy (the cluster default applies)', () => {
    expect(capacityProviderStrategyError([])).toBeUndefined();
    expect(capacityProviderStrategyError([], ['FARGATE'])).toBeUndefined();
  });

  it('accepts the usual strategies', () => {
    expect(capacityProviderStrategyError([{ capacityProvider: 'FARGATE', weight: 1 }])).toBeUndefined();
    expect(
      capacityProviderStrategyError(
        [
          { capacityProvider: 'FARGATE', weight: 1, base: 2 },
          { capacityProvider: 'FARGATE_SPOT', weight: 3, base: 0 },
        ],
        ['FARGATE', 'FARGATE_SPOT'],
      ),
    ).toBeUndefined();
    expect(
      capacityProviderStrategyError([
        { capacityProvider: 'asg', weight: 0, base: 1 },
        { capacityProvider: 'asg2', weight: 1 },
      ]),
    ).toBeUndefined();
  });

  it('takes up to 20 providers', () => {
    const items = Array.from({ length: 21 }, (_, i) => ({ capacityProvider: `cp${i}`, weight: 1 }));
    expect(capacityProviderStrategyError(items.slice(0, 20))).toBeUndefined();
    expect(capacityProviderStrategyError(items)).toBe('A capacity provider strategy can contain at most 20 capacity providers.');
  });

  it('refuses a provider named twice', () => {
    expect(
      capacityProviderStrategyError([
        { capacityProvider: 'asg', weight: 1 },
        { capacityProvider: 'asg2', weight: 1 },
        { capacityProvider: 'asg', weight: 2 },
      ]),
    ).toBe('The capacity provider strategy contains asg more than once. Specify each capacity provider once.');
  });

  it('refuses a provider the cluster does not have, when the cluster’s are given', () => {
    expect(capacityProviderStrategyError([{ capacityProvider: 'FARGATE_SPOT', weight: 1 }], ['FARGATE'])).toBe(
      notAttached('FARGATE_SPOT'),
    );
    expect(capacityProviderStrategyError([{ capacityProvider: 'FARGATE', weight: 1 }], [])).toBe(notAttached('FARGATE'));
    expect(capacityProviderStrategyError([{ weight: 1 }], ['FARGATE'])).toBe(notAttached(''));
    expect(capacityProviderStrategyError([{ capacityProvider: 'anything', weight: 1 }])).toBeUndefined();
  });

  it('wants weights from 0 to 1,000', () => {
    const weight = (w: number) =>
      capacityProviderStrategyError([
        { capacityProvider: 'asg', weight: w },
        { capacityProvider: 'asg2', weight: 1 },
      ]);
    expect(weight(0)).toBeUndefined();
    expect(weight(1000)).toBeUndefined();
    expect(weight(-1)).toBe('The weight of capacity provider asg must be between 0 and 1000.');
    expect(weight(1001)).toBe('The weight of capacity provider asg must be between 0 and 1000.');
  });

  it('wants bases from 0 to 100,000', () => {
    const base = (b: number) => capacityProviderStrategyError([{ capacityProvider: 'asg', weight: 1, base: b }]);
    expect(base(0)).toBeUndefined();
    expect(base(100000)).toBeUndefined();
    expect(base(-1)).toBe('The base of capacity provider asg must be between 0 and 100000.');
    expect(base(100001)).toBe('The base of capacity provider asg must be between 0 and 100000.');
  });

  it('lets only one provider have a base above 0', () => {
    const two: StrategyItemLike[] = [
      { capacityProvider: 'FARGATE', weight: 1, base: 1 },
      { capacityProvider: 'FARGATE_SPOT', weight: 1, base: 1 },
    ];
    expect(capacityProviderStrategyError(two)).toBe(
      'Only one capacity provider in a capacity provider strategy can have a base defined.',
    );
    expect(
      capacityProviderStrategyError([
        { capacityProvider: 'FARGATE', weight: 1, base: 5 },
        { capacityProvider: 'FARGATE_SPOT', weight: 1, base: 0 },
      ]),
    ).toBeUndefined();
  });

  it('refuses Fargate and Auto Scaling group providers together', () => {
    const mixed =
      'A capacity provider strategy cannot contain both Fargate capacity providers and Auto Scaling group capacity providers. Use one kind or the other.';
    expect(
      capacityProviderStrategyError([
        { capacityProvider: 'FARGATE', weight: 1 },
        { capacityProvider: 'asg', weight: 1 },
      ]),
    ).toBe(mixed);
    expect(
      capacityProviderStrategyError([
        { capacityProvider: 'asg', weight: 1 },
        { capacityProvider: 'FARGATE_SPOT', weight: 1 },
      ]),
    ).toBe(mixed);
    // A provider with no name is not a Fargate one.
    expect(capacityProviderStrategyError([{ capacityProvider: 'FARGATE', weight: 1 }, { weight: 1 }])).toBe(mixed);
  });

  it('wants a weight above 0 somewhere (no weight counts as 0)', () => {
    expect(capacityProviderStrategyError([{ capacityProvider: 'FARGATE', weight: 0 }])).toBe(noWeight);
    expect(capacityProviderStrategyError([{ capacityProvider: 'FARGATE' }, { capacityProvider: 'FARGATE_SPOT', base: 1 }])).toBe(
      noWeight,
    );
    expect(
      capacityProviderStrategyError([{ capacityProvider: 'FARGATE' }, { capacityProvider: 'FARGATE_SPOT', weight: 1 }]),
    ).toBeUndefined();
  });
});

describe('capacityProviderNameError', () => {
  it('accepts 1 to 255 letters, digits, underscores and hyphens', () => {
    for (const name of ['a', 'z', 'A', 'Z', '0', '9', '_', '-', 'my-asg_01', 'n'.repeat(255), 'my-aws', 'x-ecs', 'notfargate']) {
      expect(capacityProviderNameError(name), name).toBeUndefined();
    }
  });

  it('refuses other names', () => {
    const message =
      'The capacity provider name can contain up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens.';
    for (const name of ['', 'n'.repeat(256), 'my asg', 'my.asg', ' asg', 'asg ', '#asg', 'asg#']) {
      expect(capacityProviderNameError(name), name).toBe(message);
    }
  });

  it('refuses the prefixes AWS reserves, in any case', () => {
    const reserved = (prefix: string) =>
      `The capacity provider name cannot begin with '${prefix}'. Names beginning with aws, ecs or fargate are reserved.`;
    expect(capacityProviderNameError('aws-asg')).toBe(reserved('aws'));
    expect(capacityProviderNameError('AWSome')).toBe(reserved('aws'));
    expect(capacityProviderNameError('ecs_capacity')).toBe(reserved('ecs'));
    expect(capacityProviderNameError('ECS')).toBe(reserved('ecs'));
    expect(capacityProviderNameError('Fargate-cheap')).toBe(reserved('fargate'));
    expect(capacityProviderNameError('FARGATE_SPOT')).toBe(reserved('fargate'));
  });
});
