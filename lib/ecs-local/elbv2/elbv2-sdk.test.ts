// ELBv2 through the real AWS SDK over HTTP (AWS Query), with the raw XML of every answer checked against the model.
import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateRuleCommand,
  CreateTargetGroupCommand,
  DeleteTargetGroupCommand,
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  DescribeRulesCommand,
  DescribeTagsCommand,
  DescribeTargetGroupAttributesCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  ModifyTargetGroupAttributesCommand,
  RegisterTargetsCommand,
  ResourceInUseException,
  TargetGroupNotFoundException,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { afterEach, describe, expect, it } from 'vitest';
import { type ServedElb, servedElb } from '../testing/elbv2';
import { checkQueryAnswer, parseQueryError } from '../testing/xml-conformance';
import { elbv2Model } from './common/api-model';

let served: ServedElb | undefined;
afterEach(async () => {
  await served?.close();
  served = undefined;
});

async function setupAlb(s: ServedElb) {
  const lb = await s.elb.send(
    new CreateLoadBalancerCommand({ Name: 'web-alb', Subnets: ['subnet-1', 'subnet-2'], Tags: [{ Key: 'team', Value: 'a' }] }),
  );
  const tg = await s.elb.send(
    new CreateTargetGroupCommand({
      Name: 'web-tg',
      Protocol: 'HTTP',
      Port: 80,
      VpcId: 'vpc-1',
      TargetType: 'ip',
      HealthCheckPath: '/health',
    }),
  );
  const lbArn = lb.LoadBalancers?.[0].LoadBalancerArn ?? '';
  const tgArn = tg.TargetGroups?.[0].TargetGroupArn ?? '';
  const listener = await s.elb.send(
    new CreateListenerCommand({
      LoadBalancerArn: lbArn,
      Protocol: 'HTTP',
      Port: 8080,
      DefaultActions: [{ Type: 'forward', TargetGroupArn: tgArn }],
    }),
  );
  return { lbArn, tgArn, listenerArn: listener.Listeners?.[0].ListenerArn ?? '' };
}

describe('ELBv2 over AWS Query with the AWS SDK', () => {
  it('creates a load balancer, target group, listener and rule, and shows them as AWS does', async () => {
    served = await servedElb();
    const { lbArn, tgArn, listenerArn } = await setupAlb(served);
    expect(lbArn).toMatch(/^arn:aws:elasticloadbalancing:us-east-1:000000000000:loadbalancer\/app\/web-alb\/[0-9a-f]{16}$/);
    const lbs = await served.elb.send(new DescribeLoadBalancersCommand({ Names: ['web-alb'] }));
    expect(lbs.LoadBalancers?.[0]).toMatchObject({
      LoadBalancerName: 'web-alb',
      Type: 'application',
      Scheme: 'internet-facing',
      State: { Code: 'provisioning' },
      AvailabilityZones: [
        { ZoneName: 'us-east-1a', SubnetId: 'subnet-1' },
        { ZoneName: 'us-east-1b', SubnetId: 'subnet-2' },
      ],
    });
    expect(lbs.LoadBalancers?.[0].DNSName).toMatch(/^web-alb-\d+\.us-east-1\.elb\.amazonaws\.com$/);
    expect(lbs.LoadBalancers?.[0].CreatedTime).toBeInstanceOf(Date);
    const tgs = await served.elb.send(new DescribeTargetGroupsCommand({ LoadBalancerArn: lbArn }));
    expect(tgs.TargetGroups?.[0]).toMatchObject({
      TargetGroupArn: tgArn,
      HealthCheckProtocol: 'HTTP',
      HealthCheckPath: '/health',
      HealthCheckIntervalSeconds: 30,
      HealthCheckTimeoutSeconds: 5,
      HealthyThresholdCount: 5,
      UnhealthyThresholdCount: 2,
      Matcher: { HttpCode: '200' },
      LoadBalancerArns: [lbArn],
    });
    await served.elb.send(
      new CreateRuleCommand({
        ListenerArn: listenerArn,
        Priority: 10,
        Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/api/*'] } }],
        Actions: [
          { Type: 'fixed-response', FixedResponseConfig: { StatusCode: '418', ContentType: 'text/plain', MessageBody: 'tea' } },
        ],
      }),
    );
    const rules = await served.elb.send(new DescribeRulesCommand({ ListenerArn: listenerArn }));
    expect(rules.Rules?.map((r) => [r.Priority, r.IsDefault])).toEqual([
      ['10', false],
      ['default', true],
    ]);
    expect(rules.Rules?.[0].Conditions?.[0]).toEqual({
      Field: 'path-pattern',
      Values: ['/api/*'],
      PathPatternConfig: { Values: ['/api/*'] },
    });
    const listeners = await served.elb.send(new DescribeListenersCommand({ LoadBalancerArn: lbArn }));
    expect(listeners.Listeners?.[0].DefaultActions?.[0]).toMatchObject({
      Type: 'forward',
      TargetGroupArn: tgArn,
      ForwardConfig: { TargetGroups: [{ TargetGroupArn: tgArn, Weight: 1 }] },
    });
    const tags = await served.elb.send(new DescribeTagsCommand({ ResourceArns: [lbArn] }));
    expect(tags.TagDescriptions?.[0].Tags).toEqual([{ Key: 'team', Value: 'a' }]);
  });

  it('registers targets and walks them from initial to healthy; answers errors with their codes', async () => {
    served = await servedElb();
    const { tgArn } = await setupAlb(served);
    await served.elb.send(
      new RegisterTargetsCommand({ TargetGroupArn: tgArn, Targets: [{ Id: '10.0.0.5', Port: 8080 }, { Id: '10.0.0.6' }] }),
    );
    const first = await served.elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: tgArn }));
    expect(first.TargetHealthDescriptions?.map((d) => d.TargetHealth)).toEqual([
      { State: 'initial', Reason: 'Elb.RegistrationInProgress', Description: 'Target registration is in progress' },
      { State: 'initial', Reason: 'Elb.RegistrationInProgress', Description: 'Target registration is in progress' },
    ]);
    served.engine.advance(11_000);
    const later = await served.elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: tgArn }));
    expect(
      later.TargetHealthDescriptions?.map((d) => [d.Target?.Id, d.Target?.Port, d.HealthCheckPort, d.TargetHealth?.State]),
    ).toEqual([
      ['10.0.0.5', 8080, '8080', 'healthy'],
      ['10.0.0.6', 80, '80', 'healthy'],
    ]);
    const unknown = await served.elb.send(
      new DescribeTargetHealthCommand({ TargetGroupArn: tgArn, Targets: [{ Id: '10.0.0.9' }] }),
    );
    expect(unknown.TargetHealthDescriptions?.[0].TargetHealth).toEqual({
      State: 'unused',
      Reason: 'Target.NotRegistered',
      Description: 'Target is not registered to the target group',
    });
    await expect(served.elb.send(new DeleteTargetGroupCommand({ TargetGroupArn: tgArn }))).rejects.toBeInstanceOf(
      ResourceInUseException,
    );
    const missing = served.elb.send(new DescribeTargetGroupsCommand({ TargetGroupArns: [`${tgArn}0`] }));
    await expect(missing).rejects.toBeInstanceOf(TargetGroupNotFoundException);
    await expect(missing).rejects.toThrow('One or more target groups not found');
  });

  it('sets the deregistration delay and reads it back as a string attribute', async () => {
    served = await servedElb();
    const { tgArn } = await setupAlb(served);
    await served.elb.send(
      new ModifyTargetGroupAttributesCommand({
        TargetGroupArn: tgArn,
        Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '5' }],
      }),
    );
    const attributes = await served.elb.send(new DescribeTargetGroupAttributesCommand({ TargetGroupArn: tgArn }));
    expect(attributes.Attributes).toContainEqual({ Key: 'deregistration_delay.timeout_seconds', Value: '5' });
    await expect(
      served.elb.send(
        new ModifyTargetGroupAttributesCommand({
          TargetGroupArn: tgArn,
          Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '9999' }],
        }),
      ),
    ).rejects.toThrow(
      "Target group attribute 'deregistration_delay.timeout_seconds' must be an integer from 0 to 3600; got '9999'.",
    );
  });
});

describe('raw AWS Query answers', () => {
  it('match the official model for every operation of the flow, by POST and by GET', async () => {
    served = await servedElb();
    const { lbArn, tgArn, listenerArn } = await setupAlb(served);
    await served.query({ Action: 'RegisterTargets', TargetGroupArn: tgArn, 'Targets.member.1.Id': '10.0.0.5' });
    const calls: [string, Record<string, string>][] = [
      ['DescribeLoadBalancers', {}],
      ['DescribeLoadBalancers', { 'LoadBalancerArns.member.1': lbArn }],
      ['DescribeTargetGroups', { Names: '' }],
      ['DescribeListeners', { LoadBalancerArn: lbArn }],
      ['DescribeRules', { ListenerArn: listenerArn }],
      ['DescribeTargetHealth', { TargetGroupArn: tgArn }],
      ['DescribeTargetGroupAttributes', { TargetGroupArn: tgArn }],
      ['DescribeLoadBalancerAttributes', { LoadBalancerArn: lbArn }],
      ['DescribeTags', { 'ResourceArns.member.1': lbArn, 'ResourceArns.member.2': tgArn }],
      ['RegisterTargets', { TargetGroupArn: tgArn, 'Targets.member.1.Id': '10.0.0.6', 'Targets.member.1.Port': '81' }],
      ['AddTags', { 'ResourceArns.member.1': tgArn, 'Tags.member.1.Key': 'k', 'Tags.member.1.Value': 'v' }],
    ];
    for (const [operation, params] of calls)
      for (const get of [false, true]) {
        const { status, body } = await served.query({ Action: operation, ...params }, { get });
        expect(status, `${operation}: ${body}`).toBe(200);
        expect(checkQueryAnswer(elbv2Model, operation, body), operation).toEqual([]);
      }
    const empty = await served.query({ Action: 'AddTags', 'ResourceArns.member.1': tgArn, 'Tags.member.1.Key': 'x' });
    expect(empty.body).toMatch(
      /^<AddTagsResponse xmlns="http:\/\/elasticloadbalancing\.amazonaws\.com\/doc\/2015-12-01\/"><AddTagsResult\/><ResponseMetadata><RequestId>[0-9a-f-]{36}<\/RequestId>/,
    );
  });

  it('answers errors as <ErrorResponse> with the model code, Sender type and HTTP 400', async () => {
    served = await servedElb();
    const cases: [Record<string, string>, string, RegExp][] = [
      [
        {
          Action: 'DescribeTargetHealth',
          TargetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:000000000000:targetgroup/x/0000000000000000',
        },
        'TargetGroupNotFound',
        /^One or more target groups not found$/,
      ],
      [
        { Action: 'CreateTargetGroup', Name: 'a'.repeat(33), Protocol: 'HTTP', Port: '80', VpcId: 'v' },
        'ValidationError',
        /cannot be longer than '32' characters/,
      ],
      [
        { Action: 'CreateTargetGroup', Name: 'tg', Protocol: 'HTTP', Port: 'eighty', VpcId: 'v' },
        'ValidationError',
        /Port: expected an integer/,
      ],
      [{ Action: 'CreateLoadBalancer' }, 'ValidationError', /Value null at 'Name' failed to satisfy constraint/],
      [{ Action: 'DescribeLoadBalancers', Bogus: '1' }, 'ValidationError', /Unknown parameter 'Bogus'/],
      [{ Action: 'NoSuchAction' }, 'InvalidAction', /Unknown operation NoSuchAction/],
      [
        { Action: 'CreateTrustStore', Name: 't', CaCertificatesBundleS3Bucket: 'b', CaCertificatesBundleS3Key: 'k' },
        'OperationNotPermitted',
        /does not support CreateTrustStore/,
      ],
    ];
    for (const [params, code, message] of cases) {
      const { status, body } = await served.query(params);
      expect(status, body).toBe(400);
      const error = parseQueryError(body);
      expect(error.code, body).toBe(code);
      expect(error.type).toBe('Sender');
      expect(error.message).toMatch(message);
      expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
