import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SegmentFilters } from '@/features/campaigns/api/get-segments';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type SegmentPreview = components['schemas']['SegmentPreview'];

export async function previewSegment(filters: SegmentFilters): Promise<SegmentPreview> {
  return unwrap(await api.POST('/api/segments/preview', { body: { filters } })) as SegmentPreview;
}

/** How many clients unsaved filters match now, and the first of them: the builder's live count. */
export function useSegmentPreview(filters: SegmentFilters) {
  return useQuery({ queryKey: ['segments', 'preview', filters], queryFn: () => previewSegment(filters), placeholderData: keepPreviousData });
}
