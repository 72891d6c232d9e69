import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';
import type { PersonalRecord } from '@/features/training/api/get-client-records';

export type E1rmPoint = Required<components['schemas']['E1rmPoint']>;
export type ExerciseProgress = Required<Omit<components['schemas']['ExerciseProgress'], 'points' | 'records'>> & {
  points: E1rmPoint[];
  records: PersonalRecord[];
};

export async function getExerciseProgress(clientId: number, exerciseId: number): Promise<ExerciseProgress> {
  return unwrap(
    await api.GET('/api/clients/{client_id}/training/exercises/{exercise_id}', { params: { path: { client_id: clientId, exercise_id: exerciseId } } }),
  ) as ExerciseProgress;
}

/** An exercise's e1RM over time (the best set of each training day) and the client's records in it. */
export function useExerciseProgress(clientId: number, exerciseId: number | null) {
  return useQuery({
    queryKey: ['training', 'exercise-progress', clientId, exerciseId],
    queryFn: () => getExerciseProgress(clientId, exerciseId ?? 0),
    enabled: clientId > 0 && !!exerciseId,
  });
}
