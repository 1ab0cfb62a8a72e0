/** What other code uses of appointments: its routes and the daily expiry job. */
export { appointmentRoutes } from './routes.ts';
export { expireAppointments } from './expire-appointments.ts';
