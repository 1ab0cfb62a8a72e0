import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { InspectionDetail } from '@jiping/contracts';
import { RectificationPanel } from '../rectifications/RectificationPanel.tsx';
import { DocumentRequestPanel } from '../document-requests/DocumentRequestPanel.tsx';

/**
 * What follows from an inspection, below its findings: the rectification orders (整改通知) and the
 * document requests (调取资料). Each panel reads its own endpoint and shows only the buttons the
 * server allows the reader; a cancelled inspection takes none, so nothing is shown for it.
 */
export function InspectionFollowUps({ inspection }: { inspection: InspectionDetail }) {
  const client = useQueryClient();
  // What may be ordered, and on which findings, changes with the inspection (started, a finding
  // recorded): the panels read again whenever the inspection does.
  useEffect(() => {
    void client.invalidateQueries({ queryKey: ['inspection-follow-up', inspection.id] });
  }, [client, inspection.id, inspection.version, inspection.findings.length]);
  if (inspection.status === 'cancelled') return null;
  return (
    <>
      <RectificationPanel inspectionId={inspection.id} />
      <DocumentRequestPanel inspectionId={inspection.id} />
    </>
  );
}
