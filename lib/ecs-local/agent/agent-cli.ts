// `npm run ecs-local -- agent --cluster NAME`: a container agent process, as the ECS agent runs on an EC2
// instance. Ctrl-C stops the agent and leaves its containers running (as stopping the ECS agent does); the engine
// shows the agent disconnected once its heartbeats stop, and an agent started again with the same --name finds
// its instance and re-adopts the containers of the tasks still placed there.
import { ECSClient } from '@aws-sdk/client-ecs';
import { connectDocker, DockerRuntime } from '../runtime/docker/docker-runtime';
import { SimulatedRuntime } from '../runtime/simulated/simulated-runtime';
import { Agent } from './agent';
import { agentOptions } from './agent-options';

export async function runAgent(argv: readonly string[]): Promise<void> {
  const options = agentOptions(argv);
  const docker = options.runtime === 'docker' ? await connectDocker() : undefined;
  const ecs = new ECSClient({
    region: options.region,
    endpoint: options.endpoint,
    credentials: {
      accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? 'ecs-local',
      secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? 'ecs-local',
    },
  });
  const agent = new Agent(ecs, { ...options, onDeregistered: () => process.exit(0) }, (instanceId) =>
    docker
      ? new DockerRuntime({
          docker,
          owner: `agent-${instanceId}`,
          onError: (message) => process.stderr.write(`agent: docker: ${message}\n`),
        })
      : new SimulatedRuntime(),
  );
  await agent.start();
  process.stdout.write(
    `ecs-local agent running ${options.runtime} tasks for container instance ${agent.instanceArn}\n  cluster: ${options.cluster}  engine: ${options.endpoint}\n`,
  );
  const stop = async () => {
    await agent.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
