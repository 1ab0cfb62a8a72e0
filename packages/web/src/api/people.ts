import { useQuery } from '@tanstack/react-query';
import { downloads, endpoints, type EvidenceFileView, type PersonDetail } from '@jiping/contracts';
import { ApiError, call, hrefOf } from './client.ts';

/**
 * The signed-in candidate's own record, or null while they have not registered their identity
 * (the server answers 404 until then: that is an answer here, not an error).
 */
export function useMyPerson() {
  return useQuery({
    queryKey: ['people', 'me'],
    queryFn: async (): Promise<PersonDetail | null> => {
      try {
        return await call(endpoints.myPerson);
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

/** Sends one evidence file (PDF/PNG/JPEG) for a person or an institution; the server answers with its record. */
export function uploadEvidence(owner: { personId: string } | { institutionId: string }, file: File, purpose: string): Promise<EvidenceFileView> {
  const form = new FormData();
  form.append('purpose', purpose);
  form.append('file', file, file.name);
  return 'personId' in owner ? call(endpoints.uploadPersonFile, { params: { id: owner.personId }, form }) : call(endpoints.uploadInstitutionFile, { params: { id: owner.institutionId }, form });
}

export function evidenceHref(id: string): string {
  return hrefOf(downloads.evidenceFile, { id });
}
