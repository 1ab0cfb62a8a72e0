import { z } from 'zod';
import { IdParams, Uuid } from './common.ts';
import { endpoint } from './endpoint.ts';

/** An institution's uploaded seal image, as stored (the PNG itself is its own download). */
export const InstitutionSealView = z.object({
  institutionId: Uuid,
  imageSha256: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  uploadedAt: z.string(),
});
export type InstitutionSealView = z.infer<typeof InstitutionSealView>;

export const certificateDocumentEndpoints = {
  uploadInstitutionSeal: endpoint({ method: 'PUT', url: '/api/v1/institutions/:id/seal', params: IdParams, upload: true, response: InstitutionSealView }),
} as const;

/** The seal image (PNG) the institution's page previews. */
export const certificateDocumentDownloads = {
  institutionSeal: { url: '/api/v1/institutions/:id/seal' },
} as const;
