// The data both sides of bench:engine:compare hold and the load sends.
export const NETWORK = { awsvpcConfiguration: { subnets: ['subnet-1'], securityGroups: ['sg-1'] } };
export const TASK_DEFINITION = {
  family: 'bench',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '256',
  memory: '512',
  containerDefinitions: [{ name: 'web', image: 'nginx:latest', essential: true, portMappings: [{ containerPort: 80 }] }],
};
export const SERVICES = Array.from({ length: 10 }, (_, i) => `svc-${i}`);
