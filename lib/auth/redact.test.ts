import { describe, expect, it } from 'vitest';
import { redactForRole } from './redact';

const message =
  'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: ecs:DeleteCluster on resource: arn:aws:ecs:us-east-1:123456789012:cluster/web because no identity-based policy allows it (account 123456789012)';

describe('redactForRole', () => {
  it('shows ARNs and account ids to admins only', () => {
    expect(redactForRole(message, 'admin')).toBe(message);
    for (const role of ['operator', 'viewer', undefined] as const) {
      const redacted = redactForRole(message, role);
      expect(redacted).not.toMatch(/arn:aws|123456789012/);
      expect(redacted).toBe(
        'User: (ARN hidden) is not authorized to perform: ecs:DeleteCluster on resource: (ARN hidden) because no identity-based policy allows it (account (account hidden))',
      );
    }
  });
});
