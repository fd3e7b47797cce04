// ModifyTargetGroupAttributes. Differs from ELBv2: only the deregistration delay changes what the engine does
// (stickiness and slow start are recorded; round robin is the only algorithm).
import type {
  ModifyTargetGroupAttributesInput,
  ModifyTargetGroupAttributesOutput,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { operation } from '../../../core/aws-service';
import { applyAttributes, attributeList } from '../../common/attributes';
import { requireTargetGroup, saveTargetGroup, TARGET_GROUP_ATTRIBUTES } from '../model';

export const modifyTargetGroupAttributes = operation<ModifyTargetGroupAttributesInput, ModifyTargetGroupAttributesOutput>(
  (ctx, input) => {
    const tg = requireTargetGroup(ctx, input.TargetGroupArn ?? '');
    tg._attributes = applyAttributes(tg._attributes, input.Attributes ?? [], TARGET_GROUP_ATTRIBUTES, 'Target group');
    saveTargetGroup(ctx, tg);
    return { Attributes: attributeList(tg._attributes) };
  },
);
