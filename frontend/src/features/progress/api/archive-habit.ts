import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export async function archiveHabit({ habitId }: { habitId: number; clientId: number }) {
  return unwrap(await api.POST('/api/habits/{habit_id}/archive', { params: { path: { habit_id: habitId } } }));
}

export function useArchiveHabit() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: archiveHabit, onSuccess: (_habit, { clientId }) => queryClient.invalidateQueries({ queryKey: ['progress', 'habits', clientId] }) });
}
