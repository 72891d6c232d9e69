import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

type Tick = { habitId: number; clientId: number; day: string; value?: number; done?: boolean };

export async function logHabitDay({ habitId, day, value, done }: Tick) {
  return unwrap(await api.PUT('/api/habits/{habit_id}/days/{day}', { params: { path: { habit_id: habitId, day } }, body: { value, done } }));
}

export async function clearHabitDay({ habitId, day }: Tick) {
  return unwrap(await api.DELETE('/api/habits/{habit_id}/days/{day}', { params: { path: { habit_id: habitId, day } } }));
}

/** Tick a day off (or take it back with `clear`); the day's status, streaks and the grid all follow. */
export function useLogHabitDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tick: Tick & { clear?: boolean }) => (tick.clear ? clearHabitDay(tick) : logHabitDay(tick)),
    onSuccess: (_result, { clientId }) => queryClient.invalidateQueries({ queryKey: ['progress', 'habits', clientId] }),
  });
}
