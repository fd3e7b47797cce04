export * from './attributes';
export * from './capacity-providers';
export * from './fargate';
export * from './instance-types';
export * from './limits';
export * from './names';
export * from './simulated-asg';
