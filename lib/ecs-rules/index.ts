export * from './fargate';
export * from './limits';
export * from './names';
