import { deregisterContainerInstance } from '../deregister-container-instance';
import { describeCapacityProviders } from '../describe-capacity-providers';
import { describeContainerInstances } from '../describe-container-instances';
import { listContainerInstances } from '../list-container-instances';
import { registerContainerInstance } from '../register-container-instance';
import type { Handler } from '../registry';

export const capacityOperations: Record<string, Handler> = {
  DescribeCapacityProviders: describeCapacityProviders,
  RegisterContainerInstance: registerContainerInstance,
  DeregisterContainerInstance: deregisterContainerInstance,
  ListContainerInstances: listContainerInstances,
  DescribeContainerInstances: describeContainerInstances,
};
