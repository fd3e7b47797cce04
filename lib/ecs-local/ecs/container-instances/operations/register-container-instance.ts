// RegisterContainerInstance: EC2 and EXTERNAL (ECS Anywhere) instances. Registered by the ecs-local agent
// (attribute `ecs-local.agent`), the agent runs its tasks; registered by anyone else, the engine's own runtime
// runs them (a simulated instance). The identity document's instanceType, availabilityZone and imageId become
// the ecs.instance-type, ecs.availability-zone and ecs.ami-id attributes, as ECS sets them. Differs from ECS:
// without an agent the identity document may be absent (the instance is then EXTERNAL with an `mi-` id), its
// signature is not checked, an instance type it does not name is taken as t3.medium, and omitted resources get
// defaults (2048 CPU, 4096 MiB, the agent's ports).
//
// How `remainingResources` is maintained: it starts equal to `registeredResources`. Whoever places a task on
// the instance (the task/placement code, which sets the task's `containerInstanceArn`) subtracts the task's
// CPU and MEMORY (and adds its host ports to PORTS / PORTS_UDP) in the same transaction, and adds them back
// when the task reaches STOPPED. Use `resourceValue()` from container-instances-shared.ts to read the numbers,
// and `saveInstance()` to write the document back so its index (cluster, status) is kept.
import crypto from 'node:crypto';
import type {
  Attribute,
  RegisterContainerInstanceRequest,
  RegisterContainerInstanceResponse,
  Resource,
} from '@aws-sdk/client-ecs';
import { attributeError, tagsError } from '../../../../ecs-rules';
import { operation } from '../../../core/aws-service';
import { hexId, nowSeconds, type OpContext } from '../../../core/context';
import type { Wire } from '../../../protocol/serialize';
import { activeCluster } from '../../clusters/model';
import { wakeDaemonServices } from '../../common/documents';
import { invalidParameter } from '../../common/errors';
import {
  defaultResources,
  findInstance,
  type InstanceDoc,
  instanceArn,
  isAgentInstance,
  saveInstance,
  unknownInstance,
} from '../model';
import { instanceView } from '../view';

function mergeResources(given: readonly Resource[] | undefined): Resource[] {
  const byName = new Map(defaultResources().map((r) => [r.name, r]));
  for (const resource of given ?? []) {
    if (!resource.name)
      throw invalidParameter('Every resource in totalResources needs a name (CPU, MEMORY, PORTS, PORTS_UDP, ...).');
    byName.set(resource.name, resource);
  }
  return [...byName.values()];
}

/** What RegisterContainerInstance reads of an EC2 instance identity document (as IMDS returns it). */
interface IdentityDocument {
  instanceId: string;
  instanceType?: string;
  availabilityZone?: string;
  imageId?: string;
}

function identityDocument(document: string | undefined): IdentityDocument {
  if (document === undefined) return { instanceId: `mi-${crypto.randomBytes(9).toString('hex').slice(0, 17)}` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(document);
  } catch {
    throw invalidParameter(
      'instanceIdentityDocument is not valid JSON. Pass the EC2 instance identity document as returned by IMDS.',
    );
  }
  const doc = (parsed ?? {}) as Record<string, unknown>;
  if (typeof doc.instanceId !== 'string' || doc.instanceId === '')
    throw invalidParameter(
      'instanceIdentityDocument has no instanceId. Pass the EC2 instance identity document as returned by IMDS.',
    );
  const text = (key: string) => (typeof doc[key] === 'string' && doc[key] !== '' ? (doc[key] as string) : undefined);
  return {
    instanceId: doc.instanceId,
    instanceType: text('instanceType'),
    availabilityZone: text('availabilityZone'),
    imageId: text('imageId'),
  };
}

/** ECS's own attributes of an instance (the identity document's type, zone and AMI), then the caller's. */
function withDefaultAttributes(given: readonly Attribute[] | undefined, identity: IdentityDocument | undefined): Attribute[] {
  const attributes = new Map<string, Attribute>([
    ['ecs.os-type', { name: 'ecs.os-type', value: 'linux' }],
    ['ecs.cpu-architecture', { name: 'ecs.cpu-architecture', value: 'x86_64' }],
  ]);
  if (identity) {
    const own = (name: string, value: string | undefined) => value && attributes.set(name, { name, value });
    own('ecs.instance-type', identity.instanceType ?? 't3.medium');
    own('ecs.availability-zone', identity.availabilityZone);
    own('ecs.ami-id', identity.imageId);
  }
  for (const attribute of given ?? []) attributes.set(attribute.name ?? '', attribute);
  return [...attributes.values()];
}

/** An agent's registration is its first heartbeat (see container-instances/agent-runtime.ts). */
function reconnect(ctx: OpContext, doc: InstanceDoc): boolean {
  if (!isAgentInstance(doc)) return false;
  doc._heartbeatAt = ctx.now;
  doc.agentConnected = true;
  return true;
}

export const registerContainerInstance = operation<RegisterContainerInstanceRequest, Wire<RegisterContainerInstanceResponse>>(
  (ctx, input) => {
    const cluster = activeCluster(ctx, input.cluster).clusterName;
    const tags = input.tags ?? [];
    const tagProblem = tagsError(tags);
    if (tagProblem) throw invalidParameter(tagProblem);
    // The same name and value rules as PutAttributes.
    for (const attribute of input.attributes ?? []) {
      const problem = attributeError(attribute);
      if (problem) throw invalidParameter(problem);
    }

    // Re-registration (containerInstanceArn given) updates the instance in place, as the agent does on restart.
    if (input.containerInstanceArn) {
      const doc = findInstance(ctx, cluster, input.containerInstanceArn);
      if (!doc || doc.status === 'INACTIVE') throw unknownInstance(input.containerInstanceArn);
      if (input.totalResources) {
        doc.registeredResources = mergeResources(input.totalResources);
        doc.remainingResources = doc.registeredResources;
      }
      if (input.attributes) {
        const own = (doc.attributes ?? []).filter((a) => a.name?.startsWith('ecs.'));
        doc.attributes = withDefaultAttributes([...own, ...input.attributes], undefined);
      }
      if (input.versionInfo) doc.versionInfo = input.versionInfo;
      doc.version = (doc.version ?? 1) + 1;
      reconnect(ctx, doc);
      saveInstance(ctx, doc);
      wakeDaemonServices(ctx, cluster);
      return { containerInstance: instanceView(ctx, doc, { tags: true }) };
    }

    const identity = identityDocument(input.instanceIdentityDocument);
    const ec2Id = identity.instanceId;
    // The same EC2 instance registering again gets its existing container instance back.
    const same = ctx.store
      .list<InstanceDoc>(ctx.region, 'instance', { parent: cluster, status: ['ACTIVE', 'DRAINING'] })
      .find((doc) => doc.ec2InstanceId === ec2Id);
    if (same) {
      // An agent that restarts registers again and finds its instance, with the attributes it brings now.
      if (input.attributes)
        same.attributes = withDefaultAttributes(
          input.attributes,
          input.instanceIdentityDocument === undefined ? undefined : identity,
        );
      if (reconnect(ctx, same)) {
        saveInstance(ctx, same);
        wakeDaemonServices(ctx, cluster);
      }
      return { containerInstance: instanceView(ctx, same, { tags: true }) };
    }

    const id = hexId();
    const resources = mergeResources(input.totalResources);
    const doc: InstanceDoc = {
      _cluster: cluster,
      containerInstanceArn: instanceArn(ctx, cluster, id),
      ec2InstanceId: ec2Id,
      version: 1,
      versionInfo: input.versionInfo ?? { agentVersion: '1.89.0', agentHash: 'local', dockerVersion: 'DockerVersion: 25.0.8' },
      registeredResources: resources,
      remainingResources: resources,
      status: 'ACTIVE',
      agentConnected: true,
      attributes: withDefaultAttributes(input.attributes, input.instanceIdentityDocument === undefined ? undefined : identity),
      registeredAt: nowSeconds(ctx),
      attachments: [],
      tags,
    };
    reconnect(ctx, doc);
    saveInstance(ctx, doc);
    wakeDaemonServices(ctx, cluster);
    return { containerInstance: instanceView(ctx, doc, { tags: true }) };
  },
);
