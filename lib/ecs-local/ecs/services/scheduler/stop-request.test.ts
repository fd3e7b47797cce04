// StopServiceDeployment carried out at the scheduler's next look (stop-request.ts): a rolling ROLLBACK starts a
// deployment back to the last completed revision and marks the stopped one FAILED; ABORT stops where it is.
import type { ServiceDeployment } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../engine';
import type { Wire } from '../../../protocol/serialize';
import { START } from '../../../testing/engine';
import { createService, describeService, registerFargate, serviceTasks, setup } from '../../../testing/services';

const USER_ROLLBACK = 'Service deployment rolled back because of a StopServiceDeployment request.';

function serviceDeployment(engine: Engine, arn: string): Wire<ServiceDeployment> {
  const out = engine.call('DescribeServiceDeployments', { serviceDeploymentArns: [arn] }) as {
    serviceDeployments: Wire<ServiceDeployment>[];
  };
  return out.serviceDeployments[0];
}

/** `web` (2 tasks) steady on web:1 at START + 15 min, then updated to web:2; returns its service deployment. */
function updating() {
  const fixture = setup();
  const { engine } = fixture;
  registerFargate(engine);
  createService(engine, { serviceName: 'web', desiredCount: 2 });
  engine.advance(15 * 60_000);
  registerFargate(engine);
  engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:2' });
  const service = describeService(engine, 'web');
  return { ...fixture, sdArn: service.currentServiceDeployment as string, updating: service.deployments[0] };
}

const revisions = (engine: Engine) =>
  describeService(engine, 'web').deployments.map((d) => [
    d.status,
    d.rolloutState,
    d.taskDefinition?.split(':').pop(),
    d.rolloutStateReason,
  ]);

describe('StopServiceDeployment at the next look', () => {
  it('ROLLBACK once the new tasks are healthy: the stopped deployment stays listed as FAILED while its tasks run', () => {
    const { engine, sdArn, updating: stopped } = updating();
    // Until the web:2 tasks are healthy and the web:1 ones asked to stop.
    for (let i = 0; i < 480 && serviceTasks(engine, 'web').some((t) => t.taskDefinitionArn?.endsWith(':1')); i++)
      engine.advance(250);
    expect(serviceDeployment(engine, sdArn).status).toBe('IN_PROGRESS');
    engine.call('StopServiceDeployment', { serviceDeploymentArn: sdArn, stopType: 'ROLLBACK' });
    engine.advance(250);
    expect(revisions(engine)).toEqual([
      ['PRIMARY', 'IN_PROGRESS', '1', expect.any(String)],
      ['ACTIVE', 'FAILED', '2', USER_ROLLBACK],
    ]);
    expect(describeService(engine, 'web').deployments[1].id).toBe(stopped.id);
    expect(serviceDeployment(engine, sdArn)).toMatchObject({ status: 'ROLLBACK_IN_PROGRESS', statusReason: USER_ROLLBACK });
    engine.advance(120_000);
    expect(serviceDeployment(engine, sdArn).status).toBe('ROLLBACK_SUCCESSFUL');
    expect(revisions(engine)).toEqual([['PRIMARY', 'COMPLETED', '1', expect.any(String)]]);
  });

  it('ABORT while the new tasks warm up: the deployment is FAILED and updated at that look, and starts nothing more', () => {
    const { engine, sdArn, updating: stopped } = updating();
    engine.advance(20_000);
    const started = serviceTasks(engine, 'web').filter((t) => t.taskDefinitionArn?.endsWith(':2'));
    expect(started.map((t) => t.lastStatus)).toEqual(['RUNNING', 'RUNNING']);
    engine.call('StopServiceDeployment', { serviceDeploymentArn: sdArn, stopType: 'ABORT' });
    engine.advance(250);
    const reason = `ECS deployment ${stopped.id} stopped because of a StopServiceDeployment request.`;
    const [aborted] = describeService(engine, 'web').deployments;
    expect(aborted).toMatchObject({ id: stopped.id, status: 'PRIMARY', rolloutState: 'FAILED', rolloutStateReason: reason });
    // Nothing started or stopped at that look: only the request moved the deployment's updatedAt.
    expect(aborted.updatedAt).toBe(Math.floor((START + 15 * 60_000 + 20_250) / 1000));
    expect(serviceDeployment(engine, sdArn)).toMatchObject({ status: 'STOPPED', statusReason: reason });
  });
});
