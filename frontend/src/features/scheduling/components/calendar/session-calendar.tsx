import type { DateSelectArg, EventClickArg, EventContentArg, EventDropArg } from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin, { type DateClickArg, type EventResizeDoneArg } from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import luxon3Plugin from '@fullcalendar/luxon3';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { DateTime } from 'luxon';
import { useEffect, useMemo, useRef } from 'react';
import type { Session } from '@/features/scheduling/api/get-sessions';
import { fullCalendarView, PHONE_WEEK_DAYS, type CalendarView } from '@/features/scheduling/lib/calendar-search';
import { sessionEvent, type SessionEventProps } from '@/features/scheduling/lib/session-events';
import { humanize } from '@/lib/format';

export type SessionMove = { session: Session; start: DateTime; end: DateTime; revert: () => void };

type SessionCalendarProps = {
  zone: string;
  view: CalendarView;
  date: string;
  sessions: Session[];
  showTrainer: boolean;
  canBook: boolean;
  canChange: (session: Session) => boolean;
  /** Touch screens create with a tap: a drag there scrolls the page. */
  touch: boolean;
  /** Phone width: the week is three days and a month cell has room for "+9", not "+9 more". */
  compact: boolean;
  onCreate: (range: { start: DateTime; end: DateTime }) => void;
  onOpen: (session: Session) => void;
  onMove: (move: SessionMove) => void;
  onOpenDay: (date: string) => void;
};

const DEFAULT_MINUTES = 60;

function EventContent({ arg, showTrainer }: { arg: EventContentArg; showTrainer: boolean }) {
  const { session } = arg.event.extendedProps as Partial<SessionEventProps>;
  // The selection's mirror is an event too, without a session: it shows the chosen times.
  if (!session) return <div className="session-event session-event-time">{arg.timeText}</div>;
  return (
    <div className="session-event" data-session-id={session.id} title={`${arg.timeText} ${arg.event.title} · ${session.trainer_name}`}>
      <span className="session-event-time">{arg.timeText}</span> <span className="session-event-title">{arg.event.title}</span>
      {showTrainer ? <span className="session-event-trainer"> · {session.trainer_name}</span> : null}
      {session.status !== 'scheduled' ? <span className="session-event-status"> · {humanize(session.status)}</span> : null}
      {session.series_id ? <span className="sr-only"> (repeats)</span> : null}
    </div>
  );
}

/** FullCalendar in the user's zone (luxon), driven by the URL state; the screen owns every change. */
export function SessionCalendar({ zone, view, date, sessions, showTrainer, canBook, canChange, touch, compact, onCreate, onOpen, onMove, onOpenDay }: SessionCalendarProps) {
  const calendar = useRef<FullCalendar>(null);
  const events = useMemo(() => sessions.map((session) => sessionEvent(session, { canChange: canChange(session) })), [sessions, canChange]);

  const fullCalendarName = fullCalendarView(view, compact);
  useEffect(() => {
    calendar.current?.getApi().changeView(fullCalendarName, date);
  }, [fullCalendarName, date]);

  function create(start: Date, end: Date, allDay: boolean) {
    let from = DateTime.fromJSDate(start, { zone });
    let to = DateTime.fromJSDate(end, { zone });
    // A day picked in the month view, or a single tapped slot, becomes a default-length session.
    if (allDay) from = from.set({ hour: 9 });
    if (allDay || to.diff(from, 'minutes').minutes < DEFAULT_MINUTES) to = from.plus({ minutes: DEFAULT_MINUTES });
    onCreate({ start: from, end: to });
  }

  const move = (info: EventDropArg | EventResizeDoneArg) =>
    onMove({
      session: (info.event.extendedProps as SessionEventProps).session,
      start: DateTime.fromJSDate(info.event.start!, { zone }),
      end: DateTime.fromJSDate(info.event.end!, { zone }),
      revert: info.revert,
    });

  return (
    <FullCalendar
      ref={calendar}
      plugins={[luxon3Plugin, dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin]}
      timeZone={zone}
      initialView={fullCalendarName}
      initialDate={date}
      headerToolbar={false}
      firstDay={1}
      height="100%"
      allDaySlot={false}
      slotDuration="00:30:00"
      scrollTime="06:00:00"
      scrollTimeReset={false}
      nowIndicator
      dayMaxEvents
      moreLinkContent={(arg) => (compact ? `+${arg.num}` : arg.text)}
      eventDisplay="block"
      navLinks
      navLinkDayClick={(day) => onOpenDay(DateTime.fromJSDate(day, { zone }).toISODate()!)}
      selectable={canBook && !touch}
      selectMirror
      unselectAuto
      editable
      eventOverlap
      longPressDelay={500}
      events={events}
      noEventsContent={canBook ? 'Nothing booked this week. Drag over a time or press “New session” to book one.' : 'Nothing booked this week.'}
      eventContent={(arg) => <EventContent arg={arg} showTrainer={showTrainer} />}
      eventClick={(info: EventClickArg) => {
        info.jsEvent.preventDefault();
        onOpen((info.event.extendedProps as SessionEventProps).session);
      }}
      select={(info: DateSelectArg) => {
        create(info.start, info.end, info.allDay);
        info.view.calendar.unselect();
      }}
      dateClick={(info: DateClickArg) => {
        if (canBook && touch) create(info.date, info.date, info.allDay);
      }}
      eventDrop={move}
      eventResize={move}
      views={{ timeGrid: { displayEventEnd: false }, timeGridThreeDay: { type: 'timeGrid', duration: { days: PHONE_WEEK_DAYS } } }}
      eventTimeFormat={{ hour: 'numeric', minute: '2-digit', meridiem: 'short' }}
      slotLabelFormat={{ hour: 'numeric', minute: '2-digit', meridiem: 'short' }}
      dayHeaderFormat={view === 'week' ? { weekday: 'short', day: 'numeric' } : view === 'day' ? { weekday: 'long', month: 'short', day: 'numeric' } : { weekday: 'short' }}
      noEventsText="No sessions in this week."
    />
  );
}
