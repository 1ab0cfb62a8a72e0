export * from './actor.ts';
export * from './decision.ts';
export * from './scope.ts';
export * from './institution-policy.ts';
export * from './district-policy.ts';
export * from './audit-policy.ts';
export * from './user-policy.ts';
