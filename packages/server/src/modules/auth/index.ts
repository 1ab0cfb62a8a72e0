/**
 * How an account's grants are shown, with their institutions' names:
 * the auth module's entry, all that code outside the module may import of it (ARCHITECTURE.md, "Module boundaries").
 */
export { grantView, institutionNames } from './get-me.ts';
