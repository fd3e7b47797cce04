import { createService } from '../create-service';
import { deleteService } from '../delete-service';
import { describeServiceDeployments } from '../describe-service-deployments';
import { describeServices } from '../describe-services';
import { listServiceDeployments } from '../list-service-deployments';
import { listServices } from '../list-services';
import type { Handler } from '../registry';
import { updateService } from '../update-service';

export const servicesOperations: Record<string, Handler> = {
  CreateService: createService,
  DescribeServices: describeServices,
  ListServices: listServices,
  UpdateService: updateService,
  DeleteService: deleteService,
  ListServiceDeployments: listServiceDeployments,
  DescribeServiceDeployments: describeServiceDeployments,
};
