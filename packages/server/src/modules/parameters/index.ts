/**
 * The value of a dated parameter in force:
 * the parameters module's entry, all that code outside the module may import of it (ARCHITECTURE.md, "Module boundaries").
 */
export { getParameter } from './get-parameter.ts';
