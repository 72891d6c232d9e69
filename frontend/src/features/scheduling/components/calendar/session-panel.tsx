import { DateTime } from 'luxon';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCancelSession } from '@/features/scheduling/api/cancel-session';
import { useDownloadSessionIcs } from '@/features/scheduling/api/download-session-ics';
import { useSession } from '@/features/scheduling/api/get-session';
import { useSessionHistory } from '@/features/scheduling/api/get-session-history';
import type { Participant, Session } from '@/features/scheduling/api/get-sessions';
import { useMarkAttendance, type AttendanceStatus } from '@/features/scheduling/api/mark-attendance';
import type { SeriesScope } from '@/features/scheduling/api/update-session';
import { ScopeChoice } from '@/features/scheduling/components/calendar/scope-choice';
import { activeParticipants, isInactive, sessionLabel } from '@/features/scheduling/lib/session-events';
import { trainerColor } from '@/features/scheduling/lib/trainer-colors';
import { SessionStatusBadge } from '@/features/scheduling/components/session-status-badge';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { InputField } from '@/components/ui/field';
import { ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-error';
import { humanize } from '@/lib/format';

const ATTENDANCE: { status: AttendanceStatus; label: string }[] = [
  { status: 'completed', label: 'Completed' },
  { status: 'no_show', label: 'No-show' },
  { status: 'late_cancel', label: 'Late cancel' },
];

/** Completed and No-show describe what happened, so they wait for the start; a late cancel comes before it. */
export const attendanceWaitsForStart = (status: AttendanceStatus, session: Pick<Session, 'starts_at'>, now: Date): boolean =>
  status !== 'late_cancel' && Date.parse(session.starts_at) > now.getTime();

/** "Mon, Feb 1, 2027 · 7:00 – 8:00 AM" in the user's zone. */
export function formatSessionTime(session: Pick<Session, 'starts_at' | 'ends_at'>, zone: string): string {
  const start = DateTime.fromISO(session.starts_at, { zone });
  const end = DateTime.fromISO(session.ends_at, { zone });
  const endText = start.hasSame(end, 'day') ? end.toFormat('t') : end.toFormat('ccc, LLL d, t');
  return `${start.toFormat('ccc, LLL d, yyyy')} · ${start.toFormat('t')} – ${endText}`;
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[7rem_1fr] gap-2 py-1.5 text-sm">
      <dt className="text-muted">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

// The mutation belongs to the panel: this section unmounts as soon as the refetched session says
// "cancelled", which would otherwise swallow the success callbacks.
function CancelSection({ session, cancel, onCancelled }: { session: Session; cancel: ReturnType<typeof useCancelSession>; onCancelled: () => void }) {
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [scope, setScope] = useState<SeriesScope>('this');
  const [reason, setReason] = useState('');
  if (!open) {
    return (
      <Button variant="danger" onClick={() => setOpen(true)}>
        Cancel session…
      </Button>
    );
  }
  return (
    <div className="flex w-full flex-col gap-3 rounded-lg border border-danger p-3">
      {session.series_id ? <ScopeChoice value={scope} onChange={setScope} legend="Cancel" /> : null}
      <InputField label="Reason (optional)" hint="The client sees it." maxLength={500} value={reason} onChange={(event) => setReason(event.target.value)} />
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={() => setOpen(false)}>
          Keep it
        </Button>
        <Button
          variant="danger"
          loading={cancel.isPending}
          onClick={() =>
            cancel.mutate(
              { sessionId: session.id, scope, reason: reason.trim() || null },
              {
                onSuccess: () => {
                  toast.success(scope === 'this' ? 'Session cancelled.' : scope === 'following' ? 'This and the following sessions are cancelled.' : 'The series is cancelled.');
                  setOpen(false);
                  onCancelled();
                },
                onError: (error) => toast.error(errorMessage(error)),
              },
            )
          }
        >
          {scope === 'this' ? 'Cancel session' : 'Cancel sessions'}
        </Button>
      </div>
    </div>
  );
}

function History({ sessionId, zone }: { sessionId: number; zone: string }) {
  const history = useSessionHistory(sessionId);
  if (history.isPending) return <p className="text-sm text-muted">Loading history…</p>;
  if (history.isError) return <p className="text-sm text-danger">{errorMessage(history.error)}</p>;
  if (!history.data.length) return <p className="text-sm text-muted">No status changes yet.</p>;
  return (
    <ol className="flex flex-col gap-2 text-sm" aria-label="Status history">
      {history.data.map((change) => (
        <li key={`${change.changed_at}-${change.to_status}`} className="border-l-2 border-border pl-3">
          <span className="font-medium">
            {humanize(change.from_status)} → {humanize(change.to_status)}
          </span>
          <span className="block text-muted">
            {DateTime.fromISO(change.changed_at, { zone }).toFormat('ccc, LLL d, yyyy, t')}
            {change.changed_by_name ? ` · ${change.changed_by_name}` : ''}
          </span>
          {change.note ? <span className="block">{change.note}</span> : null}
        </li>
      ))}
    </ol>
  );
}

type SessionPanelProps = {
  sessionId: number;
  /** The row the calendar already has, shown until the fresh one arrives. */
  initial?: Session;
  zone: string;
  canAct: (session: Session) => boolean;
  onEdit: (session: Session) => void;
  onClose: () => void;
};

/** One session: when, who, where and what happened to it, with attendance, edit, cancel and .ics. */
export function SessionPanel({ sessionId, initial, zone, canAct: mayAct, onEdit, onClose }: SessionPanelProps) {
  const toast = useToast();
  const detail = useSession(sessionId, { initialData: initial });
  const attendance = useMarkAttendance();
  const cancel = useCancelSession();
  const ics = useDownloadSessionIcs();
  if (detail.isPending) return <Spinner label="Loading session…" />;
  if (detail.isError) return <ErrorState error={detail.error} onRetry={() => detail.refetch()} />;
  const session = detail.data;
  const canAct = mayAct(session);
  const cancelled = session.status === 'cancelled';
  const now = new Date();
  const waiting = ATTENDANCE.some(({ status }) => attendanceWaitsForStart(status, session, now));
  const start = DateTime.fromISO(session.starts_at, { zone });
  const startText = start.hasSame(DateTime.now().setZone(zone), 'day') ? start.toFormat('t') : `${start.toFormat('t')} on ${start.toFormat('ccc, LLL d')}`;
  // Cancelling frees the clients (they become inactive); the record still says who it was for.
  const active = isInactive(session) ? (session.participants as Participant[]) : activeParticipants(session);

  return (
    <div className="flex flex-col gap-5 pb-6" data-testid="session-panel">
      <div className="flex flex-col gap-2">
        <div className="flex items-center gap-2">
          <span className="size-3 shrink-0 rounded-full" style={{ background: trainerColor(session.trainer_id).background }} aria-hidden />
          <h3 className="text-base font-semibold">{sessionLabel(session)}</h3>
        </div>
        <p className="text-sm">{formatSessionTime(session, zone)}</p>
        <div className="flex flex-wrap gap-1.5">
          <SessionStatusBadge status={session.status} />
          <Badge>{humanize(session.kind)}</Badge>
          {session.series_id ? <Badge>{session.is_exception ? 'Repeats · changed on its own' : 'Repeats'}</Badge> : null}
          {session.outside_hours ? <Badge tone="warning">Outside working hours</Badge> : null}
        </div>
      </div>

      <dl className="divide-y divide-border border-y border-border">
        <Row label="Trainer">{session.trainer_name}</Row>
        <Row label={session.kind === 'group' ? `Clients (${active.length}/${session.capacity})` : 'Client'}>
          {active.length ? (
            <ul>
              {active.map((person) => (
                <li key={person.client_id}>
                  <Link to={paths.client.getHref(person.client_id)} className="inline-flex min-h-8 items-center text-primary-text hover:underline">
                    {person.client_name}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            '—'
          )}
        </Row>
        {session.location ? <Row label="Location">{session.location}</Row> : null}
        {session.online_url ? (
          <Row label="Online">
            <a href={session.online_url} target="_blank" rel="noreferrer" className="text-primary-text underline">
              {session.online_url}
            </a>
          </Row>
        ) : null}
        {session.price ? <Row label="Price">{session.price}</Row> : null}
        {session.notes ? <Row label="Notes"><span className="whitespace-pre-line">{session.notes}</span></Row> : null}
        {session.cancel_reason ? <Row label="Cancel reason">{session.cancel_reason}</Row> : null}
      </dl>

      {canAct && !cancelled ? (
        <div className="flex flex-col gap-2">
          <h3 className="text-sm font-semibold">Attendance</h3>
          <div role="group" aria-label="Attendance" aria-describedby={waiting ? 'attendance-hint' : undefined} className="flex flex-wrap gap-2">
            {ATTENDANCE.map(({ status, label }) => (
              <Button
                key={status}
                variant={session.status === status ? 'primary' : 'secondary'}
                aria-pressed={session.status === status}
                disabled={attendance.isPending || attendanceWaitsForStart(status, session, now)}
                onClick={() =>
                  attendance.mutate(
                    { sessionId: session.id, status },
                    { onSuccess: () => toast.success(`Marked ${label.toLowerCase()}.`), onError: (error) => toast.error(errorMessage(error)) },
                  )
                }
              >
                {label}
              </Button>
            ))}
          </div>
          {waiting ? (
            <p id="attendance-hint" className="text-sm text-muted">
              Completed and No-show can be marked once the session starts at {startText}.
            </p>
          ) : null}
        </div>
      ) : null}

      <div className="flex flex-wrap gap-2">
        {canAct && session.status === 'scheduled' ? (
          <Button variant="secondary" onClick={() => onEdit(session)}>
            Edit
          </Button>
        ) : null}
        <Button variant="secondary" loading={ics.isPending} onClick={() => ics.mutate(session.id, { onError: (error) => toast.error(errorMessage(error)) })}>
          Download .ics
        </Button>
        {canAct && session.status === 'scheduled' ? <CancelSection session={session} cancel={cancel} onCancelled={onClose} /> : null}
      </div>

      <div className="flex flex-col gap-2">
        <h3 className="text-sm font-semibold">History</h3>
        <History sessionId={session.id} zone={zone} />
      </div>
    </div>
  );
}
