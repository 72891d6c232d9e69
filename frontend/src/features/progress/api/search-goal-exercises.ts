import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

type ExerciseOption = { id: number; name: string };

/** The library's exercises matching `q`, for a lift goal. */
export function useGoalExerciseSearch(q: string, enabled: boolean) {
  return useQuery({
    queryKey: ['exercises', 'goal-picker', q],
    queryFn: async () => {
      const page = unwrap(await api.GET('/api/exercises', { params: { query: { q: q || undefined, per_page: 20 } } })) as { items: ExerciseOption[] };
      return page.items.map(({ id, name }) => ({ id, name }));
    },
    placeholderData: keepPreviousData,
    enabled,
  });
}
