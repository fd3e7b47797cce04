// ECS exceptions as the engine throws them. Everything but ServerException is a 400, as in the API model.
import { AwsError } from '../../core/aws-error';

export type EcsExceptionName =
  | 'AccessDeniedException'
  | 'AttributeLimitExceededException'
  | 'ClientException'
  | 'ClusterContainsCapacityProviderException'
  | 'ClusterContainsContainerInstancesException'
  | 'ClusterContainsServicesException'
  | 'ClusterContainsTasksException'
  | 'ClusterNotFoundException'
  | 'ConflictException'
  | 'DaemonNotActiveException'
  | 'DaemonNotFoundException'
  | 'InvalidParameterException'
  | 'LimitExceededException'
  | 'MissingAuthenticationTokenException'
  | 'MissingVersionException'
  | 'NoUpdateAvailableException'
  | 'NamespaceNotFoundException'
  | 'PlatformTaskDefinitionIncompatibilityException'
  | 'PlatformUnknownException'
  | 'ResourceInUseException'
  | 'ResourceNotFoundException'
  | 'SerializationException'
  | 'ServerException'
  | 'ServiceDeploymentNotFoundException'
  | 'ServiceNotActiveException'
  | 'ServiceNotFoundException'
  | 'TargetNotConnectedException'
  | 'TargetNotFoundException'
  | 'TaskSetNotFoundException'
  | 'ThrottlingException'
  | 'UnknownOperationException'
  | 'UnsupportedFeatureException'
  | 'UpdateInProgressException';

export class EcsError extends AwsError {
  declare readonly type: EcsExceptionName;

  constructor(type: EcsExceptionName, message: string) {
    super(type, message, type === 'ServerException' ? 500 : 400);
  }
}

export const clientError = (message: string) => new EcsError('ClientException', message);
export const invalidParameter = (message: string) => new EcsError('InvalidParameterException', message);
export const clusterNotFound = () => new EcsError('ClusterNotFoundException', 'Cluster not found.');
export const serviceNotFound = () => new EcsError('ServiceNotFoundException', 'Service not found.');
