/** Public certificate verification: what the register says of a number, for one certificate or a list. */
export { verificationRoutes } from './routes.ts';
