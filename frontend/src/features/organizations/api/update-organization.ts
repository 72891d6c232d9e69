import { useMutation, useQueryClient } from '@tanstack/react-query';
import { meQueryOptions } from '@/features/auth/api/get-me';
import { organizationKey, type Organization } from '@/features/organizations/api/get-organization';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type OrganizationInput = components['schemas']['OrganizationUpdate'];

export async function updateOrganization(body: OrganizationInput): Promise<Organization> {
  return unwrap(await api.PATCH('/api/organization', { body })) as Organization;
}

/** Owners and admins rename the studio or move it to another zone. */
export function useUpdateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOrganization,
    onSuccess: (organization) => {
      queryClient.setQueryData(organizationKey, organization);
      // The header shows the name, and everyone following the studio's zone now sees times in the new one.
      return queryClient.invalidateQueries({
        predicate: (query) => [meQueryOptions().queryKey[0], 'working-hours', 'activity'].includes(String(query.queryKey[0])),
      });
    },
  });
}
