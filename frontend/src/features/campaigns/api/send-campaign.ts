import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Campaign } from '@/features/campaigns/api/get-campaigns';
import { api, unwrap } from '@/lib/api-client';

export async function sendCampaign({ id, scheduledAt }: { id: number; scheduledAt?: string }): Promise<Campaign> {
  const body = scheduledAt ? { scheduled_at: scheduledAt } : {};
  return unwrap(await api.POST('/api/campaigns/{campaign_id}/send', { params: { path: { campaign_id: id } }, body })) as Campaign;
}

export async function cancelCampaign(id: number): Promise<Campaign> {
  return unwrap(await api.POST('/api/campaigns/{campaign_id}/cancel', { params: { path: { campaign_id: id } } })) as Campaign;
}

/** Sends a campaign now, or schedules it when given a time. */
export function useSendCampaign() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: sendCampaign, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['campaigns'] }) });
}

/** Cancels a scheduled campaign, or stops one still sending. */
export function useCancelCampaign() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: cancelCampaign, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['campaigns'] }) });
}
