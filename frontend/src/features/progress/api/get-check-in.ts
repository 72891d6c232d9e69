import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type CheckIn = components['schemas']['CheckInSubmission'];
export type CheckInItem = components['schemas']['CheckInSubmissionItem'];

export async function getCheckIn(submissionId: number): Promise<CheckIn> {
  return unwrap(await api.GET('/api/check-ins/{submission_id}', { params: { path: { submission_id: submissionId } } }));
}

export function useCheckIn(submissionId: number | null | undefined) {
  return useQuery({ queryKey: ['progress', 'check-ins', 'one', submissionId], queryFn: () => getCheckIn(submissionId!), enabled: !!submissionId });
}
