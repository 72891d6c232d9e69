import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Segment, SegmentFilters } from '@/features/campaigns/api/get-segments';
import { api, unwrap } from '@/lib/api-client';

export type SegmentInput = { name: string; filters: SegmentFilters };

export async function saveSegment({ id, ...body }: SegmentInput & { id?: number }): Promise<Segment> {
  const response = id
    ? await api.PATCH('/api/segments/{segment_id}', { params: { path: { segment_id: id } }, body })
    : await api.POST('/api/segments', { body });
  return unwrap(response) as Segment;
}

export async function deleteSegment(id: number): Promise<void> {
  unwrap(await api.DELETE('/api/segments/{segment_id}', { params: { path: { segment_id: id } } }));
}

/** Creates a segment, or changes one when given its id. */
export function useSaveSegment() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveSegment, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['segments'] }) });
}

/** Deletes a segment no campaign uses. */
export function useDeleteSegment() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteSegment, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['segments'] }) });
}
