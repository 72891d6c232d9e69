import type { EventInput } from '@fullcalendar/core';
import type { Participant, Session } from '@/features/scheduling/api/get-sessions';
import { trainerColor } from '@/features/scheduling/lib/trainer-colors';

const KIND_LABELS: Record<Session['kind'], string> = { personal: 'Personal', group: 'Group', assessment: 'Assessment', consultation: 'Consultation' };

/** Cancelled and late-cancelled sessions no longer hold the slot: drawn dimmed and struck through. */
export const isInactive = (session: Pick<Session, 'status'>) => session.status === 'cancelled' || session.status === 'late_cancel';

/** The clients still booked on a session (removed ones stay in the list, inactive). */
export const activeParticipants = (session: Pick<Session, 'participants'>): Participant[] => (session.participants as Participant[]).filter((person) => person.active);

/**
 * What a session is called for staff: who it is with, then its title (a title never hides the
 * client: "Jennifer Lopez · 8-week programme"), else its kind.
 */
export function sessionLabel(session: Session): string {
  // A cancelled session's clients are inactive (the slot is free) but it was still theirs.
  const people = (isInactive(session) ? (session.participants as Participant[]) : activeParticipants(session)).map((person) => person.client_name);
  const who = people.length === 1 ? people[0] : people.length > 1 ? `${people.length} clients` : null;
  if (session.title) return who ? `${who} · ${session.title}` : session.title;
  if (people.length > 1) return `${KIND_LABELS[session.kind]} · ${who}`;
  return who ?? KIND_LABELS[session.kind];
}

export type SessionEventProps = { session: Session };

/** A session as a FullCalendar event in its trainer's colour; only scheduled sessions the user may change can be dragged. */
export function sessionEvent(session: Session, { canChange }: { canChange: boolean }): EventInput {
  const colour = trainerColor(session.trainer_id);
  const movable = canChange && session.status === 'scheduled';
  const inactive = isInactive(session);
  return {
    id: String(session.id),
    title: sessionLabel(session),
    start: session.starts_at,
    end: session.ends_at,
    // An inactive session keeps its trainer's colour only in the border: its text stays readable
    // (muted on the muted surface), where a faded filled block would not be.
    backgroundColor: inactive ? 'var(--surface-muted)' : colour.background,
    borderColor: colour.background,
    textColor: inactive ? 'var(--muted)' : colour.text,
    classNames: [`session-${session.status}`, ...(inactive ? ['session-inactive'] : [])],
    startEditable: movable,
    durationEditable: movable,
    extendedProps: { session } satisfies SessionEventProps,
  };
}
