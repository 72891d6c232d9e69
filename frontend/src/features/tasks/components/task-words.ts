import type { Task } from '@/features/tasks/api/get-tasks';

const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** Today in `timeZone`, as the API's calendar dates are written (YYYY-MM-DD). */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** When a task is due, in words: "Due today", "Overdue since Mon, 30 Nov 2026", "Due Fri, 4 Dec 2026", "No due date". */
export function dueText(task: Pick<Task, 'due_on' | 'completed_at'>, today: string): string {
  if (!task.due_on) return 'No due date';
  const day = DAY_FORMAT.format(new Date(`${task.due_on}T00:00:00Z`));
  if (task.completed_at) return `Was due ${day}`;
  if (task.due_on === today) return 'Due today';
  return task.due_on < today ? `Overdue since ${day}` : `Due ${day}`;
}

/** Who made the task, in words. */
export function sourceText(task: Pick<Task, 'source'>): string {
  return task.source === 'automation' ? 'Made by an automation' : 'Made by hand';
}
