import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type CampaignReport = components['schemas']['CampaignReport'];
export type ReportFigures = components['schemas']['ReportFigures'];

export async function getCampaignReport(id: number): Promise<CampaignReport> {
  return unwrap(await api.GET('/api/campaigns/{campaign_id}/report', { params: { path: { campaign_id: id } } })) as CampaignReport;
}

/**
 * How a campaign did, per subject and per link: read again every 5 seconds while it is sending, every half
 * minute afterwards (opens and clicks keep coming), and at once when its status changes.
 */
export function useCampaignReport(id: number, status: string) {
  return useQuery({
    queryKey: ['campaigns', 'report', id, status],
    queryFn: () => getCampaignReport(id),
    refetchInterval: status === 'sending' ? 5_000 : 30_000,
  });
}
