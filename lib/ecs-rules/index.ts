export * from './attributes';
export * from './capacity-providers';
export * from './fargate';
export * from './limits';
export * from './names';
