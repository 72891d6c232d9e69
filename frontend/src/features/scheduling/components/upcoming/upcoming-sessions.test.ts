import { expect, test } from 'vitest';
import type { Session } from '@/features/scheduling/api/get-sessions';
import { groupByDay } from '@/features/scheduling/components/upcoming/upcoming-sessions';

const session = (id: number, starts_at: string) => ({ id, starts_at }) as Session;

test('sessions are grouped by their day in the viewer’s zone, keeping their order', () => {
  // 02:30 UTC on the 5th is still the evening of the 4th in New York, but the 5th in Berlin.
  const sessions = [session(1, '2030-03-04T15:00:00+00:00'), session(2, '2030-03-05T02:30:00+00:00'), session(3, '2030-03-05T14:00:00+00:00')];
  expect(groupByDay(sessions, 'America/New_York').map(({ day, sessions: items }) => [day, items.map((item) => item.id)])).toEqual([
    ['2030-03-04', [1, 2]],
    ['2030-03-05', [3]],
  ]);
  expect(groupByDay(sessions, 'Europe/Berlin').map(({ day, sessions: items }) => [day, items.map((item) => item.id)])).toEqual([
    ['2030-03-04', [1]],
    ['2030-03-05', [2, 3]],
  ]);
});
