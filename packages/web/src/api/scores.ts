import { useQuery } from '@tanstack/react-query';
import { downloads, endpoints, type ScoreImportView } from '@jiping/contracts';
import { call, hrefOf } from './client.ts';

export function useScoringSessions() {
  return useQuery({ queryKey: ['scoring-sessions'], queryFn: () => call(endpoints.scoringSessions).then((r) => r.items) });
}

export function useScoreSheet(id: string | undefined) {
  return useQuery({ queryKey: ['score-sheet', id], enabled: Boolean(id), queryFn: () => call(endpoints.scoreSheet, { params: { id: id! } }) });
}

export function useScoreCorrections(query: { status?: 'pending' | 'approved' | 'rejected'; sessionId?: string }) {
  return useQuery({ queryKey: ['score-corrections', query], queryFn: () => call(endpoints.scoreCorrections, { query }).then((r) => r.items) });
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
