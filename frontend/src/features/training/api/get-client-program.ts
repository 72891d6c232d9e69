import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

// Clients receive the same shape without the staff-only fields.
export type ClientProgram = components['schemas']['ClientProgramDetail'];
export type ProgramWorkout = Required<components['schemas']['ProgramWorkout']>;

export function useClientProgram(id: number | undefined) {
  return useQuery({
    queryKey: ['client-programs', 'detail', id],
    queryFn: async () => unwrap(await api.GET('/api/client-programs/{program_id}', { params: { path: { program_id: id ?? 0 } } })) as ClientProgram,
    enabled: !!id,
  });
}
