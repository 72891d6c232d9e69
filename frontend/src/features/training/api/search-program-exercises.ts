import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

type Exercise = components['schemas']['Exercise'];

/** The library's exercises matching `q`, for the program builder's picker. */
export function useProgramExerciseSearch(q: string) {
  return useQuery({
    queryKey: ['exercises', 'picker', q],
    queryFn: async () => {
      const page = unwrap(await api.GET('/api/exercises', { params: { query: { q: q || undefined, per_page: 20 } } })) as { items: Exercise[] };
      return page.items;
    },
    placeholderData: keepPreviousData,
  });
}
