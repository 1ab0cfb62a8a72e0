/**
 * Which identity claims an actor may see:
 * the identity module's entry, all that code outside the module may import of it (ARCHITECTURE.md, "Module boundaries").
 */
export { claimScope } from './list-identity-claims.ts';
