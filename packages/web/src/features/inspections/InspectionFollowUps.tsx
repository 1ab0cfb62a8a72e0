import type { InspectionDetail } from '@jiping/contracts';

/**
 * The place on an inspection's page for what follows from it: the rectification orders (整改通知)
 * and the document requests (调取资料) of the inspection render their panels here, below the
 * findings. Each panel reads its own endpoint and decides its own buttons; it gets the inspection
 * as the page shows it (status, institution, findings, allowed actions).
 */
export function InspectionFollowUps(props: { inspection: InspectionDetail }) {
  void props;
  return null;
}
