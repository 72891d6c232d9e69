import { DateTime } from 'luxon';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { isManager, type Me } from '@/features/auth/api/get-me';
import { useClient } from '@/features/clients/api/get-client';
import { useCreateSeries } from '@/features/scheduling/api/create-series';
import { useCreateSession } from '@/features/scheduling/api/create-session';
import { useExportSessions } from '@/features/scheduling/api/export-sessions';
import { useCalendarSessions } from '@/features/scheduling/api/get-calendar-sessions';
import type { Session } from '@/features/scheduling/api/get-sessions';
import { useUpdateSession, type SeriesScope } from '@/features/scheduling/api/update-session';
import { BookingForm, type TrainerOption } from '@/features/scheduling/components/booking/booking-form';
import type { BookingDraft, BookingRequest } from '@/features/scheduling/components/booking/booking-values';
import { CalendarToolbar } from '@/features/scheduling/components/calendar/calendar-toolbar';
import { MoveSessionDialog, type PendingMove } from '@/features/scheduling/components/calendar/move-session-dialog';
import { SessionCalendar, type SessionMove } from '@/features/scheduling/components/calendar/session-calendar';
import { SessionPanel } from '@/features/scheduling/components/calendar/session-panel';
import { TrainerLegend } from '@/features/scheduling/components/calendar/trainer-legend';
import { rangeQuery, rangeTitle, toApiTime, visibleRange } from '@/features/scheduling/lib/calendar-range';
import { bookingClientId, openSessionId, parseCalendarSearch, stepDate, toCalendarSearch, type CalendarState } from '@/features/scheduling/lib/calendar-search';
import { conflictDetails, type SuggestedTime } from '@/features/scheduling/lib/conflict-details';
import { isInactive } from '@/features/scheduling/lib/session-events';
import { useMediaQuery } from '@/features/scheduling/lib/use-media-query';
import { useTrainerOptions } from '@/features/trainers/api/get-trainers';
import { Card } from '@/components/ui/card';
import { SidePanel } from '@/components/ui/side-panel';
import { ErrorState } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { ApiError, errorMessage } from '@/lib/api-error';

type BookingTarget = { draft: BookingDraft; session?: undefined } | { session: Session; draft?: undefined };

/** The staff calendar: sessions of the visible range by trainer colour, booking, drag to move, details. */
export function StaffCalendar({ me }: { me: Me }) {
  const toast = useToast();
  const zone = me.timezone;
  const manager = isManager(me);
  const phone = useMediaQuery('(max-width: 767px)');
  const touch = useMediaQuery('(pointer: coarse)');
  const [search, setSearch] = useSearchParams();
  const today = DateTime.now().setZone(zone).toISODate()!;
  const state = parseCalendarSearch(search, { today, phone });
  const navigate = (changes: Partial<CalendarState>) => setSearch(toCalendarSearch({ ...state, ...changes }, { today, phone }));

  // A trainer's calendar is always their own; the API scopes it the same way.
  const trainerId = manager ? state.trainerId : me.trainer_id;
  const range = useMemo(() => visibleRange(state.view, state.date, zone, { phone }), [state.view, state.date, zone, phone]);
  const query = rangeQuery(range, trainerId);
  const sessions = useCalendarSessions(query);
  const trainerList = useTrainerOptions({ enabled: manager });
  const trainers: TrainerOption[] = manager
    ? (trainerList.data?.items ?? []).map((trainer) => ({ id: trainer.id, name: trainer.full_name }))
    : me.trainer_id
      ? [{ id: me.trainer_id, name: me.full_name }]
      : [];
  const shown = useMemo(() => (sessions.data ?? []).filter((session) => !state.hideCancelled || !isInactive(session)), [sessions.data, state.hideCancelled]);

  const canBook = manager || me.trainer_id !== null;
  const canOpenTrainer = useCallback((id: number) => manager || id === me.trainer_id, [manager, me.trainer_id]);
  const canChange = useCallback((session: Session) => canOpenTrainer(session.trainer_id), [canOpenTrainer]);

  const [booking, setBooking] = useState<BookingTarget | null>(null);
  const [pendingMove, setPendingMove] = useState<PendingMove | null>(null);
  // The open session lives in the URL (`?session=`), so links from elsewhere open it and Back closes it.
  const openedId = openSessionId(search);
  const setOpened = (session: Session | null) =>
    setSearch((current) => {
      const next = new URLSearchParams(current);
      if (session) next.set('session', String(session.id));
      else next.delete('session');
      return next;
    });
  const createSession = useCreateSession();
  const createSeries = useCreateSeries();
  const updateSession = useUpdateSession();
  const exportSessions = useExportSessions();

  const openBooking = (start: DateTime, end: DateTime, draft: Partial<BookingDraft> = {}) =>
    setBooking({ draft: { trainerId: trainerId ?? (trainers.length === 1 ? trainers[0].id : null), start, end, ...draft } });

  function nextStart() {
    const now = DateTime.now().setZone(zone);
    return state.date === today ? now.startOf('hour').plus({ hours: 1 }) : DateTime.fromISO(`${state.date}T09:00`, { zone });
  }

  function bookFromToolbar() {
    const start = nextStart();
    openBooking(start, start.plus({ hours: 1 }));
  }

  // "Book session" on a client's page arrives as `?book=<client id>`: the form opens with them chosen
  // (and their primary trainer, for owners and admins); closing it drops the parameter.
  const bookFor = bookingClientId(search);
  const bookClient = useClient(bookFor ?? 0);
  let target = booking;
  if (!target && bookFor && bookClient.data) {
    const client = bookClient.data;
    const start = nextStart();
    const chosenTrainer = manager && client.primary_trainer ? (client.primary_trainer.id ?? null) : (trainerId ?? (trainers.length === 1 ? trainers[0].id : null));
    target = { draft: { trainerId: chosenTrainer, start, end: start.plus({ hours: 1 }), clients: [{ id: client.id, name: client.full_name }] } };
  }
  function closeBooking() {
    setBooking(null);
    if (bookFor)
      setSearch((current) => {
        const next = new URLSearchParams(current);
        next.delete('book');
        return next;
      });
  }

  async function submitBooking(request: BookingRequest) {
    if (request.action === 'create-series') {
      const series = await createSeries.mutateAsync(request.body);
      toast.success(`Series booked: ${series.occurrence_count} sessions so far (${series.rrule}).`);
    } else if (request.action === 'create-session') {
      await createSession.mutateAsync(request.body);
      toast.success('Session booked.');
    } else {
      await updateSession.mutateAsync({ sessionId: request.sessionId, changes: request.changes });
      toast.success('Session saved.');
    }
  }

  function saveMove(move: SessionMove, scope: SeriesScope, override: boolean) {
    const changes = { starts_at: toApiTime(move.start), ends_at: toApiTime(move.end), ...(move.session.series_id ? { scope } : {}), ...(override ? { override } : {}) };
    updateSession.mutate(
      { sessionId: move.session.id, changes },
      {
        onSuccess: () => {
          setPendingMove(null);
          toast.success(`Moved to ${move.start.toFormat('ccc, LLL d, t')}.`);
        },
        onError: (error) => {
          const refused = error instanceof ApiError && (error.code === 'outside_working_hours' || error.code === 'booking_conflict');
          if (refused && error.code === 'outside_working_hours' && manager && !override) {
            setPendingMove({ move, scope, step: 'override', error });
            return;
          }
          // The session goes back where it was; a refusal with the session in the way or other free times is explained.
          move.revert();
          const details = conflictDetails(error);
          if (refused && (details.conflict || details.suggestions.length)) {
            setPendingMove({ move, scope, step: 'refused', error });
            return;
          }
          setPendingMove(null);
          toast.error(errorMessage(error));
        },
      },
    );
  }

  /** A suggested time for a refused move: moved there at once, on the same terms. */
  function moveToSuggestion(pending: PendingMove, time: SuggestedTime) {
    if (pending.step === 'override') pending.move.revert();
    const start = DateTime.fromISO(time.startsAt, { zone });
    const end = DateTime.fromISO(time.endsAt, { zone });
    saveMove({ ...pending.move, start, end, revert: () => undefined }, pending.scope, false);
  }

  function onMove(move: SessionMove) {
    if (move.session.series_id) setPendingMove({ move, scope: 'this', step: 'scope' });
    else saveMove(move, 'this', false);
  }

  return (
    <>
      <Card className="flex flex-col gap-3 p-3 sm:p-4">
        <CalendarToolbar
          title={rangeTitle(state.view, range)}
          view={state.view}
          phone={phone}
          hideCancelled={state.hideCancelled}
          loading={sessions.isFetching}
          exporting={exportSessions.isPending}
          canBook={canBook}
          onStep={(direction) => navigate({ date: stepDate(state.view, state.date, direction, { phone }) })}
          onToday={() => navigate({ date: today })}
          onView={(view) => navigate({ view })}
          onHideCancelled={(hideCancelled) => navigate({ hideCancelled })}
          onExport={(format) => exportSessions.mutate({ query, format }, { onSuccess: (name) => toast.success(`Downloaded ${name}.`), onError: (error) => toast.error(errorMessage(error)) })}
          onBook={bookFromToolbar}
        />
        <TrainerLegend trainers={trainers} selectedId={trainerId} onSelect={manager ? (id) => navigate({ trainerId: id }) : undefined} />
        {sessions.isError ? <ErrorState error={sessions.error} onRetry={() => sessions.refetch()} /> : null}
        <div className="staff-calendar h-[calc(100dvh-20rem)] min-h-[30rem] md:h-[calc(100dvh-17rem)]" data-testid="calendar" aria-busy={sessions.isFetching}>
          <SessionCalendar
            zone={zone}
            view={state.view}
            date={state.date}
            sessions={shown}
            showTrainer={manager && trainerId === null}
            canBook={canBook}
            canChange={canChange}
            touch={touch}
            compact={phone}
            onCreate={({ start, end }) => openBooking(start, end)}
            onOpen={setOpened}
            onMove={onMove}
            onOpenDay={(date) => navigate({ view: 'day', date })}
          />
        </div>
      </Card>

      <SidePanel open={target !== null} onClose={closeBooking} title={target?.session ? 'Edit session' : 'New session'}>
        {target ? (
          <BookingForm
            key={target.session ? `edit-${target.session.id}` : booking ? `new-${target.draft.start.toMillis()}` : `book-${bookFor}`}
            zone={zone}
            canOverride={manager}
            trainers={trainers}
            trainerFixed={!manager}
            draft={target.draft}
            session={target.session}
            canOpenSession={canOpenTrainer}
            submit={submitBooking}
            onDone={closeBooking}
            onCancel={closeBooking}
          />
        ) : null}
      </SidePanel>

      <SidePanel open={openedId !== null} onClose={() => setOpened(null)} title="Session">
        {openedId ? (
          <SessionPanel
            key={openedId}
            sessionId={openedId}
            initial={sessions.data?.find((session) => session.id === openedId)}
            zone={zone}
            canAct={canChange}
            onEdit={(session) => {
              setOpened(null);
              setBooking({ session });
            }}
            onClose={() => setOpened(null)}
          />
        ) : null}
      </SidePanel>

      <MoveSessionDialog
        pending={pendingMove}
        zone={zone}
        saving={updateSession.isPending}
        canOpenSession={canOpenTrainer}
        onConfirm={(scope, override) => pendingMove && saveMove(pendingMove.move, scope, override)}
        onPick={(time) => pendingMove && moveToSuggestion(pendingMove, time)}
        onCancel={() => {
          if (pendingMove?.step !== 'refused') pendingMove?.move.revert();
          setPendingMove(null);
        }}
      />
    </>
  );
}
