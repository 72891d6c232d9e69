import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type Campaign = Required<components['schemas']['Campaign']>;
export type CampaignStatus = Campaign['status'];
export type CampaignPage = { items: Campaign[]; meta: components['schemas']['PageMeta'] };

export async function getCampaigns(query: { page?: number; per_page?: number }): Promise<CampaignPage> {
  return unwrap(await api.GET('/api/campaigns', { params: { query } })) as CampaignPage;
}

export async function getCampaign(id: number): Promise<Campaign> {
  return unwrap(await api.GET('/api/campaigns/{campaign_id}', { params: { path: { campaign_id: id } } })) as Campaign;
}

/** The studio's campaigns, newest first, with recipients, opens and clicks. */
export function useCampaigns(query: { page?: number; per_page?: number }) {
  return useQuery({ queryKey: ['campaigns', 'list', query], queryFn: () => getCampaigns(query), placeholderData: keepPreviousData });
}

/** One campaign; while it is sending, read again every few seconds so its figures move. */
export function useCampaign(id: number | undefined) {
  return useQuery({
    queryKey: ['campaigns', 'one', id],
    queryFn: () => getCampaign(id!),
    enabled: id !== undefined,
    refetchInterval: (query) => (['scheduled', 'sending'].includes(query.state.data?.status ?? '') ? 5000 : false),
  });
}
