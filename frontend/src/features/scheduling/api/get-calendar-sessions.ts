import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getSessions, sessionKeys, type Session, type SessionQuery } from '@/features/scheduling/api/get-sessions';

/** The API's largest page: a month of a busy studio usually fits in one request. */
export const CALENDAR_PAGE_SIZE = 500;

/** Every session overlapping the range, following `meta.has_next` until the last page. */
export async function getAllSessions(query: Omit<SessionQuery, 'page' | 'per_page'>): Promise<Session[]> {
  const sessions: Session[] = [];
  for (let page = 1; ; page += 1) {
    const result = await getSessions({ ...query, page, per_page: CALENDAR_PAGE_SIZE });
    sessions.push(...result.items);
    if (!result.meta.has_next) return sessions;
  }
}

/** The calendar's sessions for the visible range; under `sessionKeys.all`, so every write refreshes it. */
export function useCalendarSessions(query: Omit<SessionQuery, 'page' | 'per_page'>) {
  return useQuery({ queryKey: [...sessionKeys.all, 'calendar', query], queryFn: () => getAllSessions(query), placeholderData: keepPreviousData });
}
