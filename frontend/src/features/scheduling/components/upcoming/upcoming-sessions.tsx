import { useState } from 'react';
import { useDownloadSessionIcs } from '@/features/scheduling/api/download-session-ics';
import { useSessions, type Session, type SessionQuery } from '@/features/scheduling/api/get-sessions';
import { formatInZone, zonedDay, zoneName } from '@/features/scheduling/components/availability/zoned-time';
import { SessionStatusBadge } from '@/features/scheduling/components/session-status-badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { CalendarIcon } from '@/components/ui/icons';
import { ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { errorMessage } from '@/lib/api-error';
import { cn } from '@/lib/cn';

export const UPCOMING_WEEKS = 8;
// A phone shows about this many before the calendar feed and profile; the rest on request.
const FIRST_SHOWN = 5;

const KINDS: Record<Session['kind'], string> = {
  personal: 'Personal training',
  group: 'Group class',
  assessment: 'Assessment',
  consultation: 'Consultation',
};

const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
const DAY: Intl.DateTimeFormatOptions = { weekday: 'long', month: 'long', day: 'numeric' };

/** Sessions grouped by their day in `timeZone`, in the API's order (by start). */
export function groupByDay(sessions: Session[], timeZone: string): { day: string; sessions: Session[] }[] {
  const groups = new Map<string, Session[]>();
  for (const session of sessions) {
    const day = zonedDay(session.starts_at, timeZone);
    groups.set(day, [...(groups.get(day) ?? []), session]);
  }
  return [...groups].map(([day, items]) => ({ day, sessions: items }));
}

// Staff type the link; only web addresses become links, never javascript: or other schemes.
const isWebUrl = (value: string | null) => !!value && /^https?:\/\//i.test(value);

type UpcomingQuery = SessionQuery & { from: string };

/** The query of a client's upcoming sessions: from `now` to UPCOMING_WEEKS ahead. */
export function upcomingQuery(clientId: number, now: Date = new Date()): UpcomingQuery {
  return { from: now.toISOString(), to: new Date(now.getTime() + UPCOMING_WEEKS * 7 * 86_400_000).toISOString(), client_id: clientId, per_page: 200 };
}

/** A client's sessions from `query` (see upcomingQuery), with an .ics download each. */
export function UpcomingSessions({ query, timeZone }: { query: UpcomingQuery; timeZone: string }) {
  const sessions = useSessions(query);
  const [showAll, setShowAll] = useState(false);
  const today = zonedDay(query.from, timeZone);
  const tomorrow = zonedDay(new Date(Date.parse(query.from) + 86_400_000).toISOString(), timeZone);

  return (
    <section aria-labelledby="upcoming-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <h2 id="upcoming-heading" className="text-lg font-semibold">
          Upcoming sessions
        </h2>
        <p className="text-xs text-muted">
          Next {UPCOMING_WEEKS} weeks · times in {zoneName(timeZone)}
        </p>
      </div>
      {sessions.isPending ? (
        <Spinner label="Loading your sessions…" />
      ) : sessions.isError ? (
        <ErrorState error={sessions.error} onRetry={() => sessions.refetch()} />
      ) : sessions.data.items.length === 0 ? (
        <Card className="text-sm text-muted">No sessions booked in the next {UPCOMING_WEEKS} weeks. Your trainer books them with you.</Card>
      ) : (
        <>
          {groupByDay(showAll ? sessions.data.items : sessions.data.items.slice(0, FIRST_SHOWN), timeZone).map(({ day, sessions: items }) => (
            <div key={day} className="flex flex-col gap-2">
              <h3 className="text-sm font-semibold text-muted">
                {day === today ? 'Today · ' : day === tomorrow ? 'Tomorrow · ' : ''}
                {formatInZone(items[0].starts_at, timeZone, DAY)}
              </h3>
              <ul className="flex flex-col gap-2" aria-label={`Sessions on ${formatInZone(items[0].starts_at, timeZone, DAY)}`}>
                {items.map((session) => (
                  <SessionItem key={session.id} session={session} timeZone={timeZone} />
                ))}
              </ul>
            </div>
          ))}
          {!showAll && sessions.data.items.length > FIRST_SHOWN ? (
            <Button variant="secondary" className="self-center" onClick={() => setShowAll(true)}>
              Show all {sessions.data.items.length} sessions
            </Button>
          ) : null}
          {showAll && sessions.data.meta.total > sessions.data.items.length ? (
            <p className="text-sm text-muted">
              Showing the first {sessions.data.items.length} of {sessions.data.meta.total} sessions.
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

function SessionItem({ session, timeZone }: { session: Session; timeZone: string }) {
  const toast = useToast();
  const download = useDownloadSessionIcs();
  const cancelled = session.status === 'cancelled' || session.status === 'late_cancel';
  const time = `${formatInZone(session.starts_at, timeZone, TIME)} – ${formatInZone(session.ends_at, timeZone, TIME)}`;

  return (
    <li className="rounded-xl border border-border bg-surface px-3 py-2.5 shadow-sm sm:px-4" data-testid="upcoming-session">
      <div className="flex items-center justify-between gap-3">
        <p className={cn('font-semibold', cancelled && 'text-muted line-through')}>{time}</p>
        <SessionStatusBadge status={session.status} className="shrink-0" />
      </div>
      <p className="text-sm">
        {session.title ? `${session.title} · ` : ''}
        {KINDS[session.kind]}
        <span className="text-muted"> with {session.trainer_name}</span>
      </p>
      <div className="flex flex-wrap items-center justify-between gap-x-3">
        <div className="min-w-0 flex-1 text-sm text-muted">
          {session.location ? <p className="break-words">{session.location}</p> : null}
          {isWebUrl(session.online_url) ? (
            <a href={session.online_url!} target="_blank" rel="noopener noreferrer" className="inline-flex min-h-11 items-center font-medium text-primary-text underline">
              Join online
            </a>
          ) : session.online_url ? (
            <p className="break-all">{session.online_url}</p>
          ) : null}
          {session.status === 'cancelled' && session.cancel_reason ? <p>Reason: {session.cancel_reason}</p> : null}
        </div>
        {!cancelled ? (
          <Button
            variant="ghost"
            className="-mr-2 px-2 text-primary-text"
            icon={<CalendarIcon />}
            aria-label={`Add to calendar (.ics): ${formatInZone(session.starts_at, timeZone, DAY)}, ${time}`}
            loading={download.isPending}
            onClick={() => download.mutate(session.id, { onSuccess: (name) => toast.success(`Saved ${name}.`), onError: (error) => toast.error(errorMessage(error)) })}
          >
            Add to calendar
          </Button>
        ) : null}
      </div>
    </li>
  );
}
