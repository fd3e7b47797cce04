// How soon the scheduler looks again at a service that is not steady (poll.ts): 15 s, scaled by timeScale, at
// least 250 ms on.
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../../core/clock';
import { Engine } from '../../../engine';
import { NETWORK, START } from '../../../testing/engine';
import { registerFargate } from '../../../testing/services';

/** The service's next look after the step that started its first task (nothing else can bring it earlier yet). */
function nextLookAfterLaunch(timeScale: number): number {
  const clock = new FakeClock(START);
  const engine = new Engine({ memory: true, clock, timeScale });
  try {
    engine.call('CreateCluster', { clusterName: 'demo' });
    registerFargate(engine);
    engine.call('CreateService', {
      cluster: 'demo',
      serviceName: 'web',
      taskDefinition: 'web',
      desiredCount: 1,
      launchType: 'FARGATE',
      networkConfiguration: NETWORK,
    });
    engine.tick();
    const services = (until: number) => engine.store.due(until).filter((ref) => ref.kind === 'service');
    const later = services(START + 3_600_000);
    expect(later).toHaveLength(1);
    let low = START;
    let high = START + 3_600_000;
    // The earliest time the service is due (due() lists what is due by a time).
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (services(mid).length > 0) high = mid;
      else low = mid + 1;
    }
    return low - START;
  } finally {
    engine.close();
  }
}

describe('the next look at a service that is not steady', () => {
  it('is 15 s later on the real clock', () => {
    expect(nextLookAfterLaunch(1)).toBe(15_000);
  });

  it('is scaled by timeScale', () => {
    expect(nextLookAfterLaunch(0.5)).toBe(7_500);
    expect(nextLookAfterLaunch(2)).toBe(30_000);
  });

  it('is never sooner than 250 ms', () => {
    expect(nextLookAfterLaunch(0.01)).toBe(250);
  });
});
