import { useQuery } from '@tanstack/react-query';
import type { EvidenceFileView, PersonDetail } from '@jiping/contracts';
import { api, ApiError } from './client.ts';

/**
 * The signed-in candidate's own record, or null while they have not registered their identity
 * (the server answers 404 until then: that is an answer here, not an error).
 */
export function useMyPerson() {
  return useQuery({
    queryKey: ['people', 'me'],
    queryFn: async (): Promise<PersonDetail | null> => {
      try {
        return await api<PersonDetail>('/api/v1/people/me');
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

/** Sends one evidence file (PDF/PNG/JPEG) to `path`; the server answers with its record. */
export function uploadEvidence(path: string, file: File, purpose: string): Promise<EvidenceFileView> {
  const form = new FormData();
  form.append('purpose', purpose);
  form.append('file', file, file.name);
  return api<EvidenceFileView>(path, { method: 'POST', form });
}

export function evidenceHref(id: string): string {
  return `/api/v1/evidence-files/${id}`;
}
