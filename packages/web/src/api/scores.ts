import { useQuery } from '@tanstack/react-query';
import { downloads, endpoints, type ScoreImportView } from '@jiping/contracts';
import { call, hrefOf } from './client.ts';
import { usePaged } from './paged.ts';

/** The sessions to score, a page at a time: `fetchNextPage` appends the next. */
export function useScoringSessions() {
  return usePaged(['scoring-sessions'], endpoints.scoringSessions, {});
}

export function useScoreSheet(id: string | undefined) {
  return useQuery({ queryKey: ['score-sheet', id], enabled: Boolean(id), queryFn: () => call(endpoints.scoreSheet, { params: { id: id! } }) });
}

/** Corrections, newest first, a page at a time: `fetchNextPage` appends the next. */
export function useScoreCorrections(query: { status?: 'pending' | 'approved' | 'rejected'; sessionId?: string }) {
  return usePaged(['score-corrections'], endpoints.scoreCorrections, { status: query.status, sessionId: query.sessionId });
}

/** One score import, read again every half second while the server is still reading it. */
export function useScoreImport(id: string | null) {
  return useQuery({
    queryKey: ['score-import', id],
    enabled: id !== null,
    queryFn: () => call(endpoints.scoreImport, { params: { id: id! } }),
    refetchInterval: (query) => (query.state.data?.status === 'running' ? 500 : false),
  });
}

export function useMyScores() {
  return useQuery({ queryKey: ['my-scores'], queryFn: () => call(endpoints.myScores).then((r) => r.items) });
}

export const scoreTemplateHref = (sessionId: string) => hrefOf(downloads.scoreTemplate, { id: sessionId });
export const scoreImportReports = (view: ScoreImportView) => ({ xlsx: hrefOf(downloads.scoreImportErrorsXlsx, { id: view.id }), csv: hrefOf(downloads.scoreImportErrorsCsv, { id: view.id }) });
