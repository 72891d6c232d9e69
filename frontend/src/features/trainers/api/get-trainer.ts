import { useQuery } from '@tanstack/react-query';
import type { Trainer } from '@/features/trainers/api/get-trainers';
import { api, unwrap } from '@/lib/api-client';

export async function getTrainer(trainerId: number): Promise<Trainer> {
  return unwrap(await api.GET('/api/trainers/{trainer_id}', { params: { path: { trainer_id: trainerId } } })) as Trainer;
}

export function useTrainer(trainerId: number) {
  return useQuery({ queryKey: ['trainers', 'detail', trainerId], queryFn: () => getTrainer(trainerId), enabled: Number.isInteger(trainerId) && trainerId > 0 });
}
