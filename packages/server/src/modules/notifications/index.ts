/**
 * Notifying a user or an institution, and mailing them, inside the caller's transaction:
 * the notifications module's entry, all that code outside the module may import of it (ARCHITECTURE.md, "Module boundaries").
 */
export { notify } from './notify.ts';
