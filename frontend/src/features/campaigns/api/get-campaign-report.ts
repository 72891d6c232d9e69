import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type CampaignReport = components['schemas']['CampaignReport'];
export type ReportFigures = components['schemas']['ReportFigures'];

export async function getCampaignReport(id: number): Promise<CampaignReport> {
  return unwrap(await api.GET('/api/campaigns/{campaign_id}/report', { params: { path: { campaign_id: id } } })) as CampaignReport;
}

/** How a campaign did, per subject and per link; read again every half minute while it is open. */
export function useCampaignReport(id: number) {
  return useQuery({ queryKey: ['campaigns', 'report', id], queryFn: () => getCampaignReport(id), refetchInterval: 30_000 });
}
