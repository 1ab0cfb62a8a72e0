import { z } from 'zod';
import { LEVELS } from '@jiping/domain';

export const District = z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() });
export type District = z.infer<typeof District>;

export const Occupation = z.object({
  code: z.string(),
  nameZh: z.string(),
  workTypes: z.array(z.string()),
  levels: z.array(z.union(LEVELS.map((level) => z.literal(level)))),
  verified: z.boolean(),
  standardVersion: z.string(),
});
export type Occupation = z.infer<typeof Occupation>;

export const DistrictList = z.array(District);
export const OccupationList = z.array(Occupation);
