import { describe, expect, it } from 'vitest';
import { continueServiceDeploymentSchema, stopServiceDeploymentSchema } from './service-deployment';
import { errorsOf } from './testing';

const ref = {
  cluster: 'web',
  service: 'api',
  serviceDeploymentArn: 'arn:aws:ecs:us-east-1:123456789012:service-deployment/web/api/x',
};

describe('stopServiceDeploymentSchema', () => {
  it('rolls back when the user typed rollback, stops when the user typed stop', () => {
    expect(
      stopServiceDeploymentSchema.parse({
        cluster: ' web ',
        service: ' api ',
        serviceDeploymentArn: ` ${ref.serviceDeploymentArn} `,
        stopType: 'ROLLBACK',
        confirmation: 'rollback',
      }),
    ).toEqual({ ...ref, stopType: 'ROLLBACK', confirmation: 'rollback' });
    expect(stopServiceDeploymentSchema.parse({ ...ref, stopType: 'ABORT', confirmation: 'stop' })).toEqual({
      ...ref,
      stopType: 'ABORT',
      confirmation: 'stop',
    });
  });

  it('needs the word that goes with the stop type, exactly', () => {
    for (const [stopType, confirmation] of [
      ['ROLLBACK', 'stop'],
      ['ROLLBACK', 'Rollback'],
      ['ROLLBACK', ''],
      ['ABORT', 'rollback'],
      ['ABORT', 'abort'],
      ['ABORT', 'stop '],
    ])
      expect(errorsOf(stopServiceDeploymentSchema, { ...ref, stopType, confirmation }), `${stopType} ${confirmation}`).toEqual({
        confirmation: ['Type the word shown to confirm.'],
      });
    expect(errorsOf(stopServiceDeploymentSchema, { ...ref, stopType: 'ABORT' })).toEqual({
      confirmation: ['Type the word shown to confirm.'],
    });
    expect(errorsOf(stopServiceDeploymentSchema, { ...ref, stopType: 'STOP', confirmation: 'stop' })).toEqual({
      stopType: ['Invalid option: expected one of "ROLLBACK"|"ABORT"'],
    });
  });

  it('needs the cluster, the service and a service deployment ARN', () => {
    expect(
      errorsOf(stopServiceDeploymentSchema, {
        cluster: ' ',
        service: '',
        serviceDeploymentArn: 'web/api/x',
        stopType: 'ABORT',
        confirmation: 'stop',
      }),
    ).toEqual({
      cluster: ['Too small: expected string to have >=1 characters'],
      service: ['Too small: expected string to have >=1 characters'],
      serviceDeploymentArn: ['Choose the service deployment.'],
    });
    expect(
      errorsOf(stopServiceDeploymentSchema, { ...ref, serviceDeploymentArn: 'x:arn:', stopType: 'ABORT', confirmation: 'stop' }),
    ).toEqual({
      serviceDeploymentArn: ['Choose the service deployment.'],
    });
  });
});

describe('continueServiceDeploymentSchema', () => {
  it('answers a lifecycle hook with CONTINUE or ROLLBACK', () => {
    for (const action of ['CONTINUE', 'ROLLBACK'])
      expect(continueServiceDeploymentSchema.parse({ ...ref, hookId: ' h1 ', action })).toEqual({ ...ref, hookId: 'h1', action });
    expect(errorsOf(continueServiceDeploymentSchema, { ...ref, hookId: ' ', action: 'STOP' })).toEqual({
      hookId: ['Too small: expected string to have >=1 characters'],
      action: ['Invalid option: expected one of "CONTINUE"|"ROLLBACK"'],
    });
  });
});
