import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type CampaignPreview = components['schemas']['CampaignPreview'];
export type CampaignPreviewInput = components['schemas']['CampaignPreviewArgs'];
export type MergeField = components['schemas']['MergeField'];

export async function previewCampaign(body: CampaignPreviewInput): Promise<CampaignPreview> {
  return unwrap(await api.POST('/api/campaigns/preview', { body })) as CampaignPreview;
}

/** The campaign as a sample client reads it; off until there is a subject and a body. */
export function useCampaignPreview(body: CampaignPreviewInput) {
  return useQuery({
    queryKey: ['campaigns', 'preview', body],
    queryFn: () => previewCampaign(body),
    enabled: Boolean(body.subject.trim() && body.body_html.trim()),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** The merge fields a campaign may use, with a sample value of each. */
export function useMergeFields() {
  return useQuery({
    queryKey: ['campaigns', 'merge-fields'],
    queryFn: async () => unwrap(await api.GET('/api/campaigns/merge-fields')) as MergeField[],
    staleTime: Infinity,
  });
}
