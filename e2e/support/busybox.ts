// The container the Docker suites run: busybox httpd from local/busybox:latest, which scripts/docker-test-env.sh
// builds offline (its /www/index.html says HTTPD_PAGE).
import { type ECSClient, RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';

export const BUSYBOX = 'local/busybox:latest';
export const HTTPD_PAGE = 'hello from ecs-local\n';

/** A container named `web` serving HTTPD_PAGE on port 80; stopTimeout 2, since httpd as PID 1 ignores SIGTERM. */
export function httpdContainer(extra: object = {}) {
  return {
    name: 'web',
    image: BUSYBOX,
    command: ['httpd', '-f', '-p', '80', '-h', '/www'],
    portMappings: [{ containerPort: 80 }],
    stopTimeout: 2,
    ...extra,
  };
}

/** A bridge-mode (EC2 / EXTERNAL) httpd definition of `family`: 128 MiB, an ephemeral host port. */
export async function registerBridgeHttpd(ecs: ECSClient, family: string): Promise<void> {
  await ecs.send(
    new RegisterTaskDefinitionCommand({
      family,
      networkMode: 'bridge',
      containerDefinitions: [httpdContainer({ memory: 128, portMappings: [{ containerPort: 80, hostPort: 0 }] })],
    }),
  );
}
