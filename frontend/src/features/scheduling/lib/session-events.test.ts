import { expect, test } from 'vitest';
import type { Session } from '@/features/scheduling/api/get-sessions';
import { sessionEvent, sessionLabel } from '@/features/scheduling/lib/session-events';
import { trainerColor } from '@/features/scheduling/lib/trainer-colors';

const base = {
  id: 41, trainer_id: 3, trainer_name: 'Tia Trainer', series_id: null, kind: 'personal', status: 'scheduled', title: null,
  starts_at: '2027-02-01T12:00:00+00:00', ends_at: '2027-02-01T13:00:00+00:00', capacity: 1,
  participants: [{ client_id: 9, client_name: 'Ann Lee', active: true }],
} as unknown as Session;

test('a session is named by its client or group size, then its title, else its kind', () => {
  expect(sessionLabel(base)).toBe('Ann Lee');
  // Two clients called Jennifer on the same programme stay apart.
  expect(sessionLabel({ ...base, title: '8-week programme' })).toBe('Ann Lee · 8-week programme');
  expect(sessionLabel({ ...base, title: 'Open gym', participants: [] })).toBe('Open gym');
  const group = { ...base, kind: 'group', participants: [...base.participants, { client_id: 10, client_name: 'Bo Ray', active: true }, { client_id: 11, client_name: 'Cy Dee', active: false }] } as Session;
  expect(sessionLabel(group)).toBe('Group · 2 clients');
  expect(sessionLabel({ ...group, title: 'Saturday Flow' })).toBe('2 clients · Saturday Flow');
  expect(sessionLabel({ ...base, kind: 'consultation', participants: [] })).toBe('Consultation');
  const cancelled = { ...base, status: 'cancelled', participants: [{ client_id: 9, client_name: 'Ann Lee', active: false }] } as Session;
  expect(sessionLabel(cancelled)).toBe('Ann Lee');
});

test('events carry the trainer colour and are draggable only when scheduled and allowed', () => {
  const event = sessionEvent(base, { canChange: true });
  expect(event).toMatchObject({ id: '41', start: base.starts_at, end: base.ends_at, backgroundColor: trainerColor(3).background, startEditable: true, durationEditable: true });
  expect(sessionEvent(base, { canChange: false }).startEditable).toBe(false);
  const cancelled = sessionEvent({ ...base, status: 'late_cancel' }, { canChange: true });
  expect(cancelled.startEditable).toBe(false);
  expect(cancelled.classNames).toContain('session-inactive');
  expect(cancelled).toMatchObject({ backgroundColor: 'var(--surface-muted)', borderColor: trainerColor(3).background, textColor: 'var(--muted)' });
});
