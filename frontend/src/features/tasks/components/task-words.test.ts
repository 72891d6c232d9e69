import { describe, expect, it } from 'vitest';
import { dueText, sourceText, todayIn } from '@/features/tasks/components/task-words';

describe('task words', () => {
  it('says when a task is due relative to today', () => {
    expect(dueText({ due_on: '2026-12-02', completed_at: null }, '2026-12-02')).toBe('Due today');
    expect(dueText({ due_on: '2026-11-30', completed_at: null }, '2026-12-02')).toBe('Overdue since Mon, 30 Nov 2026');
    expect(dueText({ due_on: '2026-12-04', completed_at: null }, '2026-12-02')).toBe('Due Fri, 4 Dec 2026');
    expect(dueText({ due_on: null, completed_at: null }, '2026-12-02')).toBe('No due date');
    expect(dueText({ due_on: '2026-11-30', completed_at: '2026-12-01T10:00:00Z' }, '2026-12-02')).toBe('Was due Mon, 30 Nov 2026');
  });

  it('reads today in the given zone', () => {
    const lateUtc = new Date('2026-12-02T23:30:00Z');
    expect(todayIn('UTC', lateUtc)).toBe('2026-12-02');
    expect(todayIn('Asia/Tokyo', lateUtc)).toBe('2026-12-03');
  });

  it('names the source', () => {
    expect(sourceText({ source: 'automation' })).toBe('Made by an automation');
    expect(sourceText({ source: 'person' })).toBe('Made by hand');
  });
});
