// Capacity provider documents (kind `capacityprovider`, id = name, status ACTIVE | INACTIVE, due = when the
// simulated Auto Scaling group next needs looking at; see capacity-scaling/). The built-in FARGATE and
// FARGATE_SPOT providers have no document. An Auto Scaling group provider keeps the cluster it is associated
// with and its simulated group (settings from the simulated-asg tags, and its EC2 instances) under `_` keys.
import type { AutoScalingGroupProvider, CapacityProvider, Tag } from '@aws-sdk/client-ecs';
import { isFargateCapacityProvider } from '../../../ecs-rules/capacity-providers';
import type { SimulatedAsgSettings } from '../../../ecs-rules/simulated-asg';
import type { OpContext } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import { arn, nameFromIdentifier } from '../common/arns';

/** One EC2 instance of a simulated group: launched, then (after booting) registered with the cluster. */
export interface SimulatedInstance {
  ec2InstanceId: string;
  /** Epoch ms it was launched and when it has booted and registers. */
  launchedAt: number;
  bootedAt: number;
  availabilityZone: string;
  /** Set once it registered: its container instance id. */
  containerInstanceId?: string;
}

export interface SimulatedAsg extends SimulatedAsgSettings {
  name: string;
  instances: SimulatedInstance[];
  /** Epoch ms since when managed scaling has wanted fewer instances (scale-in waits 15 minutes). */
  lowSince?: number;
  /** Set once the group has started with its desired capacity (then managed scaling, if on, sizes it). */
  started?: boolean;
}

export type CapacityProviderDoc = Wire<CapacityProvider> & {
  name: string;
  capacityProviderArn: string;
  status: string;
  tags: Tag[];
  /** The cluster an Auto Scaling group provider is associated with. */
  _cluster?: string;
  _asg?: SimulatedAsg;
};

export type AsgProvider = Wire<AutoScalingGroupProvider>;

export function capacityProviderArn(ctx: OpContext, name: string): string {
  return arn(ctx, `capacity-provider/${name}`);
}

/** The built-in Fargate providers as the API shows them. */
export function builtInCapacityProvider(ctx: OpContext, name: string): CapacityProviderDoc {
  return {
    capacityProviderArn: capacityProviderArn(ctx, name),
    name,
    status: 'ACTIVE',
    type: name === 'FARGATE_SPOT' ? 'FARGATE_SPOT' : 'FARGATE',
    tags: [],
  };
}

/** A provider by name or ARN (built-in ones included), or undefined; INACTIVE ones too unless `activeOnly`. */
export function findCapacityProvider(ctx: OpContext, identifier: string, activeOnly = false): CapacityProviderDoc | undefined {
  const name = nameFromIdentifier(ctx, identifier, 'capacity-provider');
  if (isFargateCapacityProvider(name)) return builtInCapacityProvider(ctx, name);
  const doc = ctx.store.get<CapacityProviderDoc>(ctx.region, 'capacityprovider', name);
  return doc && (!activeOnly || doc.status === 'ACTIVE') ? doc : undefined;
}

/** Writes a provider with its index; `due` is when its simulated group needs looking at (undefined: never). */
export function saveCapacityProvider(ctx: OpContext, doc: CapacityProviderDoc, due?: number): void {
  ctx.store.put(ctx.region, 'capacityprovider', doc.name, doc, { parent: doc._cluster, status: doc.status, due });
}

/** Makes a provider's simulated group look now (e.g. tasks wait for its capacity). */
export function wakeCapacityProvider(ctx: OpContext, name: string): void {
  if (!isFargateCapacityProvider(name)) ctx.store.setDue(ctx.region, 'capacityprovider', name, ctx.now);
}

/** The API CapacityProvider: tags only when asked for. */
export function capacityProviderView(doc: CapacityProviderDoc, withTags: boolean): Wire<CapacityProvider> {
  const { tags, _cluster, _asg, ...rest } = doc;
  return withTags ? { ...rest, tags } : rest;
}

export function isManagedScaling(doc: CapacityProviderDoc | undefined): boolean {
  return doc?.autoScalingGroupProvider?.managedScaling?.status === 'ENABLED';
}
