import { zonedDay } from '@/features/scheduling/components/availability/zoned-time';
import { paths } from '@/config/paths';

// Links into the calendar from other screens; kept free of luxon so those screens do not load it.

/** The calendar's day view of a session, its details panel open: where links to one session go. */
export function sessionHref(session: { id: number; starts_at: string }, zone: string): string {
  return paths.calendar.getHref(`?view=day&date=${zonedDay(session.starts_at, zone)}&session=${session.id}`);
}

/** The calendar with the booking form open for a client (`?book=<client id>`). */
export const bookForClientHref = (clientId: number): string => paths.calendar.getHref(`?book=${clientId}`);
