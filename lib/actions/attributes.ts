'use server';
// Custom attributes of a container instance (PutAttributes / DeleteAttributes), from the instance's page.
import { DeleteAttributesCommand, PutAttributesCommand } from '@aws-sdk/client-ecs';
import { revalidatePath } from 'next/cache';
import { ecsClient } from '../ecs/client';
import { paths } from '../paths';
import { deleteAttributeSchema, putAttributeSchema } from '../schemas/attributes';
import { actionErrorFromEcs } from './ecs-error';
import { formDataToObject } from './form-data';
import { validatedAction } from './state';

export const putAttribute = validatedAction(
  putAttributeSchema,
  async (data, formData) => {
    try {
      const ecs = await ecsClient();
      await ecs.send(
        new PutAttributesCommand({
          cluster: data.cluster,
          attributes: [
            { name: data.name, value: data.value || undefined, targetId: data.instance, targetType: 'container-instance' },
          ],
        }),
      );
    } catch (err) {
      return actionErrorFromEcs(err, formDataToObject(formData), 'putAttribute');
    }
    revalidatePath(paths.containerInstance(data.cluster, data.instance));
    return { status: 'success', message: `Attribute ${data.name} has been saved.` };
  },
  { name: 'putAttribute', role: 'admin', resource: (d) => `container instance ${d.instance}` },
);

export const deleteAttribute = validatedAction(
  deleteAttributeSchema,
  async (data) => {
    try {
      const ecs = await ecsClient();
      await ecs.send(
        new DeleteAttributesCommand({
          cluster: data.cluster,
          attributes: [{ name: data.name, targetId: data.instance, targetType: 'container-instance' }],
        }),
      );
    } catch (err) {
      return actionErrorFromEcs(err, data, 'deleteAttribute');
    }
    revalidatePath(paths.containerInstance(data.cluster, data.instance));
    return { status: 'success', message: `Attribute ${data.name} has been removed.` };
  },
  { name: 'deleteAttribute', role: 'admin', resource: (d) => `container instance ${d.instance}` },
);
