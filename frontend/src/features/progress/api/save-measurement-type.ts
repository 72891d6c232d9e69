import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MeasurementType } from '@/features/progress/api/get-measurement-types';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type MeasurementTypeInput = components['schemas']['MeasurementTypeCreate'];
export type MeasurementTypeChange = components['schemas']['MeasurementTypeUpdate'];

/** Add a type of the studio's own (owner, admin). */
export function useCreateMeasurementType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: MeasurementTypeInput) => unwrap(await api.POST('/api/measurement-types', { body })) as MeasurementType,
    // Not awaited: the caller's own onSuccess runs while the entry it came from is still on screen.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['measurements'] }),
  });
}

/** Rename, archive or restore one of the studio's own types (owner, admin). */
export function useUpdateMeasurementType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ typeId, ...body }: MeasurementTypeChange & { typeId: number }) =>
      unwrap(await api.PATCH('/api/measurement-types/{type_id}', { params: { path: { type_id: typeId } }, body })) as MeasurementType,
    // Not awaited: the caller's own onSuccess runs while the entry it came from is still on screen.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['measurements'] }),
  });
}
