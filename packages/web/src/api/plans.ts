import type { z } from 'zod';
import type { OpenPlanView, PlanView } from '@jiping/contracts';

/** An evaluation plan as the server sends it, with the actions the signed-in user may take. */
export type Plan = z.output<typeof PlanView>;

/** An acknowledged plan whose exam has not started: candidates may apply to it. */
export type OpenPlan = z.output<typeof OpenPlanView>;
