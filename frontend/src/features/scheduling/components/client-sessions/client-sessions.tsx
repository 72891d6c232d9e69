import { useState } from 'react';
import { Link } from 'react-router';
import { useSessions, type Session } from '@/features/scheduling/api/get-sessions';
import { formatInZone, zonedDay } from '@/features/scheduling/components/availability/zoned-time';
import { SessionStatusBadge } from '@/features/scheduling/components/session-status-badge';
import { bookForClientHref, sessionHref } from '@/features/scheduling/lib/session-links';
import { ButtonLink, Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorState, Spinner } from '@/components/ui/states';
import { cn } from '@/lib/cn';

const FIRST_SHOWN = 5;
const MORE = 10;
const DAY: Intl.DateTimeFormatOptions = { weekday: 'short', month: 'short', day: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
const KINDS: Record<Session['kind'], string> = { personal: 'Personal session', group: 'Group class', assessment: 'Assessment', consultation: 'Consultation' };

type ClientSessionsProps = {
  clientId: number;
  zone: string;
  /** Owners and admins see every trainer's sessions with the client, so each row names the trainer. */
  showTrainer: boolean;
  canBook: boolean;
};

/** A client's sessions for staff: upcoming ones, past ones with their attendance, each opening in the calendar. */
export function ClientSessions({ clientId, zone, showTrainer, canBook }: ClientSessionsProps) {
  // Fixed when the page opens, so the two lists split at the same instant and keep their cache.
  const [now] = useState(() => new Date().toISOString());
  return (
    <Card className="flex flex-col gap-4" data-testid="client-sessions">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-base font-semibold">Sessions</h2>
        {canBook ? (
          <ButtonLink to={bookForClientHref(clientId)} className="px-3">
            Book session
          </ButtonLink>
        ) : null}
      </div>
      <SessionList title="Upcoming" empty="Nothing booked." query={{ from: now, client_id: clientId }} zone={zone} showTrainer={showTrainer} now={now} />
      <SessionList title="Past" empty="No sessions yet." query={{ ended_by: now, client_id: clientId, sort: '-starts_at' }} zone={zone} showTrainer={showTrainer} now={now} />
    </Card>
  );
}

type SessionListProps = {
  title: string;
  empty: string;
  query: { from?: string; ended_by?: string; client_id: number; sort?: '-starts_at' };
  zone: string;
  showTrainer: boolean;
  now: string;
};

function SessionList({ title, empty, query, zone, showTrainer, now }: SessionListProps) {
  const [shown, setShown] = useState(FIRST_SHOWN);
  const sessions = useSessions({ ...query, per_page: shown });
  const headingId = `client-sessions-${title.toLowerCase()}`;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-1">
      <h3 id={headingId} className="text-sm font-semibold text-muted">
        {title}
        {sessions.data ? ` · ${sessions.data.meta.total}` : ''}
      </h3>
      {sessions.isPending ? (
        <Spinner label={`Loading ${title.toLowerCase()} sessions…`} />
      ) : sessions.isError ? (
        <ErrorState error={sessions.error} onRetry={() => sessions.refetch()} />
      ) : sessions.data.items.length === 0 ? (
        <p className="py-2 text-sm text-muted">{empty}</p>
      ) : (
        <>
          <ul className="divide-y divide-border" aria-label={`${title} sessions`}>
            {sessions.data.items.map((session) => (
              <SessionRow key={session.id} session={session} zone={zone} showTrainer={showTrainer} now={now} />
            ))}
          </ul>
          {sessions.data.meta.has_next ? (
            <Button variant="ghost" className="self-start px-2 text-primary-text" loading={sessions.isFetching} onClick={() => setShown(shown + MORE)}>
              Show more
            </Button>
          ) : null}
        </>
      )}
    </section>
  );
}

function SessionRow({ session, zone, showTrainer, now }: { session: Session; zone: string; showTrainer: boolean; now: string }) {
  const released = session.status === 'cancelled' || session.status === 'late_cancel';
  const inProgress = session.starts_at <= now && session.ends_at > now && session.status === 'scheduled';
  const sameYear = zonedDay(session.starts_at, zone).slice(0, 4) === zonedDay(now, zone).slice(0, 4);
  const day = formatInZone(session.starts_at, zone, sameYear ? DAY : { ...DAY, year: 'numeric' });
  const time = `${formatInZone(session.starts_at, zone, TIME)} – ${formatInZone(session.ends_at, zone, TIME)}`;
  const what = session.title ? `${session.title} · ${KINDS[session.kind]}` : KINDS[session.kind];
  return (
    <li>
      <Link to={sessionHref(session, zone)} className="flex min-h-11 items-start gap-3 py-2 hover:bg-surface-muted sm:items-center" data-testid="client-session">
        {/* Phones: day and time on one line, what under it; wider screens: columns. */}
        <span className="min-w-0 flex-1 text-sm sm:flex sm:items-center sm:gap-3">
          <span className={cn('block sm:w-44 sm:shrink-0', released && 'text-muted line-through')}>
            <span className="font-semibold">{day}</span>
            <span className="sm:hidden"> · </span>
            <span className="tabular-nums text-muted sm:block">{time}</span>
          </span>
          <span className="block min-w-0 sm:flex-1">
            <span className={cn('block truncate', released && 'text-muted line-through')}>{what}</span>
            {showTrainer ? <span className="block truncate text-xs text-muted">with {session.trainer_name}</span> : null}
          </span>
        </span>
        {inProgress ? <span className="shrink-0 text-xs font-semibold text-primary-text">Now</span> : <SessionStatusBadge status={session.status} className="shrink-0" />}
      </Link>
    </li>
  );
}
