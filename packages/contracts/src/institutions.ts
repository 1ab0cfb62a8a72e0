import { z } from 'zod';
import { INSTITUTION_LEVEL_ACTIONS, INSTITUTION_CATEGORIES, ORGANIZATION_KINDS } from '@jiping/domain';
import { DistrictCode, PageQuery, pageOf, Uuid } from './common.ts';

export const InstitutionSummary = z.object({
  id: Uuid,
  name: z.string(),
  category: z.enum(INSTITUTION_CATEGORIES),
  districtCode: z.string(),
  districtName: z.string(),
  organizationName: z.string(),
  organizationKind: z.enum(ORGANIZATION_KINDS),
  creditCode: z.string(),
});
export type InstitutionSummary = z.infer<typeof InstitutionSummary>;

export const InstitutionDetail = InstitutionSummary.extend({
  address: z.string(),
  legalRepresentative: z.string(),
  demonstration: z.boolean(),
  createdAt: z.string(),
  version: z.number().int(),
  /** What the requesting user may start at this institution; the pages render buttons from it. */
  allowedActions: z.array(z.enum(INSTITUTION_LEVEL_ACTIONS)),
});
export type InstitutionDetail = z.infer<typeof InstitutionDetail>;

export const InstitutionListQuery = PageQuery.extend({
  district: DistrictCode.optional(),
  category: z.enum(INSTITUTION_CATEGORIES).optional(),
  q: z.string().trim().max(100).optional(),
});
export const InstitutionPage = pageOf(InstitutionSummary);
export const InstitutionIdParams = z.strictObject({ id: Uuid });
export const DistrictParams = z.strictObject({ code: DistrictCode });
export const DistrictInstitutionListQuery = InstitutionListQuery.omit({ district: true });
