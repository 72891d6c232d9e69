import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type HabitChanges = components['schemas']['HabitUpdate'];

export async function updateHabit({ habitId, changes }: { habitId: number; clientId: number; changes: HabitChanges }) {
  return unwrap(await api.PATCH('/api/habits/{habit_id}', { params: { path: { habit_id: habitId } }, body: changes }));
}

export function useUpdateHabit() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateHabit, onSuccess: (_habit, { clientId }) => queryClient.invalidateQueries({ queryKey: ['progress', 'habits', clientId] }) });
}
