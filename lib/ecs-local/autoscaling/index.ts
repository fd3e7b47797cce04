// Application Auto Scaling in the engine (AWS JSON 1.1, `AnyScaleFrontendService`), for ECS services' desired
// counts: scalable targets, target tracking and step scaling policies, scheduled actions, scaling activities and
// tags. One module per operation in the folder of the resource it acts on; documents: common/documents.ts. On the
// scheduler, each target is evaluated every minute (evaluation/), after the minute's metrics and the alarms
// (metrics/alarms/) its policies read; scheduled actions run at their times; activities wait for ECS.
import type { AwsService } from '../core/aws-service';
import { checkFulfilment } from './activities/fulfilment';
import { describeScalingActivities } from './activities/operations/describe-scaling-activities';
import { AutoScalingError, autoScalingModel, autoScalingValidationErrors } from './common/errors';
import { evaluateTarget } from './evaluation/evaluate-target';
import { deleteScalingPolicy } from './policies/operations/delete-scaling-policy';
import { describeScalingPolicies } from './policies/operations/describe-scaling-policies';
import { putScalingPolicy } from './policies/operations/put-scaling-policy';
import { deregisterScalableTarget } from './scalable-targets/operations/deregister-scalable-target';
import { describeScalableTargets } from './scalable-targets/operations/describe-scalable-targets';
import { registerScalableTarget } from './scalable-targets/operations/register-scalable-target';
import { deleteScheduledAction } from './scheduled-actions/operations/delete-scheduled-action';
import { describeScheduledActions } from './scheduled-actions/operations/describe-scheduled-actions';
import { putScheduledAction } from './scheduled-actions/operations/put-scheduled-action';
import { runScheduledAction } from './scheduled-actions/run';
import { listTagsForResource } from './tags/operations/list-tags-for-resource';
import { tagResource } from './tags/operations/tag-resource';
import { untagResource } from './tags/operations/untag-resource';

export const autoscaling: AwsService = {
  name: 'autoscaling',
  model: autoScalingModel,
  operations: {
    // scalable-targets/
    RegisterScalableTarget: registerScalableTarget,
    DescribeScalableTargets: describeScalableTargets,
    DeregisterScalableTarget: deregisterScalableTarget,
    // policies/
    PutScalingPolicy: putScalingPolicy,
    DescribeScalingPolicies: describeScalingPolicies,
    DeleteScalingPolicy: deleteScalingPolicy,
    // scheduled-actions/
    PutScheduledAction: putScheduledAction,
    DescribeScheduledActions: describeScheduledActions,
    DeleteScheduledAction: deleteScheduledAction,
    // activities/
    DescribeScalingActivities: describeScalingActivities,
    // tags/
    TagResource: tagResource,
    UntagResource: untagResource,
    ListTagsForResource: listTagsForResource,
  },
  errors: {
    ...autoScalingValidationErrors,
    unknownOperation: (message) => new AutoScalingError('UnknownOperationException', message),
    unsupported: (message) => new AutoScalingError('ValidationException', message),
    internal: (message) => new AutoScalingError('InternalServiceException', message),
  },
  scheduler: {
    'scalable-target': evaluateTarget,
    'scheduled-action': runScheduledAction,
    'scaling-activity': checkFulfilment,
  },
  cacheable: new Set([
    'DescribeScalableTargets',
    'DescribeScalingPolicies',
    'DescribeScheduledActions',
    'DescribeScalingActivities',
    'ListTagsForResource',
  ]),
};
