import { describe, expect, it } from 'vitest';
import { isAcceptedRegion, REGIONS } from './regions';

describe('isAcceptedRegion', () => {
  it('accepts known AWS Regions and those named in ECS_CONSOLE_REGIONS only', () => {
    for (const r of REGIONS) expect(isAcceptedRegion(r.id)).toBe(true);
    expect(isAcceptedRegion('ap-southeast-7')).toBe(true);
    for (const invented of ['xx-invented-1', 'us-east-99', 'us-east-1 ', '', undefined])
      expect(isAcceptedRegion(invented)).toBe(false);
    expect(isAcceptedRegion('local-lab-1', ['local-lab-1'])).toBe(true);
  });
});
