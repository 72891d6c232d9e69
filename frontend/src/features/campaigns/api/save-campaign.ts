import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Campaign } from '@/features/campaigns/api/get-campaigns';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type CampaignInput = components['schemas']['CampaignCreate'];

export async function saveCampaign({ id, ...body }: CampaignInput & { id?: number }): Promise<Campaign> {
  const response = id
    ? await api.PATCH('/api/campaigns/{campaign_id}', { params: { path: { campaign_id: id } }, body })
    : await api.POST('/api/campaigns', { body });
  return unwrap(response) as Campaign;
}

export async function deleteCampaign(id: number): Promise<void> {
  unwrap(await api.DELETE('/api/campaigns/{campaign_id}', { params: { path: { campaign_id: id } } }));
}

/** Saves a draft campaign, or changes one when given its id. */
export function useSaveCampaign() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveCampaign, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['campaigns'] }) });
}

/** Deletes a draft or cancelled campaign. */
export function useDeleteCampaign() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteCampaign, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['campaigns'] }) });
}
