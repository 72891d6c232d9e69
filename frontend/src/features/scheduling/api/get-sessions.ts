import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components, paths } from '@/lib/api-schema';

export type Session = Required<components['schemas']['Session']>;
export type Participant = Required<components['schemas']['Participant']>;
export type SessionQuery = NonNullable<paths['/api/sessions']['get']['parameters']['query']>;
export type SessionPage = { items: Session[]; meta: Required<components['schemas']['PageMeta']> };

/** Query keys of everything scheduling caches; a booking change invalidates `sessionKeys.all`. */
export const sessionKeys = {
  all: ['sessions'] as const,
  range: (query: SessionQuery) => ['sessions', 'range', query] as const,
  detail: (id: number) => ['sessions', 'detail', id] as const,
};

export async function getSessions(query: SessionQuery): Promise<SessionPage> {
  return unwrap(await api.GET('/api/sessions', { params: { query } })) as SessionPage;
}

/** Sessions overlapping [from, to): what a calendar view or an upcoming list shows. */
export function useSessions(query: SessionQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: sessionKeys.range(query), queryFn: () => getSessions(query), placeholderData: keepPreviousData, enabled });
}
