import { Link } from 'react-router';
import { useSessions, type Session, type SessionQuery } from '@/features/scheduling/api/get-sessions';
import { formatInZone, zonedDay, zonedInputToIso } from '@/features/scheduling/components/availability/zoned-time';
import { SessionStatusBadge } from '@/features/scheduling/components/session-status-badge';
import { sessionLabel } from '@/features/scheduling/lib/session-events';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { cn } from '@/lib/cn';

const SHOWN = 8;
const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

/** Today in `timeZone` as the API's [from, to) range, and its local date for the calendar link. */
export function todayRange(now: Date, timeZone: string): { day: string; from: string; to: string } {
  const day = zonedDay(now.toISOString(), timeZone);
  const [year, month, date] = day.split('-').map(Number);
  const next = new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
  return { day, from: zonedInputToIso(`${day}T00:00`, timeZone)!, to: zonedInputToIso(`${next}T00:00`, timeZone)! };
}

/** The query of the caller's sessions on the day of `range` (see todayRange). */
export const todaysQuery = (range: { from: string; to: string }): SessionQuery => ({ from: range.from, to: range.to, per_page: 100 });

/** The caller's sessions today (a trainer's own, the whole studio's for owners and admins). */
export function TodaysSessions({ range, timeZone, showTrainer }: { range: ReturnType<typeof todayRange>; timeZone: string; showTrainer: boolean }) {
  const sessions = useSessions(todaysQuery(range));
  const calendarHref = paths.calendar.getHref(`?view=day&date=${range.day}`);

  return (
    <Card>
      <div className="mb-1 flex items-center justify-between gap-2">
        <h2 className="text-base font-semibold">Today’s sessions</h2>
        <ButtonLink to={calendarHref} variant="ghost">
          Open calendar
        </ButtonLink>
      </div>
      {sessions.isPending ? (
        <Spinner label="Loading today’s sessions…" />
      ) : sessions.isError ? (
        <ErrorState error={sessions.error} onRetry={() => sessions.refetch()} />
      ) : sessions.data.items.length === 0 ? (
        <EmptyState
          compact
          title="Nothing booked today"
          action={
            <ButtonLink to={calendarHref} variant="secondary">
              Book a session
            </ButtonLink>
          }
        >
          Sessions booked for today appear here with their times and clients.
        </EmptyState>
      ) : (
        <>
          <ul className="divide-y divide-border" aria-label="Today’s sessions">
            {sessions.data.items.slice(0, SHOWN).map((session) => (
              <SessionRow key={session.id} session={session} timeZone={timeZone} showTrainer={showTrainer} href={calendarHref} />
            ))}
          </ul>
          {sessions.data.meta.total > SHOWN ? (
            <Link to={calendarHref} className="mt-2 inline-flex min-h-11 items-center text-sm font-medium text-primary-text hover:underline">
              {sessions.data.meta.total - SHOWN} more in the calendar
            </Link>
          ) : null}
        </>
      )}
    </Card>
  );
}

function SessionRow({ session, timeZone, showTrainer, href }: { session: Session; timeZone: string; showTrainer: boolean; href: string }) {
  const released = session.status === 'cancelled' || session.status === 'late_cancel';
  return (
    <li>
      <Link to={href} className="flex min-h-11 items-center gap-3 py-2 hover:bg-surface-muted">
        <span className={cn('w-20 shrink-0 text-sm font-semibold tabular-nums', released && 'text-muted line-through')}>{formatInZone(session.starts_at, timeZone, TIME)}</span>
        <span className="min-w-0 flex-1">
          <span className={cn('block truncate text-sm', released && 'text-muted line-through')}>{sessionLabel(session)}</span>
          {showTrainer ? <span className="block truncate text-xs text-muted">with {session.trainer_name}</span> : null}
        </span>
        <SessionStatusBadge status={session.status} className="shrink-0" />
      </Link>
    </li>
  );
}
