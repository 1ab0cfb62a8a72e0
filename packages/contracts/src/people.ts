import { z } from 'zod';

export const PERSON_ID_TYPES = ['resident_id', 'passport', 'hk_macao_permit', 'taiwan_permit', 'foreign_permanent_resident'] as const;

export const RegisterPersonBody = z.strictObject({
  idType: z.enum(PERSON_ID_TYPES),
  idNumber: z.string().trim().min(1).max(32),
  name: z.string().trim().min(1).max(50),
  gender: z.enum(['male', 'female']).optional(),
  /** Required for documents that do not carry it; taken from a resident ID otherwise. */
  birthDate: z.iso.date().optional(),
  phone: z.string().trim().regex(/^1\d{10}$/, { error: '手机号应为 11 位数字' }).optional(),
});

export const PersonView = z.object({
  id: z.uuid(),
  idType: z.enum(PERSON_ID_TYPES),
  idNumberMasked: z.string(),
  name: z.string(),
  gender: z.enum(['male', 'female']).nullable(),
  birthDate: z.string(),
  phoneMasked: z.string().nullable(),
  version: z.number().int(),
});
export type PersonView = z.infer<typeof PersonView>;

export const RegisterPersonResult = PersonView.extend({ created: z.boolean() });
export const PersonIdentity = z.object({ idNumber: z.string(), phone: z.string().nullable() });
