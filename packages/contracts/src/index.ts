export * from './common.ts';
export * from './auth.ts';
export * from './reference.ts';
export * from './institutions.ts';
export * from './audit.ts';
export * from './users.ts';
export * from './health.ts';
export * from './filings.ts';
