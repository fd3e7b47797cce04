// Custom attributes of container instances (PutAttributes, placement constraints): ECS's name and value
// rules and limits, shared by the engine and the console's attribute editor.

/** Custom attributes per container instance (ECS's own `ecs.*` attributes do not count). */
export const CUSTOM_ATTRIBUTES_MAX = 10;
/** Attributes in one PutAttributes / DeleteAttributes call. */
export const ATTRIBUTES_PER_CALL_MAX = 10;
export const ATTRIBUTE_NAME_PATTERN = /^[a-zA-Z0-9_./\\-]{1,128}$/;
export const ATTRIBUTE_VALUE_PATTERN = /^[a-zA-Z0-9_.@/\\: -]{1,128}$/;

export interface AttributeLike {
  name?: string;
  value?: string;
}

/** True for the attributes ECS and its agent set themselves (ecs.os-type, ecs.instance-type, …). */
export function isBuiltInAttribute(name: string | undefined): boolean {
  return name?.startsWith('ecs.') ?? false;
}

/** The first problem with an attribute's name or value, or undefined. */
export function attributeError({ name = '', value }: AttributeLike): string | undefined {
  if (!ATTRIBUTE_NAME_PATTERN.test(name))
    return `The attribute name '${name}' is not valid. Use up to 128 letters, numbers, hyphens, underscores, periods, forward slashes or back slashes.`;
  if (value === undefined) return undefined;
  if (!ATTRIBUTE_VALUE_PATTERN.test(value) || value.trim() !== value)
    return `The value '${value}' of attribute ${name} is not valid. Use up to 128 letters, numbers, hyphens, underscores, periods, at signs, slashes, colons or spaces, not starting or ending with a space.`;
  return undefined;
}
