// The seam between the task lifecycle (ecs/tasks/transitions.ts) and whatever runs a task's containers.
//
// The lifecycle owns the task's state machine and its timestamps; a runtime pulls images, starts and stops
// containers and tells the lifecycle what happened, as RuntimeEvents. The lifecycle calls a runtime only from
// inside a store transaction, so a runtime never blocks there: it returns the events it already knows (the
// simulated runtime knows all of them in advance, with their times, so a task caught up after a restart gets
// the timestamps it would have had), and a real runtime does its work after the transaction commits
// (`effects.afterCommit`) and reports what it sees later through the RuntimeSink the engine attaches.
import type { TaskDefinition, TaskOverride } from '@aws-sdk/client-ecs';
import type { Wire } from '../protocol/serialize';

/** `agent`: tasks on a container instance whose agent (lib/ecs-local/agent) runs them, not the engine. */
export type RuntimeName = 'simulated' | 'docker' | 'agent';

export type HealthState = 'HEALTHY' | 'UNHEALTHY' | 'UNKNOWN';

/** Per container: what the lifecycle needs to know up front, plus what the simulated runtime will make it do. */
export interface ContainerPlan {
  name: string;
  essential: boolean;
  /** The container has a health check of its own (its health, not UNKNOWN, then counts for the task). */
  healthCheck?: boolean;
  /** Simulated: the container exits with this code, this long after the task reaches RUNNING. */
  exit?: { code: number; afterMs: number };
  /** Simulated: when (ms after RUNNING) the container's health status changes, if it ever does. */
  health?: { afterMs: number; status: HealthState };
}

/** How a task will go, decided when it is launched and stored with it. */
export interface TaskPlan {
  /** Durations (ms) of PROVISIONING, PENDING (the simulated runtime's pull and start) and ACTIVATING. */
  startMs: [number, number, number];
  /** Simulated: the image whose pull fails. */
  failedPull?: string;
  containers: ContainerPlan[];
}

/** What a runtime is asked to run: the task, its revision and its overrides. */
export interface RuntimeTask {
  region: string;
  taskArn: string;
  clusterArn: string;
  taskDefinition: Wire<TaskDefinition>;
  overrides?: Wire<TaskOverride>;
  plan: TaskPlan;
  /** The task's lastStatus when the runtime is asked (inspect() decides from it what re-adoption means). */
  lastStatus?: string;
}

export interface StartedContainer {
  name: string;
  runtimeId: string;
  /** Ports the runtime published, when it decides them (a real runtime); otherwise the lifecycle's stay. */
  networkBindings?: { bindIP: string; containerPort: number; hostPort: number; protocol: 'tcp' | 'udp' }[];
}

/** Something that happened to a task's containers, at `at` (epoch ms). */
export type RuntimeEvent =
  /** Images pulled and containers started: PENDING → ACTIVATING. */
  | { type: 'started'; at: number; containers: StartedContainer[] }
  /** The task could not start (e.g. `CannotPullContainerError: …`): it stops with TaskFailedToStart. */
  | { type: 'start-failed'; at: number; reason: string }
  | { type: 'health'; at: number; container: string; health: HealthState }
  /** A container exited on its own (an essential one stops the task); no exit code when it vanished unseen. */
  | { type: 'exit'; at: number; container: string; exitCode?: number; reason?: string }
  /** Every container has stopped after stop(): STOPPING → DEPROVISIONING. Exit codes by container name. */
  | { type: 'stopped'; at: number; exitCodes?: Record<string, number> };

/** What a runtime may ask of the transaction that called it. */
export interface RuntimeEffects {
  /** Runs fn once the calling transaction has committed (never if it rolls back). */
  afterCommit(fn: () => void | Promise<void>): void;
}

/** A line a container wrote, with the time the runtime saw it (epoch ms). */
export interface LogLine {
  at: number;
  stream: 'stdout' | 'stderr';
  message: string;
}

/** A container's resource use at one moment: percent of its task's CPU and memory (ECS's CPUUtilization basis). */
export interface UsageSample {
  at: number;
  container: string;
  cpuPercent: number;
  memoryPercent: number;
}

/** Where a real runtime reports what it observed; the engine applies each report in a transaction of its own. */
export interface RuntimeSink {
  report(region: string, taskArn: string, events: RuntimeEvent[]): void;
  /** A container's output, for its task's log configuration (e.g. awslogs → CloudWatch Logs). */
  log(region: string, taskArn: string, container: string, lines: LogLine[]): void;
  /** Resource use, for CloudWatch metrics. */
  usage(region: string, taskArn: string, samples: UsageSample[]): void;
}

export interface ContainerRuntime {
  readonly name: RuntimeName;
  /** At launch: how long the lifecycle's own phases take, and what each container will do (stored with the task). */
  plan(taskDefinition: Wire<TaskDefinition>): TaskPlan;
  /** When the task enters PENDING: pull its images and start its containers. */
  start(task: RuntimeTask, at: number, effects: RuntimeEffects): RuntimeEvent[];
  /** When the task enters STOPPING (or is abandoned before it started): SIGTERM, then SIGKILL after stopTimeout. */
  stop(task: RuntimeTask, at: number, effects: RuntimeEffects): RuntimeEvent[];
  /** What runs now, for tasks the engine believes are live (re-adoption after a restart); undefined when there is nothing to look at. */
  inspect(tasks: RuntimeTask[]): Promise<Map<string, RuntimeEvent[]> | undefined>;
  /** Receives the sink for events observed later. */
  attach(sink: RuntimeSink): void;
  close(): Promise<void>;
}

/** The plan of a runtime whose containers take the time they take: the lifecycle's own steps are immediate. */
export function immediatePlan(taskDefinition: Wire<TaskDefinition>): TaskPlan {
  return {
    startMs: [0, 0, 0],
    containers: (taskDefinition.containerDefinitions ?? []).map((def) => ({
      name: def.name ?? '',
      essential: def.essential ?? true,
      healthCheck: (def.healthCheck?.command?.length ?? 0) > 0,
    })),
  };
}
