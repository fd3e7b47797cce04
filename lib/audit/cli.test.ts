import { describe, expect, it } from 'vitest';
import { cliCommand, cliName } from './cli';
import { MASK, maskSecrets } from './mask';

describe('cliCommand', () => {
  it('writes an SDK call as the AWS CLI line that does the same', () => {
    expect(
      cliCommand({
        service: 'ecs',
        operation: 'DeleteService',
        input: { cluster: 'web', service: "it's", force: true, enableECSManagedTags: false },
        region: 'eu-west-1',
        endpoint: 'http://127.0.0.1:4599',
      }),
    ).toBe(
      "aws ecs delete-service --region eu-west-1 --endpoint-url http://127.0.0.1:4599 --cluster web --service 'it'\\''s' --force --no-enable-ecs-managed-tags",
    );
  });

  it('passes lists of strings as words and structures as JSON', () => {
    expect(
      cliCommand({
        service: 'ecs',
        operation: 'PutClusterCapacityProviders',
        input: {
          cluster: 'c',
          capacityProviders: ['FARGATE'],
          defaultCapacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }],
        },
        region: 'us-east-1',
      }),
    ).toBe(
      `aws ecs put-cluster-capacity-providers --region us-east-1 --cluster c --capacity-providers FARGATE --default-capacity-provider-strategy '[{"capacityProvider":"FARGATE","weight":1}]'`,
    );
  });

  it('names like botocore', () => {
    expect(cliName('RegisterTaskDefinition')).toBe('register-task-definition');
    expect(cliName('enableECSManagedTags')).toBe('enable-ecs-managed-tags');
    expect(cliName('healthCheckGracePeriodSeconds')).toBe('health-check-grace-period-seconds');
  });
});

describe('maskSecrets', () => {
  it('masks environment values, secrets and credentials wherever they are', () => {
    const masked = maskSecrets({
      containerDefinitions: [
        {
          name: 'web',
          environment: [{ name: 'DB_PASSWORD', value: 'hunter2' }],
          secrets: [{ name: 'TOKEN', valueFrom: 'arn:aws:ssm:us-east-1:123456789012:parameter/t' }],
          repositoryCredentials: { credentialsParameter: 'arn:x' },
        },
      ],
      overrides: { containerOverrides: [{ name: 'web', environment: [{ name: 'A', value: 'b' }] }] },
      password: 'p',
    });
    const text = JSON.stringify(masked);
    for (const secret of ['hunter2', '123456789012', 'arn:x', '"b"', '"p"']) expect(text).not.toContain(secret);
    expect(text).toContain('DB_PASSWORD');
    expect(text).toContain(MASK);
  });

  it('masks KEY=value lines and JSON documents posted as form text', () => {
    expect(maskSecrets({ overrides: [{ environment: 'A=1\nB=two' }] })).toEqual({
      overrides: [{ environment: `A=${MASK}\nB=${MASK}` }],
    });
    const doc = JSON.stringify({ family: 'f', containerDefinitions: [{ environment: [{ name: 'K', value: 'secret-value' }] }] });
    const masked = maskSecrets({ document: doc }) as { document: string };
    expect(masked.document).not.toContain('secret-value');
    expect(masked.document).toContain('"family":"f"');
  });
});
