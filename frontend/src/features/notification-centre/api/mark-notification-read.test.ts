import { describe, expect, test } from 'vitest';
import type { InAppNotification } from '@/features/notification-centre/api/get-notifications';
import { markInList, prependToList } from '@/features/notification-centre/api/mark-notification-read';

const note = (id: number, read_at: string | null = null): InAppNotification => ({
  id,
  kind: 'message',
  title: `New message ${id}`,
  body: 'Hello',
  link: `/messages/${id}`,
  created_at: '2026-12-02T08:00:00Z',
  read_at,
});
const meta = { page: 1, per_page: 20, pages: 1, total: 2, has_next: false, has_prev: false, total_is_exact: true };
const list = (...items: InAppNotification[]) => ({ pages: [{ items, meta }], pageParams: [1] });

describe('the bell panel list', () => {
  test('a live notification goes on top once, however often it arrives', () => {
    const twice = prependToList(prependToList(list(note(1)), note(2)), note(2));
    expect(twice?.pages[0].items.map((item) => item.id)).toEqual([2, 1]);
  });

  test('a list never fetched stays unfetched: the panel loads it when opened', () => {
    expect(prependToList(undefined, note(1))).toBeUndefined();
  });

  test('one read replaces that notification; "mark all" dates only the unread ones', () => {
    const data = list(note(1), note(2, '2026-12-01T08:00:00Z'), note(3));
    const one = markInList(data, { notification: note(1, '2026-12-02T09:00:00Z') });
    expect(one?.pages[0].items.map((item) => item.read_at)).toEqual(['2026-12-02T09:00:00Z', '2026-12-01T08:00:00Z', null]);
    const all = markInList(one, { all: '2026-12-02T10:00:00Z' });
    expect(all?.pages[0].items.map((item) => item.read_at)).toEqual(['2026-12-02T09:00:00Z', '2026-12-01T08:00:00Z', '2026-12-02T10:00:00Z']);
  });
});
