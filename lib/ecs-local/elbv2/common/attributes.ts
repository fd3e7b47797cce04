// Load balancer and target group attributes: string key/value pairs with AWS's defaults, checked per key.
import type { LoadBalancerAttribute, TargetGroupAttribute } from '@aws-sdk/client-elastic-load-balancing-v2';
import { validationError } from './errors';

type Attribute = LoadBalancerAttribute | TargetGroupAttribute;

export interface AttributeRule {
  /** The value's default. */
  value: string;
  /** Checks a new value; returns the problem, if any. */
  check?: (value: string) => string | undefined;
}

export const booleanValue = (value: string) => (value === 'true' || value === 'false' ? undefined : 'must be true or false');

export function integerValue(min: number, max: number): (value: string) => string | undefined {
  return (value) => {
    const n = Number(value);
    return /^\d+$/.test(value) && n >= min && n <= max ? undefined : `must be an integer from ${min} to ${max}`;
  };
}

export function defaults(rules: Readonly<Record<string, AttributeRule>>): Record<string, string> {
  return Object.fromEntries(Object.entries(rules).map(([k, r]) => [k, r.value]));
}

/** The attributes after a change, each checked (an unknown key is refused with the keys that exist). */
export function applyAttributes(
  current: Readonly<Record<string, string>>,
  change: readonly Attribute[],
  rules: Readonly<Record<string, AttributeRule>>,
  what: string,
): Record<string, string> {
  const out = { ...current };
  for (const attribute of change) {
    const key = attribute.Key ?? '';
    const value = attribute.Value ?? '';
    const rule = Object.hasOwn(rules, key) ? rules[key] : undefined;
    if (!rule)
      throw validationError(`${what} attribute key '${key}' is not recognized. Use one of: ${Object.keys(rules).join(', ')}.`);
    const problem = rule.check?.(value);
    if (problem) throw validationError(`${what} attribute '${key}' ${problem}; got '${value}'.`);
    out[key] = value;
  }
  return out;
}

export function attributeList(values: Readonly<Record<string, string>>): { Key: string; Value: string }[] {
  return Object.entries(values).map(([Key, Value]) => ({ Key, Value }));
}
