import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type TwoFactorRequirement = components['schemas']['TwoFactorRequirement'];

const requirementKey = ['security', 'requirement'] as const;

export async function getTwoFactorRequirement(): Promise<TwoFactorRequirement> {
  return unwrap(await api.GET('/api/auth/two-factor/requirement')) as TwoFactorRequirement;
}

export async function setTwoFactorRequirement(required: boolean): Promise<TwoFactorRequirement> {
  return unwrap(await api.PUT('/api/auth/two-factor/requirement', { body: { required_for_staff: required } })) as TwoFactorRequirement;
}

/** Whether the studio requires two-factor sign-in of staff, and who has not set it up (owners and admins). */
export function useTwoFactorRequirement(enabled = true) {
  return useQuery({ queryKey: requirementKey, queryFn: getTwoFactorRequirement, enabled });
}

/** Requires it of every staff account, or stops (owners); staff without it are signed out. */
export function useSetTwoFactorRequirement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setTwoFactorRequirement,
    onSuccess: (saved) => {
      queryClient.setQueryData(requirementKey, saved);
      void queryClient.invalidateQueries({ queryKey: ['security', 'two-factor'] });
    },
  });
}
