// CreateLoadBalancer. Differs from ELBv2: application and network load balancers only (no gateway); subnets are
// optional and not checked against a VPC (each subnet named becomes a zone `<region>a`, `<region>b`, …); the load
// balancer is `provisioning` for two (scaled) seconds, then `active`. Same name and settings returns the existing one.
import type { CreateLoadBalancerInput, CreateLoadBalancerOutput } from '@aws-sdk/client-elastic-load-balancing-v2';
import { operation } from '../../../core/aws-service';
import { nowSeconds } from '../../../core/context';
import type { Wire } from '../../../protocol/serialize';
import { dnsName, elbArn, elbId, typeSegment } from '../../common/arns';
import { defaults } from '../../common/attributes';
import { ElbError, validationError } from '../../common/errors';
import { checkLoadBalancerName } from '../../common/names';
import { checkNewTags } from '../../common/tags';
import {
  LOAD_BALANCER_ATTRIBUTES,
  type LoadBalancerDoc,
  loadBalancerByName,
  MAX_LOAD_BALANCERS,
  saveLoadBalancer,
} from '../model';

const HOSTED_ZONES = { application: 'Z35SXDOTRQ7X7K', network: 'Z26RNL4JYFTOTI' };
export const LOCAL_VPC = 'vpc-00000000000000000';

function zones(region: string, subnets: readonly string[]): { ZoneName: string; SubnetId: string }[] {
  const list = subnets.length > 0 ? subnets : ['subnet-00000000000000001', 'subnet-00000000000000002'];
  return list.map((SubnetId, i) => ({ ZoneName: `${region}${String.fromCharCode(97 + (i % 6))}`, SubnetId }));
}

export const createLoadBalancer = operation<CreateLoadBalancerInput, Wire<CreateLoadBalancerOutput>>((ctx, input) => {
  const name = input.Name ?? '';
  checkLoadBalancerName(name);
  const type = input.Type ?? 'application';
  if (type !== 'application' && type !== 'network')
    throw validationError(`The local engine runs application and network load balancers, not '${type}'.`);
  const scheme = input.Scheme ?? 'internet-facing';
  if (input.Subnets?.length && input.SubnetMappings?.length)
    throw validationError('Specify subnets or subnet mappings, not both.');
  const subnets = input.Subnets ?? (input.SubnetMappings ?? []).map((m) => m.SubnetId ?? '');
  checkNewTags(input.Tags ?? []);
  const existing = loadBalancerByName(ctx, name);
  if (existing) {
    if (existing.Type === type && existing.Scheme === scheme) return { LoadBalancers: [existing] };
    throw new ElbError(
      'DuplicateLoadBalancerName',
      `A load balancer with the same name '${name}' exists, but with different settings`,
    );
  }
  if (ctx.store.ids(ctx.region, 'loadbalancer').length >= MAX_LOAD_BALANCERS)
    throw new ElbError(
      'TooManyLoadBalancers',
      `You have reached the limit of ${MAX_LOAD_BALANCERS} load balancers in ${ctx.region}.`,
    );
  const doc: LoadBalancerDoc = {
    LoadBalancerArn: elbArn(ctx, `loadbalancer/${typeSegment(type)}/${name}/${elbId()}`),
    DNSName: dnsName(ctx, name, type, scheme),
    CanonicalHostedZoneId: HOSTED_ZONES[type],
    CreatedTime: nowSeconds(ctx),
    LoadBalancerName: name,
    Scheme: scheme,
    VpcId: LOCAL_VPC,
    State: { Code: 'provisioning' },
    Type: type,
    AvailabilityZones: zones(ctx.region, subnets),
    SecurityGroups: type === 'application' ? (input.SecurityGroups ?? ['sg-00000000000000000']) : input.SecurityGroups,
    IpAddressType: input.IpAddressType ?? 'ipv4',
    _tags: input.Tags ?? [],
    _attributes: defaults(LOAD_BALANCER_ATTRIBUTES),
  };
  saveLoadBalancer(ctx, doc);
  return { LoadBalancers: [doc] };
});
