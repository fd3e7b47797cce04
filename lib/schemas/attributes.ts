// Custom attributes of a container instance, from its page: add (PutAttributes) and remove (DeleteAttributes).
import { z } from 'zod';
import { attributeError, isBuiltInAttribute } from '../ecs-rules/attributes';

const target = { cluster: z.string().trim().min(1), instance: z.string().trim().min(1) };

export const putAttributeSchema = z
  .object({ ...target, name: z.string().trim(), value: z.string().default('') })
  .superRefine((data, ctx) => {
    const message = attributeError({ name: data.name, value: data.value === '' ? undefined : data.value });
    if (message) ctx.addIssue({ code: 'custom', message, path: [/attribute name/.test(message) ? 'name' : 'value'] });
    if (isBuiltInAttribute(data.name))
      ctx.addIssue({
        code: 'custom',
        message: 'Attributes starting with ecs. are set by ECS. Choose another name.',
        path: ['name'],
      });
  });

export const deleteAttributeSchema = z.object({ ...target, name: z.string().trim().min(1) });
