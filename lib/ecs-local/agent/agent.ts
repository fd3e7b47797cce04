// The container agent: what the ECS agent does on an EC2 instance (or an ECS Anywhere server), against the engine
// and over its HTTP API only. It registers a container instance, calls in every poll (DiscoverPollEndpoint with
// its instance: the engine's heartbeat), finds the tasks placed on it (ListTasks / DescribeTasks), runs them in
// its own container runtime (Docker, or simulated) and reports what happens through SubmitTaskStateChange and
// SubmitContainerStateChange. Every poll compares the engine's view with its own and re-sends what the engine
// has not taken yet, so a lost call or an engine restart only delays a report.
import {
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  DiscoverPollEndpointCommand,
  type ECSClient,
  ListTasksCommand,
  RegisterContainerInstanceCommand,
  SubmitAttachmentStateChangesCommand,
  type Task,
  type TaskDefinition,
} from '@aws-sdk/client-ecs';
import { AGENT_ATTRIBUTE } from '../../ecs-rules/agent';
import type { Wire } from '../protocol/serialize';
import type { ContainerRuntime, RuntimeEffects, RuntimeEvent, RuntimeTask } from '../runtime/container-runtime';
import type { AgentOptions } from './agent-options';
import { AgentReporter, type LocalTask } from './agent-reporter';

const DESCRIBE_MAX = 100;

/** Runs deferred runtime work right away: the agent has no transaction to wait for. */
const effects: RuntimeEffects = {
  afterCommit: (fn) => {
    setImmediate(() => {
      Promise.resolve()
        .then(fn)
        .catch((err) => process.stderr.write(`agent: ${(err as Error).message}\n`));
    });
  },
};

export class Agent {
  readonly tasks = new Map<string, LocalTask>();
  instanceArn = '';
  private runtime?: ContainerRuntime;
  private readonly reporter: AgentReporter;
  private readonly definitions = new Map<string, Wire<TaskDefinition>>();
  private timer?: NodeJS.Timeout;
  private polling = false;
  private stopped = false;

  constructor(
    private readonly ecs: ECSClient,
    private readonly options: AgentOptions,
    private readonly makeRuntime: (instanceId: string) => ContainerRuntime,
    private readonly say: (message: string) => void = (m) => process.stderr.write(`agent: ${m}\n`),
  ) {
    this.reporter = new AgentReporter(ecs, options.cluster, say);
  }

  /** Registers (or finds again) the instance, re-adopts its tasks, and polls until stop(). */
  async start(): Promise<void> {
    const o = this.options;
    const registered = await this.ecs.send(
      new RegisterContainerInstanceCommand({
        cluster: o.cluster,
        instanceIdentityDocument: JSON.stringify({
          instanceId: o.instanceId,
          region: o.region,
          availabilityZone: o.zone,
          instanceType: o.external ? undefined : 'local',
          privateIp: '127.0.0.1',
        }),
        totalResources: [
          { name: 'CPU', type: 'INTEGER', integerValue: o.cpu },
          { name: 'MEMORY', type: 'INTEGER', integerValue: o.memory },
        ],
        attributes: [
          { name: AGENT_ATTRIBUTE, value: o.runtime },
          ...(o.external ? [] : [{ name: 'ecs.availability-zone', value: o.zone }]),
          ...o.attributes,
        ],
        versionInfo: { agentVersion: 'ecs-local', agentHash: 'local', dockerVersion: o.runtime === 'docker' ? 'Docker' : 'none' },
      }),
    );
    this.instanceArn = registered.containerInstance?.containerInstanceArn ?? '';
    const runtime = this.makeRuntime(this.instanceArn.slice(this.instanceArn.lastIndexOf('/') + 1));
    runtime.attach({
      report: (_region, taskArn, events) => this.onEvents(taskArn, events),
      // Where a container's output and resource use go once the engine takes them from agents too.
      log: () => {},
      usage: () => {},
    });
    this.runtime = runtime;
    await this.readopt();
    await this.poll();
    this.timer = setInterval(() => void this.poll(), o.pollMs);
  }

  private onEvents(taskArn: string, events: RuntimeEvent[]): void {
    const task = this.tasks.get(taskArn);
    if (!task) return;
    const report = (event: RuntimeEvent) => {
      task.sent = task.sent.then(() => this.reporter.apply(task, event));
    };
    for (const event of [...events].sort((a, b) => a.at - b.at)) {
      const wait = event.at - Date.now();
      if (wait <= 0) report(event);
      else {
        // A simulated timeline: each event when its time comes.
        const timer = setTimeout(() => {
          task.timers.delete(timer);
          report(event);
        }, wait);
        task.timers.add(timer);
      }
    }
  }

  private async assigned(): Promise<Task[]> {
    const arns: string[] = [];
    let nextToken: string | undefined;
    do {
      const page = await this.ecs.send(
        new ListTasksCommand({
          cluster: this.options.cluster,
          containerInstance: this.instanceArn,
          desiredStatus: 'RUNNING',
          nextToken,
        }),
      );
      arns.push(...(page.taskArns ?? []));
      nextToken = page.nextToken;
    } while (nextToken);
    return this.describe([...new Set([...arns, ...this.tasks.keys()])]);
  }

  private async describe(arns: string[]): Promise<Task[]> {
    const pages = [];
    for (let i = 0; i < arns.length; i += DESCRIBE_MAX) pages.push(arns.slice(i, i + DESCRIBE_MAX));
    const answers = await Promise.all(
      pages.map((tasks) => this.ecs.send(new DescribeTasksCommand({ cluster: this.options.cluster, tasks }))),
    );
    const found = answers.flatMap((a) => a.tasks ?? []);
    // Tasks the engine no longer knows: stop whatever still runs for them.
    const missing = answers.flatMap((a) => a.failures ?? []).map((f) => f.arn ?? '');
    for (const arn of missing) this.stopLocal(arn);
    for (const arn of missing) this.tasks.delete(arn);
    return found;
  }

  private async runtimeTask(task: Task): Promise<RuntimeTask> {
    const arn = task.taskDefinitionArn ?? '';
    let definition = this.definitions.get(arn);
    if (!definition) {
      const out = await this.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: arn }));
      definition = (out.taskDefinition ?? {}) as Wire<TaskDefinition>;
      this.definitions.set(arn, definition);
    }
    return {
      region: this.options.region,
      taskArn: task.taskArn ?? '',
      clusterArn: task.clusterArn ?? '',
      taskDefinition: definition,
      overrides: task.overrides as RuntimeTask['overrides'],
      plan: this.runtime?.plan(definition) ?? { startMs: [0, 0, 0], containers: [] },
      lastStatus: task.lastStatus,
    };
  }

  private local(taskArn: string, state: LocalTask['state']): LocalTask {
    const task: LocalTask = { taskArn, state, containers: [], exitCodes: {}, timers: new Set(), sent: Promise.resolve() };
    this.tasks.set(taskArn, task);
    return task;
  }

  /**
   * After a restart: the tasks the engine believes run here are this agent's again (Docker re-adopts their
   * containers, and stops those of tasks the engine stopped meanwhile).
   */
  private async readopt(): Promise<void> {
    const live = (await this.assigned()).filter((t) =>
      ['ACTIVATING', 'RUNNING', 'DEACTIVATING', 'STOPPING'].includes(t.lastStatus ?? ''),
    );
    if (!this.runtime) return;
    const tasks = await Promise.all(live.map((t) => this.runtimeTask(t)));
    for (const t of tasks) this.local(t.taskArn, t.lastStatus === 'STOPPING' ? 'stopping' : 'running').runtimeTask = t;
    const found = await this.runtime.inspect(tasks);
    for (const [arn, events] of found ?? []) this.onEvents(arn, events);
  }

  private async launch(task: Task): Promise<void> {
    if (!this.runtime) return;
    const local = this.local(task.taskArn ?? '', 'starting');
    const runtimeTask = await this.runtimeTask(task);
    local.runtimeTask = runtimeTask;
    this.onEvents(local.taskArn, this.runtime.start(runtimeTask, Date.now(), effects));
    const enis = (task.attachments ?? []).filter((a) => a.type === 'ElasticNetworkInterface' && a.id);
    if (enis.length > 0)
      await this.ecs
        .send(
          new SubmitAttachmentStateChangesCommand({
            cluster: this.options.cluster,
            attachments: enis.map((a) => ({
              attachmentArn: `arn:aws:ecs:${this.options.region}:000000000000:attachment/${a.id}`,
              status: 'ATTACHED',
            })),
          }),
        )
        .catch((err) => this.say(`reporting the ENI of ${local.taskArn} failed: ${(err as Error).message}`));
  }

  private stopLocal(taskArn: string): void {
    const local = this.tasks.get(taskArn);
    if (!local?.runtimeTask || !this.runtime || (local.state !== 'starting' && local.state !== 'running')) return;
    local.state = 'stopping';
    for (const timer of local.timers) clearTimeout(timer);
    local.timers.clear();
    this.onEvents(taskArn, this.runtime.stop(local.runtimeTask, Date.now(), effects));
  }

  /** One look at the engine: heartbeat, new work, stops, and the reports it has not taken yet. */
  async poll(): Promise<void> {
    if (this.polling || this.stopped) return;
    this.polling = true;
    try {
      await this.ecs.send(
        new DiscoverPollEndpointCommand({ cluster: this.options.cluster, containerInstance: this.instanceArn }),
      );
      for (const task of await this.assigned()) await this.reconcile(task);
    } catch (err) {
      const message = (err as Error).message;
      if (/deregistered/.test(message)) {
        this.say(`${message} Stopping its tasks and exiting.`);
        await this.stop(true);
        this.options.onDeregistered?.();
      } else this.say(`poll failed: ${message}`);
    } finally {
      this.polling = false;
    }
  }

  private async reconcile(task: Task): Promise<void> {
    const arn = task.taskArn ?? '';
    const local = this.tasks.get(arn);
    if (!local) {
      if (task.desiredStatus === 'RUNNING' && task.lastStatus === 'PENDING') await this.launch(task);
      return;
    }
    if (task.desiredStatus === 'STOPPED') this.stopLocal(arn);
    if (task.lastStatus === 'PENDING' && local.state === 'running') await this.reporter.running(local);
    if (task.lastStatus === 'PENDING' && local.state === 'failed') await this.reporter.stopped(local);
    if (task.lastStatus === 'STOPPING' && local.state === 'stopped') await this.reporter.stopped(local);
    if (
      (task.lastStatus === 'DEPROVISIONING' || task.lastStatus === 'STOPPED') &&
      (local.state === 'stopped' || local.state === 'failed')
    )
      this.tasks.delete(arn);
  }

  /** Stops polling. With `stopTasks`, stops every task's containers first (deregistered); otherwise they keep running. */
  async stop(stopTasks = false): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    if (stopTasks && this.runtime) {
      for (const task of this.tasks.values()) this.stopLocal(task.taskArn);
      const deadline = Date.now() + 60_000;
      while ([...this.tasks.values()].some((t) => t.state === 'stopping') && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 200));
    }
    for (const task of this.tasks.values()) for (const timer of task.timers) clearTimeout(timer);
    await this.runtime?.close();
  }
}
