import { DateTime } from 'luxon';
import { expect, test } from 'vitest';
import type { Session } from '@/features/scheduling/api/get-sessions';
import { checkBooking, toBookingRequest, valuesForDraft, valuesForSession } from '@/features/scheduling/components/booking/booking-values';

const zone = 'America/New_York';
const session = {
  id: 41, trainer_id: 3, trainer_name: 'Tia Trainer', series_id: 7, kind: 'personal', status: 'scheduled', title: null, location: 'Studio A',
  online_url: null, notes: null, price: '65.00', capacity: 1, starts_at: '2030-03-04T12:00:00+00:00', ends_at: '2030-03-04T13:00:00+00:00',
  participants: [{ client_id: 9, client_name: 'Ann Lee', active: true }],
} as unknown as Session;

test('an edit sends only what changed, with the scope of a series occurrence', () => {
  const values = { ...valuesForSession(session, zone), start: '08:30', end: '09:30', location: 'Studio B', scope: 'following' as const };
  expect(toBookingRequest(values, { zone, session, override: false })).toEqual({
    action: 'update',
    sessionId: 41,
    changes: { starts_at: '2030-03-04T08:30:00-05:00', ends_at: '2030-03-04T09:30:00-05:00', location: 'Studio B', scope: 'following' },
  });
});

test('an unchanged edit changes nothing; price text and number compare equal', () => {
  const request = toBookingRequest(valuesForSession(session, zone), { zone, session, override: false });
  expect(request).toEqual({ action: 'update', sessionId: 41, changes: { scope: 'this' } });
});

test('a one-off booking carries blanks as null and a group its capacity', () => {
  const start = DateTime.fromISO('2030-03-05T18:00', { zone });
  const values = { ...valuesForDraft({ trainerId: 3, start, end: start.plus({ minutes: 45 }) }), kind: 'group' as const, capacity: '8', price: '20' };
  expect(toBookingRequest(values, { zone, override: false })).toEqual({
    action: 'create-session',
    body: {
      trainer_id: 3, kind: 'group', client_ids: [], capacity: 8, title: null, location: null, online_url: null, notes: null, price: 20,
      starts_at: '2030-03-05T18:00:00-05:00', ends_at: '2030-03-05T18:45:00-05:00', override: false,
    },
  });
});

test('the browser checks times, repeat, link and price', () => {
  const start = DateTime.fromISO('2030-03-05T18:00', { zone });
  const base = valuesForDraft({ trainerId: 3, start, end: start.plus({ hours: 1 }) });
  const errors = checkBooking({ ...base, end: '17:00', repeat: 'weekly', weekdays: [], onlineUrl: 'meet', price: '1,5' }, { editing: false });
  expect(errors).toMatchObject({ ends_at: 'Must be after the start.', rrule: 'Choose at least one weekday.', online_url: expect.any(String), price: expect.any(String) });
  expect(checkBooking({ ...base, repeat: 'weekly', endType: 'until', until: '2030-03-01' }, { editing: false }).rrule).toMatch(/on or after/);
});
