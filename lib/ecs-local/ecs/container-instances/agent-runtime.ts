// Container instances run by a container agent (lib/ecs-local/agent): registered with the `ecs-local.agent`
// attribute, kept connected by the agent's heartbeats (DiscoverPollEndpoint with the instance), and running
// their tasks themselves. For such a task the engine's lifecycle talks to no runtime of its own: the agent
// finds its work with ListTasks / DescribeTasks and reports through SubmitTaskStateChange and
// SubmitContainerStateChange, which become the same RuntimeEvents a runtime would send.
import type { TaskDefinition } from '@aws-sdk/client-ecs';
import type { OpContext } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import { type ContainerRuntime, immediatePlan, type RuntimeEvent, type RuntimeTask } from '../../runtime/container-runtime';
import { type InstanceDoc, isAgentInstance } from './model';

/**
 * The runtime of tasks on an agent's instance: nothing starts here (the agent polls for its tasks), and a stop
 * waits for the agent's report, unless the agent is gone (disconnected or deregistered): then nobody is there
 * to stop the containers, and the task is taken as stopped at once.
 */
export function agentRuntime(instance: InstanceDoc): ContainerRuntime {
  const gone = instance.agentConnected === false || instance.status === 'INACTIVE';
  return {
    name: 'agent',
    plan: (taskDefinition: Wire<TaskDefinition>) => immediatePlan(taskDefinition),
    start: (): RuntimeEvent[] => [],
    stop: (_task: RuntimeTask, at: number): RuntimeEvent[] => (gone ? [{ type: 'stopped', at }] : []),
    inspect: async () => undefined,
    attach: () => {},
    close: async () => {},
  };
}

/** The runtime for a task placed on `instance` (the engine's own unless an agent runs the instance). */
export function runtimeForInstance(ctx: OpContext, instance: InstanceDoc | undefined): ContainerRuntime {
  return instance && isAgentInstance(instance) ? agentRuntime(instance) : ctx.runtime;
}
