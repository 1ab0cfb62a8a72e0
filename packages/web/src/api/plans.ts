import type { InstitutionCategory, PlanStatus } from '@jiping/domain';

/** An evaluation plan as the server sends it, with the actions the signed-in user may take. */
export interface Plan {
  id: string;
  institutionId: string;
  occupationCode: string;
  workType: string;
  level: number;
  examStart: string;
  examEnd: string;
  siteName: string;
  rooms: string[];
  expectedCandidates: number;
  examiners: string[];
  internalSupervisor: string;
  externalSupervisor: string | null;
  status: PlanStatus;
  version: number;
  allowedActions: string[];
}

/** An acknowledged plan whose exam has not started: candidates may apply to it. */
export interface OpenPlan extends Plan {
  institutionName: string;
  institutionCategory: InstitutionCategory;
  occupationName: string;
}
