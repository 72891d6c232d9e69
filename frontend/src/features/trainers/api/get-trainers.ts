import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components, paths } from '@/lib/api-schema';

export type Trainer = Required<components['schemas']['Trainer']>;
export type TrainerPage = { items: Trainer[]; meta: Required<components['schemas']['PageMeta']> };
export type TrainerQuery = NonNullable<paths['/api/trainers']['get']['parameters']['query']>;

export async function getTrainers(query: TrainerQuery): Promise<TrainerPage> {
  return unwrap(await api.GET('/api/trainers', { params: { query } })) as TrainerPage;
}

export function useTrainers(query: TrainerQuery, options: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: ['trainers', 'list', query], queryFn: () => getTrainers(query), placeholderData: keepPreviousData, ...options });
}

/** Every active trainer, for pickers and filters (a studio has far fewer than 100). */
export function useTrainerOptions(options: { enabled?: boolean } = {}) {
  return useTrainers({ per_page: 100, sort: 'last_name', status: 'active' }, options);
}
