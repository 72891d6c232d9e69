import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type Segment = Required<components['schemas']['Segment']>;
export type SegmentFilters = components['schemas']['Filters'];
export type SegmentPage = { items: Segment[]; meta: components['schemas']['PageMeta'] };

export async function getSegments(page = 1): Promise<SegmentPage> {
  return unwrap(await api.GET('/api/segments', { params: { query: { page, per_page: 100 } } })) as SegmentPage;
}

/** The studio's segments by name, each with its live count (owners and admins). */
export function useSegments(page = 1) {
  return useQuery({ queryKey: ['segments', 'list', page], queryFn: () => getSegments(page), placeholderData: keepPreviousData });
}

export async function getSegment(id: number): Promise<Segment> {
  return unwrap(await api.GET('/api/segments/{segment_id}', { params: { path: { segment_id: id } } })) as Segment;
}

/** One segment with its live count. */
export function useSegment(id: number | undefined) {
  return useQuery({ queryKey: ['segments', 'one', id], queryFn: () => getSegment(id!), enabled: id !== undefined });
}
