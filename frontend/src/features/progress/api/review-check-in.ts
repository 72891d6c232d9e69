import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CheckIn } from '@/features/progress/api/get-check-in';
import { api, unwrap } from '@/lib/api-client';

export async function replyToCheckIn({ submissionId, reply }: { submissionId: number; reply: string }): Promise<CheckIn> {
  return unwrap(await api.PUT('/api/check-ins/{submission_id}/reply', { params: { path: { submission_id: submissionId } }, body: { reply } }));
}

export async function markCheckInReviewed({ submissionId }: { submissionId: number }): Promise<CheckIn> {
  return unwrap(await api.POST('/api/check-ins/{submission_id}/review', { params: { path: { submission_id: submissionId } } }));
}

export function useReplyToCheckIn() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: replyToCheckIn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['progress', 'check-ins'] }) });
}

export function useMarkCheckInReviewed() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: markCheckInReviewed, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['progress', 'check-ins'] }) });
}
