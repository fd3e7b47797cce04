// ContinueServiceDeployment: answers a lifecycle hook that waits (a PAUSE hook, AWAITING_ACTION) in a
// blue/green deployment: CONTINUE (the default) lets the deployment go on to its next stage, ROLLBACK rolls
// it back. Differs from ECS: a hook that is not waiting answers InvalidParameterException (ECS's exception
// for that case is not documented).
import type { ContinueServiceDeploymentRequest, ContinueServiceDeploymentResponse } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import { invalidParameter } from '../../common/errors';
import { controlledDeployment } from '../deployment-control';
import { saveService } from '../model';
import { reportStage } from '../scheduler/blue-green';

export const continueServiceDeployment = operation<ContinueServiceDeploymentRequest, ContinueServiceDeploymentResponse>(
  (ctx, input) => {
    const arn = input.serviceDeploymentArn ?? '';
    const { service, deployment } = controlledDeployment(ctx, arn);
    const hook = deployment?._bg?.hooks.find((h) => h.hookId === input.hookId);
    if (!deployment || !hook)
      throw invalidParameter(
        `The service deployment has no lifecycle hook ${input.hookId ?? ''} in its current stage. See lifecycleHookDetails in DescribeServiceDeployments.`,
      );
    if (hook.status !== 'AWAITING_ACTION')
      throw invalidParameter(`The lifecycle hook ${hook.hookId} is ${hook.status}; only a hook AWAITING_ACTION can be answered.`);
    hook.status = input.action === 'ROLLBACK' ? 'FAILED' : 'SUCCEEDED';
    reportStage(ctx, deployment);
    saveService(ctx, service, ctx.now);
    return { serviceDeploymentArn: arn };
  },
);
