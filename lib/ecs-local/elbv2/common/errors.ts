// ELBv2 errors as the engine throws them: the model's error `code` (what clients match, e.g. `TargetGroupNotFound`,
// not the shape name), a message, and the model's HTTP status (400 for everything a caller did wrong).
import { AwsError } from '../../core/aws-error';

export type ElbErrorCode =
  | 'DuplicateListener'
  | 'DuplicateLoadBalancerName'
  | 'DuplicateTagKeys'
  | 'DuplicateTargetGroupName'
  | 'IncompatibleProtocols'
  | 'InternalFailure'
  | 'InvalidAction'
  | 'InvalidConfigurationRequest'
  | 'InvalidLoadBalancerAction'
  | 'InvalidTarget'
  | 'ListenerNotFound'
  | 'LoadBalancerNotFound'
  | 'OperationNotPermitted'
  | 'PriorityInUse'
  | 'ResourceInUse'
  | 'RuleNotFound'
  | 'TargetGroupAssociationLimit'
  | 'TargetGroupNotFound'
  | 'TooManyActions'
  | 'TooManyListeners'
  | 'TooManyLoadBalancers'
  | 'TooManyRules'
  | 'TooManyTags'
  | 'TooManyTargetGroups'
  | 'TooManyTargets'
  | 'UnsupportedProtocol'
  | 'ValidationError';

export class ElbError extends AwsError {
  declare readonly type: ElbErrorCode;

  constructor(code: ElbErrorCode, message: string) {
    super(code, message, code === 'InternalFailure' ? 500 : 400);
  }
}

export const validationError = (message: string) => new ElbError('ValidationError', message);
export const loadBalancerNotFound = () => new ElbError('LoadBalancerNotFound', 'One or more load balancers not found');
export const targetGroupNotFound = () => new ElbError('TargetGroupNotFound', 'One or more target groups not found');
export const listenerNotFound = () => new ElbError('ListenerNotFound', 'One or more listeners not found');
export const ruleNotFound = () => new ElbError('RuleNotFound', 'One or more rules not found');
