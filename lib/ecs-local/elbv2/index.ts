// Elastic Load Balancing v2 in the engine (AWS Query, 2015-12-01): application and network load balancers,
// listeners and rules, target groups, targets and their health. One module per operation in the folder of the
// resource it acts on; documents: common/documents.ts. With a real network (network/), listeners serve on 127.0.0.1
// and health checks are real; otherwise listeners are records and health is simulated.
import type { AwsService } from '../core/aws-service';
import { elbv2Model, elbv2ValidationErrors } from './common/api-model';
import { ElbError } from './common/errors';
import { createListener } from './listeners/operations/create-listener';
import { createRule } from './listeners/operations/create-rule';
import { deleteListener } from './listeners/operations/delete-listener';
import { deleteRule } from './listeners/operations/delete-rule';
import { describeListeners } from './listeners/operations/describe-listeners';
import { describeRules } from './listeners/operations/describe-rules';
import { modifyListener } from './listeners/operations/modify-listener';
import { modifyRule } from './listeners/operations/modify-rule';
import { setRulePriorities } from './listeners/operations/set-rule-priorities';
import { loadBalancerDue } from './load-balancers/model';
import { createLoadBalancer } from './load-balancers/operations/create-load-balancer';
import { deleteLoadBalancer } from './load-balancers/operations/delete-load-balancer';
import { describeLoadBalancerAttributes } from './load-balancers/operations/describe-load-balancer-attributes';
import { describeLoadBalancers } from './load-balancers/operations/describe-load-balancers';
import { modifyLoadBalancerAttributes } from './load-balancers/operations/modify-load-balancer-attributes';
import { addTags } from './tags/operations/add-tags';
import { describeTags } from './tags/operations/describe-tags';
import { removeTags } from './tags/operations/remove-tags';
import { createTargetGroup } from './target-groups/operations/create-target-group';
import { deleteTargetGroup } from './target-groups/operations/delete-target-group';
import { describeTargetGroupAttributes } from './target-groups/operations/describe-target-group-attributes';
import { describeTargetGroups } from './target-groups/operations/describe-target-groups';
import { modifyTargetGroup } from './target-groups/operations/modify-target-group';
import { modifyTargetGroupAttributes } from './target-groups/operations/modify-target-group-attributes';
import { targetDue } from './targets/health';
import { deregisterTargets } from './targets/operations/deregister-targets';
import { describeTargetHealth } from './targets/operations/describe-target-health';
import { registerTargets } from './targets/operations/register-targets';

export const elbv2: AwsService = {
  name: 'elbv2',
  model: elbv2Model,
  operations: {
    // load-balancers/
    CreateLoadBalancer: createLoadBalancer,
    DescribeLoadBalancers: describeLoadBalancers,
    DeleteLoadBalancer: deleteLoadBalancer,
    DescribeLoadBalancerAttributes: describeLoadBalancerAttributes,
    ModifyLoadBalancerAttributes: modifyLoadBalancerAttributes,
    // target-groups/
    CreateTargetGroup: createTargetGroup,
    DescribeTargetGroups: describeTargetGroups,
    ModifyTargetGroup: modifyTargetGroup,
    DeleteTargetGroup: deleteTargetGroup,
    DescribeTargetGroupAttributes: describeTargetGroupAttributes,
    ModifyTargetGroupAttributes: modifyTargetGroupAttributes,
    // listeners/
    CreateListener: createListener,
    DescribeListeners: describeListeners,
    ModifyListener: modifyListener,
    DeleteListener: deleteListener,
    CreateRule: createRule,
    DescribeRules: describeRules,
    ModifyRule: modifyRule,
    DeleteRule: deleteRule,
    SetRulePriorities: setRulePriorities,
    // targets/
    RegisterTargets: registerTargets,
    DeregisterTargets: deregisterTargets,
    DescribeTargetHealth: describeTargetHealth,
    // tags/
    AddTags: addTags,
    RemoveTags: removeTags,
    DescribeTags: describeTags,
  },
  errors: {
    ...elbv2ValidationErrors,
    unknownOperation: (message) => new ElbError('InvalidAction', message),
    unsupported: (message) => new ElbError('OperationNotPermitted', message),
    internal: (message) => new ElbError('InternalFailure', message),
  },
  scheduler: {
    loadbalancer: loadBalancerDue,
    target: targetDue,
  },
};
