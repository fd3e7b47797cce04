// Capacity provider facts shared by the engine (CreateCluster, PutClusterCapacityProviders, services and
// tasks) and the console's cluster form: the built-in Fargate providers, the strategy and naming rules.

export const FARGATE_CAPACITY_PROVIDERS = ['FARGATE', 'FARGATE_SPOT'] as const;
export const CAPACITY_PROVIDER_STRATEGY_MAX = 20;
export const CAPACITY_PROVIDER_BASE_MAX = 100000;
export const CAPACITY_PROVIDER_WEIGHT_MAX = 1000;

export const CONTAINER_INSIGHTS_VALUES = ['enabled', 'enhanced', 'disabled'] as const;

export interface StrategyItemLike {
  capacityProvider?: string;
  weight?: number;
  base?: number;
}

export function isFargateCapacityProvider(name: string): boolean {
  return (FARGATE_CAPACITY_PROVIDERS as readonly string[]).includes(name);
}

/**
 * Returns a message for the first problem in a capacity provider strategy, or undefined. `attached` is the
 * set of providers the strategy may use (a cluster's providers); pass undefined to skip that check.
 */
export function capacityProviderStrategyError(
  strategy: readonly StrategyItemLike[],
  attached?: readonly string[],
): string | undefined {
  if (strategy.length === 0) return undefined;
  if (strategy.length > CAPACITY_PROVIDER_STRATEGY_MAX)
    return `A capacity provider strategy can contain at most ${CAPACITY_PROVIDER_STRATEGY_MAX} capacity providers.`;
  const seen = new Set<string>();
  let withBase = 0;
  for (const { capacityProvider = '', weight, base } of strategy) {
    if (seen.has(capacityProvider))
      return `The capacity provider strategy contains ${capacityProvider} more than once. Specify each capacity provider once.`;
    seen.add(capacityProvider);
    if (attached && !attached.includes(capacityProvider))
      return `The specified capacity provider strategy cannot contain a capacity provider that is not associated with the cluster. Associate the capacity provider with the cluster or specify a valid capacity provider and try again. (${capacityProvider})`;
    if (weight !== undefined && (weight < 0 || weight > CAPACITY_PROVIDER_WEIGHT_MAX))
      return `The weight of capacity provider ${capacityProvider} must be between 0 and ${CAPACITY_PROVIDER_WEIGHT_MAX}.`;
    if (base !== undefined && (base < 0 || base > CAPACITY_PROVIDER_BASE_MAX))
      return `The base of capacity provider ${capacityProvider} must be between 0 and ${CAPACITY_PROVIDER_BASE_MAX}.`;
    if (base !== undefined && base > 0) withBase++;
  }
  if (withBase > 1) return 'Only one capacity provider in a capacity provider strategy can have a base defined.';
  const fargate = strategy.filter((item) => isFargateCapacityProvider(item.capacityProvider ?? '')).length;
  if (fargate > 0 && fargate < strategy.length)
    return 'A capacity provider strategy cannot contain both Fargate capacity providers and Auto Scaling group capacity providers. Use one kind or the other.';
  if (!strategy.some((item) => (item.weight ?? 0) > 0))
    return 'At least one capacity provider in a capacity provider strategy must have a weight greater than zero.';
  return undefined;
}

/** Capacity provider names ECS reserves: the built-in ones' prefixes. */
const RESERVED_PREFIXES = ['aws', 'ecs', 'fargate'];

/** A message for a capacity provider name CreateCapacityProvider would refuse, or undefined. */
export function capacityProviderNameError(name: string): string | undefined {
  if (!/^[a-zA-Z0-9_-]{1,255}$/.test(name))
    return 'The capacity provider name can contain up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens.';
  const prefix = RESERVED_PREFIXES.find((p) => name.toLowerCase().startsWith(p));
  if (prefix)
    return `The capacity provider name cannot begin with '${prefix}'. Names beginning with aws, ecs or fargate are reserved.`;
  return undefined;
}
