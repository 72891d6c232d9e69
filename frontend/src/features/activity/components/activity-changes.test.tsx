import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { expect, test } from 'vitest';
import type { ActivityEntry } from '@/features/activity/api/get-activity';
import { formatChangeValue } from '@/features/activity/components/activity-changes';
import { ActivityEntryRow, entityHref } from '@/features/activity/components/activity-log';

const at = (value: string, timeZone: string) => new Date(value).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone });

test('instants and periods read in the reader’s zone, whatever offset they were written with', () => {
  expect(formatChangeValue('instant', '2030-01-08T14:00:00+00:00', 'America/New_York')).toBe(at('2030-01-08T09:00:00-05:00', 'America/New_York'));
  const utc = formatChangeValue('period', ['2030-01-08T14:00:00+00:00', '2030-01-08T22:00:00+00:00'], 'Asia/Tokyo');
  const offset = formatChangeValue('period', ['2030-01-08T09:00:00-05:00', '2030-01-08T17:00:00-05:00'], 'Asia/Tokyo');
  expect(utc).toBe(offset);
  expect(utc).toContain(at('2030-01-08T23:00:00+09:00', 'Asia/Tokyo'));
});

test('nothing raw reaches the reader', () => {
  expect(formatChangeValue('list', ['Ann Lee', 'Bob Ray'], 'UTC')).toBe('Ann Lee, Bob Ray');
  expect(formatChangeValue('list', [], 'UTC')).toBe('—');
  expect(formatChangeValue('choice', 'no_show', 'UTC')).toBe('No show');
  expect(formatChangeValue('flag', true, 'UTC')).toBe('Yes');
  expect(formatChangeValue('minutes', 90, 'UTC')).toBe('1 h 30 min');
  expect(formatChangeValue('minutes_before', [1440, 60], 'UTC')).toBe('1 day before, 1 h before');
  expect(formatChangeValue('text', { email: 'a@b.io' }, 'UTC')).toBe('Email: a@b.io');
  expect(formatChangeValue('text', null, 'UTC')).toBe('—');
  expect(formatChangeValue('local', '2030-02-05T10:00:00', 'Asia/Tokyo')).toBe(at('2030-02-05T10:00:00Z', 'UTC'));
});

const entry: ActivityEntry = {
  id: 1,
  actor_id: 2,
  actor_name: 'Olivia Owner',
  action: 'update',
  action_label: 'Changed',
  entity_type: 'session',
  entity_type_label: 'Session',
  entity_id: 3,
  entity_label: 'Personal session with Ann Lee',
  entity_at: '2030-01-08T03:00:00Z',
  changes: [{ field: 'clients', label: 'Clients', kind: 'list', before: ['Ann Lee'], after: ['Ann Lee', 'Bob Ray'] }],
  created_at: '2030-01-01T09:00:00Z',
};

test('a session links to the calendar on its day in the reader’s zone', () => {
  expect(entityHref(entry, 'America/New_York')).toBe('/calendar?view=day&date=2030-01-07');
  expect(entityHref(entry, 'Europe/Paris')).toBe('/calendar?view=day&date=2030-01-08');
  expect(entityHref({ ...entry, action: 'delete' }, 'UTC')).toBeNull();
  expect(entityHref({ ...entry, entity_type: 'organization' }, 'UTC')).toBe('/settings');
});

test('an entry reads as labels and names, not codes and ids', () => {
  render(
    <MemoryRouter>
      <ul>
        <ActivityEntryRow entry={entry} timeZone="America/New_York" />
      </ul>
    </MemoryRouter>,
  );
  expect(screen.getByText('Changed')).toBeInTheDocument();
  expect(screen.getByText('Session')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Personal session with Ann Lee' })).toHaveAttribute('href', '/calendar?view=day&date=2030-01-07');
  expect(screen.getByText('Clients')).toBeInTheDocument();
  expect(screen.getByText(/Ann Lee → Ann Lee, Bob Ray/)).toBeInTheDocument();
  expect(screen.queryByText(/session_series|client_ids|T03:00/)).toBeNull();
});
