import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Trainer } from '@/features/trainers/api/get-trainers';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type TrainerInput = components['schemas']['TrainerCreate'];

export async function updateTrainer({ trainerId, body }: { trainerId: number; body: Partial<TrainerInput> }): Promise<Trainer> {
  return unwrap(await api.PATCH('/api/trainers/{trainer_id}', { params: { path: { trainer_id: trainerId } }, body })) as Trainer;
}

export function useUpdateTrainer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateTrainer,
    onSuccess: (trainer) => {
      queryClient.setQueryData(['trainers', 'detail', trainer.id], trainer);
      return queryClient.invalidateQueries({ predicate: (query) => ['trainers', 'clients', 'dashboard', 'activity'].includes(String(query.queryKey[0])) });
    },
  });
}
