/** What other modules use of staffing: keeping staff in step with a filing, and the verdict a session's start waits on; assigning a session's staff (the demo seed). */
export { syncStaffMembers } from './sync-staff-members.ts';
export { checkStaffingForStart } from './check-staffing-for-start.ts';
export { assignSessionStaff } from './assign-session-staff.ts';
