import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Trainer } from '@/features/trainers/api/get-trainers';
import type { TrainerInput } from '@/features/trainers/api/update-trainer';
import { api, unwrap } from '@/lib/api-client';

export async function createTrainer(body: TrainerInput): Promise<Trainer> {
  return unwrap(await api.POST('/api/trainers', { body })) as Trainer;
}

export function useCreateTrainer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTrainer,
    onSuccess: () => queryClient.invalidateQueries({ predicate: (query) => ['trainers', 'dashboard', 'activity'].includes(String(query.queryKey[0])) }),
  });
}
